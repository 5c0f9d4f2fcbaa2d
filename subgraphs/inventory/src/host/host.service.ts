// Host rules: who may see which hosts. Global users see every host; team users
// see their teams' hosts (Fleet's team filter). The same rule narrows every host
// connection (hosts, Label.hosts, Team.hosts).
import { badRequest, forbidden, notFound, pageWindow, parseId, requireReader, requireRole, seesTeamRow, targetableTeamIds, toPage, writesTeamRow, WRITERS, type PageWindow, type Viewer, searchText } from '@fleetgraph/subgraph-kit'
import { platformsOf } from '@fleetgraph/agent-api/platforms'
import type { InventoryContext } from '../context.js'
import { checkCursorKeys, type KeyKind } from '../paging/cursor-keys.js'
import { Host } from './host.type.js'
import { HostConnection } from './host.connection.js'
import { HOST_LIST_MAX, HostOrderField, PolicyResponse, type HostFilter, type HostListArgs, type HostsArgs } from './host.args.js'
import type { HostFilterSpec, HostPageRow, HostPageSpec, HostParent } from './host.repository.js'
import type { HostStatus } from './host-status.js'

/** The cursor keys of each order, before the id. */
const KEY_KINDS: Record<HostOrderField, KeyKind[]> = {
  ID: [], HOSTNAME: ['text'], DISPLAY_NAME: ['text'], SEEN_TIME: ['timestamp'], ENROLLED_AT: ['timestamp'], STATUS: ['int', 'text'],
}

/** PostgreSQL's (and GraphQL's) largest integer. */
const MAX_INT = 2_147_483_647

const visibleTeamIds = (v: Viewer): number[] | null => (v.globalRole ? null : v.teams.map((t) => t.teamId))

function idOf(name: string, value: string | null | undefined, type: 'Team' | 'Label' | 'Policy'): number | undefined {
  if (value == null) return undefined
  const id = parseId(value, type)
  if (!id) throw badRequest(`filter.${name}: not a ${type} id`)
  return id
}

/** Parses a HostFilter; the caller's visibility always applies. */
function filterSpec(v: Viewer, f: HostFilter | null | undefined): HostFilterSpec {
  const spec: HostFilterSpec = { visibleTeamIds: visibleTeamIds(v) }
  if (!f) return spec
  if (f.noTeam && f.teamId != null) throw badRequest('filter: teamId and noTeam cannot be combined')
  if (f.policyResponse && f.policyId == null) throw badRequest('filter.policyResponse requires filter.policyId')
  if (f.status?.length) spec.statuses = f.status as string[] as HostStatus[]
  spec.teamId = idOf('teamId', f.teamId, 'Team')
  if (f.noTeam) spec.noTeam = true
  spec.labelId = idOf('labelId', f.labelId, 'Label')
  if (f.platform) spec.platforms = platformsOf(f.platform)
  spec.policyId = idOf('policyId', f.policyId, 'Policy')
  if (f.policyResponse) spec.passes = f.policyResponse === PolicyResponse.PASSING
  if (f.osqueryVersion != null) spec.osqueryVersion = f.osqueryVersion
  const search = searchText(f.search)
  if (search) spec.search = search
  if (f.seenSince) {
    if (Number.isNaN(f.seenSince.getTime())) throw badRequest('filter.seenSince: not a time')
    spec.seenSince = f.seenSince
  }
  return spec
}

/**
 * Fleet's rule for moving hosts to a team (AddHostsToTeam): the caller must write the target team
 * (no team: a global writer), and every host where it is now (its team's maintainer or admin, or a
 * global one). Kibana's reassign uses the same rule.
 */
export function authorizeTransfer(ctx: InventoryContext, teamId: number | null, hostTeamIds: (number | null)[]): Viewer {
  const v = requireRole(ctx, WRITERS, teamId)
  if (hostTeamIds.some((t) => !writesTeamRow(v, t))) throw forbidden()
  return v
}

export class HostService {
  /**
   * A numbered page of the hosts the caller may see (Fleet's GET /hosts, observers included), at most
   * HOST_LIST_MAX: filtered as the connections are, sorted by the given order (default: by id).
   */
  async list(ctx: InventoryContext, args: HostListArgs): Promise<Host[]> {
    const v = requireReader(ctx)
    const page = args.page ?? 0
    if (page < 0) throw badRequest('page: must be 0 or more')
    if (args.perPage != null && (args.perPage < 1 || args.perPage > HOST_LIST_MAX)) throw badRequest(`perPage: must be from 1 to ${HOST_LIST_MAX}`)
    const filter = filterSpec(v, args.filter)
    // As Fleet's list options: without a page size there is one page (here, of at most HOST_LIST_MAX).
    const perPage = args.perPage ?? HOST_LIST_MAX
    const offset = args.perPage == null ? 0 : page * perPage
    // No database holds more hosts than an int can count: a page past that is empty.
    if (offset > MAX_INT) return []
    const rows = await ctx.repos.hosts.numberedPage(filter, args.orderBy?.field ?? HostOrderField.ID, args.orderBy?.direction === 'DESC', offset, perPage, ctx.requestedAt)
    return rows.map((r) => new Host(r))
  }

