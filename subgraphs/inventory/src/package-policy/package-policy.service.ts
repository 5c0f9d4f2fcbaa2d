// osquery_manager integrations (ADR 0013). One per agent policy; any other package is refused (this
// server manages osquery agents only). Its osquery options are the policy's agent options: writing them
// changes what the policy's hosts get and raises the policy's revision (triggers), as does creating,
// changing or deleting the integration itself. Reading: whoever sees the agent policy; writing: the
// policy's writers (its team's maintainers and admins, global ones for the default policy).
import { randomUUID } from 'node:crypto'
import {
  FleetError, WRITERS, invalidArgument, mapPrismaErrors, parseKql, requireReader, requireRole, type Viewer,
} from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { DEFAULT_AGENT_OPTIONS } from '../team-spec/team-spec-rules.js'
import { MAX_ATTRIBUTES_JSON, MAX_POLICY_ID, jsonSize, namespaceProblem } from '../agent-policy/agent-policy-rules.js'
import { agentPolicyService, listWindow, seesPolicy } from '../agent-policy/agent-policy.service.js'
import type { AgentPolicyRow } from '../agent-policy/agent-policy.type.js'
import type { KibanaListArgs } from '../agent-policy/kibana-list.args.js'
import { OSQUERY_MANAGER, OSQUERY_MANAGER_VERSION, otherPackageMessage, versionProblem, withOsqueryOptions } from './package-policy-rules.js'
import {
  PackagePolicy, PackagePolicyDryRun, PackagePolicyOutcome, PackagePolicyPage, type PackagePolicyInput, type PackagePolicyRow, type PackagePolicyUpdateInput,
} from './package-policy.type.js'

const SORTS = ['name', 'updated_at', 'created_at', 'revision', 'id']

export const packagePolicyNotFound = (id: string) => new FleetError('NOT_FOUND', `Package policy ${id} not found`)
const nameTaken = (name: string) => new FleetError('CONFLICT', `An integration policy with the name ${name} already exists. Please rename it or choose a different name.`)

const writes = (v: Viewer, teamId: number | null): boolean =>
  (v.globalRole != null && WRITERS.includes(v.globalRole)) || (teamId != null && v.teams.some((t) => t.teamId === teamId && WRITERS.includes(t.role)))

export class PackagePolicyService {
  async page(ctx: InventoryContext, args: KibanaListArgs): Promise<PackagePolicyPage> {
    const v = requireReader(ctx)
    const { page, perPage, offset } = listWindow(args)
    const sort = (args.sortField ?? 'updated_at').replace(/^(ingest|fleet)-package-policies\./, '')
    if (!SORTS.includes(sort)) throw invalidArgument('sortField', `sortField must be one of ${SORTS.join(', ')}`)
    const { rows, total } = await ctx.repos.packagePolicies.page({
      teamIds: v.globalRole ? null : v.teams.map((t) => t.teamId), withDefault: v.globalRole != null,
      kuery: parseKql(args.kuery), sort, desc: (args.sortOrder ?? 'desc') !== 'asc', offset, limit: perPage,
    })
    return new PackagePolicyPage(rows.map((r) => new PackagePolicy(r)), total, page, perPage)
  }

  async get(ctx: InventoryContext, id: string): Promise<PackagePolicy> {
    return new PackagePolicy(await this.visibleRow(ctx, requireReader(ctx), id))
  }

  async byIds(ctx: InventoryContext, ids: string[], ignoreMissing: boolean): Promise<PackagePolicy[]> {
    const v = requireReader(ctx)
    const rows = new Map((await ctx.repos.packagePolicies.byIds([...new Set(ids)])).filter((r) => seesPolicy(v, r)).map((r) => [r.id, r]))
    const out: PackagePolicy[] = []
    for (const id of ids) {
      const r = rows.get(id)
      if (r) out.push(new PackagePolicy(r))
      else if (!ignoreMissing) throw packagePolicyNotFound(id)
    }
    return out
  }

