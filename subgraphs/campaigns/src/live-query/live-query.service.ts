// Kibana's live queries (ADR 0013) on campaigns: who may run what follows Fleet's rule for live queries
// (campaign.service.ts) — ad-hoc SQL needs an admin or maintainer (a team's: on that team's hosts), a
// saved query may be run by any role when it allows observers (observer_can_run), a pack's queries
// likewise when every one of them is such a saved query. The agents are Kibana's union of what the
// request names, limited to the hosts the caller may target with it and still enrolled; none is
// Kibana's 400 "No agents found for selection".
import { randomUUID } from 'node:crypto'
import {
  DEFAULT_AGENT_POLICY_ID, FleetError, MAX_LIST_ARGUMENT, OrderDirection, WRITERS, badRequest, checkListSize, forbidden, invalidArgument,
  kqlToSql, offsetWindow, parseId, parseKql, requireReader, requireWriterSomewhere, targetableTeamIds, validationFailed, type FieldError, type Viewer,
} from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import type { Selection } from '../campaign/campaign.repository.js'
import { LIVE_QUERY_KQL, LIVE_QUERY_RESULT_KQL, type AgentSelection, type CampaignPart } from './live-query.repository.js'
import type { LiveQueryInput, LiveQueryPageArgs, LiveQueryQueryInput, LiveQueryResultsArgs } from './live-query.input.js'
import {
  LiveQuery, LiveQueryResultRow, LiveQueryStatus, type CampaignKibana, type LiveQueryCampaignRow, type LiveQueryCounts, type LiveQueryPage,
  type LiveQueryQuery, type LiveQueryResultPage,
} from './live-query.type.js'

/** Kibana's platforms as the builtin labels that group hosts by platform. */
const PLATFORM_LABELS: Record<string, string> = {
  darwin: 'macOS', macos: 'macOS', windows: 'MS Windows', linux: 'All Linux', ubuntu: 'Ubuntu Linux', centos: 'CentOS Linux', rhel: 'Red Hat Linux', chrome: 'chrome',
}
const MAX_SQL = 1_000_000
const MAX_QUERIES = 100
const MAX_ID = 255
const MAX_PLATFORMS = 100
const MAX_TIMEOUT = 86_400
const MAX_JSON_BYTES = 64 * 1024
/** Most owed answers (hosts × queries) one live query may create: a pack of many queries on a large fleet is refused, not stored. */
const MAX_OWED = 2_000_000
/** Largest history page: each item lists its agents. */
const MAX_HISTORY_PAGE = 100

const actionNotFound = () => new FleetError('NOT_FOUND', 'Action not found')
const writes = (r: string | null | undefined) => r != null && (WRITERS as readonly string[]).includes(r)
/** An admin or maintainer, globally or of some team. */
const isWriter = (v: Viewer) => writes(v.globalRole) || v.teams.some((t) => writes(t.role))
const ownerOf = (v: Viewer): number | null => (v.globalRole ? null : v.userId)

function checkJson(name: string, v: Record<string, unknown> | null | undefined, errs: FieldError[], maxBytes = MAX_JSON_BYTES): void {
  if (v != null && JSON.stringify(v).length > maxBytes) errs.push({ name, reason: `at most ${maxBytes} bytes` })
}
function checkSql(name: string, sqlText: string | null | undefined, errs: FieldError[]): void {
  if (sqlText == null) return
  if (!sqlText.trim()) errs.push({ name, reason: 'cannot be empty' })
  else if (sqlText.length > MAX_SQL) errs.push({ name, reason: `must be at most ${MAX_SQL} characters` })
}
function checkTimeout(name: string, t: number | null | undefined, errs: FieldError[]): void {
  if (t != null && (!Number.isInteger(t) || t < 0 || t > MAX_TIMEOUT)) errs.push({ name, reason: `must be between 0 and ${MAX_TIMEOUT}` })
}
function checkIds(name: string, ids: string[] | null | undefined, max: number, errs: FieldError[]): string[] {
  const list = checkListSize(ids ?? [], name, max)
  if (list.some((id) => id.length > MAX_ID)) errs.push({ name, reason: `each at most ${MAX_ID} characters` })
  return [...new Set(list)]
}
/** Drops absent attributes, so the stored JSON holds what was given. */
const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v != null)) as T

