// The packs, savedQueries and policies connections through the gateway: pages forwards and
// backwards without gaps or duplicates, filters, orders (FAILING_HOST_COUNT included), what team
// users see, and the page size limit.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql } from '../../support/client.js'
import { toNodeId } from '@fleetgraph/subgraph-kit'
import { enrollHost, PASSWORD, setupInstance } from '../../support/fleet.js'

describe('packs-and-queries connections', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let alphaObserver: string
  const packNames = ['delta', 'alpha', 'echo', 'charlie', 'bravo', 'golf', 'foxtrot']

  const ok = <T extends { errors?: unknown[] }>(r: T): T => { assert.equal(r.errors, undefined, JSON.stringify(r.errors)); return r }

  /** Every node of `field(args)` read `size` at a time, forwards (first/after) or backwards (last/before). */
  async function walk(field: string, args: string, size: number, forward: boolean, token = admin): Promise<string[]> {
    const out: string[] = []
    let cursor: string | null = null
    for (let i = 0; i < 50; i++) {
      const page = forward ? `first: ${size}, after: $c` : `last: ${size}, before: $c`
      const r = ok(await gql(base, `query($c: String) { ${field}(${page}${args ? `, ${args}` : ''}) {
        edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, { c: cursor }, token))
      const { edges, pageInfo } = r.data[field]
      assert.ok(edges.length <= size)
      const names = edges.map((e: any) => e.node.name)
      if (forward) out.push(...names); else out.unshift(...names)
      if (edges.length) assert.deepEqual([pageInfo.startCursor, pageInfo.endCursor], [edges[0].cursor, edges[edges.length - 1].cursor])
      const more = forward ? pageInfo.hasNextPage : pageInfo.hasPreviousPage
      if (!more) return out
      cursor = forward ? pageInfo.endCursor : pageInfo.startCursor
    }
    throw new Error('no last page after 50 pages')
  }

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    const teams = await doJSON(base, 'POST', '/api/v1/fleet/spec/teams', { specs: [{ name: 'Alpha', secrets: [{ secret: 'alpha-secret' }] }, { name: 'Beta' }] }, 200, admin)
    const alphaId = teams.body.team_ids_by_name.Alpha
    const email = 'alpha-observer@example.com'
    await doJSON(base, 'POST', '/api/latest/fleet/users/admin', { name: 'ao', email, password: PASSWORD, teams: [{ id: alphaId, role: 'observer' }] }, 200, admin)
    alphaObserver = (await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)).body.token
    for (const name of packNames) await doJSON(base, 'POST', '/api/v1/fleet/packs', { name, description: `${name} pack` }, 200, admin)
    await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: packNames.map((n) => ({ name: `${n} query`, query: 'SELECT 1' })) }, 200, admin)
    await doJSON(base, 'POST', '/api/v1/fleet/spec/policies', { specs: [
      { name: 'global one', query: 'SELECT 1' }, { name: 'global two', query: 'SELECT 1 WHERE 0', critical: true }, { name: 'global three', query: 'SELECT 1 WHERE 0' },
      { name: 'alpha one', query: 'SELECT 1', team: 'Alpha', critical: true }, { name: 'alpha two', query: 'SELECT 1', team: 'Alpha' },
      { name: 'beta one', query: 'SELECT 1', team: 'Beta' },
    ] }, 200, admin)
    // Three hosts answer the global policies: "global two" fails on 3 hosts, "global three" on 1.
    // osquery names policy queries by Fleet's integer, the policy's databaseId.
    const ids = Object.fromEntries(ok(await gql(base, '{ policyList { id: databaseId name } }', undefined, admin)).data.policyList.map((p: any) => [p.name, p.id]))
    for (const [i, host] of ['p1.local', 'p2.local', 'p3.local'].entries()) {
      const nodeKey = await enrollHost(base, host)
      await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKey }, 200)
      const q = (n: string) => `fleet_policy_query_${ids[n]}`
      const queries = { [q('global one')]: [{ '1': '1' }], [q('global two')]: [], [q('global three')]: i === 0 ? [] : [{ '1': '1' }] }
      await doJSON(base, 'POST', '/api/v1/osquery/distributed/write', { node_key: nodeKey, queries, statuses: Object.fromEntries(Object.keys(queries).map((k) => [k, 0])), messages: {} }, 200)
    }
  })
  after(async () => { await stack.stop() })

  describe('packs', () => {
    const sorted = [...packNames].sort()

    it('pages forwards and backwards by name without gaps or duplicates, and counts them all', async () => {
      assert.deepEqual(await walk('packs', '', 3, true), sorted)
      assert.deepEqual(await walk('packs', '', 3, false), sorted)
      assert.deepEqual(await walk('packs', 'orderBy: { field: NAME, direction: DESC }', 2, false), [...sorted].reverse())
      const r = ok(await gql(base, '{ packs(first: 1) { totalCount nodes { name description } } }', undefined, admin))
      assert.deepEqual(r.data.packs, { totalCount: 7, nodes: [{ name: 'alpha', description: 'alpha pack' }] })
    })

    it('orders by creation time both ways', async () => {
      assert.deepEqual(await walk('packs', 'orderBy: { field: CREATED_AT }', 2, true), packNames)
      assert.deepEqual(await walk('packs', 'orderBy: { field: CREATED_AT, direction: DESC }', 4, false), [...packNames].reverse())
    })

    it('filters by part of the name, case-insensitively', async () => {
      const r = ok(await gql(base, '{ packs(filter: { search: "HA" }) { totalCount nodes { name } } }', undefined, admin))
      assert.deepEqual(r.data.packs, { totalCount: 2, nodes: [{ name: 'alpha' }, { name: 'charlie' }] })
      const none = ok(await gql(base, '{ packs(filter: { search: "%" }) { totalCount } }', undefined, admin))
      assert.equal(none.data.packs.totalCount, 0, '% is matched literally')
    })

    it('refuses a page over 500 with PAGE_SIZE_EXCEEDED, and a cursor of another order with BAD_REQUEST', async () => {
      const big = await gql(base, '{ packs(first: 501) { nodes { name } } }', undefined, admin)
      assert.equal(big.errors?.[0]?.extensions?.code, 'PAGE_SIZE_EXCEEDED')
      const end = ok(await gql(base, '{ packs(first: 1) { pageInfo { endCursor } } }', undefined, admin)).data.packs.pageInfo.endCursor
      const foreign = await gql(base, 'query($c: String) { packs(first: 1, after: $c, orderBy: { field: CREATED_AT }) { nodes { name } } }', { c: end }, admin)
      assert.equal(foreign.errors?.[0]?.extensions?.code, 'BAD_REQUEST')
    })

    it('searches by the first 255 characters of the text, however long it is', async () => {
      const long = 'p'.repeat(255)
      await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: long }, 200, admin)
      try {
        const q = 'query($s: String) { packs(filter: { search: $s }) { totalCount nodes { name } } }'
        const cut = ok(await gql(base, q, { s: `${long}q${'z'.repeat(100_000)}` }, admin))
        assert.deepEqual(cut.data.packs.nodes, [{ name: long }])
      } finally {
        await doJSON(base, 'DELETE', `/api/v1/fleet/packs/${long}`, undefined, 200, admin)
      }
    })
  })

  describe('savedQueries', () => {
    it('pages both ways by name, filters by name and observerCanRun', async () => {
      const sorted = packNames.map((n) => `${n} query`).sort()
      assert.deepEqual(await walk('savedQueries', '', 2, true), sorted)
      assert.deepEqual(await walk('savedQueries', '', 5, false), sorted)
      const r = ok(await gql(base, `{ a: savedQueries(filter: { search: "golf" }) { totalCount nodes { name } }
        b: savedQueries(filter: { observerCanRun: true }) { totalCount }
        c: savedQueries(filter: { platform: "macos" }) { totalCount } }`, undefined, admin))
      assert.deepEqual(r.data, { a: { totalCount: 1, nodes: [{ name: 'golf query' }] }, b: { totalCount: 0 }, c: { totalCount: 7 } })
    })
  })

  describe('policies', () => {
    it('pages both ways by name and by failing host count', async () => {
      const all = ['alpha one', 'alpha two', 'beta one', 'global one', 'global three', 'global two']
      assert.deepEqual(await walk('policies', '', 4, true), all)
      assert.deepEqual(await walk('policies', '', 4, false), all)
      const byFailing = await walk('policies', 'orderBy: { field: FAILING_HOST_COUNT, direction: DESC }', 2, true)
      assert.deepEqual(byFailing.slice(0, 2), ['global two', 'global three'])
      assert.deepEqual(await walk('policies', 'orderBy: { field: FAILING_HOST_COUNT, direction: DESC }', 2, false), byFailing)
      const counts = ok(await gql(base, '{ policies(orderBy: { field: FAILING_HOST_COUNT, direction: DESC }, first: 2) { nodes { failingHostCount passingHostCount } } }', undefined, admin))
      assert.deepEqual(counts.data.policies.nodes, [{ failingHostCount: 3, passingHostCount: 0 }, { failingHostCount: 1, passingHostCount: 2 }])
    })

    it('filters by team, no team, criticality and name', async () => {
      const alphaId = (await doJSON(base, 'POST', '/api/v1/fleet/spec/teams', { specs: [{ name: 'Alpha' }] }, 200, admin)).body.team_ids_by_name.Alpha
      const filtered = `query($t: ID) {
        team: policies(filter: { teamId: $t }) { nodes { name } }
        global: policies(filter: { noTeam: true }) { totalCount }
        critical: policies(filter: { critical: true }) { nodes { name } }
        search: policies(filter: { search: "ONE", noTeam: false }) { nodes { name } } }`
      const r = ok(await gql(base, filtered, { t: toNodeId('Team', alphaId) }, admin))
      assert.deepEqual(r.data, {
        team: { nodes: [{ name: 'alpha one' }, { name: 'alpha two' }] },
        global: { totalCount: 3 },
        critical: { nodes: [{ name: 'alpha one' }, { name: 'global two' }] },
        search: { nodes: [{ name: 'alpha one' }, { name: 'beta one' }] },
      })
      const byInteger = ok(await gql(base, filtered, { t: String(alphaId) }, admin))
      assert.deepEqual(byInteger.data, r.data, 'teamId takes the Team node id or its databaseId')
      const bad = await gql(base, '{ policies(filter: { teamId: "not-an-id" }) { totalCount } }', undefined, admin)
      assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_REQUEST')
    })

    it("shows team users their teams' policies, as policyList does", async () => {
      const r = ok(await gql(base, '{ policies { totalCount nodes { name } } policyList { name } }', undefined, alphaObserver))
      assert.deepEqual(r.data.policies.nodes, [{ name: 'alpha one' }, { name: 'alpha two' }])
      assert.equal(r.data.policies.totalCount, 2)
      assert.deepEqual(r.data.policyList.map((p: any) => p.name).sort(), ['alpha one', 'alpha two'])
      const packs = ok(await gql(base, '{ packs { totalCount } }', undefined, alphaObserver))
      assert.equal(packs.data.packs.totalCount, 7, 'packs are readable by every role, as packList')
    })
  })
})
