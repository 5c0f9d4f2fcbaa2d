// The live-query campaign rules against a fake store: who may run what on which hosts, what is
// refused, and what one run writes.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { byId, openBus, type Bus, type FleetError, type Role, type Viewer } from '@fleetgraph/subgraph-kit'
import { CampaignService, type CampaignServiceContext } from './campaign.service.js'
import type { CampaignStore, Selection, TargetHost } from './campaign.repository.js'
import type { CampaignRow } from './campaign.type.js'

const service = new CampaignService()

function viewer(globalRole: Role | null, teams: Viewer['teams'] = []): Viewer {
  return { userId: 7, email: 'u@example.com', name: 'U', globalRole, teams, sessionId: 1, apiOnly: false }
}

const now = Date.now()
/** A host that checked in a second ago (online) or a day ago (offline); created a month ago. */
const host = (id: number, online = true): TargetHost => ({
  id, seen_time: new Date(now - (online ? 1_000 : 86_400_000)), created_at: new Date(now - 30 * 86_400_000),
  distributed_interval: 10, config_tls_refresh: 60,
})
const campaignRow = (id: number, user_id: number | null): CampaignRow =>
  ({ id, query_id: 50, user_id, status: 0, created_at: new Date(now), updated_at: new Date(now), action_id: `action-${id}`, kibana_action_id: null })

/** Hosts 1 (online) and 2 (offline); label 10 "All Hosts" (builtin), 11 "web" (custom); saved queries 50 (observers may run) and 51. */
class FakeCampaignStore implements CampaignStore {
  disabled = false
  hosts = [host(1), host(2, false)]
  campaigns = new Map<number, CampaignRow>()
  writes: unknown[][] = []
  resolved: unknown[][] = []

  async liveQueryDisabled() { return this.disabled }
  async labels(ids: number[]) {
    return [{ id: 10, name: 'All Hosts', label_type: 'builtin' }, { id: 11, name: 'web', label_type: 'regular' }].filter((l) => ids.includes(l.id))
  }
  async resolveHosts(sel: Selection, custom: number[], builtin: number[], allHosts: boolean, visibleTeams: number[] | null) {
    this.resolved.push([sel, custom, builtin, allHosts, visibleTeams])
    return allHosts || custom.length ? this.hosts : this.hosts.filter((h) => sel.hostIds.includes(h.id))
  }
  async create(sql: string, queryName: string, userId: number, sel: Selection, hostIds: number[]) {
    this.writes.push(['create', sql, queryName, userId, sel, hostIds])
    return campaignRow(90, userId)
  }
  async createForSavedQuery(queryId: number, userId: number, sel: Selection, hostIds: number[]) {
    this.writes.push(['createForSavedQuery', queryId, userId, sel, hostIds])
    return campaignRow(91, userId)
  }
  async selection(): Promise<Selection> { return { hostIds: [1, 2], labelIds: [], teamIds: [] } }
  async results() { return [] }
  async savedQuery(id: number) { return id === 50 || id === 51 ? { id, query: 'SELECT 1', observer_can_run: id === 50 } : null }
  async labelIdsByName(names: string[]) { return [{ id: 11, name: 'web' }].filter((l) => names.includes(l.name)) }
  async hostIdsByIdentifier(identifiers: string[]) { return identifiers.includes('mac-1') ? [1] : [] }
  async totals(ids: number[]) { return new Map(ids.map((id) => [id, { count: 2, online: 1, offline: 1, missingInAction: 0, responded: 0, succeeded: 0, failed: 0 }])) }
}

async function context(v: Viewer | null, store = new FakeCampaignStore(), bus?: Bus) {
  const ctx: CampaignServiceContext = {
    viewer: v, bus: bus ?? await openBus(undefined), repos: { campaigns: store },
    loaders: { campaign: byId(async (ids) => ids.flatMap((id) => store.campaigns.get(id) ?? [])) },
  }
  return { ctx, store }
}

