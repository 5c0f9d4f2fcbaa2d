// Agent-policy rules (ADR 0013). A policy is a team (its agent options, the packs targeting it, its
// osquery_manager integration), or the default policy: the global configuration, for hosts on no team.
// Reading: global users see every policy, team users their teams' (the default policy is global).
// Creating, copying and deleting a policy creates or deletes a team: global maintainers and admins, on
// Fleet Premium (teams are Premium, as in FleetDM). Changing one: its team's maintainers and admins too.
import { randomBytes, randomUUID } from 'node:crypto'
import {
  FleetError, WRITERS, invalidArgument, mapPrismaErrors, parseKql, paymentRequired, requireReader, requireRole, requireViewer, type Viewer,
} from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { DEFAULT_AGENT_OPTIONS, normalizeFeatures } from '../team-spec/team-spec-rules.js'
import {
  AGENT_POLICY_SORT_FIELDS, DEFAULT_AGENT_POLICY_ID, DEFAULT_POLICY_NAME, MAX_ATTRIBUTES_JSON, copyName, jsonSize, kibanaAttributes,
  namespaceProblem, policyIdProblem, policyNameProblem, type AgentPolicySortField,
} from './agent-policy-rules.js'
import { AgentPolicy, AgentPolicyPage, DeletedAgentPolicy, type AgentPolicyInput, type AgentPolicyRow, type AgentPolicyUpdateInput } from './agent-policy.type.js'

/** Kibana's saved-objects answer for a policy that does not exist (or that the caller cannot see). */
export const agentPolicyNotFound = (id: string) => new FleetError('NOT_FOUND', `Saved object [ingest-agent-policies/${id}] not found`)

/** Kibana's list query (page from 1). */
export interface AgentPolicyListArgs {
  page?: number | null; perPage?: number | null; sortField?: string | null; sortOrder?: string | null; kuery?: string | null
}

/** Kibana's saved-objects search limit: a page may not reach past it. */
export const SEARCH_LIMIT = 10_000

/** A new enrollment key: Kibana's id and name, FleetDM's kind of secret (24 random bytes, base64). */
export function newEnrollmentKey(name: string | null): { id: string; secret: string; name: string } {
  const id = randomUUID()
  return { id, secret: randomBytes(24).toString('base64'), name: name ? `${name} (${id})` : id }
}

export const seesPolicy = (v: Viewer, row: Pick<AgentPolicyRow, 'team_id'>): boolean =>
  v.globalRole != null || (row.team_id != null && v.teams.some((t) => t.teamId === row.team_id))

/** Kibana's paging over a list (page from 1, perPage up to the search limit). */
export function listWindow(args: { page?: number | null; perPage?: number | null }, dfltPerPage = 20): { page: number; perPage: number; offset: number } {
  const page = args.page ?? 1
  const perPage = args.perPage ?? dfltPerPage
  if (!Number.isSafeInteger(page) || page < 1) throw invalidArgument('page', 'page must be at least 1')
  if (!Number.isSafeInteger(perPage) || perPage < 0 || perPage > SEARCH_LIMIT) throw invalidArgument('perPage', `perPage must be 0 to ${SEARCH_LIMIT}`)
  if ((page - 1) * perPage > SEARCH_LIMIT) throw invalidArgument('page', `page * perPage must not exceed ${SEARCH_LIMIT}`)
  return { page, perPage, offset: (page - 1) * perPage }
}

export class AgentPolicyService {
  async page(ctx: InventoryContext, args: AgentPolicyListArgs): Promise<AgentPolicyPage> {
    const v = requireReader(ctx)
    const { page, perPage, offset } = listWindow(args)
    const sort = (args.sortField ?? 'updated_at').replace(/^(ingest|fleet)-agent-policies\./, '')
    if (!(AGENT_POLICY_SORT_FIELDS as readonly string[]).includes(sort)) throw invalidArgument('sortField', `sortField must be one of ${AGENT_POLICY_SORT_FIELDS.join(', ')}`)
    const { rows, total } = await ctx.repos.agentPolicies.page({
      teamIds: v.globalRole ? null : v.teams.map((t) => t.teamId), withDefault: v.globalRole != null,
      kuery: parseKql(args.kuery), sort: sort as AgentPolicySortField, desc: (args.sortOrder ?? 'desc') !== 'asc', offset, limit: perPage,
    })
    return new AgentPolicyPage(rows.map((r) => new AgentPolicy(r)), total, page, perPage)
  }

