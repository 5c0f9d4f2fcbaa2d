// Node refetch (ADR 0011): every entity type's id is a node id unique across
// types, node(id:)/nodes(ids:) refetch any of them through the gateway (types
// other subgraphs own are completed by their owner), a node the caller may not
// see is null as the type's own query would hide it, id arguments still accept
// Fleet's integers, and nodes() over 50 hosts costs one statement, not 50.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { packsAndQueries } from '@fleetgraph/subgraph-packs-and-queries'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql } from '../../support/client.js'
import { PASSWORD, setupInstance } from '../../support/fleet.js'
import { startSubgraphs, type SubgraphsUnderTest } from '../../support/subgraph.js'
import { seedInventory } from '../../support/enroll.js'

/** graphql-relay's global id, spelled out: base64 of "Type:n". */
const nodeId = (type: string, n: number | string) => Buffer.from(`${type}:${n}`).toString('base64')

const ok = <T>(r: { data?: T; errors?: unknown[] }): T => {
  assert.equal(r.errors, undefined, JSON.stringify(r.errors))
  return r.data!
}

async function enroll(base: string, hostname: string, secret: string): Promise<void> {
  await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
    enroll_secret: secret, host_identifier: `id-${hostname}`, platform_type: 'linux',
    host_details: { system_info: { hostname, uuid: `uuid-${hostname}` }, os_version: { name: 'Ubuntu', version: '22.04', platform: 'ubuntu' }, osquery_info: { version: '5.10.2' } },
  }, 200)
}

