// The graph's reads over campaigns: the campaigns list, SavedQuery.campaigns, Campaign.results,
// Host.campaignResults and each campaign's edges (targets, totals). Visibility is the one rule of
// campaign.service.ts `get`: global roles see every campaign, team members only those they started;
// results are visible with their campaign. Every edge goes through a request loader, so 50 parents
// cost what one costs.
import {
  badRequest, cachedCounts, emptyPage, OrderDirection, pageWindow, parseId, requireReader, toPage,
  type ConnectionArgs, type CursorKey, type NodeType, type Page, type PageWindow, type Viewer,
} from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { HostRef, LabelRef, TeamRef } from '../refs/entity-refs.js'
import type { CampaignsArgs, CampaignResultsArgs } from './campaign.args.js'
import type { CampaignScope, KeysetWindow, ResultScope, TotalsRow } from './campaign.repository.js'
import { Campaign, CampaignResult, CampaignTargets, CampaignTotals, statusNumber, type CampaignResultRow, type CampaignRow } from './campaign.type.js'

/** Whose campaigns a viewer may see: null for all (global roles), else only their own. */
const ownerOf = (v: Viewer): number | null => (v.globalRole ? null : v.userId)
/** The teams whose hosts a viewer sees: null for all (global roles). */
const teamsOf = (v: Viewer): number[] | null => (v.globalRole ? null : v.teams.map((t) => t.teamId))

const MAX_DB_ID = 2_147_483_647
const isDbId = (k: CursorKey) => typeof k === 'number' && Number.isInteger(k) && k > 0 && k <= MAX_DB_ID
const invalidCursor = () => badRequest('not a cursor of this list and order')

/** A campaign page's window: cursor keys (created_at ISO, id), checked before they reach SQL. */
function campaignWindow(w: PageWindow, desc: boolean): KeysetWindow {
  const c = w.cursor
  if (!c) return { forward: w.forward, limit: w.size + 1, cursor: null, desc }
  const [at, id] = c
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !isDbId(id ?? null)) throw invalidCursor()
  return { forward: w.forward, limit: w.size + 1, cursor: [new Date(at).toISOString(), id as number], desc }
}

/** A results page's window: the cursor is the result's id (arrival order). */
function resultWindow(w: PageWindow, desc: boolean): KeysetWindow {
  const c = w.cursor
  if (c && !isDbId(c[0] ?? null)) throw invalidCursor()
  return { forward: w.forward, limit: w.size + 1, cursor: c ? [c[0] as number] : null, desc }
}

const campaignKeys = (r: CampaignRow): CursorKey[] => [r.created_at.toISOString(), r.id]
const resultKeys = (r: CampaignResultRow): CursorKey[] => [r.id]

/** An id filter: undefined when not given, null when it names nothing (another type, malformed). */
function filterId(raw: string | null | undefined, type: NodeType): number | null | undefined {
  return raw == null ? undefined : parseId(raw, type)
}

export class CampaignGraphService {
  /** The campaigns the caller may see, filtered, newest first unless asked otherwise. */
  async list(ctx: CampaignsContext, args: CampaignsArgs): Promise<Page<Campaign>> {
    const v = requireReader(ctx)
    const desc = (args.orderBy?.direction ?? OrderDirection.DESC) === OrderDirection.DESC
    const win = pageWindow(args, `CREATED_AT_${desc ? 'DESC' : 'ASC'}`, 2)
    const queryId = filterId(args.filter?.queryId, 'SavedQuery')
    const userId = filterId(args.filter?.userId, 'User')
    if (queryId === null || userId === null) return emptyPage()
    const scope: CampaignScope = { owner: ownerOf(v), queryId, userId, statuses: args.filter?.status?.map(statusNumber) }
    const rows = await ctx.repos.campaigns.page(scope, campaignWindow(win, desc))
    return toPage(rows, win, campaignKeys, (r) => new Campaign(r), () => ctx.repos.campaigns.count(scope))
  }

