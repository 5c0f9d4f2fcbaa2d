// The agent service's rules without a database: fake repositories record what
// the service reads and writes.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FleetError } from '@fleetgraph/subgraph-kit'
import type { AgentHost, HostAnswers, HostPackQuery } from './agent.repository.js'
import { AgentService, DEFAULT_AGENT_OPTIONS, type AgentStore, type LiveQueryStore, type PendingStore } from './agent.service.js'
import { DETAIL_QUERIES } from './detail-queries.js'
import type { StoredResult } from './live-query.repository.js'

const HOUR = 3600_000
const fresh = () => new Date(Date.now() - 1000)

function host(over: Partial<AgentHost> = {}): AgentHost {
  return {
    id: 7, team_id: null, hostname: 'web-1', computer_name: 'Web One', platform: 'ubuntu',
    detail_updated_at: fresh(), label_updated_at: fresh(), policy_updated_at: fresh(), refetch_requested: false, policy_revision: null, ...over,
  }
}

function fixture(opts: { hosts?: Record<string, AgentHost>; options?: Record<string, unknown> | null; revision?: number; packs?: HostPackQuery[]; stored?: boolean } = {}) {
  const seen: number[] = []
  const revisions: [number, number][] = []
  const answers: [number, HostAnswers][] = []
  const saved: [number, number, unknown[], string | null][] = []
  const answered: [number, number][] = []
  const published: [string, unknown][] = []
  const repo: AgentStore = {
    hostByNodeKey: async (k) => opts.hosts?.[k] ?? null,
    markSeen: (id) => { seen.push(id) },
    policyConfig: async () => ({ options: opts.options ?? null, revision: opts.revision ?? 1 }),
    recordServedRevision: async (id, revision) => { revisions.push([id, revision]) },
    packsForHost: async () => opts.packs ?? [],
    dynamicLabels: async () => [{ id: 1, query: 'SELECT 1', platform: '' }, { id: 2, query: 'SELECT 2', platform: 'darwin' }, { id: 3, query: 'SELECT 3', platform: 'ubuntu' }],
    policiesFor: async () => [{ id: 5, query: 'SELECT 5', platform: '' }, { id: 6, query: 'SELECT 6', platform: 'windows' }, { id: 8, query: 'SELECT 8', platform: 'linux' }],
    recordAnswers: async (id, a) => { answers.push([id, a]) },
  }
  const liveQueries: LiveQueryStore = {
    saveResult: async (c, h, rows, error): Promise<StoredResult> => { saved.push([c, h, rows, error]); return { stored: opts.stored ?? true, completed: false } },
  }
  const pending: PendingStore = {
    pendingFor: async (id) => (id === 7 ? [{ campaignId: 40, sql: 'SELECT 40' }] : []),
    answered: (c, h) => { answered.push([c, h]) },
  }
  const bus = { pubSub: { publish: (topic: string, e: unknown) => { published.push([topic, e]) } } } as any
  return { service: new AgentService(repo, liveQueries, pending, bus), seen, answers, saved, answered, published, revisions }
}

const code = async (p: Promise<unknown>) => { try { await p; return 'ok' } catch (e) { return `${(e as FleetError).code}: ${(e as FleetError).message}` } }

