// Fleet's 2026 renames (queries → reports, teams → fleets): a client built against current Fleet
// sends the new spellings, an older one the old. Every renamed route this server serves answers both
// spellings identically, errors included; renamed keys are accepted under either name (both at once:
// a 400) and answered under both, as Fleet's renameto tags do.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, checkAnswersAgainstOpenApi, doJSON, gql, type Reply } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

const V = '/api/latest/fleet'
const V1 = '/api/v1/fleet'

/** Both answers, the same status and the same body (an error's uuid aside). */
function assertSame(a: Reply, b: Reply, what: string) {
  assert.equal(a.status, b.status, what)
  const strip = (body: any) => (body && typeof body === 'object' && 'uuid' in body ? { ...body, uuid: '<uuid>' } : body)
  assert.deepEqual(strip(a.body), strip(b.body), what)
}

describe('Fleet 2026 renames: reports and fleets spellings', () => {
  let stack: TestStack
  let base: string
  let admin: string, observer: string
  let savedId: number

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    for (const h of ['r-one.local', 'r-two.local']) await enrollHost(base, h)
    await checkAnswersAgainstOpenApi(base, /^\/api\/(v1|latest|2022-04)\/fleet\//)
  })
  after(async () => { await stack.stop() })

  it('applies queries through spec/reports (kind: report) and spec/queries alike, and reads them back from either', async () => {
    assert.deepEqual((await doJSON(base, 'POST', `${V}/spec/reports`, { specs: [{ name: 'uptime', query: 'SELECT * FROM uptime', description: 'new path' }] }, 200, admin)).body, {})
    assert.deepEqual((await doJSON(base, 'POST', `${V1}/spec/queries`, { specs: [{ name: 'users', query: 'SELECT * FROM users' }] }, 200, admin)).body, {})
    const viaNew = await doJSON(base, 'GET', `${V}/spec/reports`, undefined, 200, observer)
    assertSame(viaNew, await doJSON(base, 'GET', `${V1}/spec/queries`, undefined, 200, observer), 'GET spec/reports = spec/queries')
    assert.deepEqual(viaNew.body.specs.map((s: any) => s.name).sort(), ['uptime', 'users'])
    const one = await doJSON(base, 'GET', `${V}/spec/reports/uptime`, undefined, 200, observer)
    assertSame(one, await doJSON(base, 'GET', `${V}/spec/queries/uptime`, undefined, 200, observer), 'GET spec/reports/{name}')
    assert.deepEqual(one.body, { specs: { name: 'uptime', description: 'new path', query: 'SELECT * FROM uptime' } })
    savedId = Number((await gql(base, '{ savedQuery(name: "uptime") { id: databaseId } }', undefined, admin)).data!.savedQuery.id)
  })

  it('answers the same errors on both spellings of the spec routes', async () => {
    const missing = await doJSON(base, 'GET', `${V}/spec/reports/nope`, undefined, 404, admin)
    assertFleetError(missing.body, 'Resource Not Found')
    assertSame(missing, await doJSON(base, 'GET', `${V}/spec/queries/nope`, undefined, 404, admin), '404 on both')
    const blank = await doJSON(base, 'POST', `${V}/spec/reports`, { specs: [{ name: '', query: 'SELECT 1' }] }, 400, admin)
    assertSame(blank, await doJSON(base, 'POST', `${V}/spec/queries`, { specs: [{ name: '', query: 'SELECT 1' }] }, 400, admin), 'blank name')
    assertSame(await doJSON(base, 'POST', `${V}/spec/reports`, { specs: 'x' }, 400, admin), await doJSON(base, 'POST', `${V}/spec/queries`, { specs: 'x' }, 400, admin), 'bad body')
    assertSame(await doJSON(base, 'POST', `${V}/spec/reports`, { specs: [] }, 401), await doJSON(base, 'POST', `${V}/spec/queries`, { specs: [] }, 401), 'no token')
  })

  it('applies fleets through spec/fleets and spec/teams alike, answering both key names', async () => {
    const viaNew = await doJSON(base, 'POST', `${V}/spec/fleets`, { specs: [{ name: 'Workstations' }] }, 200, admin)
    const id = viaNew.body.fleet_ids_by_name.Workstations
    assert.equal(typeof id, 'number')
    assert.deepEqual(viaNew.body, { team_ids_by_name: { Workstations: id }, fleet_ids_by_name: { Workstations: id } })
    assertSame(viaNew, await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'Workstations' }] }, 200, admin), 'same team, same answer')
    const dry = await doJSON(base, 'POST', `${V}/spec/fleets?dry_run=true`, { specs: [{ name: 'Dry' }] }, 200, admin)
    assert.deepEqual(dry.body, { team_ids_by_name: {}, fleet_ids_by_name: {} })
    const reserved = await doJSON(base, 'POST', `${V}/spec/fleets`, { specs: [{ name: 'No team' }] }, 422, admin)
    assertSame(reserved, await doJSON(base, 'POST', `${V}/spec/teams`, { specs: [{ name: 'No team' }] }, 422, admin), 'reserved name')
    const unknown = await doJSON(base, 'POST', `${V}/spec/fleets`, { specs: [{ name: 'X', surprise: 1 }] }, 400, admin)
    assertSame(unknown, await doJSON(base, 'POST', `${V}/spec/teams`, { specs: [{ name: 'X', surprise: 1 }] }, 400, admin), 'strict decoding')
    assertSame(await doJSON(base, 'POST', `${V}/spec/fleets`, { specs: [] }, 403, observer), await doJSON(base, 'POST', `${V}/spec/teams`, { specs: [] }, 403, observer), 'observer')
  })

  it('runs live queries through reports/run, run_by_names and run_by_identifiers as through the queries paths', async () => {
    const hosts = (await doJSON(base, 'POST', `${V}/hosts/search`, {}, 200, admin)).body.hosts.map((h: any) => h.id)
    for (const path of ['run', 'run_by_names', 'run_by_identifiers']) {
      const selected = path === 'run' ? { hosts } : { labels: ['All Hosts'] }
      const a = await doJSON(base, 'POST', `${V}/reports/${path}`, { query: 'SELECT 1', selected }, 200, admin)
      const b = await doJSON(base, 'POST', `${V}/queries/${path}`, { query: 'SELECT 1', selected }, 200, admin)
      assert.equal(a.body.campaign.Metrics.TotalHosts, 2, path)
      assert.deepEqual(Object.keys(a.body.campaign), Object.keys(b.body.campaign), path)
      assert.equal(a.body.campaign.Metrics.TotalHosts, b.body.campaign.Metrics.TotalHosts, path)
      // errors: neither query nor query_id (422), an unknown saved query (404), no token (401)
      assertSame(await doJSON(base, 'POST', `${V}/reports/${path}`, { selected }, 422, admin), await doJSON(base, 'POST', `${V}/queries/${path}`, { selected }, 422, admin), `${path} 422`)
      assertSame(await doJSON(base, 'POST', `${V}/reports/${path}`, { query_id: 999_999, selected }, 404, admin), await doJSON(base, 'POST', `${V}/queries/${path}`, { query_id: 999_999, selected }, 404, admin), `${path} 404`)
      assertSame(await doJSON(base, 'POST', `${V}/reports/${path}`, { query: 'SELECT 1', selected }, 401), await doJSON(base, 'POST', `${V}/queries/${path}`, { query: 'SELECT 1', selected }, 401), `${path} 401`)
    }
  })

  it('takes report_id for query_id in run bodies; both at once is a 400 naming them', async () => {
    const hosts = (await doJSON(base, 'POST', `${V}/hosts/search`, {}, 200, admin)).body.hosts.map((h: any) => h.id)
    const r = await doJSON(base, 'POST', `${V}/reports/run`, { report_id: savedId, selected: { hosts } }, 200, admin)
    assert.equal(r.body.campaign.query_id, savedId)
    const both = await doJSON(base, 'POST', `${V}/queries/run`, { query_id: savedId, report_id: savedId, selected: { hosts } }, 400, admin)
    assertFleetError(both.body)
    assert.match(both.body.errors[0].reason, /Specify only one of "query_id" or "report_id"/)
  })

  it('lists saved queries on GET /reports and GET /queries alike, under both keys', async () => {
    const a = await doJSON(base, 'GET', `${V}/reports`, undefined, 200, observer)
    assertSame(a, await doJSON(base, 'GET', `${V1}/queries`, undefined, 200, observer), 'same list')
    assert.deepEqual(a.body.queries, a.body.reports)
    assert.deepEqual(a.body.queries.map((q: any) => q.name), ['uptime', 'users'])
    assert.equal(a.body.count, 2)
    assert.equal(a.body.inherited_query_count, 0)
    assert.equal(a.body.inherited_report_count, 0)
    const uptime = a.body.queries[0]
    assert.equal(uptime.id, savedId)
    assert.equal(uptime.query, 'SELECT * FROM uptime')
    assert.equal(uptime.team_id, null)
    assert.equal(uptime.fleet_id, null)
    assert.equal(uptime.saved, true)
    assert.equal(typeof uptime.author_email, 'string')
  })

  it("finds a query by name as fleetctl's get queries/reports asks (query=, fleet_id=)", async () => {
    const byName = await doJSON(base, 'GET', `${V}/reports?query=UPTI`, undefined, 200, admin)
    assert.deepEqual(byName.body.reports.map((q: any) => q.name), ['uptime'])
    assert.equal(byName.body.count, 1)
    const teamId = (await doJSON(base, 'POST', `${V}/spec/fleets`, { specs: [{ name: 'Servers' }] }, 200, admin)).body.fleet_ids_by_name.Servers
    // every saved query here is global: a fleet has none of its own, and inherits them all
    const own = await doJSON(base, 'GET', `${V}/reports?fleet_id=${teamId}`, undefined, 200, admin)
    assert.deepEqual([own.body.reports, own.body.count], [[], 0])
    assertSame(own, await doJSON(base, 'GET', `${V}/queries?team_id=${teamId}`, undefined, 200, admin), 'team_id = fleet_id')
    const merged = await doJSON(base, 'GET', `${V}/reports?fleet_id=${teamId}&merge_inherited=true`, undefined, 200, admin)
    assert.deepEqual([merged.body.count, merged.body.inherited_report_count], [2, 2])
    const both = await doJSON(base, 'GET', `${V}/reports?fleet_id=${teamId}&team_id=${teamId}`, undefined, 400, admin)
    assertFleetError(both.body)
    assert.match(both.body.errors[0].reason, /Specify only one of "team_id" or "fleet_id"/)
  })

  it('pages and orders the list with Fleet\'s list options', async () => {
    const page0 = await doJSON(base, 'GET', `${V}/reports?order_key=name&order_direction=desc&per_page=1&page=0`, undefined, 200, admin)
    assert.deepEqual(page0.body.reports.map((q: any) => q.name), ['users'])
    assert.deepEqual(page0.body.meta, { has_next_results: true, has_previous_results: false })
    const page1 = await doJSON(base, 'GET', `${V}/queries?order_key=name&order_direction=desc&per_page=1&page=1`, undefined, 200, admin)
    assert.deepEqual(page1.body.queries.map((q: any) => q.name), ['uptime'])
    assert.deepEqual(page1.body.meta, { has_next_results: false, has_previous_results: true })
    for (const bad of ['order_key=constructor', 'order_key=1;drop', 'order_direction=up', 'page=-1', 'per_page=0', 'platform=plan9', 'platform=darwin,linux', `page=2147483647&per_page=2147483647`, 'fleet_id=abc']) {
      assertFleetError((await doJSON(base, 'GET', `${V}/reports?${bad}`, undefined, 400, admin)).body)
    }
  })

  it('gets one saved query on GET /reports/{id} and /queries/{id}, as {query, report}; unknown ids 404 on both', async () => {
    const a = await doJSON(base, 'GET', `${V}/reports/${savedId}`, undefined, 200, observer)
    assertSame(a, await doJSON(base, 'GET', `${V1}/queries/${savedId}`, undefined, 200, observer), 'same query')
    assert.deepEqual(a.body.query, a.body.report)
    assert.equal(a.body.report.name, 'uptime')
    const missing = await doJSON(base, 'GET', `${V}/reports/999999`, undefined, 404, admin)
    assertFleetError(missing.body)
    assertSame(missing, await doJSON(base, 'GET', `${V}/queries/999999`, undefined, 404, admin), '404 on both')
    for (const path of ['reports', 'queries']) assertFleetError((await doJSON(base, 'GET', `${V}/${path}/abc`, undefined, 404, admin)).body, 'Resource Not Found')
    assertSame(await doJSON(base, 'GET', `${V}/reports/${savedId}`, undefined, 401), await doJSON(base, 'GET', `${V}/queries/${savedId}`, undefined, 401), 'no token')
  })

  it('documents both spellings in the OpenAPI document, the old ones as deprecated', async () => {
    const doc = await (await fetch(`${base}/api/openapi.json`)).json()
    const pairs: [string, string, string][] = [
      ['post', 'spec/fleets', 'spec/teams'], ['get', 'spec/reports', 'spec/queries'], ['get', 'spec/reports/{name}', 'spec/queries/{name}'],
      ['post', 'spec/reports', 'spec/queries'], ['post', 'reports/run', 'queries/run'], ['post', 'reports/run_by_names', 'queries/run_by_names'],
      ['post', 'reports/run_by_identifiers', 'queries/run_by_identifiers'], ['get', 'reports', 'queries'], ['get', 'reports/{id}', 'queries/{id}'],
    ]
    for (const [method, primary, old] of pairs) {
      const p = doc.paths[`/api/{version}/fleet/${primary}`]?.[method]
      const o = doc.paths[`/api/{version}/fleet/${old}`]?.[method]
      assert.ok(p && o, `${method} ${primary} and ${old}`)
      assert.ok(!p.deprecated, `${primary} is the primary spelling`)
      assert.equal(o.deprecated, true, `${old} is deprecated`)
    }
  })
})
