// Hosts as Kibana agents (ADR 0013): who may see and change which agents, the bounds on what an action
// may name, and the actions themselves (reassign, unenroll, tags), each recorded in the ledger in the
// same transaction as its effect. Visibility is the host list's: global users every host, team users
// their teams' hosts; changes need a writer (maintainer or admin) of each host's team.
import {
  checkListSize, DEFAULT_AGENT_POLICY_ID, FleetError, forbidden, invalidArgument, parseKql, requireReader, requireViewer, requireWriterSomewhere,
  seesTeamRow, WRITERS, writesTeamRow, type Viewer,
} from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { authorizeTransfer, hostService } from '../host/host.service.js'
import { Host } from '../host/host.type.js'
import type { HostRow } from '../host/host.repository.js'
import { agentStatus, AGENT_STATUSES, type AgentStatus } from './agent-status.js'
import { AgentActionType, AgentSortField, type AgentSelectionInput, type AgentsArgs, type AgentStatusEnum } from './agent.args.js'
import { AgentAction, AgentPage, AgentStatusCounts } from './agent.type.js'
import type { AgentActionError, AgentFilterSpec, AgentTargetRow, NewAgentAction } from './agent.repository.js'

/** Kibana's SO_SEARCH_LIMIT: page × perPage of a list, and the agents one kuery action may match. */
export const AGENT_SEARCH_LIMIT = 10_000
/** Tags on one agent, and the length of one tag (Kibana has no bound; a tag is a label, not a document). */
export const MAX_TAGS = 100
export const MAX_TAG_LENGTH = 255
/** user_provided_metadata as JSON. */
export const MAX_METADATA_BYTES = 16 * 1024

const visibleTeamIds = (v: Viewer): number[] | null => (v.globalRole ? null : v.teams.map((t) => t.teamId))
const isWriter = (role: string | null | undefined) => role != null && (WRITERS as readonly string[]).includes(role)
/** Kibana leaves unenrolled agents out of lists unless the kuery asks for them (its includeUnenrolled). */
const asksForUnenrolled = (kuery: string | null | undefined) => !!kuery && /status:\*|status:unenrolled/.test(kuery.toLowerCase())
const agentNotFound = (agentId: string) => new FleetError('NOT_FOUND', `Agent ${agentId} not found`)

function checkTags(tags: string[], name: string): string[] {
  checkListSize(tags, name, MAX_TAGS)
  for (const t of tags) {
    if (!t.trim()) throw invalidArgument(name, 'a tag may not be blank')
    if (t.length > MAX_TAG_LENGTH) throw invalidArgument(name, `a tag is at most ${MAX_TAG_LENGTH} characters`)
  }
  return [...new Set(tags)]
}

/** The agents an action is for, and those it could not find. */
interface Targets { rows: AgentTargetRow[]; errors: AgentActionError[]; actioned: number }

export class AgentService {
  private filter(v: Viewer, ctx: InventoryContext, kuery: string | null | undefined, showInactive: boolean, teamIds = visibleTeamIds(v)): AgentFilterSpec {
    return { teamIds, kuery: parseKql(kuery), activeOnly: !showInactive, enrolledOnly: !asksForUnenrolled(kuery), now: ctx.requestedAt }
  }

  /** Kibana's agent list: 1-based pages, at most 10,000 agents deep. */
  async list(ctx: InventoryContext, args: AgentsArgs): Promise<AgentPage> {
    const v = requireReader(ctx)
    const page = args.page ?? 1
    const perPage = args.perPage ?? 20
    if (page < 1) throw invalidArgument('page', 'must be at least 1')
    if (perPage < 0) throw invalidArgument('perPage', 'must be at least 0')
    if (page * perPage > AGENT_SEARCH_LIMIT) throw invalidArgument('page', `You cannot use page and perPage page over ${AGENT_SEARCH_LIMIT} agents`)
    const f = this.filter(v, ctx, args.kuery, args.showInactive ?? false)
    const sort = args.sortField ?? AgentSortField.ENROLLED_AT
    const [rows, total, summary] = await Promise.all([
      perPage ? ctx.repos.agents.page(f, sort, (args.sortOrder ?? 'DESC') === 'DESC', (page - 1) * perPage, perPage) : Promise.resolve([]),
      ctx.repos.agents.count(f),
      args.withStatusSummary ? ctx.repos.agents.statusCounts(f) : Promise.resolve(null),
    ])
    return Object.assign(new AgentPage(), {
      items: rows.map((r) => new Host(r)), total, page, perPage,
      statusSummary: summary ? [...summary].map(([status, count]) => ({ status: status as AgentStatusEnum, count })) : null,
    })
  }

  /** One agent the caller can see, whatever its status; else NOT_FOUND `Agent <id> not found`. */
  async get(ctx: InventoryContext, agentId: string): Promise<Host> {
    return new Host(await this.visibleRow(ctx, agentId))
  }

