// Inputs real clients send that this server used to ignore, now answered as Fleet does:
// - query_id (also report_id) on POST /hosts/search and /targets/count: Fleet targets an observer's
//   hosts only for a saved query with observer_can_run (server/service/targets.go, its team filter's
//   IncludeObserver); an unknown id is a 404;
// - query on GET /packs: a search by pack name;
// - order_key / order_direction on GET /packs/{id}/scheduled (Fleet's list options there).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, checkAnswersAgainstOpenApi, doJSON, gql } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

const V = '/api/latest/fleet'

describe('formerly ignored inputs', () => {
  let stack: TestStack
  let base: string
  let admin: string, observer: string, maintainer: string
  let openQuery: number, closedQuery: number, allHosts: number

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    maintainer = (await createUser(base, admin, 'maintainer')).token
    for (const h of ['in-one.local', 'in-two.local', 'in-three.local']) await enrollHost(base, h)
    const create = async (name: string, observerCanRun: boolean) => Number((await gql(base,
      'mutation($i: CreateSavedQueryInput!) { createSavedQuery(input: $i) { id: databaseId } }',
      { i: { name, query: 'SELECT 1', observerCanRun } }, admin)).data!.createSavedQuery.id)
    openQuery = await create('observers may run', true)
    closedQuery = await create('observers may not run', false)
    allHosts = Number((await gql(base, '{ labelList { id: databaseId name } }', undefined, admin)).data!.labelList.find((l: any) => l.name === 'All Hosts').id)
    await checkAnswersAgainstOpenApi(base, /^\/api\/(v1|latest)\/fleet\//)
  })
  after(async () => { await stack.stop() })

  describe('query_id on POST /hosts/search', () => {
    const search = async (body: unknown, token: string, status = 200) => doJSON(base, 'POST', `${V}/hosts/search`, body, status, token)

    it('an observer finds hosts only with a saved query observers may run', async () => {
      assert.deepEqual((await search({}, observer)).body, { hosts: [] }, 'no query: nothing an observer may target')
      assert.equal((await search({ query_id: openQuery }, observer)).body.hosts.length, 3)
      assert.deepEqual((await search({ query_id: closedQuery }, observer)).body, { hosts: [] })
      assert.equal((await search({ report_id: openQuery, query: 'in-two' }, observer)).body.hosts.length, 1, 'report_id is query_id')
    })

    it('admins and maintainers find hosts with or without it', async () => {
      for (const token of [admin, maintainer]) {
        assert.equal((await search({}, token)).body.hosts.length, 3)
        assert.equal((await search({ query_id: closedQuery }, token)).body.hosts.length, 3)
      }
    })

    it('an unknown query is a 404 in Fleet\'s shape; hostile ids are 4xx', async () => {
      assertFleetError((await search({ query_id: 999_999 }, admin, 404)).body, 'Resource Not Found')
      assertFleetError((await search({ query_id: 0 }, observer, 404)).body)
      for (const bad of ['1', 1.5, 1e20, [1], { id: 1 }, true]) assertFleetError((await search({ query_id: bad }, admin, 400)).body)
      assertFleetError((await search({ query_id: openQuery, report_id: openQuery }, admin, 400)).body)
    })
  })

  describe('query_id on POST /targets/count', () => {
    const count = async (body: unknown, token: string, status = 200) => doJSON(base, 'POST', `${V}/targets/count`, body, status, token)
    const selected = () => ({ labels: [allHosts] })

    it("an observer counts hosts only with a saved query observers may run", async () => {
      assert.equal((await count({ selected: selected() }, observer)).body.targets_count, 0)
      assert.equal((await count({ selected: selected(), query_id: openQuery }, observer)).body.targets_count, 3)
      assert.equal((await count({ selected: selected(), query_id: closedQuery }, observer)).body.targets_count, 0)
      assert.equal((await count({ selected: selected(), report_id: openQuery }, observer)).body.targets_count, 3)
      assert.equal((await count({ selected: selected(), query_id: closedQuery }, admin)).body.targets_count, 3)
    })

    it('an unknown query is a 404; hostile ids are 4xx', async () => {
      assertFleetError((await count({ selected: selected(), query_id: 999_999 }, admin, 404)).body, 'Resource Not Found')
      for (const bad of ['x', -1.5, 2 ** 40]) assertFleetError((await count({ selected: selected(), query_id: bad }, admin, 400)).body)
    })

    it('a live query by an observer reaches the same hosts the count promised', async () => {
      const run = await doJSON(base, 'POST', `${V}/queries/run`, { query_id: openQuery, selected: selected() }, 200, observer)
      assert.equal(run.body.campaign.Metrics.TotalHosts, 3)
    })
  })

  describe('query on GET /packs', () => {
    before(async () => {
      for (const name of ['Alpha baseline', 'alpha extras', 'Beta']) await doJSON(base, 'POST', `${V}/packs`, { name }, 200, admin)
    })

    it('searches pack names (case-insensitive), with the other list options', async () => {
      const names = async (qs: string) => (await doJSON(base, 'GET', `${V}/packs?${qs}`, undefined, 200, observer)).body.packs.map((p: any) => p.name)
      assert.deepEqual(await names(''), ['Alpha baseline', 'alpha extras', 'Beta'])
      assert.deepEqual(await names('query=ALPHA'), ['Alpha baseline', 'alpha extras'])
      assert.deepEqual(await names('query=alpha&order_key=name&order_direction=desc'), ['alpha extras', 'Alpha baseline'])
      assert.deepEqual(await names('query=nothing'), [])
      assert.deepEqual(await names(`query=${encodeURIComponent('%_')}`), [], 'LIKE wildcards are text')
    })

    it('hostile list options are 4xx', async () => {
      for (const qs of ['order_key=constructor', 'order_key=__proto__', 'order_direction=sideways', 'page=-1', 'per_page=abc']) {
        assertFleetError((await doJSON(base, 'GET', `${V}/packs?${qs}`, undefined, 400, admin)).body)
      }
      assert.deepEqual((await doJSON(base, 'GET', `${V}/packs?query=${'a'.repeat(8_000)}`, undefined, 200, admin)).body, { packs: [] }, 'a long search is cut, not an error')
    })
  })

  describe('order_key and order_direction on GET /packs/{id}/scheduled', () => {
    let packId: number
    before(async () => {
      packId = (await doJSON(base, 'POST', `${V}/packs`, { name: 'ordered' }, 200, admin)).body.pack.id
      for (const [q, interval] of [[closedQuery, 300], [openQuery, 60]] as const) {
        await doJSON(base, 'POST', `${V}/packs/schedule`, { pack_id: packId, query_id: q, interval }, 200, admin)
      }
    })
    const names = async (qs: string) => (await doJSON(base, 'GET', `${V}/packs/${packId}/scheduled?${qs}`, undefined, 200, observer)).body.scheduled.map((s: any) => s.name)

    it('orders by any of its columns, either way', async () => {
      assert.deepEqual(await names(''), ['observers may not run', 'observers may run'], 'by id')
      assert.deepEqual(await names('order_key=name'), ['observers may not run', 'observers may run'])
      assert.deepEqual(await names('order_key=name&order_direction=desc'), ['observers may run', 'observers may not run'])
      assert.deepEqual(await names('order_key=interval'), ['observers may run', 'observers may not run'])
      assert.deepEqual(await names('order_key=interval&order_direction=desc&per_page=1'), ['observers may not run'])
      assert.deepEqual(await names('order_direction=desc'), ['observers may run', 'observers may not run'], 'by id, descending')
    })

    it('an unknown key or direction is a 400', async () => {
      for (const qs of ['order_key=constructor', 'order_key=query;--', 'order_direction=up']) {
        assertFleetError((await doJSON(base, 'GET', `${V}/packs/${packId}/scheduled?${qs}`, undefined, 400, admin)).body)
      }
    })
  })
})