describe('node ids and refetch through the gateway', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let redObserver: string
  /** type → one entity's { id, databaseId } as its own query answers it */
  const seen: Record<string, { id: string; databaseId: number }> = {}
  const hosts: Record<string, { id: string; databaseId: number }> = {}
  const teams: Record<string, { id: string; databaseId: number }> = {}
  const policies: Record<string, { id: string; databaseId: number }> = {}

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    ok(await gql(base, 'mutation($s: [TeamSpecInput!]!) { applyTeamSpecs(specs: $s) { id } }',
      { s: [{ name: 'Red', secrets: ['red-secret'] }, { name: 'Blue', secrets: ['blue-secret'] }] }, admin))
    await enroll(base, 'red-1.local', 'red-secret')
    await enroll(base, 'blue-1.local', 'blue-secret')
    for (const h of ok(await gql(base, '{ hostList { id databaseId hostname } }', undefined, admin)).hostList) hosts[h.hostname] = h
    for (const t of ok(await gql(base, '{ teamList { id databaseId name } }', undefined, admin)).teamList) teams[t.name] = t

    const email = 'red-observer@example.com'
    ok(await gql(base, 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }',
      { i: { name: 'Red observer', email, password: PASSWORD, teams: [{ teamId: teams.Red.id, role: 'observer' }] } }, admin))
    redObserver = ok(await gql(base, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: PASSWORD })).login.token

    ok(await gql(base, 'mutation { applyQuerySpecs(specs: [{ name: "uptime", query: "SELECT * FROM uptime" }]) }', undefined, admin))
    ok(await gql(base, `mutation { applyPolicySpecs(specs: [
      { name: "global check", query: "SELECT 1" }, { name: "blue check", query: "SELECT 1", team: "Blue" }, { name: "red check", query: "SELECT 1", team: "Red" }]) }`, undefined, admin))
    const q = ok(await gql(base, '{ savedQuery(name: "uptime") { id databaseId } }', undefined, admin)).savedQuery
    const pack = ok(await gql(base, 'mutation($i: CreatePackInput!) { createPack(input: $i) { id databaseId } }', { i: { name: 'node pack', hostIds: [hosts['red-1.local'].id] } }, admin)).createPack
    const sq = ok(await gql(base, 'mutation($i: ScheduleQueryInput!) { scheduleQuery(input: $i) { id databaseId } }', { i: { packId: pack.id, queryId: q.id, interval: 60 } }, admin)).scheduleQuery
    const campaign = ok(await gql(base, 'mutation($q: ID!, $t: TargetsInput!) { runSavedQuery(queryId: $q, targets: $t) { id databaseId } }',
      { q: q.id, t: { hostIds: [hosts['blue-1.local'].id] } }, admin)).runSavedQuery
    for (const p of ok(await gql(base, '{ policyList { id databaseId name } }', undefined, admin)).policyList) policies[p.name] = p
    const label = ok(await gql(base, '{ labelList { id databaseId name } }', undefined, admin)).labelList.find((l: any) => l.name === 'All Hosts')
    const me = ok(await gql(base, '{ me { id databaseId } }', undefined, admin)).me
    Object.assign(seen, {
      Host: hosts['red-1.local'], Label: label, Team: teams.Red, User: me, Pack: pack, SavedQuery: q, ScheduledQuery: sq,
      Policy: policies['global check'], Campaign: campaign,
    })
  })
  after(async () => { await stack.stop() })

  it('gives every entity type a node id: base64 of "Type:databaseId"', () => {
    for (const [type, e] of Object.entries(seen)) {
      assert.equal(typeof e.databaseId, 'number', type)
      assert.equal(e.id, nodeId(type, e.databaseId), type)
    }
  })

  it('refetches every entity type through node(id:), each from the subgraph that owns it', async () => {
    const fields: Record<string, string> = {
      Host: 'hostname', Label: 'name', Team: 'name', User: 'email', Pack: 'name', SavedQuery: 'name',
      ScheduledQuery: 'interval', Policy: 'name', Campaign: 'status',
    }
    for (const [type, e] of Object.entries(seen)) {
      const r = ok(await gql(base, `query($id: ID!) { node(id: $id) { __typename id ... on ${type} { databaseId ${fields[type]} } } }`, { id: e.id }, admin))
      assert.equal(r.node?.__typename, type, `${type}: ${JSON.stringify(r)}`)
      assert.equal(r.node.id, e.id)
      assert.equal(r.node.databaseId, e.databaseId)
      assert.notEqual(r.node[fields[type]!], undefined)
    }
  })

  it('refetches a mixed list through nodes(ids:), in the order asked, null for unknown ids', async () => {
    const ids = [...Object.values(seen).map((e) => e.id), nodeId('Host', 999_999)]
    const r = ok(await gql(base, 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids }, admin))
    assert.deepEqual(r.nodes, [...Object.entries(seen).map(([type, e]) => ({ __typename: type, id: e.id })), null])
  })

  it('answers null for unknown, malformed, bare-integer and unknown-type ids', async () => {
    for (const id of [nodeId('Host', 999_999), nodeId('Label', 999_999), 'not an id', String(seen.Host.databaseId), nodeId('Query', 1), nodeId('Host', '01'), `${seen.Host.id}\n`]) {
      const r = ok(await gql(base, 'query($id: ID!) { node(id: $id) { id } }', { id }, admin))
      assert.equal(r.node, null, `node(${JSON.stringify(id)})`)
    }
  })

  it('answers null for a missing row of a type another subgraph owns, whatever the selection', async () => {
    for (const [type, field] of [['Pack', 'name'], ['SavedQuery', 'name'], ['ScheduledQuery', 'interval'], ['Policy', 'name'], ['Campaign', 'status'], ['AppleProfile', 'name']]) {
      const r = ok(await gql(base, `query($id: ID!) { node(id: $id) { ... on ${type} { databaseId ${field} } } bare: node(id: $id) { id } nodes(ids: [$id]) { id } }`, { id: nodeId(type!, 999_999) }, admin))
      assert.deepEqual(r, { node: null, bare: null, nodes: [null] }, type)
    }
  })

  it('refuses an id of another type where one type is expected', async () => {
    const asHost = await gql(base, 'query($id: ID!) { host(id: $id) { id } }', { id: seen.Label.id }, admin)
    assert.equal(asHost.errors?.[0]?.extensions?.code, 'NOT_FOUND')
    const asPack = await gql(base, 'query($id: ID!) { pack(id: $id) { id } }', { id: seen.SavedQuery.id }, admin)
    assert.equal(asPack.errors?.[0]?.extensions?.code, 'NOT_FOUND')
    const target = await gql(base, 'mutation($t: TargetsInput!) { runLiveQuery(sql: "SELECT 1", targets: $t) { id } }', { t: { hostIds: [seen.Label.id] } }, admin)
    assert.equal(target.errors?.[0]?.extensions?.code, 'VALIDATION_FAILED')
  })

  it("still accepts Fleet's integer ids in id arguments, and node ids too", async () => {
    for (const id of [String(seen.Host.databaseId), seen.Host.id]) {
      assert.equal(ok(await gql(base, 'query($id: ID!) { host(id: $id) { id } }', { id }, admin)).host.id, seen.Host.id)
    }
    for (const id of [String(seen.Pack.databaseId), seen.Pack.id]) {
      assert.equal(ok(await gql(base, 'query($id: ID!) { pack(id: $id) { id } }', { id }, admin)).pack.id, seen.Pack.id)
    }
    for (const id of [String(seen.ScheduledQuery.databaseId), seen.ScheduledQuery.id]) {
      assert.equal(ok(await gql(base, 'query($id: ID!) { scheduledQuery(id: $id) { id } }', { id }, admin)).scheduledQuery.id, seen.ScheduledQuery.id)
    }
    for (const id of [String(seen.Campaign.databaseId), seen.Campaign.id]) {
      assert.equal(ok(await gql(base, 'query($id: ID!) { campaign(id: $id) { id } }', { id }, admin)).campaign.id, seen.Campaign.id)
    }
    const byTeam = ok(await gql(base, 'query($t: ID) { userList(filter: { teamId: $t }) { email } }', { t: teams.Red.id }, admin)).userList
    assert.deepEqual(byTeam.map((u: any) => u.email), ['red-observer@example.com'])
  })

  it('keeps a federation key identical across subgraphs: a pack\'s host stub is the host inventory refetches', async () => {
    const r = ok(await gql(base, 'query($id: ID!) { pack(id: $id) { hosts { nodes { id databaseId hostname } } } }', { id: seen.Pack.id }, admin))
    assert.deepEqual(r.pack.hosts.nodes, [{ id: hosts['red-1.local'].id, databaseId: hosts['red-1.local'].databaseId, hostname: 'red-1.local' }])
  })

  it("hides from a team observer what the type's own queries hide: other teams' hosts, teams, policies, others' campaigns", async () => {
    const ask = async (id: string, fragment: string) => (await gql(base, `query($id: ID!) { node(id: $id) { id ${fragment} } }`, { id }, redObserver))
    assert.equal(ok(await ask(hosts['red-1.local'].id, '... on Host { hostname }')).node.hostname, 'red-1.local')
    assert.equal(ok(await ask(hosts['blue-1.local'].id, '... on Host { hostname }')).node, null)
    assert.equal((await gql(base, 'query($id: ID!) { host(id: $id) { id } }', { id: hosts['blue-1.local'].id }, redObserver)).errors?.[0]?.extensions?.code, 'NOT_FOUND',
      'host(id:) hides the same host')
    assert.equal(ok(await ask(teams.Red.id, '... on Team { name }')).node.name, 'Red')
    assert.equal(ok(await ask(teams.Blue.id, '... on Team { name }')).node, null)
    assert.equal(ok(await ask(policies['red check'].id, '... on Policy { name }')).node.name, 'red check')
    assert.equal((await ask(policies['blue check'].id, '... on Policy { name }')).data?.node, null)
    assert.equal((await ask(seen.Campaign.id, '... on Campaign { status }')).data?.node, null)
    assert.equal(ok(await ask(seen.Label.id, '... on Label { name }')).node.name, 'All Hosts', 'every reader sees every label')
    assert.equal(ok(await ask(seen.User.id, '... on User { email }')).node, null, 'a global admin is not in the team')

    const list = await gql(base, 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Host { hostname } } }', { ids: [hosts['blue-1.local'].id, hosts['red-1.local'].id] }, redObserver)
    assert.deepEqual(list.data?.nodes, [null, { hostname: 'red-1.local' }])
  })

  it('refuses more than 100 ids with TOO_MANY_IDS, and anonymous callers', async () => {
    const many = Array.from({ length: 101 }, (_, i) => nodeId('Host', i + 1))
    const r = await gql(base, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: many }, admin)
    assert.equal(r.errors?.[0]?.extensions?.code, 'TOO_MANY_IDS', JSON.stringify(r.errors))
    assert.equal(ok(await gql(base, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: many.slice(0, 100) }, admin)).nodes.length, 100)
    const anonymous = await gql(base, 'query($id: ID!) { node(id: $id) { id } }', { id: seen.Host.id })
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED')
  })
})