const outcome = async (p: Promise<unknown>) => {
  try { await p; return 'ok' } catch (e) { return `${(e as FleetError).code}: ${(e as FleetError).message}` }
}
const hosts = (...ids: string[]) => ({ hostIds: ids })

describe('campaigns: who may run what', () => {
  it('answers 401 to an anonymous caller', async () => {
    const { ctx } = await context(null)
    assert.match(await outcome(service.run(ctx, 'SELECT 1', hosts('1'))), /^UNAUTHENTICATED/)
  })

  it('refuses ad-hoc SQL to observers (403) and lets maintainers run it', async () => {
    const observer = await context(viewer('observer'))
    assert.equal(await outcome(service.run(observer.ctx, 'SELECT 1', hosts('1'))), 'FORBIDDEN: forbidden')
    assert.deepEqual(observer.store.writes, [])
    const maintainer = await context(viewer('maintainer'))
    assert.equal(await outcome(service.run(maintainer.ctx, 'SELECT 1', hosts('1'))), 'ok')
  })

  it('lets an observer run a saved query only when it allows observers', async () => {
    const { ctx, store } = await context(viewer('observer'))
    assert.equal(await outcome(service.runSaved(ctx, '50', hosts('1'))), 'ok')
    assert.equal(await outcome(service.runSaved(ctx, '51', hosts('1'))), 'FORBIDDEN: forbidden')
    assert.deepEqual(store.writes, [['createForSavedQuery', 50, 7, { hostIds: [1], labelIds: [], teamIds: [] }, [1]]])
  })

  it('refuses every run with 403 when the administrator disabled live queries', async () => {
    const store = new FakeCampaignStore()
    store.disabled = true
    const { ctx } = await context(viewer('admin'), store)
    assert.equal(await outcome(service.run(ctx, 'SELECT 1', hosts('1'))), 'FORBIDDEN: disabled by administrator')
    assert.equal(await outcome(service.liveQueryStatus(ctx)), 'FORBIDDEN: disabled by administrator')
    assert.deepEqual(store.writes, [])
  })

  it('targets only the hosts of a team member\'s teams; global roles every team; observers only with a query they may run', async () => {
    const team = await context(viewer(null, [{ teamId: 3, role: 'maintainer' }, { teamId: 4, role: 'observer' }]))
    await service.count(team.ctx, hosts('1'))
    assert.deepEqual(team.store.resolved[0][4], [3], 'no query: not the team it observes (Fleet: IncludeObserver false)')
    await service.count(team.ctx, hosts('1'), '50')
    assert.deepEqual(team.store.resolved[1][4], [3, 4], 'observer_can_run')
    await service.count(team.ctx, hosts('1'), '51')
    assert.deepEqual(team.store.resolved[2][4], [3])
    const global = await context(viewer('observer'))
    await service.count(global.ctx, hosts('1'))
    assert.deepEqual(global.store.resolved[0][4], [])
    await service.count(global.ctx, hosts('1'), '50')
    assert.equal(global.store.resolved[1][4], null)
    const admin = await context(viewer('admin'))
    await service.count(admin.ctx, hosts('1'))
    assert.equal(admin.store.resolved[0][4], null)
    assert.equal(await outcome(service.count(admin.ctx, hosts('1'), '77')), 'NOT_FOUND: Query 77 was not found in the datastore')
  })

  it('shows a team member only their own campaigns; global roles see all', async () => {
    const store = new FakeCampaignStore()
    store.campaigns.set(5, campaignRow(5, 99))
    assert.equal(await service.get((await context(viewer(null, [{ teamId: 3, role: 'maintainer' }]), store)).ctx, 5), null)
    assert.equal((await service.get((await context(viewer('observer'), store)).ctx, 5))?.row.id, 5)
  })
})