export class LiveQueryService {
  /**
   * What the request runs: one part per campaign, with the rule on who may run it applied, and whether
   * observers may run every part (then observers' hosts are targeted too).
   */
  private async parts(ctx: CampaignsContext, v: Viewer, input: LiveQueryInput): Promise<{ parts: CampaignPart[]; pack?: { id: string; name: string }; observersMay: boolean }> {
    const adHoc = (sqlText: string, i: number) => ({ sql: sqlText, adHocName: `distributed_${v.email}_${process.hrtime.bigint()}_${i}` })
    if (input.packId != null) {
      const id = parseId(input.packId, 'Pack')
      const pack = id ? await ctx.repos.liveQueries.pack(id) : null
      if (!pack) throw new FleetError('NOT_FOUND', `Saved object [osquery-pack/${input.packId}] not found`)
      if (!pack.queries.length) throw badRequest(`Pack ${input.packId} has no queries to run`)
      // Observers may run a pack only when each of its queries is a saved query they may run.
      const observersMay = pack.queries.every((q) => q.saved && q.observer_can_run)
      if (!observersMay) requireWriterSomewhere(ctx)
      const parts = pack.queries.map((q, i) => {
        const k = (q.kibana ?? {}) as { ecs_mapping?: Record<string, unknown>; timeout?: number }
        const query = compact({ id: q.name, ecs_mapping: k.ecs_mapping, timeout: k.timeout, platform: q.platform || undefined, version: q.version || undefined })
        return { ...(q.saved ? { queryId: q.query_id } : adHoc(q.query, i)), kibana: { query } }
      })
      return { parts, pack: { id: String(pack.id), name: pack.name }, observersMay }
    }
    if (input.queries?.length) {
      requireWriterSomewhere(ctx)
      return { observersMay: false, parts: input.queries.map((q: LiveQueryQueryInput, i) => ({
        ...adHoc(q.query, i),
        kibana: { query: compact({ id: q.id ?? randomUUID(), ecs_mapping: q.ecsMapping ?? undefined, timeout: q.timeout ?? undefined, platform: q.platform ?? undefined, version: q.version ?? undefined }) },
      })) }
    }
    if (input.savedQueryId != null) {
      const raw = input.savedQueryId.trim()
      const found = raw ? await ctx.repos.liveQueries.savedQueries(raw, parseId(raw, 'SavedQuery')) : []
      // Kibana's rule: the name or the id, but never two different queries.
      if (found.length !== 1) throw new FleetError('NOT_FOUND', `Saved query with id "${input.savedQueryId}" not found.`)
      const q = found[0]!
      const k = (q.kibana ?? {}) as { ecs_mapping?: Record<string, unknown>; timeout?: number }
      const query = compact({ id: q.name, saved_query_id: q.name, ecs_mapping: input.ecsMapping ?? k.ecs_mapping, timeout: input.timeout ?? k.timeout })
      // An admin or maintainer may run other SQL under the saved query's name (Kibana's rule); anyone else runs the saved SQL.
      if (input.query != null && input.query !== q.query && isWriter(v)) return { parts: [{ ...adHoc(input.query, 0), kibana: { query } }], observersMay: false }
      if (!q.observer_can_run) requireWriterSomewhere(ctx)
      return { parts: [{ queryId: q.id, kibana: { query } }], observersMay: q.observer_can_run }
    }
    if (input.query != null) {
      requireWriterSomewhere(ctx)
      return { observersMay: false, parts: [{ ...adHoc(input.query, 0), kibana: { query: compact({ id: randomUUID(), ecs_mapping: input.ecsMapping ?? undefined, timeout: input.timeout ?? undefined }) } }] }
    }
    throw badRequest('One of query, queries, saved_query_id or pack_id is required')
  }