  private async visibleRow(ctx: InventoryContext, agentId: string): Promise<HostRow> {
    const v = requireReader(ctx)
    const [row] = await ctx.repos.hosts.byAgentIds([agentId])
    if (!row || !seesTeamRow(v, row.team_id)) throw agentNotFound(agentId)
    return row
  }

  /** Kibana's agent_status: every matching agent (unenrolled and inactive included) counted by status. */
  async statusCounts(ctx: InventoryContext, agentPolicyIds: string[] | null | undefined, kuery: string | null | undefined): Promise<AgentStatusCounts> {
    const v = requireReader(ctx)
    const f: AgentFilterSpec = { ...this.filter(v, ctx, kuery, true), enrolledOnly: false }
    if (agentPolicyIds) f.policyIds = checkListSize(agentPolicyIds, 'agentPolicyIds')
    const counts = await ctx.repos.agents.statusCounts(f)
    const n = (s: AgentStatus) => counts.get(s) ?? 0
    const all = AGENT_STATUSES.reduce((sum, s) => sum + n(s), 0)
    return Object.assign(new AgentStatusCounts(), {
      online: n('online'), offline: n('offline'), inactive: n('inactive'), unenrolled: n('unenrolled'), updating: n('updating'),
      all, active: all - n('inactive') - n('unenrolled'),
    })
  }

  /** Kibana's agents/tags: the distinct tags of the matching agents. */
  async tags(ctx: InventoryContext, kuery: string | null | undefined, showInactive: boolean): Promise<string[]> {
    const v = requireReader(ctx)
    return ctx.repos.agents.tags(this.filter(v, ctx, kuery, showInactive), AGENT_SEARCH_LIMIT)
  }

  /** The ledger, newest first: global users see every action, team users their own. */
  async actions(ctx: InventoryContext, page: number, perPage: number, date: Date | null | undefined, latestMs: number | null | undefined): Promise<AgentAction[]> {
    const v = requireReader(ctx)
    if (page < 0) throw invalidArgument('page', 'must be at least 0')
    if (perPage < 0) throw invalidArgument('perPage', 'must be at least 0')
    if ((page + 1) * perPage > AGENT_SEARCH_LIMIT) throw invalidArgument('perPage', `page and perPage reach past ${AGENT_SEARCH_LIMIT} actions`)
    if (date && Number.isNaN(date.getTime())) throw invalidArgument('date', 'not a date')
    if (latestMs != null && latestMs < 0) throw invalidArgument('latest', 'must be at least 0')
    const from = [date, latestMs != null ? new Date(Date.now() - latestMs) : undefined].filter((d): d is Date => !!d)
    const rows = await ctx.repos.agents.actions({
      userId: v.globalRole ? null : v.userId,
      from: from.length ? new Date(Math.max(...from.map((d) => d.getTime()))) : undefined,
      to: date ? new Date(date.getTime() + 24 * 3600 * 1000) : undefined,
    }, page * perPage, perPage)
    return rows.map((r) => new AgentAction(r))
  }

  /** Kibana's PUT /agents/{id}: replaces the tags and/or the user-provided metadata. */
  async update(ctx: InventoryContext, agentId: string, tags: string[] | null | undefined, metadata: Record<string, unknown> | null | undefined): Promise<Host> {
    const row = await this.visibleRow(ctx, agentId)
    const v = requireViewer(ctx)
    if (!writesTeamRow(v, row.team_id)) throw forbidden()
    const data: { tags?: string[]; metadata?: Record<string, unknown> } = {}
    if (tags) data.tags = checkTags(tags, 'tags')
    if (metadata) {
      if (Buffer.byteLength(JSON.stringify(metadata)) > MAX_METADATA_BYTES) throw invalidArgument('user_provided_metadata', `at most ${MAX_METADATA_BYTES} bytes of JSON`)
      data.metadata = metadata
    }
    if (data.tags || data.metadata) await ctx.repos.agents.update(row.id, data)
    const [updated] = await ctx.repos.hosts.byIds([row.id])
    if (!updated) throw agentNotFound(agentId)
    return new Host(updated)
  }

  /** Kibana's DELETE /agents/{id}: Fleet's host delete (the host and everything recorded about it). */
  async delete(ctx: InventoryContext, agentId: string): Promise<void> {
    const row = await this.visibleRow(ctx, agentId)
    await hostService.delete(ctx, row.id)
  }

