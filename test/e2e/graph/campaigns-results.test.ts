// A live-query page built from the graph alone: campaigns run over REST, hosts answer through the
// agent API, then the stored results are paged both ways and filtered by host and by error through
// the gateway; campaigns are listed and filtered, and the graph is walked from a campaign to its
// query (saved or ad hoc), user, targets and totals, from a query to its campaigns and from a host
// to its results.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { toNodeId } from '@fleetgraph/subgraph-kit'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql } from '../../support/client.js'
import { answerLiveQuery, createUser, enrollHost, PASSWORD, setupInstance } from '../../support/fleet.js'

const HOSTS = ['a.local', 'b.local', 'c.local', 'd.local', 'e.local']
/** The order the hosts answer campaign 1 in (not their id order), and which of them fail. */
const ARRIVAL = ['e.local', 'c.local', 'a.local', 'd.local', 'b.local']
const FAILING = new Set(['c.local', 'd.local'])

describe('campaigns and their stored results in the graph', () => {
  let stack: TestStack
  let base: string, admin: string, observer: string
  let maintainer: { id: number; token: string }
  const keys: Record<string, string> = {}
  const ids: Record<string, number> = {}
  /** Campaigns by their REST (database) ids; `node` gives the graph's id of one. */
  let adHoc: number, saved: number, byMaintainer: number, savedQueryId: string, savedQueryDbId: number
  const node = (campaignId: number) => toNodeId('Campaign', campaignId)
  const hostNode = (hostname: string) => toNodeId('Host', ids[hostname]!)

  const ok = async (query: string, variables?: Record<string, unknown>, token = admin) => {
    const r = await gql(base, query, variables, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  const run = async (body: Record<string, unknown>, token = admin): Promise<number> =>
    (await doJSON(base, 'POST', '/api/v1/fleet/queries/run', body, 200, token)).body.campaign.id
  /** As osquery reports a failed query: no rows, status 1 and the error message. */
  const answerWithError = async (host: string, campaignId: number, message: string) => {
    const name = `fleet_distributed_query_${campaignId}`
    const read = await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: keys[host] }, 200)
    assert.ok(read.body.queries?.[name], `campaign ${campaignId} was not asked of ${host}`)
    await doJSON(base, 'POST', '/api/v1/osquery/distributed/write', { node_key: keys[host], queries: { [name]: [] }, statuses: { [name]: 1 }, messages: { [name]: message } }, 200)
  }
  const answer = (host: string, campaignId: number) =>
    FAILING.has(host) ? answerWithError(host, campaignId, `no such table on ${host}`) : answerLiveQuery(base, keys[host]!, campaignId, [{ host: host, uptime: '42' }])

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' }) // teams are a Premium feature
    base = stack.url
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    maintainer = await createUser(base, admin, 'maintainer')
    for (const h of HOSTS) keys[h] = await enrollHost(base, h)
    for (const h of (await doJSON(base, 'POST', '/api/latest/fleet/hosts/search', {}, 200, admin)).body.hosts) ids[h.hostname] = h.id
    await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [{ name: 'uptime-saved', query: 'SELECT uptime FROM uptime' }] }, 200, admin)
    const savedQuery = (await ok('{ savedQuery(name: "uptime-saved") { id databaseId } }')).savedQuery
    savedQueryId = savedQuery.id
    savedQueryDbId = savedQuery.databaseId
    assert.equal(savedQueryId, toNodeId('SavedQuery', savedQueryDbId))

    adHoc = await run({ query: 'SELECT uptime', selected: { hosts: HOSTS.map((h) => ids[h]) } })
    for (const h of ARRIVAL) await answer(h, adHoc)
    saved = await run({ query_id: savedQueryDbId, selected: { hosts: [ids['a.local'], ids['b.local']] } })
    await answer('a.local', saved)
    await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: keys['b.local'] }, 200) // asked, never answers
    byMaintainer = await run({ query: 'SELECT 1', selected: { hosts: [ids['a.local']] } }, maintainer.token)
    await answer('a.local', byMaintainer)
  })
  after(async () => { await stack.stop() })

  const PAGE = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: CampaignResultFilter) {
    campaign(id: $id) { results(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { host { hostname } rows error } } } } }`
  const page = async (v: Record<string, unknown>) => (await ok(PAGE, { id: node(adHoc), ...v })).campaign.results

  it('pages a finished campaign\'s stored results forwards in arrival order', async () => {
    const seen: string[] = []
    let after: string | null = null
    const flags: boolean[][] = []
    for (;;) {
      const p: any = await page({ first: 2, after })
      assert.equal(p.totalCount, HOSTS.length)
      seen.push(...p.edges.map((e: any) => e.node.host.hostname))
      flags.push([p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])
      if (!p.pageInfo.hasNextPage) break
      after = p.pageInfo.endCursor
    }
    assert.deepEqual(seen, ARRIVAL)
    assert.deepEqual(flags, [[false, true], [true, true], [true, false]])
  })

  it('pages the same results backwards from the end', async () => {
    const pages: string[][] = []
    let before: string | null = null
    for (;;) {
      const p: any = await page({ last: 2, before })
      pages.push(p.edges.map((e: any) => e.node.host.hostname))
      if (!p.pageInfo.hasPreviousPage) break
      before = p.pageInfo.startCursor
    }
    assert.deepEqual(pages, [['d.local', 'b.local'], ['c.local', 'a.local'], ['e.local']])
  })

  it('returns each result\'s rows or error', async () => {
    const p = await page({ first: 5 })
    const byHost = Object.fromEntries(p.edges.map((e: any) => [e.node.host.hostname, e.node]))
    assert.deepEqual(byHost['a.local'], { host: { hostname: 'a.local' }, rows: [{ host: 'a.local', uptime: '42' }], error: null })
    assert.equal(byHost['c.local'].error, 'no such table on c.local')
    assert.deepEqual(byHost['c.local'].rows, [])
  })

  it('filters results by host and by error', async () => {
    const one = await page({ filter: { hostId: hostNode('d.local') } })
    assert.deepEqual(one.edges.map((e: any) => e.node.host.hostname), ['d.local'])
    assert.equal(one.totalCount, 1)
    const errors = await page({ filter: { hasError: true } })
    assert.deepEqual(errors.edges.map((e: any) => e.node.host.hostname), ['c.local', 'd.local'])
    assert.equal(errors.totalCount, 2)
    const fine = await page({ first: 2, filter: { hasError: false } })
    assert.deepEqual(fine.edges.map((e: any) => e.node.host.hostname), ['e.local', 'a.local'])
    const rest = await page({ first: 2, after: fine.pageInfo.endCursor, filter: { hasError: false } })
    assert.deepEqual(rest.edges.map((e: any) => e.node.host.hostname), ['b.local'])
    assert.equal(rest.totalCount, 3)
  })

  it('refuses a cursor of another list and a page over the maximum size', async () => {
    const campaigns = await ok('{ campaigns(first: 1) { pageInfo { endCursor } } }')
    const bad = await gql(base, PAGE, { id: node(adHoc), first: 2, after: campaigns.campaigns.pageInfo.endCursor }, admin)
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_REQUEST')
    const big = await gql(base, PAGE, { id: node(adHoc), first: 501 }, admin)
    assert.equal(big.errors?.[0]?.extensions?.code, 'PAGE_SIZE_EXCEEDED')
  })

  it('lists campaigns newest first, in either order, filtered by query, user and status', async () => {
    const list = async (args: string, token = admin) =>
      (await ok(`{ campaigns${args} { totalCount nodes { id status } } }`, undefined, token)).campaigns
    const all = await list('')
    assert.deepEqual(all.nodes.map((c: any) => c.id), [byMaintainer, saved, adHoc].map(node))
    assert.equal(all.totalCount, 3)
    assert.deepEqual((await list('(orderBy: { field: CREATED_AT, direction: ASC })')).nodes.map((c: any) => c.id), [adHoc, saved, byMaintainer].map(node))
    assert.deepEqual((await list(`(filter: { queryId: "${savedQueryId}" })`)).nodes.map((c: any) => c.id), [node(saved)])
    assert.deepEqual((await list(`(filter: { userId: "${toNodeId('User', maintainer.id)}" })`)).nodes.map((c: any) => c.id), [node(byMaintainer)])
    const done = await list('(filter: { status: [COMPLETED] })')
    assert.deepEqual(done.nodes, [{ id: node(byMaintainer), status: 'COMPLETED' }, { id: node(adHoc), status: 'COMPLETED' }])
    assert.deepEqual((await list('(filter: { status: [WAITING, RUNNING] })')).nodes.map((c: any) => c.id), [node(saved)])
    // Paging the list: one campaign per page, newest first.
    const first = (await ok('{ campaigns(first: 1) { nodes { id } pageInfo { endCursor hasNextPage } } }')).campaigns
    const second = (await ok(`{ campaigns(first: 1, after: "${first.pageInfo.endCursor}") { nodes { id } } }`)).campaigns
    assert.deepEqual([first.nodes[0].id, second.nodes[0].id], [byMaintainer, saved].map(node))
    // Global observers see every campaign; the maintainer sees every one too (a global role).
    assert.equal((await list('', observer)).totalCount, 3)
    assert.equal((await list('', maintainer.token)).totalCount, 3)
  })

  it('walks from a campaign to its query (ad hoc or saved), user, targets and totals', async () => {
    const c = (await ok(`query($id: ID!) { campaign(id: $id) { status query { query } user { email }
      targets { hosts { hostname } labels { id } teams { id } noTeam } totals { count responded succeeded failed } } }`, { id: node(adHoc) })).campaign
    assert.deepEqual(c, {
      status: 'COMPLETED', query: { query: 'SELECT uptime' }, user: { email: 'admin@example.com' },
      targets: { hosts: HOSTS.map((hostname) => ({ hostname })), labels: [], teams: [], noTeam: false },
      totals: { count: 5, responded: 5, succeeded: 3, failed: 2 },
    })
    const s = (await ok(`query($id: ID!) { campaign(id: $id) { query { name campaigns { totalCount nodes { id } } } totals { count responded } } }`, { id: node(saved) })).campaign
    assert.deepEqual(s, { query: { name: 'uptime-saved', campaigns: { totalCount: 1, nodes: [{ id: node(saved) }] } }, totals: { count: 2, responded: 1 } })
  })

  it('walks from a host to its campaign results, newest first', async () => {
    const HOST = `query($id: ID!, $after: String) { host(id: $id) { hostname campaignResults(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { rows campaign { id query { query } } } } } }`
    const p1 = (await ok(HOST, { id: hostNode('a.local') })).host
    assert.equal(p1.campaignResults.totalCount, 3)
    assert.deepEqual(p1.campaignResults.nodes.map((n: any) => n.campaign.id), [byMaintainer, saved].map(node))
    assert.equal(p1.campaignResults.nodes[0].campaign.query.query, 'SELECT 1')
    const p2 = (await ok(HOST, { id: hostNode('a.local'), after: p1.campaignResults.pageInfo.endCursor })).host
    assert.deepEqual(p2.campaignResults.nodes.map((n: any) => n.campaign.id), [node(adHoc)])
    assert.equal(p2.campaignResults.pageInfo.hasNextPage, false)
    const failing = (await ok(HOST, { id: hostNode('c.local') })).host
    assert.deepEqual(failing.campaignResults.nodes, [{ rows: [], campaign: { id: node(adHoc), query: { query: 'SELECT uptime' } } }])
  })

  it('shows a team member none of the campaigns others started, nor their results', async () => {
    // Team members may only run saved queries that allow observers, which no public route sets: so
    // every campaign here is someone else's, and the team's own host answers one of them.
    const teamId = (await doJSON(base, 'POST', '/api/v1/fleet/spec/teams', { specs: [{ name: 'web', secrets: [{ secret: 'web-secret' }] }] }, 200, admin)).body.team_ids_by_name.web
    const enrolled = await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
      enroll_secret: 'web-secret', host_identifier: 'id-team.local', platform_type: 'linux', host_details: { system_info: { hostname: 'team.local', uuid: 'uuid-team.local' } },
    }, 200)
    keys['team.local'] = enrolled.body.node_key
    const hostId = (await doJSON(base, 'POST', '/api/latest/fleet/hosts/search', { query: 'team.local' }, 200, admin)).body.hosts[0].id
    const email = 'web-maintainer@example.com'
    await doJSON(base, 'POST', '/api/latest/fleet/users/admin', { name: 'Web', email, password: PASSWORD, global_role: null, teams: [{ id: teamId, role: 'maintainer' }] }, 200, admin)
    const member = (await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)).body.token
    const byAdmin = await run({ query: 'SELECT 2', selected: { hosts: [hostId] } })
    await answer('team.local', byAdmin)

    assert.deepEqual((await ok('{ campaigns { totalCount nodes { id } } }', undefined, member)).campaigns, { totalCount: 0, nodes: [] })
    const hidden = await gql(base, 'query($id: ID!) { campaign(id: $id) { id } }', { id: node(byAdmin) }, member)
    assert.equal(hidden.errors?.[0]?.extensions?.code, 'NOT_FOUND')
    const HOST = `query($id: ID!) { host(id: $id) { hostname campaignResults { totalCount nodes { campaign { id } } } } }`
    assert.deepEqual((await ok(HOST, { id: toNodeId('Host', hostId) }, member)).host, { hostname: 'team.local', campaignResults: { totalCount: 0, nodes: [] } })
    assert.deepEqual((await ok(HOST, { id: toNodeId('Host', hostId) })).host.campaignResults, { totalCount: 1, nodes: [{ campaign: { id: node(byAdmin) } }] },
      'global roles see every campaign\'s results')
  })
})