  /** Starts a Kibana live query: one campaign per query, on the agents the request names. */
  async start(ctx: CampaignsContext, input: LiveQueryInput): Promise<LiveQuery> {
    const v = requireReader(ctx)
    if (await ctx.repos.campaigns.liveQueryDisabled()) throw forbidden('disabled by administrator')
    const errs: FieldError[] = []
    const agentIds = checkIds('agent_ids', input.agentIds, MAX_LIST_ARGUMENT, errs)
    const platforms = checkIds('agent_platforms', input.agentPlatforms, MAX_PLATFORMS, errs)
    const policyIds = checkIds('agent_policy_ids', input.agentPolicyIds, MAX_LIST_ARGUMENT, errs)
    if ((input.queries?.length ?? 0) > MAX_QUERIES) errs.push({ name: 'queries', reason: `at most ${MAX_QUERIES} queries` })
    checkSql('query', input.query, errs)
    for (const [i, q] of (input.queries ?? []).slice(0, MAX_QUERIES).entries()) {
      checkSql(`queries.${i}.query`, q.query, errs)
      checkTimeout(`queries.${i}.timeout`, q.timeout, errs)
      checkJson(`queries.${i}.ecs_mapping`, q.ecsMapping, errs)
      if ((q.id?.length ?? 0) > MAX_ID || (q.platform?.length ?? 0) > MAX_ID || (q.version?.length ?? 0) > MAX_ID) errs.push({ name: `queries.${i}`, reason: `id, platform and version are at most ${MAX_ID} characters` })
    }
    if ((input.savedQueryId?.length ?? 0) > MAX_ID) errs.push({ name: 'saved_query_id', reason: `at most ${MAX_ID} characters` })
    checkTimeout('timeout', input.timeout, errs)
    checkJson('ecs_mapping', input.ecsMapping, errs)
    checkJson('metadata', input.metadata, errs)
    if (errs.length) throw validationFailed(errs)

    const { parts, pack, observersMay } = await this.parts(ctx, v, input)
    const repo = ctx.repos.liveQueries
    const [teams, labels] = await Promise.all([
      repo.teamsByPolicyIds(policyIds.filter((id) => id !== DEFAULT_AGENT_POLICY_ID)),
      repo.builtinLabels([...new Set(platforms.map((p) => PLATFORM_LABELS[p.toLowerCase()]).filter((n): n is string => !!n))]),
    ])
    const sel: AgentSelection = {
      all: !!input.agentAll, agentIds, labelIds: labels.map((l) => l.id),
      teamIds: [...teams.map((t) => t.id), ...(policyIds.includes(DEFAULT_AGENT_POLICY_ID) ? [0] : [])],
    }
    const hosts = await repo.resolveAgents(sel, targetableTeamIds(v, observersMay))
    if (!hosts.length) throw badRequest('No agents found for selection')
    if (hosts.length * parts.length > MAX_OWED) throw invalidArgument('base', `${hosts.length} agents × ${parts.length} queries is more than ${MAX_OWED} answers to wait for`)

    // The campaigns' selection, as Fleet's own views show it: "All Hosts", or the request's parts where
    // Fleet's rule (AND across kinds) keeps Kibana's union; otherwise the hosts themselves.
    const allHosts = input.agentAll ? (await repo.builtinLabels(['All Hosts'])).map((l) => l.id) : []
    const named = new Set(agentIds)
    const stored: Selection = input.agentAll ? { hostIds: [], labelIds: allHosts, teamIds: [] }
      : sel.labelIds.length && sel.teamIds.length ? { hostIds: hosts.map((h) => h.id), labelIds: [], teamIds: [] }
        : { hostIds: hosts.filter((h) => named.has(h.agent_id)).map((h) => h.id), labelIds: sel.labelIds, teamIds: sel.teamIds }

    const actionId = randomUUID()
    const head: CampaignKibana = compact({
      request: compact({ agent_ids: input.agentIds ?? undefined, agent_all: input.agentAll ?? undefined, agent_platforms: input.agentPlatforms ?? undefined, agent_policy_ids: input.agentPolicyIds ?? undefined }),
      metadata: input.metadata ?? undefined, pack_id: pack?.id, pack_name: pack?.name,
    })
    const withHead = parts.map((p, i) => (i === 0 ? { ...p, kibana: { ...p.kibana, ...head } } : p))
    await repo.createLiveQuery(withHead, v.userId, actionId, stored, hosts.map((h) => h.id))
    return this.byActionId(ctx, actionId)
  }

  /** A live query by its action id; NOT_FOUND when there is none the caller may see (team members: their own). */
  async byActionId(ctx: CampaignsContext, actionId: string): Promise<LiveQuery> {
    const v = requireReader(ctx)
    if (actionId.length > MAX_ID) throw actionNotFound()
    const rows = await ctx.repos.liveQueries.campaignsOf([actionId], ownerOf(v))
    if (!rows.length) throw actionNotFound()
    return new LiveQuery(rows, ctx.config.campaignExpirySeconds)
  }