  /** The policy, or Kibana's saved-object 404 when it does not exist or the caller cannot see it. */
  async get(ctx: InventoryContext, id: string): Promise<AgentPolicy> {
    return new AgentPolicy(await this.visibleRow(ctx, requireReader(ctx), id))
  }

  /** The policies with these ids, in the order asked; a missing one is a 404 unless `ignoreMissing`. */
  async byIds(ctx: InventoryContext, ids: string[], ignoreMissing: boolean): Promise<AgentPolicy[]> {
    const v = requireReader(ctx)
    const rows = new Map((await ctx.repos.agentPolicies.byIds([...new Set(ids)])).filter((r) => seesPolicy(v, r)).map((r) => [r.id, r]))
    const out: AgentPolicy[] = []
    for (const id of ids) {
      const r = rows.get(id)
      if (r) out.push(new AgentPolicy(r))
      else if (!ignoreMissing) throw new FleetError('NOT_FOUND', `Agent policy ${id} not found`)
    }
    return out
  }

  async create(ctx: InventoryContext, input: AgentPolicyInput, id?: string | null): Promise<AgentPolicy> {
    requireViewer(ctx)
    if ((await ctx.repos.agentPolicies.licenseTier()) !== 'premium') throw paymentRequired()
    const v = requireRole(ctx, WRITERS)
    if (id != null) { const p = policyIdProblem(id); if (p) throw invalidArgument('id', p) }
    const name = this.checkName(input.name)
    this.checkNamespace(input.namespace)
    const attributes = { ...kibanaAttributes(input.attributes), namespace: input.namespace }
    this.checkAttributes(attributes)
    await this.checkNameFree(ctx, name, null)
    if (id != null && await ctx.repos.agentPolicies.idTaken(id)) throw new FleetError('CONFLICT', `Saved object [ingest-agent-policies/${id}] conflict`)
    const teamId = await mapPrismaErrors('agent policy', () => ctx.repos.agentPolicies.create({
      agentPolicyId: id ?? undefined, name, description: input.description ?? '', attributes,
      agentOptions: DEFAULT_AGENT_OPTIONS, features: normalizeFeatures(undefined).features, updatedBy: v.email,
      key: newEnrollmentKey('Default'), actor: { id: v.userId, name: v.name },
    }))
    return this.byKey(ctx, teamId)
  }

  async update(ctx: InventoryContext, id: string, input: AgentPolicyUpdateInput, bumpRevision = true): Promise<AgentPolicy> {
    const row = await this.visibleRow(ctx, requireReader(ctx), id)
    const v = requireRole(ctx, WRITERS, row.team_id ?? undefined)
    if (input.namespace != null) this.checkNamespace(input.namespace)
    const attributes: Record<string, unknown> = { ...row.attributes, ...kibanaAttributes(input.attributes), ...(input.namespace != null ? { namespace: input.namespace } : {}) }
    if (row.team_id == null) {
      if (input.name != null && input.name !== DEFAULT_POLICY_NAME) {
        throw invalidArgument('name', `the default agent policy (hosts on no team) is named "${DEFAULT_POLICY_NAME}" and keeps that name`)
      }
      if (input.description != null) attributes.description = input.description
      this.checkAttributes(attributes)
      await ctx.repos.agentPolicies.updateDefault({ attributes, updatedBy: v.email, bump: bumpRevision })
      return this.byKey(ctx, 0)
    }
    const name = input.name != null ? this.checkName(input.name) : undefined
    if (name !== undefined) await this.checkNameFree(ctx, name, row.team_id)
    this.checkAttributes(attributes)
    await mapPrismaErrors('agent policy', () => ctx.repos.agentPolicies.updateTeam(row.team_id!, {
      name, description: input.description ?? undefined, attributes, updatedBy: v.email, bump: bumpRevision,
    }))
    return this.byKey(ctx, row.team_id)
  }