  /** SavedQuery.campaigns: the query's campaigns the caller may see, newest first. */
  async forQuery(ctx: CampaignsContext, queryId: number, args: ConnectionArgs): Promise<Page<Campaign>> {
    const owner = ownerOf(requireReader(ctx))
    const win = pageWindow(args, 'CREATED_AT_DESC', 2)
    const kw = campaignWindow(win, true)
    const repo = ctx.repos.campaigns
    const rows = await ctx.loaders.queryCampaigns.for(JSON.stringify([owner, kw]), (ids) => repo.pagesByQuery([...ids], owner, kw), []).load(queryId)
    return toPage(rows, win, campaignKeys, (r) => new Campaign(r),
      () => ctx.loaders.queryCampaignCounts.for(JSON.stringify(owner), (ids) => repo.countByQuery([...ids], owner), 0).load(queryId))
  }

  /** Campaign.results: the campaign's stored results in arrival order (the campaign is visible to the caller). */
  async results(ctx: CampaignsContext, campaign: Campaign, args: CampaignResultsArgs): Promise<Page<CampaignResult>> {
    requireReader(ctx)
    const win = pageWindow(args, 'ARRIVAL', 1)
    const hostId = filterId(args.filter?.hostId, 'Host')
    if (hostId === null) return emptyPage()
    return this.resultPage(ctx, 'campaign', campaign.row.id, { hostId, hasError: args.filter?.hasError ?? undefined }, win, false)
  }

  /** Host.campaignResults: the host's answers to campaigns the caller may see, newest first. */
  async forHost(ctx: CampaignsContext, hostId: number, args: ConnectionArgs): Promise<Page<CampaignResult>> {
    const owner = ownerOf(requireReader(ctx))
    return this.resultPage(ctx, 'host', hostId, { owner }, pageWindow(args, 'NEWEST', 1), true)
  }

  private async resultPage(ctx: CampaignsContext, by: 'campaign' | 'host', parent: number, scope: ResultScope, win: PageWindow, desc: boolean): Promise<Page<CampaignResult>> {
    const kw = resultWindow(win, desc)
    const repo = ctx.repos.campaigns
    const rows = await ctx.loaders.results.for(JSON.stringify([by, scope, kw]), (ids) => repo.resultPages(by, [...ids], scope, kw), []).load(parent)
    return toPage(rows, win, resultKeys, CampaignResult.of,
      () => {
        const sig = JSON.stringify([by, scope])
        const count = cachedCounts(ctx.counts, `results\u0000${sig}`, (ids: number[]) => repo.resultCounts(by, ids, scope), () => '')
        return ctx.loaders.resultCounts.for(sig, (ids) => count([...ids], undefined), 0).load(parent)
      })
  }

  /** What the campaign was started on (targets still existing and visible to the caller). */
  async targets(ctx: CampaignsContext, campaign: Campaign): Promise<CampaignTargets> {
    const teams = teamsOf(requireReader(ctx))
    const rows = await ctx.loaders.targets.for(JSON.stringify(teams), async (ids) => {
      const all = await ctx.repos.campaigns.targets([...ids], teams)
      const m = new Map<number, typeof all>()
      for (const r of all) m.set(r.campaign_id, [...(m.get(r.campaign_id) ?? []), r])
      return m
    }, []).load(campaign.row.id)
    const of = (type: string) => rows.filter((r) => r.target_type === type).map((r) => r.target_id)
    return new CampaignTargets(of('host').map((id) => new HostRef(id)), of('label').map((id) => new LabelRef(id)),
      of('team').filter((id) => id !== 0).map((id) => new TeamRef(id)), of('team').includes(0))
  }

  /** Targeted hosts by status now, and the answers stored (hosts limited to the caller's teams, as when running). */
  async totals(ctx: CampaignsContext, campaign: Campaign): Promise<CampaignTotals> {
    const teams = teamsOf(requireReader(ctx))
    const t = await ctx.loaders.totals.for(JSON.stringify(teams), (ids) => ctx.repos.campaigns.totals([...ids], teams), null).load(campaign.row.id)
    return Object.assign(new CampaignTotals(), t ?? ZERO_TOTALS)
  }
}

const ZERO_TOTALS: TotalsRow = { count: 0, online: 0, offline: 0, missingInAction: 0, responded: 0, succeeded: 0, failed: 0 }

export const campaignGraphService = new CampaignGraphService()