  /**
   * The agents an action is for. Ids: each must name an agent the caller can see (else a failure of the
   * action, or NOT_FOUND with requireAll), and change (else FORBIDDEN, as Fleet's host transfer). A kuery:
   * the matching agents among those the caller may change, at most 10,000.
   */
  private async targets(ctx: InventoryContext, sel: AgentSelectionInput): Promise<Targets> {
    const v = requireWriterSomewhere(ctx)
    const hasIds = sel.agentIds != null
    if (hasIds === (sel.kuery != null)) throw invalidArgument('agents', 'give either agent ids or a kuery')
    if (hasIds) {
      const ids = [...new Set(checkListSize(sel.agentIds!, 'agents'))]
      const found = new Map((await ctx.repos.agents.targetsByAgentIds(ids)).filter((r) => seesTeamRow(v, r.team_id)).map((r) => [r.agent_id, r]))
      const missing = ids.filter((id) => !found.has(id))
      if (sel.requireAll && missing.length) throw agentNotFound(missing[0]!)
      const rows = [...found.values()]
      if (rows.some((r) => !writesTeamRow(v, r.team_id))) throw forbidden()
      const timestamp = new Date().toISOString()
      return { rows, errors: missing.map((agentId) => ({ agentId, error: `Agent ${agentId} not found`, timestamp })), actioned: ids.length }
    }
    const writable = isWriter(v.globalRole) ? null : v.teams.filter((t) => isWriter(t.role)).map((t) => t.teamId)
    const rows = await ctx.repos.agents.targetsMatching(this.filter(v, ctx, sel.kuery, sel.includeInactive ?? false, writable), AGENT_SEARCH_LIMIT + 1)
    if (rows.length > AGENT_SEARCH_LIMIT) throw invalidArgument('agents', `the kuery matches more than ${AGENT_SEARCH_LIMIT} agents; narrow it or act in batches`)
    return { rows, errors: [], actioned: rows.length }
  }

  /** Kibana's reassign: Fleet's host transfer to the policy's team (the default policy: no team), recorded. */
  async reassign(ctx: InventoryContext, sel: AgentSelectionInput, agentPolicyId: string): Promise<AgentAction> {
    const v = requireWriterSomewhere(ctx)
    let teamId: number | null = null
    if (agentPolicyId !== DEFAULT_AGENT_POLICY_ID) {
      const team = await ctx.repos.agents.teamByPolicyId(agentPolicyId)
      if (!team || !seesTeamRow(v, team.id)) throw new FleetError('NOT_FOUND', `Agent policy ${agentPolicyId} not found`)
      teamId = team.id
    }
    const t = await this.targets(ctx, sel)
    authorizeTransfer(ctx, teamId, t.rows.map((r) => r.team_id))
    const action: NewAgentAction = { type: AgentActionType.POLICY_REASSIGN, userId: v.userId, actioned: t.actioned, policyId: agentPolicyId, errors: t.errors }
    return new AgentAction(await ctx.repos.agents.reassign(t.rows.map((r) => r.id), teamId, action))
  }

  /**
   * Kibana's unenroll. The host stays, unenrolled, and its credentials are revoked with or without
   * `revoke` (ADR 0013: no agent here can be asked to leave on its own); `revoke`/`force` only name the
   * action FORCE_UNENROLL. Enrolling again with a valid secret makes it an active agent again.
   */
  async unenroll(ctx: InventoryContext, sel: AgentSelectionInput, revoke: boolean, force: boolean): Promise<AgentAction> {
    const v = requireWriterSomewhere(ctx)
    const t = await this.targets(ctx, sel)
    const type = revoke || force ? AgentActionType.FORCE_UNENROLL : AgentActionType.UNENROLL
    return new AgentAction(await ctx.repos.agents.unenroll(t.rows.map((r) => r.id), { type, userId: v.userId, actioned: t.actioned, errors: t.errors }))
  }

  /** Kibana's bulk_update_agent_tags: adds, then removes; an agent may hold at most MAX_TAGS tags. */
  async updateTags(ctx: InventoryContext, sel: AgentSelectionInput, add: string[], remove: string[]): Promise<AgentAction> {
    const v = requireWriterSomewhere(ctx)
    const toAdd = checkTags(add, 'tagsToAdd')
    const toRemove = checkTags(remove, 'tagsToRemove')
    const t = await this.targets(ctx, sel)
    const action: NewAgentAction = { type: AgentActionType.UPDATE_TAGS, userId: v.userId, actioned: t.actioned, errors: t.errors }
    return new AgentAction(await ctx.repos.agents.updateTags(t.rows, toAdd, toRemove, MAX_TAGS, action))
  }

  /** The host's agent policy id: its team's, or the default policy's. */
  async policyIdOf(ctx: InventoryContext, teamId: number | null): Promise<string> {
    if (teamId == null) return DEFAULT_AGENT_POLICY_ID
    return (await ctx.loaders.teamPolicy.load(teamId))?.agent_policy_id ?? DEFAULT_AGENT_POLICY_ID
  }

  /** The host's agent status (agent-status.ts), at the request's clock. */
  async statusOf(ctx: InventoryContext, row: HostRow): Promise<AgentStatus> {
    const revision = row.team_id == null
      ? await ctx.loaders.defaultPolicyRevision()
      : (await ctx.loaders.teamPolicy.load(row.team_id))?.policy_revision ?? 1
    return agentStatus(row, revision, Date.parse(ctx.requestedAt))
  }
}
export const agentService = new AgentService()
