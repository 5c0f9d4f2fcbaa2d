// Spec "Packs": the 11 pack and scheduled-query routes, their documented
// shapes and errors, and their GraphQL twins; plus the query spec routes.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

const PACK_KEYS = ['created_at', 'updated_at', 'id', 'name', 'description', 'disabled', 'type', 'query_count', 'total_hosts_count', 'host_ids', 'label_ids', 'team_ids']
const SCHEDULED_KEYS = ['created_at', 'updated_at', 'id', 'pack_id', 'name', 'query_id', 'query_name', 'query', 'interval', 'snapshot', 'removed', 'platform', 'version', 'shard', 'denylist']

describe('packs and scheduled queries', () => {
  let stack: TestStack
  let base: string
  let admin: string, maintainer: string, observer: string
  const hostIds: number[] = []
  const queryIds: Record<string, number> = {}

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
    maintainer = (await createUser(base, admin, 'maintainer')).token
    observer = (await createUser(base, admin, 'observer')).token
    for (const h of ['one.local', 'two.local', 'three.local']) await enrollHost(base, h)
    const hosts = await gql(base, '{ hostList { id: databaseId hostname } }', undefined, admin)
    for (const h of hosts.data!.hostList) hostIds.push(Number(h.id))
    await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [
      { name: 'osquery_info', description: 'info', query: 'SELECT * FROM osquery_info' },
      { name: 'osquery_events', query: 'SELECT name FROM osquery_events;' },
    ] }, 200, maintainer)
    const q = await gql(base, '{ savedQueryList { id: databaseId name } }', undefined, admin)
    for (const s of q.data!.savedQueryList) queryIds[s.name] = Number(s.id)
  })
  after(async () => { await stack.stop() })

  describe('packs', () => {
    it('creates a pack with the documented response', async () => {
      const r = await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'query_pack_1', description: 'Collects osquery data.', host_ids: [hostIds[0], hostIds[1]], label_ids: [] }, 200, maintainer)
      const p = r.body.pack
      assert.deepEqual(Object.keys(p).sort(), [...PACK_KEYS].sort())
      assert.equal(p.name, 'query_pack_1')
      assert.equal(p.description, 'Collects osquery data.')
      assert.equal(p.type, null)
      assert.equal(p.disabled, false)
      assert.equal(p.query_count, 0)
      assert.equal(p.total_hosts_count, 2)
      assert.deepEqual(p.host_ids, [hostIds[0], hostIds[1]])
      assert.deepEqual(p.label_ids, [])
      assert.deepEqual(p.team_ids, [])
    })

    it('counts distinct hosts across host and label targets', async () => {
      const labels = await gql(base, '{ labelList { id: databaseId name } }', undefined, admin)
      const allHosts = labels.data!.labelList.find((l: any) => l.name === 'All Hosts')
      const r = await doJSON(base, 'POST', '/api/latest/fleet/packs', { name: 'counted', host_ids: [hostIds[0]], label_ids: [Number(allHosts.id)] }, 200, admin)
      // label membership comes from label queries (live-query issue); the direct host still counts once
      assert.equal(r.body.pack.total_hosts_count, 1)
      assert.deepEqual(r.body.pack.label_ids, [Number(allHosts.id)])
    })

    it('rejects bad packs: blank name 400, missing name 400, duplicate 409, unknown targets 422, wrong types 400', async () => {
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: '  ' }, 400, admin)).body, 'Bad request')
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/packs', { description: 'x' }, 400, admin)).body, 'Bad request')
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'query_pack_1' }, 409, admin)).body)
      const u = await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'ghost', host_ids: [999999] }, 422, admin)
      assertFleetError(u.body, 'Validation Failed')
      assert.equal(u.body.errors[0].name, 'host_ids')
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'typed', host_ids: 'all' }, 400, admin)).body, 'Bad request')
      // nothing half-written
      const list = await doJSON(base, 'GET', '/api/v1/fleet/packs', undefined, 200, admin)
      assert.ok(!list.body.packs.some((p: any) => p.name === 'ghost' || p.name === 'typed'))
    })

    it('observers read packs but cannot write them; anonymous callers get 401', async () => {
      await doJSON(base, 'GET', '/api/v1/fleet/packs', undefined, 200, observer)
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'nope' }, 403, observer)).body, 'Permission Denied')
      await doJSON(base, 'GET', '/api/v1/fleet/packs', undefined, 401)
    })

    it('gets a pack by id; unknown and non-numeric ids are 404', async () => {
      const created = await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'gettable' }, 200, admin)
      const r = await doJSON(base, 'GET', `/api/v1/fleet/packs/${created.body.pack.id}`, undefined, 200, observer)
      assert.deepEqual(r.body.pack, created.body.pack)
      assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/packs/999999', undefined, 404, admin)).body, 'Resource Not Found')
      assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/packs/abc', undefined, 404, admin)).body, 'Resource Not Found')
    })

    it('modifies a pack: given fields change, a given target list replaces that kind', async () => {
      const created = await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'modifiable', description: 'before', host_ids: [hostIds[0]] }, 200, admin)
      const id = created.body.pack.id
      const r = await doJSON(base, 'PATCH', `/api/v1/fleet/packs/${id}`, { description: 'MacOS hosts are targeted', host_ids: [hostIds[1], hostIds[2]] }, 200, maintainer)
      assert.equal(r.body.pack.name, 'modifiable')
      assert.equal(r.body.pack.description, 'MacOS hosts are targeted')
      assert.deepEqual(r.body.pack.host_ids, [hostIds[1], hostIds[2]])
      assert.equal(r.body.pack.total_hosts_count, 2)
      const renamed = await doJSON(base, 'PATCH', `/api/latest/fleet/packs/${id}`, { name: "it's \"quoted\"; DROP TABLE packs;--", disabled: true }, 200, admin)
      assert.equal(renamed.body.pack.name, "it's \"quoted\"; DROP TABLE packs;--")
      assert.equal(renamed.body.pack.disabled, true)
      assert.deepEqual(renamed.body.pack.host_ids, [hostIds[1], hostIds[2]])
      assertFleetError((await doJSON(base, 'PATCH', '/api/v1/fleet/packs/999999', { name: 'x' }, 404, admin)).body)
      assertFleetError((await doJSON(base, 'PATCH', `/api/v1/fleet/packs/${id}`, { name: '' }, 400, admin)).body)
      assertFleetError((await doJSON(base, 'PATCH', `/api/v1/fleet/packs/${id}`, { name: 'query_pack_1' }, 409, admin)).body)
    })

    it('lists packs ordered by any packs column; other keys and directions are 400', async () => {
      const asc = await doJSON(base, 'GET', '/api/v1/fleet/packs?order_key=name&order_direction=asc', undefined, 200, admin)
      const names = asc.body.packs.map((p: any) => p.name)
      assert.deepEqual(names, [...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)))
      const desc = await doJSON(base, 'GET', '/api/v1/fleet/packs?order_key=id&order_direction=desc', undefined, 200, admin)
      const ids = desc.body.packs.map((p: any) => p.id)
      assert.deepEqual(ids, [...ids].sort((a: number, b: number) => b - a))
      for (const k of ['created_at', 'updated_at', 'description', 'platform', 'disabled']) await doJSON(base, 'GET', `/api/v1/fleet/packs?order_key=${k}`, undefined, 200, admin)
      assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/packs?order_key=secret', undefined, 400, admin)).body, 'Bad request')
      assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/packs?order_key=name&order_direction=sideways', undefined, 400, admin)).body, 'Bad request')
      const paged = await doJSON(base, 'GET', '/api/v1/fleet/packs?order_key=id&per_page=2&page=1', undefined, 200, admin)
      assert.deepEqual(paged.body.packs.map((p: any) => p.id), [...ids].reverse().slice(2, 4))
    })

    it('deletes by name and by id; unknown ones are 404', async () => {
      const a = await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'pack_number_one' }, 200, admin)
      const b = await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'to delete by id' }, 200, admin)
      assert.deepEqual((await doJSON(base, 'DELETE', '/api/v1/fleet/packs/pack_number_one', undefined, 200, maintainer)).body, {})
      await doJSON(base, 'GET', `/api/v1/fleet/packs/${a.body.pack.id}`, undefined, 404, admin)
      assert.deepEqual((await doJSON(base, 'DELETE', `/api/v1/fleet/packs/id/${b.body.pack.id}`, undefined, 200, admin)).body, {})
      await doJSON(base, 'GET', `/api/v1/fleet/packs/${b.body.pack.id}`, undefined, 404, admin)
      assertFleetError((await doJSON(base, 'DELETE', '/api/v1/fleet/packs/pack_number_one', undefined, 404, admin)).body)
      assertFleetError((await doJSON(base, 'DELETE', '/api/v1/fleet/packs/id/999999', undefined, 404, admin)).body)
      assertFleetError((await doJSON(base, 'DELETE', '/api/v1/fleet/packs/query_pack_1', undefined, 403, observer)).body)
    })
  })

  describe('scheduled queries', () => {
    let packId: number

    before(async () => {
      packId = (await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'scheduling' }, 200, admin)).body.pack.id
    })

    it('adds a query to a pack (v1 /schedule) with the documented response', async () => {
      const r = await doJSON(base, 'POST', '/api/v1/fleet/schedule', { interval: 120, pack_id: packId, query_id: queryIds.osquery_events, removed: true, shard: 10, snapshot: false, version: '4.5.0', platform: 'windows' }, 200, maintainer)
      const s = r.body.scheduled
      assert.deepEqual(Object.keys(s).sort(), [...SCHEDULED_KEYS].sort())
      assert.equal(s.pack_id, packId)
      assert.equal(s.name, 'osquery_events')
      assert.equal(s.query_name, 'osquery_events')
      assert.equal(s.query, 'SELECT name FROM osquery_events;')
      assert.equal(s.interval, 120)
      assert.equal(s.snapshot, false)
      assert.equal(s.removed, true)
      assert.equal(s.shard, 10)
      assert.equal(s.denylist, null)
    })

    it('makes names unique in the pack with -1 suffixes (latest /packs/schedule path too)', async () => {
      const second = await doJSON(base, 'POST', '/api/latest/fleet/packs/schedule', { pack_id: packId, query_id: queryIds.osquery_events, interval: 60 }, 200, admin)
      assert.equal(second.body.scheduled.name, 'osquery_events-1')
      assert.equal(second.body.scheduled.query_name, 'osquery_events')
      const third = await doJSON(base, 'POST', '/api/v1/fleet/schedule', { pack_id: packId, query_id: queryIds.osquery_events, interval: 60 }, 200, admin)
      assert.equal(third.body.scheduled.name, 'osquery_events-1-1')
      const pack = await doJSON(base, 'GET', `/api/v1/fleet/packs/${packId}`, undefined, 200, admin)
      assert.equal(pack.body.pack.query_count, 3)
    })

    it('rejects bad schedules: interval out of range 400, unknown query 404, unknown pack 422, missing fields 400', async () => {
      for (const interval of [0, 604_801]) {
        const r = await doJSON(base, 'POST', '/api/v1/fleet/schedule', { pack_id: packId, query_id: queryIds.osquery_info, interval }, 400, admin)
        assert.equal(r.body.errors[0].reason, 'invalid scheduled query interval')
      }
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/schedule', { pack_id: packId, query_id: 999999, interval: 60 }, 404, admin)).body, 'Resource Not Found')
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/schedule', { pack_id: 999999, query_id: queryIds.osquery_info, interval: 60 }, 422, admin)).body, 'Validation Failed')
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/schedule', { pack_id: packId }, 400, admin)).body, 'Bad request')
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/schedule', { pack_id: packId, query_id: queryIds.osquery_info, interval: 60 }, 403, observer)).body)
    })

    it('lists a pack\'s scheduled queries; an unknown pack has none', async () => {
      const r = await doJSON(base, 'GET', `/api/v1/fleet/packs/${packId}/scheduled`, undefined, 200, observer)
      assert.deepEqual(r.body.scheduled.map((s: any) => s.name), ['osquery_events', 'osquery_events-1', 'osquery_events-1-1'])
      assert.deepEqual((await doJSON(base, 'GET', '/api/v1/fleet/packs/999999/scheduled', undefined, 200, admin)).body, { scheduled: [] })
    })

    it('gets, modifies and deletes a scheduled query', async () => {
      const list = await doJSON(base, 'GET', `/api/v1/fleet/packs/${packId}/scheduled`, undefined, 200, admin)
      const id = list.body.scheduled[0].id
      const got = await doJSON(base, 'GET', `/api/v1/fleet/schedule/${id}`, undefined, 200, observer)
      assert.equal(got.body.scheduled.id, id)
      const mod = await doJSON(base, 'PATCH', `/api/v1/fleet/schedule/${id}`, { platform: '' }, 200, maintainer)
      assert.equal(mod.body.scheduled.platform, '')
      assert.equal(mod.body.scheduled.shard, 10, 'absent fields are kept')
      const cleared = await doJSON(base, 'PATCH', `/api/latest/fleet/packs/schedule/${id}`, { shard: null, interval: 300 }, 200, admin)
      assert.equal(cleared.body.scheduled.shard, null)
      assert.equal(cleared.body.scheduled.interval, 300)
      assertFleetError((await doJSON(base, 'PATCH', `/api/v1/fleet/schedule/${id}`, { interval: -5 }, 400, admin)).body)
      assertFleetError((await doJSON(base, 'PATCH', '/api/v1/fleet/schedule/999999', { interval: 5 }, 404, admin)).body)
      assert.deepEqual((await doJSON(base, 'DELETE', `/api/v1/fleet/schedule/${id}`, undefined, 200, admin)).body, {})
      assertFleetError((await doJSON(base, 'GET', `/api/v1/fleet/schedule/${id}`, undefined, 404, admin)).body)
      assertFleetError((await doJSON(base, 'DELETE', `/api/latest/fleet/packs/schedule/${id}`, undefined, 404, admin)).body)
    })
  })

  describe('query specs', () => {
    it('applies queries by name, idempotently; names with quotes and SQL stay literal', async () => {
      const specs = [
        { name: 'query1', description: 'query', query: 'SELECT * FROM osquery_info' },
        { name: "o'brien\"; DROP TABLE queries;--", description: '', query: "SELECT 'x' AS \"y\";" },
      ]
      await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs }, 200, admin)
      const first = await doJSON(base, 'GET', '/api/v1/fleet/spec/queries', undefined, 200, observer)
      await doJSON(base, 'POST', '/api/latest/fleet/spec/queries', { specs }, 200, admin)
      const second = await doJSON(base, 'GET', '/api/v1/fleet/spec/queries', undefined, 200, observer)
      assert.deepEqual(second.body, first.body)
      for (const s of specs) assert.ok(first.body.specs.some((x: any) => x.name === s.name && x.query === s.query && x.description === s.description), s.name)
      for (const x of first.body.specs) assert.deepEqual(Object.keys(x).sort(), ['description', 'name', 'query'])
      const one = await doJSON(base, 'GET', `/api/v1/fleet/spec/queries/${encodeURIComponent(specs[1].name)}`, undefined, 200, observer)
      assert.deepEqual(one.body, { specs: specs[1] })
    })

    it('updates an existing query in place', async () => {
      await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [{ name: 'query1', description: 'changed', query: 'SELECT 2' }] }, 200, admin)
      const one = await doJSON(base, 'GET', '/api/v1/fleet/spec/queries/query1', undefined, 200, admin)
      assert.deepEqual(one.body.specs, { name: 'query1', description: 'changed', query: 'SELECT 2' })
    })

    it('rejects bad query specs: blank name or SQL 400, unknown name 404, observers 403; nothing is written', async () => {
      const r = await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [{ name: 'fine', query: 'SELECT 1' }, { name: '', query: 'SELECT 1' }] }, 400, admin)
      assert.equal(r.body.errors[0].reason, 'query payload verification: query name cannot be empty')
      await doJSON(base, 'GET', '/api/v1/fleet/spec/queries/fine', undefined, 404, admin)
      assert.equal((await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [{ name: 'x', query: ' ' }] }, 400, admin)).body.errors[0].reason,
        "query payload verification: query's SQL query cannot be empty")
      assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/spec/queries/nope', undefined, 404, admin)).body, 'Resource Not Found')
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [{ name: 'x', query: 'SELECT 1' }] }, 403, observer)).body)
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: 'nope' }, 400, admin)).body)
    })

    it('stores what fleetctl\'s QuerySpec carries (platform, interval, observer flag, version floor, logging); left out, an update keeps it', async () => {
      const spec = { name: 'full-spec', query: 'SELECT 1', description: '', platform: 'darwin,linux', interval: 3600, observer_can_run: true, min_osquery_version: '5.0.1', logging: 'differential' }
      await doJSON(base, 'POST', '/api/latest/fleet/spec/reports', { specs: [{ ...spec, team: '', automations_enabled: false, discard_data: false }] }, 200, admin)
      const shown = async () => (await doJSON(base, 'GET', '/api/latest/fleet/reports?query=full-spec', undefined, 200, admin)).body.queries[0]
      const fields = (q: any) => [q.platform, q.interval, q.observer_can_run, q.min_osquery_version, q.logging]
      assert.deepEqual(fields(await shown()), ['darwin,linux', 3600, true, '5.0.1', 'differential'])
      await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [{ name: 'full-spec', query: 'SELECT 2' }] }, 200, admin)
      assert.deepEqual(fields(await shown()), ['darwin,linux', 3600, true, '5.0.1', 'differential'])
      // Go's zero value for logging is Fleet's default, snapshot
      await doJSON(base, 'POST', '/api/latest/fleet/spec/reports', { specs: [{ ...spec, logging: '', interval: 0 }] }, 200, admin)
      assert.deepEqual(fields(await shown()).slice(1, 5), [0, true, '5.0.1', 'snapshot'])
      const bad = await doJSON(base, 'POST', '/api/latest/fleet/spec/reports', { specs: [spec, { ...spec, name: 'bad', logging: 'sometimes', interval: -1 }] }, 422, admin)
      assert.deepEqual(bad.body.errors.map((e: any) => e.name).sort(), ['specs[1].interval', 'specs[1].logging'])
      await doJSON(base, 'GET', '/api/v1/fleet/spec/queries/bad', undefined, 404, admin)
      assertFleetError((await doJSON(base, 'POST', '/api/latest/fleet/spec/reports', { specs: [{ ...spec, platform: 'x'.repeat(300) }] }, 400, admin)).body)
      assertFleetError((await doJSON(base, 'POST', '/api/latest/fleet/spec/reports', { specs: [{ ...spec, interval: 'hourly' }] }, 400, admin)).body)
    })
  })

  describe('GraphQL twins', () => {
    it('creates, updates, schedules, reads and deletes through GraphQL', async () => {
      const c = await gql(base, 'mutation($i: CreatePackInput!) { createPack(input: $i) { id name totalHostsCount hosts { nodes { hostname } } } }',
        { i: { name: 'gql pack', hostIds: [String(hostIds[2])] } }, maintainer)
      assert.equal(c.errors, undefined, JSON.stringify(c.errors))
      assert.deepEqual(c.data!.createPack.hosts.nodes, [{ hostname: 'three.local' }])
      const id = c.data!.createPack.id
      const u = await gql(base, 'mutation($id: ID!) { updatePack(id: $id, input: { description: "via graphql" }) { description } }', { id }, maintainer)
      assert.equal(u.data!.updatePack.description, 'via graphql')
      const s = await gql(base, 'mutation($i: ScheduleQueryInput!) { scheduleQuery(input: $i) { id name queryName interval } }',
        { i: { packId: id, queryId: String(queryIds.osquery_info), interval: 30 } }, maintainer)
      assert.equal(s.data!.scheduleQuery.name, 'osquery_info')
      const read = await gql(base, 'query($id: ID!) { pack(id: $id) { queryCount scheduledQueries { name query } } }', { id }, observer)
      assert.deepEqual(read.data!.pack, { queryCount: 1, scheduledQueries: [{ name: 'osquery_info', query: 'SELECT * FROM osquery_info' }] })
      const upd = await gql(base, 'mutation($id: ID!) { updateScheduledQuery(id: $id, input: { shard: 50 }) { shard } }', { id: s.data!.scheduleQuery.id }, admin)
      assert.equal(upd.data!.updateScheduledQuery.shard, 50)
      const del = await gql(base, 'mutation($id: ID!) { deleteScheduledQuery(id: $id) }', { id: s.data!.scheduleQuery.id }, admin)
      assert.equal(del.data!.deleteScheduledQuery, true)
      const denied = await gql(base, 'mutation($id: ID!) { deletePackById(id: $id) }', { id }, observer)
      assert.equal(denied.errors?.[0]?.extensions?.code, 'FORBIDDEN')
      const gone = await gql(base, 'mutation { deletePack(name: "gql pack") }', undefined, admin)
      assert.equal(gone.data!.deletePack, true)
      const missing = await gql(base, 'query($id: ID!) { pack(id: $id) { id } }', { id }, admin)
      assert.equal(missing.errors?.[0]?.extensions?.code, 'NOT_FOUND')
      const specs = await gql(base, 'mutation { applyQuerySpecs(specs: [{ name: "gql query", query: "SELECT 3" }]) }', undefined, admin)
      assert.equal(specs.data!.applyQuerySpecs, true)
      const q = await gql(base, '{ savedQuery(name: "gql query") { query } }', undefined, observer)
      assert.equal(q.data!.savedQuery.query, 'SELECT 3')
    })
  })
})