  async create(ctx: InventoryContext, input: PackagePolicyInput, id?: string | null): Promise<PackagePolicy> {
    const v = requireReader(ctx)
    if (input.packageName !== OSQUERY_MANAGER) throw new FleetError('BAD_REQUEST', otherPackageMessage(input.packageName))
    const policy = await agentPolicyService.visibleRow(ctx, v, input.agentPolicyId)
    const by = requireRole(ctx, WRITERS, policy.team_id ?? undefined).email
    if (id != null && (!id || id.length > MAX_POLICY_ID)) throw invalidArgument('id', `id must be 1 to ${MAX_POLICY_ID} characters`)
    const name = this.checkName(input.name)
    const version = this.checkVersion(input.packageVersion ?? OSQUERY_MANAGER_VERSION)
    this.checkNamespace(input.namespace)
    const attributes = this.checkAttributes(input.attributes ?? {})
    if (await ctx.repos.packagePolicies.nameTaken(name)) throw nameTaken(name)
    if (id != null && await ctx.repos.packagePolicies.idTaken(id)) throw new FleetError('CONFLICT', `Saved object [ingest-package-policies/${id}] conflict`)
    if (await ctx.repos.packagePolicies.onPolicy(policy.team_id)) {
      throw new FleetError('BAD_REQUEST', `Unable to create integration policy. Integration '${OSQUERY_MANAGER}' already exists on this agent policy.`)
    }
    const newId = id ?? randomUUID()
    await mapPrismaErrors('integration policy', () => ctx.repos.packagePolicies.create({
      id: newId, name, description: input.description ?? '', namespace: input.namespace ?? '', teamId: policy.team_id, packageVersion: version,
      enabled: input.enabled ?? true, attributes, by, agentOptions: input.osqueryOptions ? this.optionsFor(policy, input.osqueryOptions) : undefined,
    }))
    return this.get(ctx, newId)
  }

  async update(ctx: InventoryContext, id: string, input: PackagePolicyUpdateInput): Promise<PackagePolicy> {
    const v = requireReader(ctx)
    const row = await this.visibleRow(ctx, v, id)
    const by = requireRole(ctx, WRITERS, row.team_id ?? undefined).email
    if (input.packageName != null && input.packageName !== OSQUERY_MANAGER) throw new FleetError('BAD_REQUEST', otherPackageMessage(input.packageName))
    let target: AgentPolicyRow | null = null
    if (input.agentPolicyId != null && input.agentPolicyId !== row.agent_policy_id) {
      target = await agentPolicyService.visibleRow(ctx, v, input.agentPolicyId)
      requireRole(ctx, WRITERS, target.team_id ?? undefined)
      if (await ctx.repos.packagePolicies.onPolicy(target.team_id)) {
        throw new FleetError('BAD_REQUEST', `Unable to move integration policy. Integration '${OSQUERY_MANAGER}' already exists on agent policy ${target.id}.`)
      }
    }
    const name = input.name != null ? this.checkName(input.name) : undefined
    if (name !== undefined && await ctx.repos.packagePolicies.nameTaken(name, id)) throw nameTaken(name)
    const version = input.packageVersion != null ? this.checkVersion(input.packageVersion) : undefined
    this.checkNamespace(input.namespace)
    // Kibana's update keeps what a body leaves out (its inputs, vars, …): the attributes merge key by key.
    const attributes = input.attributes != null ? this.checkAttributes({ ...row.attributes, ...input.attributes }) : undefined
    let agentOptions: Record<string, unknown> | undefined
    if (input.osqueryOptions) {
      const policy = target ?? await agentPolicyService.visibleRow(ctx, v, row.agent_policy_id)
      agentOptions = this.optionsFor(policy, input.osqueryOptions)
    }
    await mapPrismaErrors('integration policy', () => ctx.repos.packagePolicies.update(id, {
      name, description: input.description ?? undefined, namespace: input.namespace ?? undefined, packageVersion: version,
      enabled: input.enabled ?? undefined, attributes, by, agentOptions, ...(target ? { teamId: target.team_id } : {}),
    }))
    return this.get(ctx, id)
  }