  /** The history: live queries the caller may see, newest first unless asked otherwise. */
  async page(ctx: CampaignsContext, args: LiveQueryPageArgs): Promise<LiveQueryPage> {
    const v = requireReader(ctx)
    const perPage = args.perPage ?? 20
    if (perPage > MAX_HISTORY_PAGE) throw invalidArgument('perPage', `at most ${MAX_HISTORY_PAGE}`)
    const w = offsetWindow(args.page ?? 1, perPage)
    const kuery = kqlToSql(parseKql(args.kuery), LIVE_QUERY_KQL)
    const desc = (args.direction ?? OrderDirection.DESC) === OrderDirection.DESC
    const repo = ctx.repos.liveQueries
    const [ids, totalCount] = await Promise.all([repo.historyPage(w, ownerOf(v), kuery, desc), repo.historyCount(ownerOf(v), kuery)])
    const rows = ids.length ? await repo.campaignsOf(ids, ownerOf(v)) : []
    const byParent = new Map<string, LiveQueryCampaignRow[]>()
    for (const r of rows) { const l = byParent.get(r.parent); if (l) l.push(r); else byParent.set(r.parent, [r]) }
    const nodes = ids.flatMap((id) => { const g = byParent.get(id); return g ? [new LiveQuery(g, ctx.config.campaignExpirySeconds)] : [] })
    return { nodes, totalCount }
  }

  /** A numbered page of one query's result rows. */
  async results(ctx: CampaignsContext, args: LiveQueryResultsArgs): Promise<LiveQueryResultPage> {
    const live = await this.byActionId(ctx, args.actionId)
    const part = live.queries.find((q) => q.actionId === args.queryActionId)
    if (!part) throw actionNotFound()
    const w = offsetWindow(args.page ?? 1, args.perPage ?? 100)
    const kuery = kqlToSql(parseKql(args.kuery), LIVE_QUERY_RESULT_KQL)
    const desc = (args.direction ?? OrderDirection.DESC) === OrderDirection.DESC
    const repo = ctx.repos.liveQueries
    const [rows, totalCount] = await Promise.all([repo.resultRows(part.row.id, w, kuery, desc), repo.resultRowCount(part.row.id, kuery)])
    return { rows: rows.map((r) => new LiveQueryResultRow(r)), totalCount, hasMore: w.offset + rows.length < totalCount }
  }

  counts(ctx: CampaignsContext, q: LiveQueryQuery): Promise<LiveQueryCounts> {
    return ctx.loaders.liveQueryCounts.load(q.row.id)
  }

  /** How many hosts the query waits for or heard from: the Kibana request's agents, else those that answered or owe. */
  async targeted(ctx: CampaignsContext, q: LiveQueryQuery): Promise<number> {
    if (q.liveQuery.isKibana) return q.liveQuery.head.kibana_host_count
    const c = await this.counts(ctx, q)
    return c.responded + c.owed
  }

  async pending(ctx: CampaignsContext, q: LiveQueryQuery): Promise<number> {
    const c = await this.counts(ctx, q)
    return q.liveQuery.isKibana ? Math.max(0, q.liveQuery.head.kibana_host_count - c.responded) : c.owed
  }

  /** Completed when its campaign is, when it expired, or when nothing is pending. */
  async status(ctx: CampaignsContext, q: LiveQueryQuery): Promise<LiveQueryStatus> {
    if (q.row.status >= 2 || q.liveQuery.expiresAt.getTime() <= Date.now()) return LiveQueryStatus.COMPLETED
    return (await this.pending(ctx, q)) === 0 ? LiveQueryStatus.COMPLETED : LiveQueryStatus.RUNNING
  }

  async liveStatus(ctx: CampaignsContext, l: LiveQuery): Promise<LiveQueryStatus> {
    const all = await Promise.all(l.queries.map((q) => this.status(ctx, q)))
    return all.every((s) => s === LiveQueryStatus.COMPLETED) ? LiveQueryStatus.COMPLETED : LiveQueryStatus.RUNNING
  }

  agents(ctx: CampaignsContext, l: LiveQuery, first: number | null | undefined): Promise<string[]> {
    if (first != null && (!Number.isInteger(first) || first < 0)) throw invalidArgument('first', 'must be a non-negative integer')
    return ctx.loaders.liveQueryAgents.for(String(first ?? 'all'), (ids) => ctx.repos.liveQueries.agents([...ids], first ?? null), []).load(l.head.id)
  }
}
export const liveQueryService = new LiveQueryService()
