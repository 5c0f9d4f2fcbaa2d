// Kibana's osquery packs (/api/osquery/packs) are FleetDM's packs (ADR 0013): policy_ids are the teams a
// pack targets (the default policy: "All Hosts"), enabled is not disabled, each query a scheduled query.
// A Kibana-created pack shows in FleetDM's REST routes and specs and reaches the hosts' osquery config;
// a FleetDM-created pack shows in Kibana's routes; Kibana's 409/400 messages, copy names and rules.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, eventually, gql, checkAnswersAgainstOpenApi, KIBANA_API_PATHS } from '../../support/client.js'
import { createUser, ENROLL_SECRET, setupInstance } from '../../support/fleet.js'

const XSRF = { 'kbn-xsrf': 'true' }
const boom = (statusCode: number, error: string, message: string) => ({ statusCode, error, message })

describe('Kibana osquery packs', () => {
  let stack: TestStack
  let base: string, admin: string, observer: string
  let teamA: { id: number; policy: string }, teamB: { id: number; policy: string }
  const keys: Record<string, string> = {}
  const kibana = (method: string, path: string, body: unknown, status: number, token = admin) => doJSON(base, method, `/api/osquery${path}`, body, status, token, XSRF)
  const ok = async (query: string, variables?: Record<string, unknown>, token = admin) => {
    const r = await gql(base, query, variables, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  const configPacks = async (host: string) => (await doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: keys[host] }, 200)).body.packs
  /** Enrolls a host with a secret and has it answer its label queries (it is in every label, "All Hosts" included). */
  const enroll = async (hostname: string, secret: string) => {
    const r = await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
      enroll_secret: secret, host_identifier: `id-${hostname}`, platform_type: 'linux',
      host_details: { system_info: { hostname, uuid: `uuid-${hostname}` }, os_version: { platform: 'ubuntu' } },
    }, 200)
    keys[hostname] = r.body.node_key
    const asked = Object.keys((await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: r.body.node_key }, 200)).body.queries)
      .filter((q) => q.startsWith('fleet_label_query_'))
    await doJSON(base, 'POST', '/api/v1/osquery/distributed/write', {
      node_key: r.body.node_key, queries: Object.fromEntries(asked.map((q) => [q, [{ one: '1' }]])), statuses: Object.fromEntries(asked.map((q) => [q, 0])), messages: {},
    }, 200)
  }
  const uptime = { query: 'SELECT * FROM uptime', interval: 3600, snapshot: true, ecs_mapping: { 'host.uptime': { field: 'total_seconds' } }, timeout: 90 }
  const procs = { query: 'SELECT pid FROM processes', interval: '60', platform: 'linux', version: '5.1.0', removed: false }

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' }) // teams (agent policies) are a Premium feature
    base = stack.url
    await checkAnswersAgainstOpenApi(base, KIBANA_API_PATHS)
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    const ids = (await doJSON(base, 'POST', '/api/latest/fleet/spec/teams', { specs: [{ name: 'Alpha', secrets: [{ secret: 'alpha-secret' }] }, { name: 'Beta', secrets: [{ secret: 'beta-secret' }] }] }, 200, admin)).body.team_ids_by_name
    const teams = (await ok('{ teamList { databaseId agentPolicyId } }')).teamList
    const policy = (id: number) => teams.find((t: any) => t.databaseId === id).agentPolicyId
    teamA = { id: ids.Alpha, policy: policy(ids.Alpha) }
    teamB = { id: ids.Beta, policy: policy(ids.Beta) }
    await enroll('alpha.local', 'alpha-secret')
    await enroll('beta.local', 'beta-secret')
    await enroll('none.local', ENROLL_SECRET)
  })
  after(async () => { await stack.stop() })

  it('creates a pack FleetDM serves (REST, specs) and sends to the hosts of its policies', async () => {
    const r = await kibana('POST', '/packs', {
      name: 'kibana-pack', description: 'made in Kibana', enabled: true, policy_ids: [teamA.policy], shards: { [teamA.policy]: 50 },
      queries: { uptime, procs },
    }, 200)
    const d = r.body.data
    assert.match(d.saved_object_id, /^\d+$/)
    assert.deepEqual({ ...d, created_at: undefined, updated_at: undefined }, {
      saved_object_id: d.saved_object_id, name: 'kibana-pack', description: 'made in Kibana', enabled: true, created_at: undefined, updated_at: undefined,
      created_by: 'admin@example.com', updated_by: 'admin@example.com', policy_ids: [teamA.policy], shards: [{ key: teamA.policy, value: 50 }],
      queries: {
        uptime: { query: uptime.query, interval: 3600, snapshot: true, ecs_mapping: uptime.ecs_mapping, timeout: 90 },
        procs: { query: procs.query, interval: 60, platform: 'linux', version: '5.1.0', removed: false },
      },
    })
    const id = d.saved_object_id

    const fleet = (await doJSON(base, 'GET', `/api/latest/fleet/packs/${id}`, undefined, 200, admin)).body.pack
    assert.deepEqual({ name: fleet.name, disabled: fleet.disabled, team_ids: fleet.team_ids, label_ids: fleet.label_ids, query_count: fleet.query_count },
      { name: 'kibana-pack', disabled: false, team_ids: [teamA.id], label_ids: [], query_count: 2 })
    const scheduled = (await doJSON(base, 'GET', `/api/latest/fleet/packs/${id}/scheduled`, undefined, 200, admin)).body.scheduled
    assert.deepEqual(scheduled.map((s: any) => [s.name, s.query, s.interval, s.snapshot, s.removed, s.platform, s.version, s.shard]), [
      ['uptime', uptime.query, 3600, true, null, '', '', 50],
      ['procs', procs.query, 60, null, false, 'linux', '5.1.0', 50],
    ])
    const spec = (await doJSON(base, 'GET', '/api/latest/fleet/spec/packs/kibana-pack', undefined, 200, admin)).body.specs
    assert.deepEqual(spec.targets, { labels: null, teams: ['Alpha'] })
    assert.deepEqual(spec.queries.map((q: any) => q.name), ['uptime', 'procs'])

    // Osquery on Alpha's host gets the pack; the others do not.
    await eventually(async () => assert.deepEqual((await configPacks('alpha.local'))['kibana-pack'], { queries: {
      uptime: { query: uptime.query, interval: 3600, platform: '', version: '', snapshot: true, shard: 50 },
      procs: { query: procs.query, interval: 60, platform: 'linux', version: '5.1.0', removed: false, shard: 50 },
    } }))
    assert.equal((await configPacks('beta.local'))['kibana-pack'], undefined)
    // The inline queries are not saved queries: Kibana's and FleetDM's saved-query lists do not show them.
    const saved = (await doJSON(base, 'GET', '/api/latest/fleet/spec/queries', undefined, 200, admin)).body.specs
    assert.deepEqual(saved, [])
  })

  it('reads a pack as Kibana does (queries and shards as maps) and targets every host with the default policy', async () => {
    const d = (await kibana('POST', '/packs', { name: 'everywhere', enabled: true, policy_ids: ['fleet-default-policy', teamB.policy], queries: { uptime } }, 200)).body.data
    const read = (await kibana('GET', `/packs/${d.saved_object_id}`, undefined, 200, observer)).body.data
    assert.deepEqual({ type: read.type, id: read.id, namespaces: read.namespaces, policy_ids: read.policy_ids, shards: read.shards, read_only: read.read_only, enabled: read.enabled },
      { type: 'osquery-pack', id: d.saved_object_id, namespaces: ['default'], policy_ids: ['fleet-default-policy', teamB.policy], shards: {}, read_only: false, enabled: true })
    assert.deepEqual(Object.keys(read.queries), ['uptime'])
    const allHosts = (await ok('{ labelList { databaseId name } }')).labelList.find((l: any) => l.name === 'All Hosts').databaseId
    assert.deepEqual((await doJSON(base, 'GET', `/api/latest/fleet/packs/${d.saved_object_id}`, undefined, 200, admin)).body.pack.label_ids, [allHosts])
    for (const h of ['alpha.local', 'beta.local', 'none.local']) await eventually(async () => assert.ok((await configPacks(h)).everywhere, h))
  })

  it('shows a pack FleetDM wrote (spec) to Kibana, and keeps its saved queries when Kibana changes other things', async () => {
    await doJSON(base, 'POST', '/api/latest/fleet/spec/queries', { specs: [{ name: 'os', query: 'SELECT * FROM os_version' }] }, 200, admin)
    await doJSON(base, 'POST', '/api/latest/fleet/spec/packs', { specs: [{ name: 'fleet-pack', targets: { teams: ['Beta'] }, queries: [{ query: 'os', name: 'os', interval: 120, snapshot: true }] }] }, 200, admin)
    const list = (await kibana('GET', '/packs?pageSize=100', undefined, 200, observer)).body
    const item = list.data.find((p: any) => p.name === 'fleet-pack')
    assert.equal(item.type, 'osquery-pack')
    assert.deepEqual(item.policy_ids, [teamB.policy])
    assert.equal(item.enabled, true)
    assert.deepEqual(item.attributes.queries, [{ id: 'os', query: 'SELECT * FROM os_version', interval: 120, snapshot: true }])
    assert.deepEqual(item.queries, item.attributes.queries)
    const before = (await doJSON(base, 'GET', `/api/latest/fleet/packs/${item.id}/scheduled`, undefined, 200, admin)).body.scheduled[0]
    // Same name and SQL: the schedule and the saved query behind it stay; the interval changes.
    await kibana('PUT', `/packs/${item.id}`, { queries: { os: { query: 'SELECT * FROM os_version', interval: 240 }, extra: { query: 'SELECT 1', interval: 10 } } }, 200)
    const after = (await doJSON(base, 'GET', `/api/latest/fleet/packs/${item.id}/scheduled`, undefined, 200, admin)).body.scheduled
    assert.deepEqual(after.map((s: any) => [s.id === before.id, s.name, s.query_name, s.interval]), [[true, 'os', 'os', 240], [false, 'extra', `pack/${item.id}/extra`, 10]])
    // Changing the SQL writes the query inline; the saved query is left alone.
    await kibana('PUT', `/packs/${item.id}`, { queries: { os: { query: 'SELECT name FROM os_version', interval: 240 } } }, 200)
    const changed = (await doJSON(base, 'GET', `/api/latest/fleet/packs/${item.id}/scheduled`, undefined, 200, admin)).body.scheduled
    assert.deepEqual(changed.map((s: any) => [s.name, s.query, s.query_name]), [['os', 'SELECT name FROM os_version', `pack/${item.id}/os`]])
    assert.equal((await doJSON(base, 'GET', '/api/latest/fleet/spec/queries/os', undefined, 200, admin)).body.specs.query, 'SELECT * FROM os_version')
  })

  it("answers Kibana's 409 for a taken name and 400 for unknown policy ids", async () => {
    const dup = await kibana('POST', '/packs', { name: 'kibana-pack', queries: {} }, 409)
    assert.deepEqual(dup.body, boom(409, 'Conflict', 'Pack with name "kibana-pack" already exists.'))
    const bad = await kibana('POST', '/packs', { name: 'bad-policies', policy_ids: [teamA.policy, 'nope', 'gone'], queries: {} }, 400)
    assert.deepEqual(bad.body, boom(400, 'Bad Request', 'The following policy ids are invalid: nope, gone'))
    const other = (await kibana('POST', '/packs', { name: 'renamable', queries: {} }, 200)).body.data
    assert.equal((await kibana('PUT', `/packs/${other.saved_object_id}`, { name: 'kibana-pack' }, 409)).body.message, 'Pack with name "kibana-pack" already exists.')
    assert.equal((await kibana('PUT', `/packs/${other.saved_object_id}`, { policy_ids: ['nope'] }, 400)).body.message, 'The following policy ids are invalid: nope')
  })

  it('disables and re-targets through PUT: a disabled Kibana pack reaches no host, and policy_ids are kept when not given', async () => {
    const d = (await kibana('POST', '/packs', { name: 'toggled', enabled: true, policy_ids: [teamA.policy], queries: { uptime } }, 200)).body.data
    await eventually(async () => assert.ok((await configPacks('alpha.local')).toggled))
    const off = (await kibana('PUT', `/packs/${d.saved_object_id}`, { enabled: false }, 200)).body.data
    assert.deepEqual({ enabled: off.enabled, policy_ids: off.policy_ids, description: off.description }, { enabled: false, policy_ids: [teamA.policy], description: '' })
    await eventually(async () => assert.equal((await configPacks('alpha.local')).toggled, undefined))
    assert.equal((await doJSON(base, 'GET', `/api/latest/fleet/packs/${d.saved_object_id}`, undefined, 200, admin)).body.pack.disabled, true)
    const moved = (await kibana('PUT', `/packs/${d.saved_object_id}`, { enabled: true, policy_ids: [teamB.policy] }, 200)).body.data
    assert.deepEqual(moved.policy_ids, [teamB.policy])
    await eventually(async () => assert.equal((await configPacks('alpha.local')).toggled, undefined))
    await eventually(async () => assert.ok((await configPacks('beta.local')).toggled))
    // A created pack is enabled only when asked to be (Kibana deploys only enabled packs).
    const quiet = (await kibana('POST', '/packs', { name: 'not-enabled', policy_ids: [teamB.policy], queries: { uptime } }, 200)).body.data
    assert.equal(quiet.enabled, false)
    assert.equal((await configPacks('beta.local'))['not-enabled'], undefined)
  })

  it('copies as Kibana: _copy then _copy_2, disabled, no policies or shards, the same queries', async () => {
    const src = (await kibana('GET', '/packs?pageSize=100', undefined, 200)).body.data.find((p: any) => p.name === 'kibana-pack')
    const first = (await kibana('POST', `/packs/${src.id}/copy`, undefined, 200)).body.data
    const second = (await kibana('POST', `/packs/${src.id}/copy`, undefined, 200)).body.data
    assert.deepEqual([first.name, second.name], ['kibana-pack_copy', 'kibana-pack_copy_2'])
    assert.deepEqual({ enabled: first.enabled, policy_ids: first.policy_ids, shards: first.shards }, { enabled: false, policy_ids: [], shards: [] })
    assert.deepEqual(first.queries.map((q: any) => [q.id, q.query, q.interval]), [['uptime', uptime.query, 3600], ['procs', procs.query, 60]])
    assert.equal((await configPacks('alpha.local'))['kibana-pack_copy'], undefined)
    assert.equal((await kibana('POST', '/packs/987654/copy', undefined, 404)).body.message, 'Pack with id "987654" not found.')
  })

  it('deletes a pack with its inline queries (DELETE answers {}), then 404s', async () => {
    const d = (await kibana('POST', '/packs', { name: 'doomed', enabled: true, policy_ids: [teamA.policy], queries: { uptime } }, 200)).body.data
    const behind = (await ok('query($id: ID!) { pack(id: $id) { scheduledQueries { queryId } } }', { id: d.saved_object_id })).pack.scheduledQueries[0].queryId
    const NODE = 'query($id: ID!) { savedQueryNode: node(id: $id) { id } }'
    const nodeId = Buffer.from(`SavedQuery:${behind}`).toString('base64')
    assert.ok((await ok(NODE, { id: nodeId })).savedQueryNode, 'the inline query is a row of its own')
    assert.deepEqual((await kibana('DELETE', `/packs/${d.saved_object_id}`, undefined, 200)).body, {})
    await kibana('GET', `/packs/${d.saved_object_id}`, undefined, 404)
    await kibana('DELETE', `/packs/${d.saved_object_id}`, undefined, 404)
    await eventually(async () => assert.equal((await configPacks('alpha.local')).doomed, undefined))
    assert.equal((await ok(NODE, { id: nodeId })).savedQueryNode, null, 'and it goes with the pack')
  })

  it('pages and sorts the list as Kibana: last changed first by default, page from 1', async () => {
    const all = (await kibana('GET', '/packs?pageSize=100', undefined, 200)).body
    const times = all.data.map((p: any) => p.updated_at)
    assert.deepEqual(times, [...times].sort().reverse())
    assert.equal(all.total, all.data.length)
    const byName = (await kibana('GET', '/packs?sort=name&sortOrder=asc&page=2&pageSize=2', undefined, 200)).body
    assert.deepEqual(byName.data.map((p: any) => p.name), all.data.map((p: any) => p.name).sort().slice(2, 4))
    assert.deepEqual([byName.page, byName.pageSize, byName.total], [2, 2, all.total])
  })

  it('lets observers read packs but not create, change, copy or delete them', async () => {
    const id = (await kibana('GET', '/packs?pageSize=1', undefined, 200, observer)).body.data[0].id
    await kibana('GET', `/packs/${id}`, undefined, 200, observer)
    for (const [m, p, b] of [['POST', '/packs', { name: 'obs', queries: {} }], ['PUT', `/packs/${id}`, { enabled: false }], ['POST', `/packs/${id}/copy`, undefined], ['DELETE', `/packs/${id}`, undefined]] as const) {
      assert.equal((await kibana(m, p, b, 403, observer)).body.error, 'Forbidden', `${m} ${p}`)
    }
  })

  it('refuses hostile input with a 400, never a 500', async () => {
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`q${i}`, { query: 'SELECT 1', interval: 10 }]))
    for (const [body, message] of [
      [{ name: 'huge', queries: many }, /^\[request body\.queries\]: at most 1000 queries/],
      [{ name: 'x'.repeat(256), queries: {} }, /^\[request body\.name\]/],
      [{ name: 'long-key', queries: { ['k'.repeat(256)]: { query: 'SELECT 1', interval: 10 } } }, /^\[request body\.queries/],
      [{ name: 'zero', queries: { q: { query: 'SELECT 1', interval: 0 } } }, /^\[request body\.queries\.q\.interval\]/],
      [{ name: 'shards', queries: {}, shards: { x: 101 } }, /^\[request body\.shards\.x\]/],
      [{ name: 'policies', queries: {}, policy_ids: Array.from({ length: 1001 }, (_, i) => `p${i}`) }, /^\[request body\.policy_ids\]/],
      [{ queries: {} }, /^\[request body\.name\]: expected value of type \[string\] but got \[undefined\]/],
    ] as const) {
      const r = await kibana('POST', '/packs', body, 400)
      assert.match(r.body.message, message)
    }
  })

  it('offers the same operations to GraphQL clients', async () => {
    const p = (await ok(`mutation($i: CreatePackWithQueriesInput!) { createPackWithQueries(input: $i) { databaseId enabled kibanaManaged agentPolicyIds shards scheduledQueries { name ecsMapping timeout } } }`,
      { i: { name: 'graph-pack', enabled: true, agentPolicyIds: [teamA.policy], shards: { [teamA.policy]: 25 }, queries: [{ name: 'u', query: 'SELECT 1', interval: 60, ecsMapping: { a: { field: 'b' } }, timeout: 5 }] } })).createPackWithQueries
    assert.deepEqual({ ...p, databaseId: undefined }, {
      databaseId: undefined, enabled: true, kibanaManaged: true, agentPolicyIds: [teamA.policy], shards: { [teamA.policy]: 25 },
      scheduledQueries: [{ name: 'u', ecsMapping: { a: { field: 'b' } }, timeout: 5 }],
    })
    const copy = (await ok('mutation($id: ID!) { copyPack(id: $id) { name enabled agentPolicyIds } }', { id: String(p.databaseId) })).copyPack
    assert.deepEqual(copy, { name: 'graph-pack_copy', enabled: false, agentPolicyIds: [] })
  })
})
