// The graph around packs and policies through the gateway: Host.packs (direct, label and team
// targets), Host.policies(response:), Team.policies and Team.packs from inventory's Team,
// Pack.hosts and Policy.hosts(response:) as host connections paged both ways, and what a team user
// sees of each.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql } from '../../support/client.js'
import { toNodeId } from '@fleetgraph/subgraph-kit'
import { enrollHost, PASSWORD, setupInstance } from '../../support/fleet.js'

describe('packs and policies relations', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let alphaObserver: string
  /** hostname → Fleet's integer, as REST answers it */
  const hostId: Record<string, number> = {}
  /** pack name → the Pack's node id */
  const packId: Record<string, string> = {}
  /** policy name → Fleet's integer (the policy's databaseId), as osquery's query names use it */
  const policyId: Record<string, number> = {}
  const hostNode = (h: string) => toNodeId('Host', hostId[h]!)

  const ok = <T extends { errors?: unknown[] }>(r: T): T => { assert.equal(r.errors, undefined, JSON.stringify(r.errors)); return r }
  const q = async (query: string, variables?: Record<string, unknown>, token = admin) => ok(await gql(base, query, variables, token)).data

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    const teams = (await doJSON(base, 'POST', '/api/v1/fleet/spec/teams', { specs: [{ name: 'Alpha', secrets: [{ secret: 'alpha-secret' }] }, { name: 'Beta', secrets: [{ secret: 'beta-secret' }] }] }, 200, admin)).body.team_ids_by_name
    const email = 'alpha-observer@example.com'
    await doJSON(base, 'POST', '/api/latest/fleet/users/admin', { name: 'ao', email, password: PASSWORD, teams: [{ id: teams.Alpha, role: 'observer' }] }, 200, admin)
    alphaObserver = (await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)).body.token
    const nodeKeys: Record<string, string> = {}
    for (const h of ['n1.local', 'n2.local', 'n3.local']) nodeKeys[h] = await enrollHost(base, h)
    for (const [h, secret] of [['a1.local', 'alpha-secret'], ['a2.local', 'alpha-secret'], ['b1.local', 'beta-secret']]) {
      nodeKeys[h] = (await doJSON(base, 'POST', '/api/v1/osquery/enroll', { enroll_secret: secret, host_identifier: `id-${h}`, host_details: { system_info: { hostname: h } } }, 200)).body.node_key
    }
    for (const h of Object.keys(nodeKeys)) {
      const found = (await doJSON(base, 'POST', '/api/latest/fleet/hosts/search', { query: h }, 200, admin)).body.hosts
      hostId[h] = found.find((x: any) => x.hostname === h).id
    }
    await doJSON(base, 'POST', '/api/v1/fleet/spec/labels', { specs: [{ name: 'Manual', description: '', query: '', label_membership_type: 'manual', hosts: ['n2.local', 'a1.local'] }] }, 200, admin)
    const labelId = (await doJSON(base, 'GET', '/api/latest/fleet/spec/labels', undefined, 200, admin)).body.specs.find((l: any) => l.name === 'Manual').id
    const pack = async (name: string, targets: Record<string, number[]>) => {
      packId[name] = toNodeId('Pack', (await doJSON(base, 'POST', '/api/v1/fleet/packs', { name, ...targets }, 200, admin)).body.pack.id)
    }
    await pack('direct', { host_ids: [hostId['n1.local'], hostId['b1.local']] })
    await pack('by label', { label_ids: [labelId] })
    await pack('by team', { team_ids: [teams.Alpha] })
    await pack('beta team', { team_ids: [teams.Beta] })
    await doJSON(base, 'POST', '/api/v1/fleet/spec/policies', { specs: [
      { name: 'everywhere', query: 'SELECT 1' }, { name: 'alpha check', query: 'SELECT 1', team: 'Alpha' }, { name: 'beta check', query: 'SELECT 1', team: 'Beta' },
    ] }, 200, admin)
    for (const p of (await q('{ policyList { id: databaseId name } }')).policyList) policyId[p.name] = p.id
    // "everywhere": n1, a1 and b1 pass, n2 and a2 fail, n3 never answers. "alpha check": a1 fails.
    const answer = async (h: string, answers: Record<string, boolean>) => {
      await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKeys[h] }, 200)
      const queries = Object.fromEntries(Object.entries(answers).map(([n, pass]) => [`fleet_policy_query_${policyId[n]}`, pass ? [{ '1': '1' }] : []]))
      await doJSON(base, 'POST', '/api/v1/osquery/distributed/write', { node_key: nodeKeys[h], queries, statuses: Object.fromEntries(Object.keys(queries).map((k) => [k, 0])), messages: {} }, 200)
    }
    await answer('n1.local', { everywhere: true })
    await answer('n2.local', { everywhere: false })
    await answer('a1.local', { everywhere: true, 'alpha check': false })
    await answer('a2.local', { everywhere: false })
    await answer('b1.local', { everywhere: true })
  })
  after(async () => { await stack.stop() })

  const hostQuery = `query($id: ID!) { host(id: $id) { hostname packs { name }
    policies { name response } failing: policies(response: FAILING) { name } passing: policies(response: PASSING) { name }
    team { name policies { totalCount nodes { name } } packs { totalCount nodes { name } } } } }`

  it('Host.packs lists the packs reaching a host directly, by label and by team, by name', async () => {
    const packs = async (h: string) => (await q(hostQuery, { id: hostNode(h) })).host.packs.map((p: any) => p.name)
    assert.deepEqual(await packs('n1.local'), ['direct'])
    assert.deepEqual(await packs('n2.local'), ['by label'])
    assert.deepEqual(await packs('a1.local'), ['by label', 'by team'])
    assert.deepEqual(await packs('b1.local'), ['beta team', 'direct'])
    assert.deepEqual(await packs('n3.local'), [])
  })

  it('Host.policies answers with PolicyResponse (null when not answered) and filters by response', async () => {
    const a1 = (await q(hostQuery, { id: hostNode('a1.local') })).host
    assert.deepEqual(a1.policies, [{ name: 'everywhere', response: 'PASSING' }, { name: 'alpha check', response: 'FAILING' }])
    assert.deepEqual([a1.failing, a1.passing], [[{ name: 'alpha check' }], [{ name: 'everywhere' }]])
    const n3 = (await q(hostQuery, { id: hostNode('n3.local') })).host
    assert.deepEqual(n3.policies, [{ name: 'everywhere', response: null }])
    assert.deepEqual([n3.failing, n3.passing], [[], []])
  })

  it("Host.policies are each host's own answers, with the shared policy as a node", async () => {
    const sel = 'policies { databaseId response policy { id databaseId name passingHostCount failingHostCount } }'
    const r = await q(`query($a: ID!, $b: ID!) { a1: host(id: $a) { ${sel} } n1: host(id: $b) { ${sel} } }`, { a: hostNode('a1.local'), b: hostNode('n1.local') })
    const everywhere = (h: any) => h.policies.find((p: any) => p.policy.name === 'everywhere')
    const [a1, n1] = [everywhere(r.a1), everywhere(r.n1)]
    assert.deepEqual([a1.response, n1.response], ['PASSING', 'PASSING'])
    assert.equal(a1.databaseId, policyId.everywhere)
    assert.deepEqual(a1.policy, n1.policy, 'one policy node for both hosts')
    assert.deepEqual(a1.policy, { id: toNodeId('Policy', policyId.everywhere!), databaseId: policyId.everywhere, name: 'everywhere', passingHostCount: 3, failingHostCount: 2 })
    assert.equal(r.a1.policies.find((p: any) => p.policy.name === 'alpha check').response, 'FAILING')
  })

  it("Team.policies and Team.packs hang off inventory's Team", async () => {
    const { team } = (await q(hostQuery, { id: hostNode('a2.local') })).host
    assert.deepEqual(team, { name: 'Alpha', policies: { totalCount: 1, nodes: [{ name: 'alpha check' }] }, packs: { totalCount: 1, nodes: [{ name: 'by team' }] } })
    const seen = (await q(hostQuery, { id: hostNode('a2.local') }, alphaObserver)).host.team
    assert.deepEqual(seen, team, 'a team observer sees its own team')
  })

  it('Pack.hosts pages the target hosts by id both ways; team users see only their hosts', async () => {
    const everyone = (await q('query($id: ID!) { pack(id: $id) { hosts { totalCount nodes { hostname } } } }', { id: packId['by label'] })).pack.hosts
    assert.deepEqual(everyone, { totalCount: 2, nodes: [{ hostname: 'n2.local' }, { hostname: 'a1.local' }] })
    const page = `query($id: ID!, $c: String) { pack(id: $id) { hosts(last: 1, before: $c) { nodes { hostname } pageInfo { hasPreviousPage startCursor } } } }`
    const last = (await q(page, { id: packId['by label'], c: null })).pack.hosts
    assert.deepEqual(last.nodes, [{ hostname: 'a1.local' }])
    assert.equal(last.pageInfo.hasPreviousPage, true)
    const before = (await q(page, { id: packId['by label'], c: last.pageInfo.startCursor })).pack.hosts
    assert.deepEqual([before.nodes, before.pageInfo.hasPreviousPage], [[{ hostname: 'n2.local' }], false])
    const alpha = (await q('query($id: ID!) { pack(id: $id) { hosts { totalCount nodes { hostname } } } }', { id: packId['by label'] }, alphaObserver)).pack.hosts
    assert.deepEqual(alpha, { totalCount: 1, nodes: [{ hostname: 'a1.local' }] })
  })

  it('Policy.hosts pages the passing or failing hosts both ways', async () => {
    const query = `{ policies(first: 1, filter: { search: "everywhere" }) { nodes {
      passing: hosts(response: PASSING) { totalCount nodes { hostname } }
      failing: hosts(response: FAILING) { totalCount nodes { hostname } }
      all: hosts(first: 2) { totalCount nodes { hostname } pageInfo { hasNextPage endCursor } } } } }`
    const [p] = (await q(query)).policies.nodes
    assert.deepEqual(p.passing, { totalCount: 3, nodes: [{ hostname: 'n1.local' }, { hostname: 'a1.local' }, { hostname: 'b1.local' }] })
    assert.deepEqual(p.failing, { totalCount: 2, nodes: [{ hostname: 'n2.local' }, { hostname: 'a2.local' }] })
    assert.deepEqual([p.all.totalCount, p.all.nodes, p.all.pageInfo.hasNextPage], [5, [{ hostname: 'n1.local' }, { hostname: 'n2.local' }], true])
    const rest = (await q(`query($c: String) { policies(first: 1, filter: { search: "everywhere" }) { nodes { hosts(first: 5, after: $c) { nodes { hostname } pageInfo { hasNextPage } } } } }`,
      { c: p.all.pageInfo.endCursor })).policies.nodes[0].hosts
    assert.deepEqual(rest, { nodes: [{ hostname: 'a1.local' }, { hostname: 'a2.local' }, { hostname: 'b1.local' }], pageInfo: { hasNextPage: false } })
    const alpha = (await q('{ policies(first: 10) { nodes { name hosts(first: 10) { nodes { hostname } } } } }', undefined, alphaObserver)).policies.nodes
    assert.deepEqual(alpha, [{ name: 'alpha check', hosts: { nodes: [{ hostname: 'a1.local' }] } }])
  })

  it('refuses a host page over 500 with PAGE_SIZE_EXCEEDED', async () => {
    const r = await gql(base, 'query($id: ID!) { pack(id: $id) { hosts(first: 501) { totalCount } } }', { id: packId.direct }, admin)
    assert.equal(r.errors?.[0]?.extensions?.code, 'PAGE_SIZE_EXCEEDED')
  })
})