  async delete(ctx: InventoryContext, id: string): Promise<DeletedAgentPolicy> {
    const row = await this.visibleRow(ctx, requireReader(ctx), id)
    const v = requireRole(ctx, WRITERS)
    if (row.team_id == null) throw new FleetError('BAD_REQUEST', 'The default agent policy cannot be deleted')
    if (!await ctx.repos.agentPolicies.deleteTeam(row.team_id, { id: v.userId, name: v.name })) {
      throw new FleetError('BAD_REQUEST', 'Cannot delete an agent policy that is assigned to any active or inactive agents')
    }
    return new DeletedAgentPolicy(row.id, row.name)
  }

  /**
   * A new policy (a new team) with the source's agent options and Kibana attributes, targeted by the
   * packs targeting the source team (the default policy's All Hosts packs already reach every host), with
   * a copy of its osquery_manager integration and its own default enrollment key.
   */
  async copy(ctx: InventoryContext, id: string, newName: string, description?: string | null): Promise<AgentPolicy> {
    requireViewer(ctx)
    if ((await ctx.repos.agentPolicies.licenseTier()) !== 'premium') throw paymentRequired()
    const source = await this.visibleRow(ctx, requireReader(ctx), id)
    const v = requireRole(ctx, WRITERS)
    const name = this.checkName(newName)
    await this.checkNameFree(ctx, name, null)
    const pp = await ctx.repos.agentPolicies.packagePolicyOf(source.team_id)
    const ppName = pp ? copyName(pp.name, await ctx.repos.agentPolicies.packagePolicyNamesLike(pp.name.replace(/\s\(copy\s?[0-9]*\)$/, ''))) : ''
    const teamId = await mapPrismaErrors('agent policy', () => ctx.repos.agentPolicies.create({
      name, description: description ?? source.description,
      attributes: { ...kibanaAttributes(source.attributes), namespace: source.attributes.namespace ?? 'default' },
      agentOptions: source.agent_options ?? DEFAULT_AGENT_OPTIONS, features: normalizeFeatures(undefined).features, updatedBy: v.email,
      key: newEnrollmentKey('Default'), actor: { id: v.userId, name: v.name },
    }, {
      packsOfTeamId: source.team_id,
      packagePolicy: pp ? { sourceId: pp.id, id: randomUUID(), name: ppName.slice(0, 255), by: v.email } : null,
    }))
    return this.byKey(ctx, teamId)
  }

  /** The row of a policy the caller sees (Kibana's 404 otherwise). */
  async visibleRow(ctx: InventoryContext, v: Viewer, id: string): Promise<AgentPolicyRow> {
    const [row] = id.length <= 255 ? await ctx.repos.agentPolicies.byIds([id]) : []
    if (!row || !seesPolicy(v, row)) throw agentPolicyNotFound(id)
    return row
  }

  private async byKey(ctx: InventoryContext, key: number): Promise<AgentPolicy> {
    const [row] = await ctx.repos.agentPolicies.byKeys([key])
    if (!row) throw new FleetError('NOT_FOUND', 'Agent policy not found')
    return new AgentPolicy(row)
  }

  private checkName(name: string): string {
    const p = policyNameProblem(name)
    if (p) throw invalidArgument('name', p)
    return name
  }

  private checkNamespace(namespace: string): void {
    const p = namespaceProblem(namespace)
    if (p) throw invalidArgument('namespace', p)
  }

  private checkAttributes(attributes: Record<string, unknown>): void {
    if (jsonSize(attributes) > MAX_ATTRIBUTES_JSON) throw invalidArgument('attributes', `Kibana attributes must be at most ${MAX_ATTRIBUTES_JSON} characters of JSON`)
  }

  /** Kibana's 409 when another policy has the name (team names compare without case, as in FleetDM). */
  private async checkNameFree(ctx: InventoryContext, name: string, exceptTeamId: number | null): Promise<void> {
    const holder = name.trim().toLowerCase() === DEFAULT_POLICY_NAME.toLowerCase() ? DEFAULT_AGENT_POLICY_ID : await ctx.repos.agentPolicies.nameHolder(name, exceptTeamId)
    if (holder) throw new FleetError('CONFLICT', `Agent Policy '${holder}' already exists with name '${name}'`)
  }
}
export const agentPolicyService = new AgentPolicyService()