  /** Kibana's bulk delete: one outcome per id (404 unknown, 403 not the caller's to change); the rest are deleted. */
  async delete(ctx: InventoryContext, ids: string[]): Promise<PackagePolicyOutcome[]> {
    const v = requireReader(ctx)
    const rows = new Map((await ctx.repos.packagePolicies.byIds([...new Set(ids)])).filter((r) => seesPolicy(v, r)).map((r) => [r.id, r]))
    const allowed = [...rows.values()].filter((r) => writes(v, r.team_id)).map((r) => r.id)
    await ctx.repos.packagePolicies.delete(allowed)
    return ids.map((id) => {
      const r = rows.get(id)
      if (!r) return new PackagePolicyOutcome({ id, success: false, statusCode: 404, message: `Saved object [ingest-package-policies/${id}] not found` })
      if (!allowed.includes(id)) return new PackagePolicyOutcome({ id, success: false, statusCode: 403, message: 'Forbidden: the caller may not change this integration policy' })
      return new PackagePolicyOutcome({ id, success: true, name: r.name, agentPolicyId: r.agent_policy_id, packageVersion: r.package_version })
    })
  }

  /**
   * Kibana's upgrade: each integration gets the installed package version (OSQUERY_MANAGER_VERSION). One
   * already at it is reported upgraded and left as it is: there is nothing to change.
   */
  async upgrade(ctx: InventoryContext, ids: string[]): Promise<PackagePolicyOutcome[]> {
    const v = requireReader(ctx)
    const rows = new Map((await ctx.repos.packagePolicies.byIds([...new Set(ids)])).filter((r) => seesPolicy(v, r)).map((r) => [r.id, r]))
    const out: PackagePolicyOutcome[] = []
    for (const id of ids) {
      const r = rows.get(id)
      if (!r) { out.push(new PackagePolicyOutcome({ id, success: false, statusCode: 404, message: `Package policy ${id} not found` })); continue }
      if (!writes(v, r.team_id)) { out.push(new PackagePolicyOutcome({ id, success: false, statusCode: 403, message: 'Forbidden: the caller may not change this integration policy' })); continue }
      if (r.package_version !== OSQUERY_MANAGER_VERSION) await ctx.repos.packagePolicies.update(id, { packageVersion: OSQUERY_MANAGER_VERSION, by: v.email })
      out.push(new PackagePolicyOutcome({ id, success: true, name: r.name, agentPolicyId: r.agent_policy_id, packageVersion: OSQUERY_MANAGER_VERSION }))
    }
    return out
  }

  /** Kibana's upgrade dry run: each integration as it is and the version an upgrade would give it. */
  async dryRun(ctx: InventoryContext, ids: string[], packageVersion?: string | null): Promise<PackagePolicyDryRun[]> {
    const v = requireReader(ctx)
    const target = packageVersion != null ? this.checkVersion(packageVersion) : OSQUERY_MANAGER_VERSION
    const rows = new Map((await ctx.repos.packagePolicies.byIds([...new Set(ids)])).filter((r) => seesPolicy(v, r)).map((r) => [r.id, r]))
    return ids.map((id) => {
      const r = rows.get(id)
      return r ? new PackagePolicyDryRun(id, new PackagePolicy(r), target, null, null) : new PackagePolicyDryRun(id, null, null, 400, `Package policy with id ${id} not found`)
    })
  }

  private async visibleRow(ctx: InventoryContext, v: Viewer, id: string): Promise<PackagePolicyRow> {
    const [row] = id.length <= MAX_POLICY_ID ? await ctx.repos.packagePolicies.byIds([id]) : []
    if (!row || !seesPolicy(v, row)) throw packagePolicyNotFound(id)
    return row
  }

  /** The policy's agent options with these osquery options (Fleet's defaults under them when it has none). */
  private optionsFor(policy: AgentPolicyRow, options: Record<string, unknown>): Record<string, unknown> {
    return withOsqueryOptions(policy.agent_options ?? DEFAULT_AGENT_OPTIONS, options)
  }

  private checkName(name: string): string {
    if (!name.trim()) throw invalidArgument('name', 'name may not be empty')
    if (name.length > 255) throw invalidArgument('name', 'name must be at most 255 characters')
    return name
  }

  private checkVersion(version: string): string {
    const p = versionProblem(version)
    if (p) throw invalidArgument('package.version', p)
    return version
  }

  private checkNamespace(namespace: string | null | undefined): void {
    const p = namespace ? namespaceProblem(namespace) : null
    if (p) throw invalidArgument('namespace', p)
  }

  private checkAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
    if (jsonSize(attributes) > MAX_ATTRIBUTES_JSON) throw invalidArgument('attributes', `Kibana attributes must be at most ${MAX_ATTRIBUTES_JSON} characters of JSON`)
    return attributes
  }
}
export const packagePolicyService = new PackagePolicyService()
