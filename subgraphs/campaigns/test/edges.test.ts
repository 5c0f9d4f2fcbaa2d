// Every campaigns edge batches: 50 campaigns asking for their query, user, targets, totals and first
// results cost the statements one campaign costs; so do 50 SavedQuery.campaigns and 50
// Host.campaignResults. The results are stored by hosts answering through the agent API.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { campaigns } from '@fleetgraph/subgraph-campaigns'
import { agentApi } from '@fleetgraph/agent-api'
import { toNodeId } from '@fleetgraph/subgraph-kit'
import { startSubgraphs, type SubgraphsUnderTest } from '../../../test/support/subgraph.js'
import { seedInventory } from '../../../test/support/enroll.js'

const HOSTS = 4
const CAMPAIGNS = 50

describe('campaigns edges batch', () => {
  let sg: SubgraphsUnderTest
  let token: string
  const hosts: { id: string; nodeKey: string }[] = []
  const campaignIds: string[] = []
  /** Fleet's integer ids of the same campaigns: the agent API names its queries with them. */
  const campaignNumbers: number[] = []
  const queryIds: string[] = []

  const agent = async (path: string, body: unknown) => {
    const r = await fetch(`${sg.url('agent-api')}/api/v1/osquery/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    assert.equal(r.status, 200, await r.clone().text())
    return r.json() as Promise<{ queries?: Record<string, string> }>
  }
  const ok = <T extends { errors?: unknown[] }>(r: T): T => { assert.equal(r.errors, undefined, JSON.stringify(r.errors)); return r }
  /** Statements one request costs (the session lookup is cached by an earlier request). */
  const cost = async (subgraph: string, query: string, variables?: Record<string, unknown>) => {
    sg.resetQueries()
    const r = ok(await sg.gql(subgraph, query, variables, token))
    // The agent API writes check-in times in batches, up to a second after the check-ins: not this request's.
    const mine = sg.queries.filter((q) => !q.includes('INSERT INTO host_seen_times'))
    return { r, n: mine.length, sql: mine.join('\n') }
  }

  before(async () => {
    sg = await startSubgraphs([inventory, campaigns, agentApi])
    ;({ token } = await seedInventory(sg, 0))
    for (let i = 0; i < HOSTS; i++) {
      const r = ok(await sg.gql('inventory', `mutation($i: EnrollAgentInput!) { enrollAgent(input: $i) { hostId nodeKey } }`,
        { i: { enrollSecret: 'seed-secret', hostIdentifier: `h${i}`, hostDetails: { system_info: { hostname: `host-${i}` } } } }))
      // enrollAgent answers Fleet's integer; the graph's ids are node ids
      hosts.push({ id: toNodeId('Host', Number(r.data!.enrollAgent.hostId)), nodeKey: r.data!.enrollAgent.nodeKey })
    }
    for (let i = 0; i < CAMPAIGNS; i++) {
      const r = ok(await sg.gql('campaigns', `mutation($t: TargetsInput!, $sql: String!) { runLiveQuery(sql: $sql, targets: $t) { id databaseId queryId } }`,
        { sql: `SELECT ${i}`, t: { hostIds: hosts.map((h) => h.id) } }, token))
      campaignIds.push(r.data!.runLiveQuery.id)
      campaignNumbers.push(r.data!.runLiveQuery.databaseId)
      queryIds.push(r.data!.runLiveQuery.queryId)
    }
    // Each host reads every campaign's query (the agent API learns of new campaigns at once or at its
    // next refresh: poll with a deadline), then answers them all; host 0 answers with errors.
    for (const [n, h] of hosts.entries()) {
      const names = campaignNumbers.map((id) => `fleet_distributed_query_${id}`)
      const deadline = Date.now() + 15_000
      for (;;) {
        const read = await agent('distributed/read', { node_key: h.nodeKey })
        if (names.every((q) => read.queries?.[q])) break
        assert.ok(Date.now() < deadline, `host ${n} was not asked every campaign: ${Object.keys(read.queries ?? {}).length} queries`)
        await new Promise((r) => setTimeout(r, 100))
      }
      const failed = n === 0
      await agent('distributed/write', {
        node_key: h.nodeKey,
        queries: Object.fromEntries(names.map((q) => [q, failed ? [] : [{ n: String(n) }]])),
        statuses: Object.fromEntries(names.map((q) => [q, failed ? 1 : 0])),
        messages: failed ? Object.fromEntries(names.map((q) => [q, 'no such table'])) : {},
      })
    }
    await sg.gql('campaigns', '{ campaigns(first: 1) { totalCount } }', undefined, token) // the session lookup is cached briefly
  })
  after(async () => { await sg.close() })

  const LIST = `query($n: Int!) { campaigns(first: $n) { totalCount nodes {
    id status query { id } user { id } targets { hosts { id } labels { id } teams { id } noTeam }
    totals { count responded succeeded failed }
    results(first: 3) { totalCount pageInfo { hasNextPage } edges { cursor node { host { id hostname } rows error campaign { id } } } } } } }`

  it('lists 50 campaigns with query, user, targets, totals and 3 results each for what 1 costs', async () => {
    const one = await cost('campaigns', LIST, { n: 1 })
    const fifty = await cost('campaigns', LIST, { n: CAMPAIGNS })
    const list = fifty.r.data!.campaigns
    assert.equal(list.totalCount, CAMPAIGNS)
    assert.deepEqual(list.nodes.map((c: any) => c.id), [...campaignIds].reverse(), 'newest first')
    for (const c of list.nodes) {
      assert.equal(c.status, 'COMPLETED', 'every targeted host answered')
      assert.deepEqual(c.targets, { hosts: hosts.map((h) => ({ id: h.id })), labels: [], teams: [], noTeam: false })
      assert.deepEqual(c.totals, { count: HOSTS, responded: HOSTS, succeeded: HOSTS - 1, failed: 1 })
      assert.equal(c.results.totalCount, HOSTS)
      assert.equal(c.results.pageInfo.hasNextPage, true)
      assert.deepEqual(c.results.edges.map((e: any) => e.node.host.hostname), ['host-0', 'host-1', 'host-2'], 'arrival order')
      assert.deepEqual(c.results.edges[0].node, { host: { id: hosts[0]!.id, hostname: 'host-0' }, rows: [], error: 'no such table', campaign: { id: c.id } })
      assert.deepEqual(c.results.edges[1].node.rows, [{ n: '1' }])
    }
    assert.ok(fifty.n <= 8, `expected ≤ 8 statements, got ${fifty.n}:\n${fifty.sql}`)
    assert.equal(fifty.n, one.n, `50 campaigns cost ${fifty.n} statements, 1 costs ${one.n}:\n${fifty.sql}`)
  })

  it('resolves 50 SavedQuery references with their campaigns for what 1 costs', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on SavedQuery { id campaigns(first: 2) { totalCount nodes { id } } } } }`
    const one = await cost('campaigns', q, { r: queryIds.slice(0, 1).map((id) => ({ __typename: 'SavedQuery', id })) })
    const fifty = await cost('campaigns', q, { r: queryIds.map((id) => ({ __typename: 'SavedQuery', id })) })
    assert.deepEqual(fifty.r.data!._entities.map((e: any) => e.campaigns), campaignIds.map((id) => ({ totalCount: 1, nodes: [{ id }] })))
    assert.ok(fifty.n <= 2, `expected ≤ 2 statements, got ${fifty.n}:\n${fifty.sql}`)
    assert.equal(fifty.n, one.n)
  })

  it('resolves Host references with their campaign results, newest first, for what 1 costs', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Host { id campaignResults(first: 2) { totalCount nodes { error campaign { id } } } } } }`
    const one = await cost('campaigns', q, { r: hosts.slice(0, 1).map((h) => ({ __typename: 'Host', id: h.id })) })
    // 50 references: the four hosts over and over.
    const refs = Array.from({ length: 50 }, (_, i) => ({ __typename: 'Host', id: hosts[i % HOSTS]!.id }))
    const fifty = await cost('campaigns', q, { r: refs })
    const newest = [...campaignIds].reverse().slice(0, 2).map((id) => ({ id }))
    fifty.r.data!._entities.forEach((e: any, i: number) => {
      assert.equal(e.campaignResults.totalCount, CAMPAIGNS)
      assert.deepEqual(e.campaignResults.nodes.map((n: any) => n.campaign), newest)
      assert.equal(e.campaignResults.nodes[0].error, i % HOSTS === 0 ? 'no such table' : null)
    })
    assert.ok(fifty.n <= 3, `expected ≤ 3 statements, got ${fifty.n}:\n${fifty.sql}`)
    assert.equal(fifty.n, one.n)
  })

  it('resolves 50 Campaign references with their totals and results for what 1 costs', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { id totals { responded } results(first: 1, filter: { hasError: false }) { nodes { host { hostname } } } } } }`
    const one = await cost('campaigns', q, { r: campaignIds.slice(0, 1).map((id) => ({ __typename: 'Campaign', id })) })
    const fifty = await cost('campaigns', q, { r: campaignIds.map((id) => ({ __typename: 'Campaign', id })) })
    assert.deepEqual(fifty.r.data!._entities.map((e: any) => e.results.nodes), campaignIds.map(() => [{ host: { hostname: 'host-1' } }]))
    assert.ok(fifty.n <= 3, `expected ≤ 3 statements, got ${fifty.n}:\n${fifty.sql}`)
    assert.equal(fifty.n, one.n)
  })
})