describe('nodes() batching (SQL statements counted in the subgraphs)', () => {
  let sg: SubgraphsUnderTest
  let token: string
  let hostIds: string[]
  let policyIds: number[]

  before(async () => {
    sg = await startSubgraphs([inventory, packsAndQueries])
    ;({ token, hostIds } = await seedInventory(sg, 50))
    const specs = Array.from({ length: 50 }, (_, i) => ({ name: `p${i}`, query: 'SELECT 1' }))
    ok(await sg.gql('packs-and-queries', 'mutation($s: [PolicySpecInput!]!) { applyPolicySpecs(specs: $s) }', { s: specs }, token))
    policyIds = ok(await sg.gql('packs-and-queries', '{ policyList { databaseId } }', undefined, token)).policyList.map((p: any) => p.databaseId)
  })
  after(async () => { await sg.close() })

  const statementsFor = async (subgraph: string, query: string, variables: Record<string, unknown>, check: (data: any) => void) => {
    await sg.gql(subgraph, '{ __typename }', undefined, token) // the session lookup is cached briefly: not counted
    sg.resetQueries()
    check(ok(await sg.gql(subgraph, query, variables, token)))
    return sg.queries.length
  }

  it('nodes(ids: 50 hosts) costs what nodes(ids: 1 host) costs: one statement', async () => {
    const q = 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Host { hostname } } }'
    const ids = hostIds.map((n) => nodeId('Host', n))
    const one = await statementsFor('inventory', q, { ids: ids.slice(0, 1) }, (d) => assert.equal(d.nodes[0].hostname, 'host-0'))
    const fifty = await statementsFor('inventory', q, { ids }, (d) => assert.deepEqual(d.nodes.map((h: any) => h.hostname), hostIds.map((_, i) => `host-${i}`)))
    assert.equal(fifty, one, `50 hosts: ${sg.queries.join('\n')}`)
    assert.ok(fifty <= 1, `expected ≤ 1 statement, got ${fifty}:\n${sg.queries.join('\n')}`)
  })

  it('a mixed nodes() costs one statement per type', async () => {
    const ids = [...hostIds.slice(0, 10).map((n) => nodeId('Host', n)), nodeId('Label', 1), nodeId('Label', 2), nodeId('User', 1),
      ...policyIds.slice(0, 10).map((n) => nodeId('Policy', n))]
    const n = await statementsFor('inventory', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }, (d) => assert.equal(d.nodes.filter(Boolean).length, 23))
    assert.ok(n <= 4, `expected ≤ 4 statements (hosts, labels, users, policies), got ${n}:\n${sg.queries.join('\n')}`)
  })

  it('the owner completes 50 Policy stubs (their _entities) in one statement', async () => {
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Policy { id name } } }'
    const reps = (ids: number[]) => ids.map((n) => ({ __typename: 'Policy', id: nodeId('Policy', n) }))
    const one = await statementsFor('packs-and-queries', q, { r: reps(policyIds.slice(0, 1)) }, (d) => assert.equal(d._entities.length, 1))
    const fifty = await statementsFor('packs-and-queries', q, { r: reps(policyIds) }, (d) => assert.equal(d._entities.filter(Boolean).length, 50))
    assert.equal(fifty, one, `50 policies: ${sg.queries.join('\n')}`)
  })
})
