// Kibana's osquery live queries (/api/osquery/live_queries) are campaigns (ADR 0013): a live query is one
// campaign per query, aimed at the hosts the request names (agent ids, agent policies, platforms or
// all), answered by osquery through the agent API, counted and paged from the stored results, and
// streamed on the graph's subscription like any campaign. Who may run what is Fleet's rule.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import WebSocket from 'ws'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql, inbox, subscribe, wsClient, checkAnswersAgainstOpenApi, KIBANA_API_PATHS } from '../../support/client.js'
import { createTeamUser, createUser, ENROLL_SECRET, setupInstance } from '../../support/fleet.js'

const XSRF = { 'kbn-xsrf': 'true' }
const boom = (statusCode: number, error: string, message: string) => ({ statusCode, error, message })
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('Kibana osquery live queries', () => {
  let stack: TestStack
  let base: string, admin: string, observer: string
  let alphaPolicy: string
  /** Each host's node key, agent id and database id. */
  const hosts: Record<string, { key: string; agent: string; id: number }> = {}
  const kibana = (method: string, path: string, body: unknown, status: number, token = admin) => doJSON(base, method, `/api/osquery${path}`, body, status, token, XSRF)
  const ok = async (query: string, variables?: Record<string, unknown>, token = admin) => {
    const r = await gql(base, query, variables, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  const agent = (path: string, body: unknown) => doJSON(base, 'POST', `/api/v1/osquery/${path}`, body, 200)

  /** Enrolls a host, which then answers its label queries: a row (member) for the labels named, none for the others. */
  async function enroll(hostname: string, secret: string, platform: string, labels: string[]) {
    const key = (await agent('enroll', {
      enroll_secret: secret, host_identifier: `id-${hostname}`, platform_type: platform === 'darwin' ? 'darwin' : 'linux',
      host_details: { system_info: { hostname, uuid: `uuid-${hostname}` }, os_version: { platform } },
    })).body.node_key
    const names = new Map<number, string>((await ok('{ labelList { databaseId name } }')).labelList.map((l: any) => [l.databaseId, l.name]))
    const asked = Object.keys((await agent('distributed/read', { node_key: key })).body.queries).filter((q) => q.startsWith('fleet_label_query_'))
    const member = (q: string) => ['All Hosts', ...labels].includes(names.get(Number(q.slice('fleet_label_query_'.length)))!)
    await agent('distributed/write', {
      node_key: key, queries: Object.fromEntries(asked.map((q) => [q, member(q) ? [{ one: '1' }] : []])), statuses: Object.fromEntries(asked.map((q) => [q, 0])), messages: {},
    })
    const h = (await ok('{ hostList { databaseId hostname agentId } }')).hostList.find((x: any) => x.hostname === hostname)
    hosts[hostname] = { key, agent: h.agentId, id: h.databaseId }
  }

  /** The campaign (database id) behind each query of a live query, by the query's action id. */
  async function campaignsOf(actionId: string): Promise<Map<string, number>> {
    const l = (await ok('query($a: String!) { liveQueryByActionId(actionId: $a) { queries { actionId campaign { databaseId } } } }', { a: actionId })).liveQueryByActionId
    return new Map(l.queries.map((q: any) => [q.actionId, q.campaign.databaseId]))
  }

  /** Osquery on the host: its next distributed/read asks the campaign's query, and it answers with `rows` (or an error). */
  async function answer(host: string, campaignId: number, rows: unknown[], error?: string) {
    const name = `fleet_distributed_query_${campaignId}`
    const read = await agent('distributed/read', { node_key: hosts[host]!.key })
    assert.ok(read.body.queries[name], `${host} was asked campaign ${campaignId}: ${JSON.stringify(Object.keys(read.body.queries))}`)
    await agent('distributed/write', { node_key: hosts[host]!.key, queries: { [name]: error ? '' : rows }, statuses: { [name]: error ? 1 : 0 }, messages: error ? { [name]: error } : {} })
  }

  /** Whether the host is asked the campaign's query on its next check-in. */
  async function asked(host: string, campaignId: number) {
    return !!(await agent('distributed/read', { node_key: hosts[host]!.key })).body.queries[`fleet_distributed_query_${campaignId}`]
  }

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' }) // teams (agent policies) are a Premium feature
    base = stack.url
    await checkAnswersAgainstOpenApi(base, KIBANA_API_PATHS)
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    const ids = (await doJSON(base, 'POST', '/api/latest/fleet/spec/teams', { specs: [{ name: 'Alpha', secrets: [{ secret: 'alpha-secret' }] }] }, 200, admin)).body.team_ids_by_name
    alphaPolicy = (await ok('{ teamList { databaseId agentPolicyId } }')).teamList.find((t: any) => t.databaseId === ids.Alpha).agentPolicyId
    await enroll('alpha.local', 'alpha-secret', 'ubuntu', ['All Linux', 'Ubuntu Linux'])
    await enroll('linux.local', ENROLL_SECRET, 'ubuntu', ['All Linux', 'Ubuntu Linux'])
    await enroll('mac.local', ENROLL_SECRET, 'darwin', ['macOS'])
  })
  after(async () => { await stack.stop() })

  it('runs ad-hoc SQL on agents by id: the action, the answer, the counts, the rows', async () => {
    const r = await kibana('POST', '/live_queries', { agent_ids: [hosts['alpha.local']!.agent], query: 'SELECT * FROM uptime', ecs_mapping: { 'host.uptime': { field: 'total_seconds' } }, metadata: { case: 7 } }, 200)
    const d = r.body.data
    assert.match(d.action_id, UUID)
    assert.equal(Date.parse(d.expiration) - Date.parse(d['@timestamp']), 24 * 3600 * 1000, 'the campaigns stop being asked after CAMPAIGN_EXPIRY_SECONDS (a day)')
    assert.deepEqual({ ...d, action_id: undefined, '@timestamp': undefined, expiration: undefined, queries: undefined }, {
      action_id: undefined, '@timestamp': undefined, expiration: undefined, queries: undefined, type: 'INPUT_ACTION', input_type: 'osquery',
      agent_ids: [hosts['alpha.local']!.agent], agents: [hosts['alpha.local']!.agent], user_id: 'admin@example.com', metadata: { case: 7 },
    })
    assert.equal(d.queries.length, 1)
    const q = d.queries[0]
    assert.match(q.action_id, UUID)
    assert.notEqual(q.action_id, d.action_id)
    assert.match(q.id, UUID)
    assert.deepEqual({ query: q.query, timeout: q.timeout, ecs_mapping: q.ecs_mapping, agents: q.agents },
      { query: 'SELECT * FROM uptime', timeout: 60, ecs_mapping: { 'host.uptime': { field: 'total_seconds' } }, agents: [hosts['alpha.local']!.agent] })

    const running = (await kibana('GET', `/live_queries/${d.action_id}`, undefined, 200)).body.data
    assert.equal(running.status, 'running')
    assert.deepEqual(pick(running.queries[0], ['action_id', 'docs', 'failed', 'pending', 'responded', 'successful', 'status']),
      { action_id: q.action_id, docs: 0, failed: 0, pending: 1, responded: 0, successful: 0, status: 'running' })

    const campaign = (await campaignsOf(d.action_id)).get(q.action_id)!
    assert.equal(await asked('linux.local', campaign), false, 'only the agents named are asked')
    await answer('alpha.local', campaign, [{ total_seconds: '10' }, { total_seconds: '20' }])
    const done = (await kibana('GET', `/live_queries/${d.action_id}`, undefined, 200)).body.data
    assert.deepEqual({ status: done.status, agents: done.agents, user_id: done.user_id, expiration: done.expiration },
      { status: 'completed', agents: [hosts['alpha.local']!.agent], user_id: 'admin@example.com', expiration: d.expiration })
    assert.deepEqual(pick(done.queries[0], ['docs', 'failed', 'pending', 'responded', 'successful', 'status']),
      { docs: 2, failed: 0, pending: 0, responded: 1, successful: 1, status: 'completed' })

    const results = (await kibana('GET', `/live_queries/${d.action_id}/results/${q.action_id}`, undefined, 200, observer)).body.data
    assert.equal(results.total, 2)
    assert.equal(results.hasMore, false)
    assert.deepEqual(results.edges.map((e: any) => e._source.osquery), [{ total_seconds: '10' }, { total_seconds: '20' }])
    const e = results.edges[0]
    assert.deepEqual({ ...e._source, '@timestamp': undefined }, {
      '@timestamp': undefined, action_id: q.action_id, agent: { id: hosts['alpha.local']!.agent, name: 'alpha.local' }, elastic_agent: { id: hosts['alpha.local']!.agent },
      host: { name: 'alpha.local' }, osquery: { total_seconds: '10' }, action_data: { id: q.id, query: 'SELECT * FROM uptime' },
    })
    assert.deepEqual(e.fields['osquery.total_seconds'], ['10'])
    assert.deepEqual(e.fields['agent.id'], [hosts['alpha.local']!.agent])
  })

  it('targets agent policies: a team by its policy id, hosts on no team by the default policy', async () => {
    const team = (await kibana('POST', '/live_queries', { agent_policy_ids: [alphaPolicy], query: 'SELECT 1' }, 200)).body.data
    assert.deepEqual(team.agents, [hosts['alpha.local']!.agent])
    assert.deepEqual(team.agent_policy_ids, [alphaPolicy])
    const none = (await kibana('POST', '/live_queries', { agent_policy_ids: ['fleet-default-policy'], query: 'SELECT 2' }, 200)).body.data
    assert.deepEqual(new Set(none.agents), new Set([hosts['linux.local']!.agent, hosts['mac.local']!.agent]))
    const campaign = [...(await campaignsOf(none.action_id)).values()][0]!
    assert.equal(await asked('mac.local', campaign), true)
    assert.equal(await asked('alpha.local', campaign), false)
  })

  it('targets platforms through the builtin labels, and everything with agent_all', async () => {
    const mac = (await kibana('POST', '/live_queries', { agent_platforms: ['darwin'], query: 'SELECT 3' }, 200)).body.data
    assert.deepEqual(mac.agents, [hosts['mac.local']!.agent])
    const linux = (await kibana('POST', '/live_queries', { agent_platforms: ['linux'], query: 'SELECT 4' }, 200)).body.data
    assert.deepEqual(new Set(linux.agents), new Set([hosts['alpha.local']!.agent, hosts['linux.local']!.agent]))
    // A union, as Kibana's: the macs and Alpha's hosts.
    const both = (await kibana('POST', '/live_queries', { agent_platforms: ['darwin'], agent_policy_ids: [alphaPolicy], query: 'SELECT 5' }, 200)).body.data
    assert.deepEqual(new Set(both.agents), new Set([hosts['mac.local']!.agent, hosts['alpha.local']!.agent]))
    const all = (await kibana('POST', '/live_queries', { agent_all: true, query: 'SELECT 6' }, 200)).body.data
    assert.equal(all.agent_all, true)
    assert.deepEqual(new Set(all.agents), new Set(Object.values(hosts).map((h) => h.agent)))
    const targets = (await ok('query($a: String!) { liveQueryByActionId(actionId: $a) { queries { campaign { targets { labels { id } hosts { id } } } } } }', { a: all.action_id }))
      .liveQueryByActionId.queries[0].campaign.targets
    assert.equal(targets.labels.length, 1, 'FleetDM sees an "All Hosts" campaign')
    assert.deepEqual(targets.hosts, [])
  })

  it("answers Kibana's 400 when no agent is found, and 400s for what it cannot run", async () => {
    assert.deepEqual((await kibana('POST', '/live_queries', { agent_ids: ['no-such-agent'], query: 'SELECT 1' }, 400)).body, boom(400, 'Bad Request', 'No agents found for selection'))
    assert.equal((await kibana('POST', '/live_queries', { agent_platforms: ['plan9'], query: 'SELECT 1' }, 400)).body.message, 'No agents found for selection')
    assert.equal((await kibana('POST', '/live_queries', { query: 'SELECT 1' }, 400)).body.message, 'No agents found for selection')
    assert.equal((await kibana('POST', '/live_queries', { agent_all: true }, 400)).body.message, 'One of query, queries, saved_query_id or pack_id is required')
    assert.equal((await kibana('POST', '/live_queries', { agent_all: true, saved_query_id: 'no-such-query' }, 404)).body.message, 'Saved query with id "no-such-query" not found.')
    assert.equal((await kibana('POST', '/live_queries', { agent_all: true, pack_id: '424242' }, 404)).body.statusCode, 404)
    assert.deepEqual((await kibana('GET', '/live_queries/no-such-action', undefined, 404)).body, boom(404, 'Not Found', 'Action not found'))
  })

  it('streams the answers of a Kibana live query on the graph subscription and on Fleet\'s WebSocket, like any campaign\'s', async () => {
    const d = (await kibana('POST', '/live_queries', { agent_ids: [hosts['linux.local']!.agent], query: 'SELECT 42 AS answer' }, 200)).body.data
    const campaign = (await campaignsOf(d.action_id)).get(d.queries[0].action_id)!
    const client = wsClient(base, admin)
    const sub = subscribe(client, `subscription($id: ID!) { campaignEvents(campaignId: $id) { __typename ... on CampaignResult { rows host { hostname } } } }`, { id: String(campaign) })
    const ws = new WebSocket(base.replace(/^http/, 'ws') + '/api/latest/fleet/results/websocket')
    const fleet = inbox<any>()
    ws.on('message', (m) => fleet.push(JSON.parse(m.toString())))
    await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject) })
    ws.send(JSON.stringify({ type: 'auth', data: { token: admin } }))
    ws.send(JSON.stringify({ type: 'select_campaign', data: { campaign_id: campaign } }))
    await fleet.until((m) => m.type === 'totals')
    try {
      await sub.next(1) // totals first
      await answer('linux.local', campaign, [{ answer: '42' }])
      const events = await sub.next(2)
      const result = events.map((e) => e.data.campaignEvents).find((e) => e.__typename === 'CampaignResult')
      assert.deepEqual(result, { __typename: 'CampaignResult', rows: [{ answer: '42' }], host: { hostname: 'linux.local' } })
      const msg = await fleet.until((m) => m.type === 'result')
      assert.deepEqual(msg.data.rows, [{ answer: '42', host_hostname: 'linux.local', host_display_name: 'linux.local' }], "Fleet's rows carry the host's names")
    } finally {
      sub.unsubscribe()
      ws.close()
      await client.dispose()
    }
    // The same answer, stored, is the live query's result.
    assert.deepEqual((await kibana('GET', `/live_queries/${d.action_id}/results/${d.queries[0].action_id}`, undefined, 200)).body.data.edges.map((e: any) => e._source.osquery), [{ answer: '42' }])
  })

  it('pages results (page from 0, pageSize, sortOrder, kuery on the agent) and keeps a query running until every agent answered', async () => {
    const d = (await kibana('POST', '/live_queries', { agent_platforms: ['linux', 'darwin'], query: 'SELECT n FROM numbers' }, 200)).body.data
    const q = d.queries[0]
    const campaign = (await campaignsOf(d.action_id)).get(q.action_id)!
    await answer('alpha.local', campaign, [1, 2, 3, 4, 5].map((n) => ({ n: String(n) })))
    const partial = (await kibana('GET', `/live_queries/${d.action_id}`, undefined, 200)).body.data
    assert.equal(partial.status, 'running')
    assert.deepEqual(pick(partial.queries[0], ['responded', 'pending', 'docs', 'status']), { responded: 1, pending: 2, docs: 5, status: 'running' })
    await answer('linux.local', campaign, [{ n: '6' }, { n: '7' }, { n: '8' }])
    await answer('mac.local', campaign, [], 'no such table: numbers')
    const done = (await kibana('GET', `/live_queries/${d.action_id}`, undefined, 200)).body.data
    assert.equal(done.status, 'completed')
    assert.deepEqual(pick(done.queries[0], ['responded', 'successful', 'failed', 'pending', 'docs', 'status']),
      { responded: 3, successful: 2, failed: 1, pending: 0, docs: 8, status: 'completed' })

    const page = (n: number, extra = '') => kibana('GET', `/live_queries/${d.action_id}/results/${q.action_id}?page=${n}&pageSize=3&sortOrder=asc${extra}`, undefined, 200).then((r) => r.body.data)
    const p0 = await page(0), p1 = await page(1), p2 = await page(2)
    assert.deepEqual([p0.total, p0.hasMore, p1.hasMore, p2.hasMore], [8, true, true, false])
    assert.deepEqual([...p0.edges, ...p1.edges, ...p2.edges].map((e: any) => e._source.osquery.n), ['1', '2', '3', '4', '5', '6', '7', '8'])
    assert.equal(new Set([...p0.edges, ...p1.edges, ...p2.edges].map((e: any) => e._id)).size, 8)
    const newest = (await kibana('GET', `/live_queries/${d.action_id}/results/${q.action_id}?pageSize=1`, undefined, 200)).body.data
    assert.deepEqual(newest.edges.map((e: any) => e._source.agent.name), ['linux.local'], 'newest answer first by default')
    const linux = await page(0, `&kuery=${encodeURIComponent(`agent.id: "${hosts['linux.local']!.agent}"`)}`)
    assert.deepEqual([linux.total, linux.edges.map((e: any) => e._source.osquery.n)], [3, ['6', '7', '8']])
    assert.match((await kibana('GET', `/live_queries/${d.action_id}/results/${q.action_id}?kuery=${encodeURIComponent('nope: 1')}`, undefined, 400)).body.message, /KQLSyntaxError/)
    assert.equal((await kibana('GET', `/live_queries/${d.action_id}/results/${q.action_id}?sort=osquery.n`, undefined, 400)).body.statusCode, 400)
    assert.equal((await kibana('GET', `/live_queries/${d.action_id}/results/${q.action_id}?page=10&pageSize=10000`, undefined, 400)).body.statusCode, 400)
    await kibana('GET', `/live_queries/${d.action_id}/results/${d.action_id}`, undefined, 404)
  })

  it('runs a pack: one query (campaign) each, with the pack named on the action', async () => {
    const pack = (await kibana('POST', '/packs', { name: 'live-pack', queries: { first: { query: 'SELECT 1 AS a', interval: 60 }, second: { query: 'SELECT 2 AS b', interval: 60, ecs_mapping: { x: { field: 'b' } } } } }, 200)).body.data
    const d = (await kibana('POST', '/live_queries', { pack_id: pack.saved_object_id, agent_ids: [hosts['mac.local']!.agent] }, 200)).body.data
    assert.deepEqual({ pack_id: d.pack_id, pack_name: d.pack_name }, { pack_id: pack.saved_object_id, pack_name: 'live-pack' })
    assert.deepEqual(d.queries.map((q: any) => [q.id, q.query, q.ecs_mapping]), [['first', 'SELECT 1 AS a', undefined], ['second', 'SELECT 2 AS b', { x: { field: 'b' } }]])
    assert.equal(new Set(d.queries.map((q: any) => q.action_id)).size, 2)
    const campaigns = await campaignsOf(d.action_id)
    for (const q of d.queries) await answer('mac.local', campaigns.get(q.action_id)!, [{ v: q.id }])
    const done = (await kibana('GET', `/live_queries/${d.action_id}`, undefined, 200)).body.data
    assert.deepEqual([done.status, done.pack_name, done.queries.map((q: any) => q.status)], ['completed', 'live-pack', ['completed', 'completed']])
  })

  it("follows Fleet's rule on who runs what: observers run saved queries that allow them, nothing else", async () => {
    await ok('mutation { a: createSavedQuery(input: { name: "for-observers", query: "SELECT 7", observerCanRun: true }) { id } b: createSavedQuery(input: { name: "writers-only", query: "SELECT 8" }) { id } }')
    const target = { agent_ids: [hosts['mac.local']!.agent] }
    const run = (await kibana('POST', '/live_queries', { ...target, saved_query_id: 'for-observers' }, 200, observer)).body.data
    assert.deepEqual([run.queries[0].id, run.queries[0].saved_query_id, run.queries[0].query], ['for-observers', 'for-observers', 'SELECT 7'])
    // Observers run the saved SQL, whatever SQL they send with it.
    const sneaky = (await kibana('POST', '/live_queries', { ...target, saved_query_id: 'for-observers', query: 'SELECT * FROM shadow' }, 200, observer)).body.data
    assert.equal(sneaky.queries[0].query, 'SELECT 7')
    const adminOwn = (await kibana('POST', '/live_queries', { ...target, saved_query_id: 'for-observers', query: 'SELECT 9' }, 200)).body.data
    assert.equal(adminOwn.queries[0].query, 'SELECT 9', 'an admin may run other SQL under the saved query')
    for (const body of [{ saved_query_id: 'writers-only' }, { query: 'SELECT 1' }, { queries: [{ query: 'SELECT 1' }] }, { pack_id: (await kibana('GET', '/packs?pageSize=1', undefined, 200)).body.data[0].id }]) {
      assert.equal((await kibana('POST', '/live_queries', { ...target, ...body }, 403, observer)).body.error, 'Forbidden', JSON.stringify(body))
    }
    // A saved query is also found by its saved-object id.
    const byId = (await kibana('POST', '/live_queries', { ...target, saved_query_id: String((await ok('{ savedQuery(name: "for-observers") { databaseId } }')).savedQuery.databaseId) }, 200, observer)).body.data
    assert.equal(byId.queries[0].id, 'for-observers')
  })

  it("lets a team's maintainer run ad-hoc SQL on its team's agents only (Fleet's rule)", async () => {
    const teamId = Number((await ok('{ teamList { databaseId name } }')).teamList.find((t: any) => t.name === 'Alpha').databaseId)
    const token = await createTeamUser(base, admin, teamId, 'maintainer')
    const run = (await kibana('POST', '/live_queries', { agent_all: true, query: 'SELECT 1' }, 200, token)).body.data
    assert.deepEqual(run.agents, [hosts['alpha.local']!.agent])
    assert.equal((await kibana('POST', '/live_queries', { agent_ids: [hosts['mac.local']!.agent], query: 'SELECT 1' }, 400, token)).body.message, 'No agents found for selection')
  })

  it('lists the history newest first, with Kibana\'s pages and a kuery; FleetDM\'s campaigns are live queries too', async () => {
    const fleet = (await doJSON(base, 'POST', '/api/latest/fleet/queries/run', { query: 'SELECT 99', selected: { hosts: [hosts['mac.local']!.id] } }, 200, admin)).body.campaign
    const fleetAction = (await ok('query($id: ID!) { campaign(id: $id) { actionId liveQueryActionId } }', { id: String(fleet.id) })).campaign
    assert.equal(fleetAction.actionId, fleetAction.liveQueryActionId)
    const list = (await kibana('GET', '/live_queries?pageSize=100', undefined, 200, observer)).body.data
    assert.ok(list.total >= 10)
    assert.equal(list.items.length, list.total)
    const stamps = list.items.map((i: any) => i._source['@timestamp'])
    assert.deepEqual(stamps, [...stamps].sort().reverse())
    const top = list.items[0]
    assert.deepEqual([top._id, top._source.action_id, top._source.queries[0].query, top._source.agents], [fleetAction.actionId, fleetAction.actionId, 'SELECT 99', [hosts['mac.local']!.agent]])
    const pack = list.items.find((i: any) => i._source.pack_name === 'live-pack')
    assert.equal(pack._source.queries.length, 2, 'a pack run is one item with its queries')
    const p1 = (await kibana('GET', '/live_queries?page=1&pageSize=2&sortOrder=asc', undefined, 200)).body.data
    assert.deepEqual(p1.items.map((i: any) => i._id), list.items.map((i: any) => i._id).reverse().slice(2, 4))
    const one = (await kibana('GET', `/live_queries?kuery=${encodeURIComponent(`action_id: "${pack._id}"`)}`, undefined, 200)).body.data
    assert.deepEqual([one.total, one.items.map((i: any) => i._id)], [1, [pack._id]])
    const mine = (await kibana('GET', `/live_queries?kuery=${encodeURIComponent('user_id: "admin@example.com" and pack_name: live-pack')}`, undefined, 200)).body.data
    assert.equal(mine.total, 1)
    // The FleetDM campaign's details, by its own action id.
    const details = (await kibana('GET', `/live_queries/${fleetAction.actionId}`, undefined, 200)).body.data
    assert.deepEqual(pick(details.queries[0], ['query', 'pending', 'responded']), { query: 'SELECT 99', pending: 1, responded: 0 })
    assert.equal((await kibana('GET', '/live_queries?pageSize=101', undefined, 400)).body.statusCode, 400)
  })

  it('refuses hostile input with a 400, never a 500', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `agent-${i}`)
    for (const [body, message] of [
      [{ agent_ids: many, query: 'SELECT 1' }, /^\[request body\.agent_ids\]/],
      [{ agent_all: true, queries: Array.from({ length: 101 }, () => ({ query: 'SELECT 1' })) }, /^\[request body\.queries\]/],
      [{ agent_all: true, query: '' }, /^\[request body\.query\]/],
      [{ agent_all: true, query: 'SELECT 1', metadata: { blob: 'x'.repeat(70_000) } }, /^\[request body\.metadata\]/],
      [{ agent_all: true, query: 'SELECT 1', timeout: -5 }, /^\[request body\.timeout\]/],
      [{ agent_all: true, saved_query_id: 's'.repeat(300) }, /^\[request body\.saved_query_id\]/],
      [{ agent_ids: 'not-a-list', query: 'SELECT 1' }, /^\[request body\.agent_ids\]/],
    ] as const) {
      const r = await kibana('POST', '/live_queries', body, 400)
      assert.match(r.body.message, message)
    }
    await kibana('GET', `/live_queries/${'a'.repeat(300)}`, undefined, 400)
    assert.equal((await kibana('GET', `/live_queries?kuery=${encodeURIComponent('(((')}`, undefined, 400)).body.statusCode, 400)
  })
})

/** The named keys of an object. */
function pick(o: Record<string, unknown>, keys: string[]) { return Object.fromEntries(keys.map((k) => [k, o[k]])) }