  /**
   * Fleet's target search: the hosts the caller may target. Observers may target only with a saved
   * query that lets them run it (`queryId`, Fleet's query_id: its observer_can_run); an unknown query is NOT_FOUND.
   */
  async search(ctx: InventoryContext, text: string, excluded: string[], queryId?: string | null): Promise<Host[]> {
    const v = requireReader(ctx)
    const observersMay = await this.observersMayRun(ctx, queryId)
    const ids = excluded.map((x) => parseId(x, 'Host') ?? Number(x)).filter((n) => Number.isSafeInteger(n) && n > 0)
    const rows = await ctx.repos.hosts.search(searchText(text) ?? '', ids, targetableTeamIds(v, observersMay))
    return rows.map((r) => new Host(r))
  }

  /** Whether the saved query lets observers run it live (false without one); NOT_FOUND for an unknown query. */
  private async observersMayRun(ctx: InventoryContext, queryId: string | null | undefined): Promise<boolean> {
    if (queryId == null) return false
    const n = parseId(queryId, 'SavedQuery')
    const may = n ? await ctx.repos.hosts.savedQueryObserverCanRun(n) : null
    if (may == null) throw notFound('Query', queryId)
    return may
  }

  /** The hosts with these Kibana agent ids the caller can see (unknown or hidden ids are left out). */
  async byAgentIds(ctx: InventoryContext, agentIds: string[]): Promise<Host[]> {
    const v = requireReader(ctx)
    const rows = await ctx.repos.hosts.byAgentIds(agentIds)
    return rows.filter((r) => v.globalRole || v.teams.some((t) => t.teamId === r.team_id)).map((r) => new Host(r))
  }

  async get(ctx: InventoryContext, id: number): Promise<Host | null> {
    const v = requireReader(ctx)
    const row = await ctx.loaders.host.load(id)
    if (!row) return null
    if (!v.globalRole && !v.teams.some((t) => t.teamId === row.team_id)) return null
    return new Host(row)
  }

  /**
   * Fleet's POST /hosts/transfer: the hosts move to the team (null: no team). Unknown or hidden hosts
   * are NOT_FOUND; see authorizeTransfer for who may.
   */
  async transfer(ctx: InventoryContext, teamId: number | null, hostIds: number[]): Promise<number> {
    const v = requireReader(ctx)
    const rows = await ctx.repos.hosts.byIds(hostIds)
    for (const id of hostIds) {
      const row = rows.find((r) => r.id === id)
      if (!row || !seesTeamRow(v, row.team_id)) throw notFound('Host', id)
    }
    if (teamId != null && !(await ctx.loaders.team.load(teamId))) throw notFound('Team', teamId)
    authorizeTransfer(ctx, teamId, rows.map((r) => r.team_id))
    return ctx.repos.hosts.transfer(hostIds, teamId)
  }

  /** Fleet's DELETE /hosts/{id}: the host and everything recorded about it go. Writers of its team (or global) only. */
  async delete(ctx: InventoryContext, hostId: number): Promise<void> {
    const v = requireReader(ctx)
    const row = await ctx.loaders.host.load(hostId)
    if (!row || !seesTeamRow(v, row.team_id)) throw notFound('Host', hostId)
    requireRole(ctx, WRITERS, row.team_id)
    if (!(await ctx.repos.hosts.delete(hostId))) throw notFound('Host', hostId)
  }

  /** The page spec of a host connection's arguments: validated window, parsed filters, the caller's visibility. */
  private spec(ctx: InventoryContext, args: HostsArgs): { spec: HostPageSpec; window: PageWindow } {
    const v = requireReader(ctx)
    const field = args.orderBy?.field ?? HostOrderField.HOSTNAME
    const desc = args.orderBy?.direction === 'DESC'
    const window = pageWindow(args, `Host.${field}_${desc ? 'DESC' : 'ASC'}`, KEY_KINDS[field].length + 1)
    checkCursorKeys(window, KEY_KINDS[field])
    const spec: HostPageSpec = {
      filter: filterSpec(v, args.filter), order: field, desc, forward: window.forward, size: window.size, cursor: window.cursor, now: ctx.requestedAt,
    }
    return { spec, window }
  }

  private connection(rows: HostPageRow[], window: PageWindow, count: () => Promise<number>): HostConnection {
    // A copy: toPage reorders backward pages in place, and loaders cache the rows they return.
    return new HostConnection(toPage([...rows], window, (r) => [...r.keys, r.host.id], (r) => new Host(r.host), count))
  }

  /** The top-level `hosts` connection. */
  async page(ctx: InventoryContext, args: HostsArgs): Promise<HostConnection> {
    const { spec, window } = this.spec(ctx, args)
    const rows = await ctx.repos.hosts.page(spec)
    return this.connection(rows, window, () => ctx.counts.one(`hosts\u0000${JSON.stringify(spec.filter)}`, () => ctx.repos.hosts.count(spec.filter, spec.now)))
  }

  /** `Label.hosts` / `Team.hosts`: parents asking the same arguments share one statement per request. */
  async pageOf(ctx: InventoryContext, kind: HostParent, parentId: number, args: HostsArgs): Promise<HostConnection> {
    const { spec, window } = this.spec(ctx, args)
    const pages = kind === 'label' ? ctx.loaders.labelHosts : ctx.loaders.teamHosts
    const counts = kind === 'label' ? ctx.loaders.labelHostCounts : ctx.loaders.teamHostCounts
    const rows = await pages.load({ id: parentId, spec, group: JSON.stringify(spec) })
    const countSpec = { filter: spec.filter, now: spec.now }
    return this.connection(rows, window, () => counts.load({ id: parentId, spec: countSpec, group: JSON.stringify(countSpec) }))
  }
}
export const hostService = new HostService()
