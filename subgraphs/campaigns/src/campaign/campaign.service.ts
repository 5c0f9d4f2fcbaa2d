// Live-query campaigns (Fleet server/service/campaigns.go): who may run what
// on which hosts, and the event stream a subscriber sees.
import {
  FleetError, badRequest, forbidden, invalidArgument, notFound, parseId, requireReader, requireWriterSomewhere,
  targetableTeamIds, validationFailed, type FieldError, type NodeType,
} from '@fleetgraph/subgraph-kit'
import { hostStatus } from '@fleetgraph/subgraph-inventory/host-status'
import type { Bus, HasViewer } from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { HostRef } from '../refs/entity-refs.js'
import { Campaign, CampaignResult, CampaignTotals, type CampaignMetrics, type CampaignRow, type TargetsInput } from './campaign.type.js'
import type { CampaignStore, Selection, TargetHost } from './campaign.repository.js'
import { campaignTopic, type CampaignResultEvent } from '@fleetgraph/agent-api/campaign-results'
import { replayThenLive } from './event-stream.js'

const MAX_TARGET_IDS = 100_000
/**
 * A subscriber re-reads results it has not seen this often while its campaign still waits for answers:
 * the bound on how late a result whose live signal was lost (Redis down, replica killed) arrives.
 */
const CATCH_UP_MS = 5_000

function metrics(hosts: TargetHost[]): CampaignMetrics {
  const m = { totalHosts: hosts.length, onlineHosts: 0, offlineHosts: 0, missingInActionHosts: 0, newHosts: 0 }
  const now = Date.now()
  for (const h of hosts) {
    const s = hostStatus(h, now)
    if (s === 'online') m.onlineHosts++
    else m.offlineHosts++ // Fleet's offline count includes MIA hosts
    if (s === 'mia') m.missingInActionHosts++
    if (now - h.created_at.getTime() < 24 * 3600 * 1000) m.newHosts++
  }
  return m
}

function parseSelection(t: TargetsInput): Selection {
  const errs: FieldError[] = []
  const ids = (field: string, type: NodeType, raw: string[] | null | undefined, allowZero = false) => {
    if ((raw?.length ?? 0) > MAX_TARGET_IDS) { errs.push({ name: field, reason: `at most ${MAX_TARGET_IDS} ids` }); return [] }
    return [...new Set((raw ?? []).map((r) => {
      const n = allowZero && r === '0' ? 0 : parseId(r, type)
      if (n === null) errs.push({ name: field, reason: `invalid id: ${r}` })
      return n ?? -1
    }))].filter((n) => n >= 0)
  }
  const sel = { hostIds: ids('hosts', 'Host', t.hostIds), labelIds: ids('labels', 'Label', t.labelIds), teamIds: ids('teams', 'Team', t.teamIds, true) }
  if (errs.length) throw validationFailed(errs)
  return sel
}

/** What the campaign rules use of a request: the caller, the campaign store and loader, the bus. */
export interface CampaignServiceContext extends HasViewer {
  repos: { campaigns: CampaignStore }
  loaders: Pick<CampaignsContext['loaders'], 'campaign'>
  bus: Bus
}

export class CampaignService {
  async get(ctx: CampaignServiceContext, id: number): Promise<Campaign | null> {
    const v = requireReader(ctx)
    const row = await ctx.loaders.campaign.load(id)
    if (!row || (!v.globalRole && row.user_id !== v.userId)) return null
    return new Campaign(row)
  }

  /** The selected hosts the caller may target: observers' hosts only for a query observers may run (Fleet's IncludeObserver). */
  private async hostsFor(ctx: CampaignServiceContext, sel: Selection, includeObservers: boolean): Promise<TargetHost[]> {
    const v = requireReader(ctx)
    const labels = await ctx.repos.campaigns.labels(sel.labelIds)
    const builtin = labels.filter((l) => l.label_type === 'builtin')
    const allHosts = builtin.some((l) => l.name === 'All Hosts')
    return ctx.repos.campaigns.resolveHosts(sel, labels.filter((l) => l.label_type !== 'builtin').map((l) => l.id), builtin.map((l) => l.id), allHosts,
      targetableTeamIds(v, includeObservers))
  }

  /** Runs ad-hoc SQL: admins and maintainers, a team's on that team's hosts (Fleet's policy.rego). */
  async run(ctx: CampaignServiceContext, sql: string, targets: TargetsInput): Promise<Campaign> {
    const v = requireWriterSomewhere(ctx)
    await this.checkEnabled(ctx)
    if (!sql?.trim()) throw invalidArgument('query', 'one of query or query_id must be specified')
    if (sql.length > 1_000_000) throw invalidArgument('query', 'query is too long')
    const sel = parseSelection(targets)
    const hosts = await this.nonEmpty(ctx, sel, false)
    const row = await ctx.repos.campaigns.create(sql, `distributed_${v.email}_${process.hrtime.bigint()}`, v.userId, sel, hosts.map((h) => h.id))
    return this.started(ctx, row, hosts)
  }

  /**
   * Runs a saved query: admins and maintainers (a team's on that team's hosts); observers too when the
   * query allows it (observer_can_run).
   */
  async runSaved(ctx: CampaignServiceContext, queryId: string, targets: TargetsInput): Promise<Campaign> {
    const v = requireReader(ctx)
    await this.checkEnabled(ctx)
    const id = parseId(queryId, 'SavedQuery')
    const q = id ? await ctx.repos.campaigns.savedQuery(id) : null
    if (!q) throw notFound('Query', queryId)
    if (!q.observer_can_run) requireWriterSomewhere(ctx)
    const sel = parseSelection(targets)
    const hosts = await this.nonEmpty(ctx, sel, q.observer_can_run)
    const row = await ctx.repos.campaigns.createForSavedQuery(q.id, v.userId, sel, hosts.map((h) => h.id))
    return this.started(ctx, row, hosts)
  }