describe('campaigns: validation', () => {
  it('returns 422 for empty SQL and for malformed target ids, and writes nothing', async () => {
    const { ctx, store } = await context(viewer('admin'))
    assert.equal(await outcome(service.run(ctx, '  ', hosts('1'))), 'VALIDATION_FAILED: query: one of query or query_id must be specified')
    const e = await service.run(ctx, 'SELECT 1', { hostIds: ['x'], labelIds: ['0'] }).catch((err: FleetError) => err)
    assert.equal((e as FleetError).code, 'VALIDATION_FAILED')
    assert.deepEqual((e as FleetError).fieldErrors, [{ name: 'hosts', reason: 'invalid id: x' }, { name: 'labels', reason: 'invalid id: 0' }])
    assert.deepEqual(store.writes, [])
  })

  it('returns 400 when the selection reaches no host', async () => {
    const { ctx, store } = await context(viewer('admin'))
    assert.equal(await outcome(service.run(ctx, 'SELECT 1', hosts('77'))), 'BAD_REQUEST: no hosts targeted')
    assert.deepEqual(store.writes, [])
  })

  it('returns 404 for an unknown saved query', async () => {
    const { ctx } = await context(viewer('admin'))
    assert.equal(await outcome(service.runSaved(ctx, '404', hosts('1'))), 'NOT_FOUND: Query 404 was not found in the datastore')
  })

  it('resolves names: unknown hosts are ignored, an unknown label is a 400', async () => {
    const { ctx } = await context(viewer('observer'))
    assert.deepEqual(await service.selectionByNames(ctx, ['mac-1', 'ghost'], ['web']), { hostIds: ['1'], labelIds: ['11'], teamIds: [] })
    assert.equal(await outcome(service.selectionByNames(ctx, [], ['web', 'nope'])), 'BAD_REQUEST: Invalid label name(s): nope.')
  })

  it('ignores empty label names, as Fleet does: fleetctl query --hosts sends labels [""]', async () => {
    const { ctx } = await context(viewer('observer'))
    assert.deepEqual(await service.selectionByNames(ctx, ['mac-1'], ['', '  ']), { hostIds: ['1'], labelIds: [], teamIds: [] })
    assert.equal(await outcome(service.selectionByNames(ctx, [], ['', ' nope '])), 'BAD_REQUEST: Invalid label name(s): nope.')
  })

  it('answers 503 when the result store is unreachable', async () => {
    const bus = await openBus(undefined)
    const { ctx } = await context(viewer('observer'), new FakeCampaignStore(), { ...bus, ping: async () => false })
    assert.equal(await outcome(service.resultStoreStatus(ctx)), 'SERVICE_UNAVAILABLE: result store is not reachable')
  })
})

describe('campaigns: what a run writes', () => {
  it('stores the SQL, the caller, the parsed selection and the targeted hosts, and counts them', async () => {
    const { ctx, store } = await context(viewer('admin'))
    const c = await service.run(ctx, 'SELECT 1', { hostIds: ['2', '1', '1'], teamIds: ['0'] })
    const [[kind, sql, name, userId, sel, hostIds]] = store.writes
    assert.deepEqual([kind, sql, userId, sel, hostIds], ['create', 'SELECT 1', 7, { hostIds: [2, 1], labelIds: [], teamIds: [0] }, [1, 2]])
    assert.match(String(name), /^distributed_u@example\.com_\d+$/)
    assert.deepEqual({ ...c.metrics }, { totalHosts: 2, onlineHosts: 1, offlineHosts: 1, missingInActionHosts: 0, newHosts: 0 })
  })

  it('splits builtin labels from custom ones and notices "All Hosts"', async () => {
    const { ctx, store } = await context(viewer('admin'))
    await service.run(ctx, 'SELECT 1', { labelIds: ['10', '11'] })
    const [, custom, builtin, allHosts] = store.resolved[0]
    assert.deepEqual([custom, builtin, allHosts], [[11], [10], true])
  })
})