describe('agent service', () => {
  it('authenticates a known node key and marks the host seen; refuses a missing or unknown one (401)', async () => {
    const f = fixture({ hosts: { k1: host() } })
    assert.equal((await f.service.authenticate('k1')).id, 7)
    assert.deepEqual(f.seen, [7])
    assert.equal(await code(f.service.authenticate('')), 'UNAUTHENTICATED: authentication error: missing node key')
    assert.equal(await code(f.service.authenticate(42)), 'UNAUTHENTICATED: authentication error: missing node key')
    assert.equal(await code(f.service.authenticate('nope')), 'UNAUTHENTICATED: authentication error: invalid node key')
    assert.deepEqual(f.seen, [7])
  })

  it('asks a host whose details, labels and policies are fresh only for the live queries it owes', async () => {
    const r = await fixture().service.read(host())
    assert.deepEqual(r, { queries: { fleet_distributed_query_40: 'SELECT 40' }, discovery: {} })
  })

  it('asks a new host everything: detail queries, its platform\'s labels and policies, and to check in faster', async () => {
    const r = await fixture().service.read(host({ hostname: '', detail_updated_at: null, label_updated_at: null, policy_updated_at: null }))
    const names = Object.keys(r.queries)
    for (const d of Object.keys(DETAIL_QUERIES)) assert.ok(names.includes(`fleet_detail_query_${d}`), d)
    // Labels for every platform or the host's own; policies for any platform or the host's family (ubuntu is linux).
    assert.deepEqual(names.filter((n) => n.startsWith('fleet_label_query_')), ['fleet_label_query_1', 'fleet_label_query_3'])
    assert.deepEqual(names.filter((n) => n.startsWith('fleet_policy_query_')), ['fleet_policy_query_5', 'fleet_policy_query_8'])
    assert.equal(r.queries.fleet_distributed_query_40, 'SELECT 40')
    assert.equal(r.accelerate, 10)
  })

  it('asks for details again on a refetch request or once they are an hour old, and labels after 5 minutes', async () => {
    const refetch = await fixture().service.read(host({ refetch_requested: true }))
    assert.ok(Object.keys(refetch.queries).some((n) => n.startsWith('fleet_detail_query_')))
    const old = await fixture().service.read(host({ detail_updated_at: new Date(Date.now() - HOUR - 1000), label_updated_at: new Date(Date.now() - 6 * 60_000) }))
    const names = Object.keys(old.queries)
    assert.ok(names.some((n) => n.startsWith('fleet_detail_query_')))
    assert.ok(names.some((n) => n.startsWith('fleet_label_query_')))
    assert.ok(!names.some((n) => n.startsWith('fleet_policy_query_')))
  })

  it('records details, label membership and policy results of one write in one call', async () => {
    const f = fixture()
    await f.service.write(host(), {
      queries: {
        fleet_detail_query_osquery_info: [{ version: '5.12.1' }],
        fleet_detail_query_os_version: [{ name: 'Ubuntu', version: '24.04' }],
        fleet_label_query_1: [{ 1: '1' }], fleet_label_query_3: [], fleet_label_query_9: [{ x: '1' }], fleet_label_query_bad: [{ x: '1' }],
        fleet_policy_query_5: [{ ok: '1' }], fleet_policy_query_8: [], fleet_policy_query_6: '',
      },
      statuses: { fleet_label_query_9: 1, fleet_policy_query_6: '1' },
      messages: {},
    })
    assert.equal(f.answers.length, 1)
    const [id, a] = f.answers[0]
    assert.equal(id, 7)
    assert.deepEqual(a.details, { osquery_version: '5.12.1', os_version: 'Ubuntu 24.04', platform: undefined, platform_like: undefined, build: undefined, code_name: undefined })
    // A failed label query leaves the label (no rows is not membership either).
    assert.deepEqual(a.labelsIn, [1])
    assert.deepEqual(a.labelsOut, [3, 9])
    // Any row passes, no rows fails, a failed query is unknown (null).
    assert.deepEqual(a.policies, [{ id: 5, passes: true }, { id: 8, passes: false }, { id: 6, passes: null }])
    assert.deepEqual(f.saved, [])
  })

  it('writes nothing for a host when a write carries no answer it keeps (a failed detail query included)', async () => {
    const f = fixture()
    await f.service.write(host(), { queries: { fleet_detail_query_uptime: [], unknown_query: [{ a: '1' }] }, statuses: { fleet_detail_query_uptime: 1 }, messages: {} })
    assert.deepEqual(f.answers, [])
  })

  it('stores a live-query answer, stops asking the host, and streams it to the campaign\'s subscribers', async () => {
    const f = fixture()
    await f.service.write(host(), { queries: { fleet_distributed_query_40: [{ answer: '42' }] }, statuses: { fleet_distributed_query_40: 0 }, messages: {} })
    assert.deepEqual(f.saved, [[40, 7, [{ answer: '42' }], null]])
    assert.deepEqual(f.answered, [[40, 7]])
    assert.deepEqual(f.published, [['CAMPAIGN:40', {
      kind: 'result', campaignId: 40, hostId: 7, hostname: 'web-1', displayName: 'Web One', rows: [{ answer: '42' }], error: null,
    }]])
  })

  it('stores a failed live query as its error with no rows, and publishes nothing for a campaign that is gone', async () => {
    const failed = fixture()
    await failed.service.write(host({ computer_name: '' }), { queries: { fleet_distributed_query_40: [{ partial: '1' }] }, statuses: { fleet_distributed_query_40: 1 }, messages: { fleet_distributed_query_40: 'no such table: nope' } })
    assert.deepEqual(failed.saved, [[40, 7, [], 'no such table: nope']])
    assert.equal((failed.published[0][1] as any).displayName, 'web-1')
    const noMessage = fixture()
    await noMessage.service.write(host(), { queries: { fleet_distributed_query_40: '' }, statuses: { fleet_distributed_query_40: 2 }, messages: {} })
    assert.equal(noMessage.saved[0][3], 'query failed with status 2')
    const gone = fixture({ stored: false })
    await gone.service.write(host(), { queries: { fleet_distributed_query_40: [] }, statuses: {}, messages: {} })
    assert.deepEqual(gone.answered, [[40, 7]])
    assert.deepEqual(gone.published, [])
  })

  it("sends Fleet's default agent options when none are set, with the host's packs grouped by pack", async () => {
    const q = (pack: string, name: string, over: Partial<HostPackQuery> = {}): HostPackQuery => ({
      pack, platform: '', name, query: `SELECT '${name}'`, interval: 60, snapshot: null, removed: null, sq_platform: '', version: '', shard: null, denylist: null, ...over,
    })
    const f = fixture({ packs: [q('base', 'uptime', { snapshot: true }), q('base', 'users', { shard: 10 }), q('mac', 'apps', { platform: 'darwin' })] })
    const config = await f.service.config(host())
    assert.deepEqual(config.options, DEFAULT_AGENT_OPTIONS.config.options)
    assert.deepEqual(config.decorators, DEFAULT_AGENT_OPTIONS.config.decorators)
    assert.deepEqual(config.packs, {
      base: { queries: {
        uptime: { query: "SELECT 'uptime'", interval: 60, platform: '', version: '', snapshot: true },
        users: { query: "SELECT 'users'", interval: 60, platform: '', version: '', shard: 10 },
      } },
      mac: { platform: 'darwin', queries: { apps: { query: "SELECT 'apps'", interval: 60, platform: '', version: '' } } },
    })
  })

  it('sends configured agent options (their config part) in place of the defaults', async () => {
    const config = await fixture({ options: { config: { options: { distributed_interval: 30 } }, overrides: {} } }).service.config(host())
    assert.deepEqual(config, { options: { distributed_interval: 30 }, packs: {} })
  })

  it('records the agent-policy revision it serves, only when the host was served another one', async () => {
    const f = fixture({ revision: 4 })
    await f.service.config(host({ policy_revision: 3 }))
    await f.service.config(host({ policy_revision: 4 }))
    await f.service.config(host({ policy_revision: null }))
    assert.deepEqual(f.revisions, [[7, 4], [7, 4]])
  })
})
