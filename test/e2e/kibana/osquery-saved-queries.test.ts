// Kibana's osquery saved queries (/api/osquery/saved_queries) are FleetDM's saved queries (ADR 0013):
// what Kibana creates, FleetDM's spec routes and the graph see, and the reverse; Kibana's 409s, 404s,
// copy names, pages and sorts; observers read but do not write; hostile input is a 400.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql, checkAnswersAgainstOpenApi, KIBANA_API_PATHS } from '../../support/client.js'
import { createUser, setupInstance } from '../../support/fleet.js'

const XSRF = { 'kbn-xsrf': 'true' }
const boom = (statusCode: number, error: string, message: string) => ({ statusCode, error, message })

describe('Kibana osquery saved queries', () => {
  let stack: TestStack
  let base: string, admin: string, adminEmail: string, observer: string, maintainer: { token: string; email: string }
  const kibana = (method: string, path: string, body: unknown, status: number, token = admin) => doJSON(base, method, `/api/osquery${path}`, body, status, token, XSRF)
  const ok = async (query: string, variables?: Record<string, unknown>, token = admin) => {
    const r = await gql(base, query, variables, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    await checkAnswersAgainstOpenApi(base, KIBANA_API_PATHS)
    admin = (await setupInstance(base)).token
    adminEmail = 'admin@example.com'
    observer = (await createUser(base, admin, 'observer')).token
    maintainer = await createUser(base, admin, 'maintainer')
  })
  after(async () => { await stack.stop() })

  it('creates a saved query FleetDM and the graph see, with its Kibana attributes mapped', async () => {
    const r = await kibana('POST', '/saved_queries', {
      id: 'uptime', query: 'SELECT * FROM uptime;', description: 'How long', interval: '3600', platform: 'linux,darwin', version: '5.0.0',
      snapshot: false, removed: false, timeout: 120, ecs_mapping: { 'host.uptime': { field: 'total_seconds' } },
    }, 200)
    const d = r.body.data
    assert.match(d.saved_object_id, /^\d+$/)
    assert.deepEqual({ ...d, created_at: undefined, updated_at: undefined }, {
      saved_object_id: d.saved_object_id, id: 'uptime', description: 'How long', platform: 'linux,darwin', version: '5.0.0', query: 'SELECT * FROM uptime;',
      interval: 3600, snapshot: false, removed: false, timeout: 120, ecs_mapping: { 'host.uptime': { field: 'total_seconds' } },
      created_at: undefined, created_by: adminEmail, updated_at: undefined, updated_by: adminEmail, prebuilt: false,
    })
    assert.equal(r.headers.get('elastic-api-version'), '2023-10-31')

    const spec = await doJSON(base, 'GET', '/api/latest/fleet/spec/queries/uptime', undefined, 200, admin)
    assert.deepEqual(spec.body.specs, { name: 'uptime', description: 'How long', query: 'SELECT * FROM uptime;' })
    const g = (await ok(`{ savedQuery(name: "uptime") { databaseId interval platform minOsqueryVersion logging ecsMapping timeout author { email } } }`)).savedQuery
    assert.deepEqual(g, {
      databaseId: Number(d.saved_object_id), interval: 3600, platform: 'linux,darwin', minOsqueryVersion: '5.0.0', logging: 'differential_ignore_removals',
      ecsMapping: { 'host.uptime': { field: 'total_seconds' } }, timeout: 120, author: { email: adminEmail },
    })
    // Kibana's read answers the same.
    assert.deepEqual((await kibana('GET', `/saved_queries/${d.saved_object_id}`, undefined, 200, observer)).body.data, d)
  })

  it('maps snapshot and removed onto FleetDM logging types, both ways', async () => {
    for (const [body, logging, back] of [
      [{ snapshot: true }, 'snapshot', { snapshot: true, removed: false }],
      [{}, 'differential', { snapshot: false, removed: true }],
      [{ removed: true }, 'differential', { snapshot: false, removed: true }],
      [{ removed: false }, 'differential_ignore_removals', { snapshot: false, removed: false }],
    ] as const) {
      const id = `logging-${logging}-${JSON.stringify(body).length}`
      const d = (await kibana('POST', '/saved_queries', { id, query: 'SELECT 1', interval: 60, ...body }, 200)).body.data
      assert.deepEqual({ snapshot: d.snapshot, removed: d.removed }, back, id)
      assert.equal((await ok('query($n: String!) { savedQuery(name: $n) { logging } }', { n: id })).savedQuery.logging, logging)
    }
  })

  it('shows queries FleetDM writes (specs) to Kibana, with no ECS mapping and Fleet defaults', async () => {
    await doJSON(base, 'POST', '/api/latest/fleet/spec/queries', { specs: [{ name: 'fleet-made', description: '', query: 'SELECT * FROM osquery_info' }] }, 200, admin)
    const page = (await kibana('GET', '/saved_queries?pageSize=100', undefined, 200, observer)).body
    const q = page.data.find((x: any) => x.id === 'fleet-made')
    assert.ok(q, 'listed')
    assert.deepEqual({ ...q, saved_object_id: undefined, created_at: undefined, updated_at: undefined }, {
      saved_object_id: undefined, id: 'fleet-made', query: 'SELECT * FROM osquery_info', interval: 0, snapshot: true, removed: false,
      created_at: undefined, created_by: adminEmail, updated_at: undefined, updated_by: adminEmail, prebuilt: false,
    })
  })

  it('answers 409 in Kibana\'s words for a taken id, on create and on rename', async () => {
    const dup = await kibana('POST', '/saved_queries', { id: 'uptime', query: 'SELECT 2', interval: 10 }, 409)
    assert.deepEqual(dup.body, boom(409, 'Conflict', 'Saved query with id "uptime" already exists.'))
    const other = (await kibana('POST', '/saved_queries', { id: 'renamable', query: 'SELECT 3', interval: 10 }, 200)).body.data
    const rename = await kibana('PUT', `/saved_queries/${other.saved_object_id}`, { id: 'uptime' }, 409)
    assert.equal(rename.body.message, 'Saved query with id "uptime" already exists.')
  })

  it('updates by saved-object id (FleetDM sees the change), clears the description when not given, and deletes', async () => {
    const d = (await kibana('POST', '/saved_queries', { id: 'editable', query: 'SELECT 1', interval: 10, description: 'first', snapshot: true, ecs_mapping: { a: { value: 'x' } } }, 200)).body.data
    const u = (await kibana('PUT', `/saved_queries/${d.saved_object_id}`, { id: 'edited', query: 'SELECT 2', interval: 20, removed: false }, 200, maintainer.token)).body.data
    assert.equal(u.id, 'edited')
    assert.equal(u.saved_object_id, d.saved_object_id)
    assert.equal(u.query, 'SELECT 2')
    assert.equal(u.interval, 20)
    assert.equal(u.description, undefined, 'Kibana sets the description to the one given, or empty')
    assert.deepEqual({ snapshot: u.snapshot, removed: u.removed }, { snapshot: false, removed: false })
    assert.deepEqual(u.ecs_mapping, { a: { value: 'x' } }, 'kept when not given')
    assert.equal(u.created_by, adminEmail)
    assert.equal(u.updated_by, maintainer.email)
    assert.equal((await doJSON(base, 'GET', '/api/latest/fleet/spec/queries/edited', undefined, 200, admin)).body.specs.query, 'SELECT 2')
    await doJSON(base, 'GET', '/api/latest/fleet/spec/queries/editable', undefined, 404, admin)

    assert.deepEqual((await kibana('DELETE', `/saved_queries/${d.saved_object_id}`, undefined, 200)).body, {})
    const gone = await kibana('GET', `/saved_queries/${d.saved_object_id}`, undefined, 404)
    assert.deepEqual(gone.body, boom(404, 'Not Found', `Saved object [osquery-saved-query/${d.saved_object_id}] not found`))
    await kibana('DELETE', `/saved_queries/${d.saved_object_id}`, undefined, 404)
    await kibana('PUT', `/saved_queries/${d.saved_object_id}`, { query: 'SELECT 3' }, 404)
    // Kibana's saved-object ids are UUIDs: one that is not ours finds nothing.
    await kibana('GET', '/saved_queries/3c42c847-eb30-4452-80e0-728584042334', undefined, 404)
  })

  it('copies as Kibana names copies: _copy, then _copy_2, _copy_3 after the highest', async () => {
    const src = (await kibana('POST', '/saved_queries', { id: 'procs', query: 'SELECT * FROM processes', interval: 30, ecs_mapping: { 'process.pid': { field: 'pid' } } }, 200)).body.data
    const names: string[] = []
    for (let i = 0; i < 3; i++) names.push((await kibana('POST', `/saved_queries/${src.saved_object_id}/copy`, undefined, 200, maintainer.token)).body.data.id)
    assert.deepEqual(names, ['procs_copy', 'procs_copy_2', 'procs_copy_3'])
    const copy = (await kibana('GET', '/saved_queries?pageSize=100', undefined, 200)).body.data.find((q: any) => q.id === 'procs_copy')
    assert.equal(copy.query, 'SELECT * FROM processes')
    assert.deepEqual(copy.ecs_mapping, { 'process.pid': { field: 'pid' } })
    assert.equal(copy.created_by, maintainer.email)
    assert.deepEqual((await kibana('POST', '/saved_queries/999999/copy', undefined, 404)).body.message, 'Saved query with id "999999" not found.')
  })

  it('pages and sorts the list as Kibana: page from 1, pageSize, sort, sortOrder; by id descending by default', async () => {
    for (const n of ['page-a', 'page-b', 'page-c']) await kibana('POST', '/saved_queries', { id: n, query: 'SELECT 1', interval: 1 }, 200)
    const all = (await kibana('GET', '/saved_queries?pageSize=1000', undefined, 200)).body
    const names = all.data.map((q: any) => q.id)
    assert.deepEqual(names, [...names].sort().reverse(), 'by id (name), descending')
    assert.equal(all.total, names.length)
    const p2 = (await kibana('GET', '/saved_queries?page=2&pageSize=2&sort=id&sortOrder=asc', undefined, 200)).body
    assert.deepEqual({ page: p2.page, pageSize: p2.pageSize, per_page: p2.per_page, total: p2.total }, { page: 2, pageSize: 2, per_page: 2, total: names.length })
    assert.deepEqual(p2.data.map((q: any) => q.id), [...names].sort().slice(2, 4))
    const newest = (await kibana('GET', '/saved_queries?pageSize=1&sort=created_at&sortOrder=desc', undefined, 200)).body.data
    assert.deepEqual(newest.map((q: any) => q.id), ['page-c'])
    const bad = await kibana('GET', '/saved_queries?sort=query', undefined, 400)
    assert.match(bad.body.message, /^\[request query\.sort\]/)
    assert.equal((await kibana('GET', '/saved_queries?pageSize=5000', undefined, 400)).body.statusCode, 400)
    assert.equal((await kibana('GET', '/saved_queries?page=20&pageSize=1000', undefined, 400)).body.statusCode, 400)
  })

  it('lets observers read but not write (403), and wants kbn-xsrf on writes', async () => {
    await kibana('GET', '/saved_queries', undefined, 200, observer)
    const r = await kibana('POST', '/saved_queries', { id: 'nope', query: 'SELECT 1', interval: 1 }, 403, observer)
    assert.equal(r.body.error, 'Forbidden')
    const id = (await kibana('GET', '/saved_queries?pageSize=1', undefined, 200)).body.data[0].saved_object_id
    await kibana('PUT', `/saved_queries/${id}`, { query: 'SELECT 9' }, 403, observer)
    await kibana('DELETE', `/saved_queries/${id}`, undefined, 403, observer)
    await kibana('POST', `/saved_queries/${id}/copy`, undefined, 403, observer)
    const noXsrf = await doJSON(base, 'POST', '/api/osquery/saved_queries', { id: 'x', query: 'SELECT 1', interval: 1 }, 400, admin)
    assert.equal(noXsrf.body.message, 'Request must contain a kbn-xsrf header.')
  })

  it('refuses hostile or malformed input with a 400, never a 500', async () => {
    const cases: [unknown, RegExp][] = [
      [{ query: 'SELECT 1', interval: 1 }, /^\[request body\.id\]: expected value of type \[string\] but got \[undefined\]/],
      [{ id: 'x'.repeat(256), query: 'SELECT 1', interval: 1 }, /^\[request body\.id\]/],
      [{ id: 'no-interval', query: 'SELECT 1' }, /^\[request body\.interval\]/],
      [{ id: 'neg', query: 'SELECT 1', interval: -1 }, /^\[request body\.interval\]/],
      [{ id: 'blank', query: '   ', interval: 1 }, /^\[request body\.query\]/],
      [{ id: 'ecs', query: 'SELECT 1', interval: 1, ecs_mapping: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`f${i}`, { field: 'x' }])) }, /^\[request body\.ecs_mapping\]/],
      [{ id: 'ecs2', query: 'SELECT 1', interval: 1, ecs_mapping: { a: 'not an object' } }, /^\[request body\.ecs_mapping\.a\]/],
      [{ id: 'to', query: 'SELECT 1', interval: 1, timeout: 1e12 }, /^\[request body\.timeout\]/],
      ['[]', /./],
    ]
    for (const [body, message] of cases) {
      const r = await kibana('POST', '/saved_queries', body, 400)
      assert.equal(r.body.statusCode, 400)
      assert.match(r.body.message, message, JSON.stringify(body).slice(0, 100))
    }
    await kibana('GET', `/saved_queries/${'9'.repeat(300)}`, undefined, 400)
    await kibana('GET', '/saved_queries/99999999999999999999', undefined, 404)
  })

  it('offers the same operations to GraphQL clients (createSavedQuery, observerCanRun, savedQueryPage)', async () => {
    const created = (await ok(`mutation { createSavedQuery(input: { name: "graph-made", query: "SELECT 5", interval: 30, logging: "snapshot", observerCanRun: true, timeout: 30 }) { databaseId observerCanRun } }`)).createSavedQuery
    assert.equal(created.observerCanRun, true)
    const k = (await kibana('GET', `/saved_queries/${created.databaseId}`, undefined, 200)).body.data
    assert.deepEqual({ id: k.id, snapshot: k.snapshot, timeout: k.timeout, interval: k.interval }, { id: 'graph-made', snapshot: true, timeout: 30, interval: 30 })
    const dup = await gql(base, 'mutation { createSavedQuery(input: { name: "graph-made", query: "SELECT 6" }) { databaseId } }', undefined, admin)
    assert.equal(dup.errors?.[0]?.extensions?.code, 'CONFLICT')
    const page = (await ok('{ savedQueryPage(page: 1, perPage: 2, orderBy: { field: NAME }) { totalCount nodes { name } } }', undefined, observer)).savedQueryPage
    assert.equal(page.nodes.length, 2)
    assert.ok(page.totalCount > 2)
  })
})