  /**
   * Fleet's run_by_names: hosts by hostname/uuid/serial (unknown ones ignored), labels by name (unknown
   * ones a 400). Blank label names are ignored, as Fleet's DetectMissingLabels does: `fleetctl query
   * --hosts …` splits its empty --labels flag into [""].
   */
  async selectionByNames(ctx: CampaignServiceContext, hosts: string[], labels: string[]): Promise<TargetsInput> {
    requireReader(ctx)
    const names = labels.filter((n) => n.trim() !== '')
    const found = await ctx.repos.campaigns.labelIdsByName(names)
    const missing = names.filter((n) => !found.some((l) => l.name === n)).map((n) => n.trim())
    if (missing.length) throw badRequest(`Invalid label name(s): ${missing.join(', ')}.`)
    const hostIds = await ctx.repos.campaigns.hostIdsByIdentifier(hosts)
    return { hostIds: hostIds.map(String), labelIds: found.map((l) => String(l.id)), teamIds: [] }
  }

  /**
   * Fleet's targets/count: the selected hosts the caller may target, with the saved query to run when
   * given (`queryId`, Fleet's query_id: observers count hosts only when it lets them run it); an unknown query is NOT_FOUND.
   */
  async count(ctx: CampaignServiceContext, targets: TargetsInput, queryId?: string | null): Promise<{ count: number; online: number; offline: number }> {
    requireReader(ctx)
    let includeObservers = false
    if (queryId != null) {
      const id = parseId(queryId, 'SavedQuery')
      const q = id ? await ctx.repos.campaigns.savedQuery(id) : null
      if (!q) throw notFound('Query', queryId)
      includeObservers = q.observer_can_run
    }
    const m = metrics(await this.hostsFor(ctx, parseSelection(targets), includeObservers))
    return { count: m.totalHosts, online: m.onlineHosts, offline: m.offlineHosts }
  }

  /** Fleet's status/live_query: disabled by the administrator → 403; a broken result store → 503. */
  async liveQueryStatus(ctx: CampaignServiceContext): Promise<boolean> {
    requireReader(ctx)
    await this.checkEnabled(ctx)
    return this.resultStoreStatus(ctx)
  }

  async resultStoreStatus(ctx: CampaignServiceContext): Promise<boolean> {
    requireReader(ctx)
    if (!(await ctx.bus.ping())) throw new FleetError('SERVICE_UNAVAILABLE', 'result store is not reachable')
    return true
  }

  private async checkEnabled(ctx: CampaignServiceContext) {
    if (await ctx.repos.campaigns.liveQueryDisabled()) throw forbidden('disabled by administrator')
  }

  private async nonEmpty(ctx: CampaignServiceContext, sel: Selection, includeObservers: boolean): Promise<TargetHost[]> {
    const hosts = await this.hostsFor(ctx, sel, includeObservers)
    if (!hosts.length) throw badRequest('no hosts targeted')
    return hosts
  }

  /**
   * The campaign and the hosts that owe it are stored (one transaction): every replica's agent API picks
   * it up at once (the campaigns table's trigger notifies it at commit, ADR 0007), or at its next refresh.
   */
  private started(ctx: CampaignServiceContext, row: CampaignRow, hosts: TargetHost[]): Campaign {
    return new Campaign(row, metrics(hosts))
  }

  /** Totals, every result so far, then live results, each followed by the campaign's status. */
  async events(ctx: CampaignServiceContext, campaignId: string): Promise<AsyncIterableIterator<unknown>> {
    const id = parseId(campaignId, 'Campaign')
    const campaign = id ? await this.get(ctx, id) : null
    if (!campaign) throw notFound('Campaign', campaignId)
    let expected = 0, targeted = Infinity
    const live = ctx.bus.pubSub.subscribe(campaignTopic(id!)) as AsyncIterable<CampaignResultEvent>
    const toEvent = (r: Awaited<ReturnType<typeof ctx.repos.campaigns.results>>[number]): CampaignResultEvent => ({
      kind: 'result', campaignId: id!, hostId: r.host_id, hostname: r.hostname, displayName: r.display_name,
      rows: r.rows as Record<string, string>[], error: r.error,
    })
    return replayThenLive<CampaignResultEvent, number>({
      live,
      key: (ev) => ev.hostId,
      prelude: async () => {
        // The same counts as Campaign.totals (one statement); expected/targeted drive the progress events.
        const v = requireReader(ctx)
        const t = (await ctx.repos.campaigns.totals([id!], v.globalRole ? null : v.teams.map((x) => x.teamId))).get(id!)
        const totals = Object.assign(new CampaignTotals(), t ?? { count: 0, online: 0, offline: 0, missingInAction: 0, responded: 0, succeeded: 0, failed: 0 })
        expected = totals.online
        targeted = totals.count
        return [totals]
      },
      stored: async () => (await ctx.repos.campaigns.results(id!)).map(toEvent),
      catchUp: {
        missing: async (seen) => (await ctx.repos.campaigns.results(id!, [...seen])).map(toEvent),
        onMissedEvents: (l) => ctx.bus.onMissedEvents(l),
        everyMs: CATCH_UP_MS,
        complete: (seen) => seen >= targeted,
      },
      expand: (ev, actual) => [
        new CampaignResult(ev.campaignId, new HostRef(ev.hostId, { hostname: ev.hostname, displayName: ev.displayName }), ev.rows, ev.error),
        { expectedResults: expected, actualResults: actual, status: actual >= expected ? 'finished' : 'pending' },
      ],
    })
  }
}
export const campaignService = new CampaignService()
