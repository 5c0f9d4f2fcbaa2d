// osquery agent API and a live query end to end: enroll, details on the first
// distributed/read, a campaign created over REST, the host's answer, and the
// results on a GraphQL subscription through the gateway (late subscribers too).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, eventually, gql, subscribe, waitFor, wsClient } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

describe('osquery agent API and live queries', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let nodeKey: string
  let hostId: string
  let hostDbId: number
  const scrape = async () => {
    const r = await fetch(`${base}/metrics`, { headers: { authorization: `Basic ${Buffer.from('prom:s3cret').toString('base64')}` } })
    assert.equal(r.status, 200)
    return r.text()
  }
  const agent = (path: string, body: unknown, status = 200) => doJSON(base, 'POST', `/api/v1/osquery/${path}`, body, status)

  before(async () => {
    stack = await startIsolatedStack({ METRICS_BASIC_AUTH: 'prom:s3cret' })
    base = stack.url
    admin = (await setupInstance(base)).token
    nodeKey = await enrollHost(base, 'agent.local')
    ;({ id: hostId, databaseId: hostDbId } = (await gql(base, '{ hostList { id databaseId } }', undefined, admin)).data!.hostList[0])
  })
  after(async () => { await stack.stop() })

  it('rejects unknown or missing node keys with 401 node_invalid, and malformed payloads with 400', async () => {
    for (const path of ['config', 'distributed/read', 'distributed/write', 'log']) {
      const r = await agent(path, { node_key: 'nope' }, 401)
      assert.equal(r.body.node_invalid, true)
      assert.match(r.body.error, /invalid node key/)
    }
    assert.match((await agent('config', {}, 401)).body.error, /missing node key/)
    assert.ok((await agent('distributed/write', '{not json', 400)).body.error)
    assert.ok((await agent('distributed/write', { node_key: nodeKey, queries: { x: 'rows' } }, 400)).body.error)
    assert.ok((await agent('log', { node_key: nodeKey, log_type: 'weird', data: [] }, 400)).body.error)
    // the host's data is untouched by the bad writes
    const h = await gql(base, 'query($id: ID!) { host(id: $id) { hostname } }', { id: hostId }, admin)
    assert.equal(h.data!.host.hostname, 'agent.local')
  })

  it('serves config with agent options and the first read asks for details; answers fill the host', async () => {
    const cfg = await agent('config', { node_key: nodeKey })
    assert.equal(cfg.body.options.distributed_interval, 10)
    assert.deepEqual(cfg.body.packs, {})
    const read = await agent('distributed/read', { node_key: nodeKey })
    assert.ok(read.body.queries.fleet_detail_query_os_version)
    assert.ok(read.body.queries.fleet_detail_query_osquery_flags)
    await agent('distributed/write', {
      node_key: nodeKey,
      queries: {
        fleet_detail_query_os_version: [{ name: 'Ubuntu', version: '24.04', platform: 'ubuntu', platform_like: 'debian', build: '', codename: 'noble' }],
        fleet_detail_query_osquery_flags: [{ name: 'distributed_interval', value: '10' }, { name: 'config_tls_refresh', value: '60' }, { name: 'logger_tls_period', value: '10' }],
        fleet_detail_query_system_info: [{ hostname: 'agent.local', uuid: 'u-1', cpu_brand: 'Test CPU', physical_memory: '17179869184' }],
        fleet_label_query_1: [{ '1': '1' }],
      },
      statuses: { fleet_detail_query_os_version: 0, fleet_detail_query_osquery_flags: 0, fleet_detail_query_system_info: 0, fleet_label_query_1: 0 },
      messages: {},
    })
    const h = await gql(base, 'query($id: ID!) { host(id: $id) { osVersion platform } }', { id: hostId }, admin)
    assert.deepEqual(h.data!.host, { osVersion: 'Ubuntu 24.04', platform: 'ubuntu' })
    // last-seen times are written in batches (at most a second later)
    await waitFor(async () => (await gql(base, 'query($id: ID!) { host(id: $id) { status } }', { id: hostId }, admin)).data?.host.status === 'ONLINE')
    const seen = await gql(base, 'query($id: ID!) { host(id: $id) { seenTime } }', { id: hostId }, admin)
    assert.ok(Math.abs(Date.now() - Date.parse(seen.data!.host.seenTime)) < 60_000, seen.data!.host.seenTime)
    const again = await agent('distributed/read', { node_key: nodeKey })
    assert.equal(again.body.queries.fleet_detail_query_os_version, undefined, 'details are not asked again right away')
  })

  it('exposes agent request durations as Prometheus histograms at /metrics, behind basic auth', async () => {
    const r401 = await fetch(`${base}/metrics`)
    assert.equal(r401.status, 401)
    assert.equal((await fetch(`${base}/metrics`, { headers: { authorization: `Basic ${Buffer.from('prom:wrong').toString('base64')}` } })).status, 401)
    const before = await scrape()
    await agent('distributed/read', { node_key: nodeKey })
    await agent('distributed/read', { node_key: 'nope' }, 401)
    const after = await scrape()
    const count = (text: string, status: string) => Number(new RegExp(`fleetgraph_agent_request_duration_seconds_count\\{route="distributed/read",status="${status}"\\} (\\d+)`).exec(text)?.[1] ?? 0)
    assert.equal(count(after, '200') - count(before, '200'), 1)
    assert.equal(count(after, '401') - count(before, '401'), 1)
    assert.match(after, /fleetgraph_agent_request_duration_seconds_bucket\{le="\+Inf",route="distributed\/read",status="200"\} \d+/)
  })

  it('with PostgreSQL, /metrics also shows how long statements waited for a pooled connection', async (t) => {
    // The embedded database has no pool; this case is exercised by the PostgreSQL test pass (DATABASE_URL).
    if (!process.env.DATABASE_URL) { t.diagnostic('embedded database: no connection pool to time'); return }
    const checkouts = (text: string) => Number(/^fleetgraph_db_pool_wait_seconds_count (\d+)$/m.exec(text)?.[1] ?? 0)
    const before = checkouts(await scrape())
    await gql(base, '{ hostList { id } }', undefined, admin)
    assert.ok(checkouts(await scrape()) > before)
  })

  it('a re-enrolled host gets a new node key and its old one stops working at once', async () => {
    const extra = await enrollHost(base, 'reenroll.local')
    await agent('distributed/read', { node_key: extra }) // cached by the agent API now
    const fresh = await enrollHost(base, 'reenroll.local')
    assert.notEqual(fresh, extra)
    assert.equal((await agent('distributed/read', { node_key: extra }, 401)).body.node_invalid, true)
    await agent('distributed/read', { node_key: fresh })
  })

  it('appends result and status logs to their files as JSON lines, in order, before answering', async () => {
    const result = (i: number) => ({ name: 'pack/Global/uptime', hostIdentifier: 'agent.local', calendarTime: 'Mon Nov 23 10:00:00 2026 UTC', unixTime: 1795428000 + i, action: 'added', columns: { total_seconds: String(i) } })
    assert.deepEqual((await agent('log', { node_key: nodeKey, log_type: 'result', data: [result(1), result(2)] })).body, {})
    assert.deepEqual((await agent('log', { node_key: nodeKey, log_type: 'result', data: [result(3)] })).body, {})
    assert.deepEqual((await agent('log', { node_key: nodeKey, log_type: 'status', data: [{ severity: '0', message: 'hi' }] })).body, {})
    await agent('log', { node_key: nodeKey, log_type: 'result', data: 'not a list' }, 400)
    const lines = (file: string) => readFileSync(path.join(stack.env.DATA_DIR!, file), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))
    assert.deepEqual(lines('osquery_result.log'), [result(1), result(2), result(3)])
    assert.deepEqual(lines('osquery_status.log'), [{ severity: '0', message: 'hi' }])
  })

  it('asks hosts for their policies and records pass/fail per host', async () => {
    await doJSON(base, 'POST', '/api/v1/fleet/spec/policies', { specs: [
      { name: 'passes', query: 'SELECT 1' }, { name: 'fails', query: 'SELECT 1 WHERE 0' }, { name: 'windows only', query: 'SELECT 1', platform: 'windows' },
    ] }, 200, admin)
    const policies = (await gql(base, '{ policyList { id: databaseId name } }', undefined, admin)).data!.policyList
    const id = (n: string) => policies.find((p: any) => p.name === n).id
    // The agent API hears of the new policies through the database (ADR 0007): within a round trip.
    const read = await eventually(async () => {
      const r = await agent('distributed/read', { node_key: nodeKey })
      assert.equal(r.body.queries[`fleet_policy_query_${id('passes')}`], 'SELECT 1')
      return r
    })
    assert.equal(read.body.queries[`fleet_policy_query_${id('windows only')}`], undefined, 'platform filter: the host is ubuntu')
    await agent('distributed/write', { node_key: nodeKey, queries: { [`fleet_policy_query_${id('passes')}`]: [{ '1': '1' }], [`fleet_policy_query_${id('fails')}`]: [] },
      statuses: { [`fleet_policy_query_${id('passes')}`]: 0, [`fleet_policy_query_${id('fails')}`]: 0 }, messages: {} })
    const countsReply = await gql(base, '{ policyList { name passingHostCount failingHostCount } }', undefined, admin)
    assert.equal(countsReply.errors, undefined, JSON.stringify(countsReply.errors))
    const counts = countsReply.data!.policyList
    assert.deepEqual(counts, [
      { name: 'passes', passingHostCount: 1, failingHostCount: 0 },
      { name: 'fails', passingHostCount: 0, failingHostCount: 1 },
      { name: 'windows only', passingHostCount: 0, failingHostCount: 0 },
    ])
    const again = await agent('distributed/read', { node_key: nodeKey })
    assert.equal(again.body.queries[`fleet_policy_query_${id('passes')}`], undefined, 'policies are re-checked hourly, not on every read')
  })

  it('runs a live query over REST; the host gets it on its next read; results stream on the subscription', async () => {
    const run = await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT instance_id FROM system_info', selected: { hosts: [hostDbId] } }, 200, admin)
    const c = run.body.campaign
    assert.deepEqual(Object.keys(c).sort(), ['Metrics', 'created_at', 'id', 'query_id', 'status', 'updated_at', 'user_id'])
    assert.deepEqual(c.Metrics, { TotalHosts: 1, OnlineHosts: 1, OfflineHosts: 0, MissingInActionHosts: 0, NewHosts: 1 })
    assert.equal(c.status, 0)

    const client = wsClient(base, admin)
    const q = `subscription($id: ID!) { campaignEvents(campaignId: $id) {
      __typename ... on CampaignTotals { count online } ... on CampaignProgress { expectedResults actualResults status }
      ... on CampaignResult { host { id hostname } rows error } } }`
    const sub = subscribe(client, q, { id: String(c.id) })
    const [totals] = await sub.next(1)
    assert.deepEqual(totals.data.campaignEvents, { __typename: 'CampaignTotals', count: 1, online: 1 })

    const read = await agent('distributed/read', { node_key: nodeKey })
    const name = `fleet_distributed_query_${c.id}`
    assert.equal(read.body.queries[name], 'SELECT instance_id FROM system_info')
    await agent('distributed/write', { node_key: nodeKey, queries: { [name]: [{ instance_id: 'abc' }] }, statuses: { [name]: 0 }, messages: {} })

    const events = await sub.next(3)
    assert.deepEqual(events[1].data.campaignEvents, { __typename: 'CampaignResult', host: { id: hostId, hostname: 'agent.local' }, rows: [{ instance_id: 'abc' }], error: null })
    assert.deepEqual(events[2].data.campaignEvents, { __typename: 'CampaignProgress', expectedResults: 1, actualResults: 1, status: 'finished' })
    const after = await agent('distributed/read', { node_key: nodeKey })
    assert.equal(after.body.queries[name], undefined, 'an answered live query is not asked again')
    const status = await gql(base, 'query($id: ID!) { campaign(id: $id) { status } }', { id: String(c.id) }, admin)
    assert.equal(status.data!.campaign.status, 'COMPLETED', 'completed once every targeted host answered')
    sub.unsubscribe()

    // a subscriber that connects late gets every result so far
    const late = subscribe(client, q, { id: String(c.id) })
    const replay = await late.next(3)
    assert.equal(replay[1].data.campaignEvents.__typename, 'CampaignResult')
    assert.deepEqual(replay[1].data.campaignEvents.rows, [{ instance_id: 'abc' }])
    late.unsubscribe()
    await client.dispose()
  })

  it('bad SQL comes back as a per-host error, not a failed campaign', async () => {
    const run = await gql(base, 'mutation($t: TargetsInput!) { runLiveQuery(sql: "SELEC nope", targets: $t) { id databaseId } }', { t: { hostIds: [hostId] } }, admin)
    const id = run.data!.runLiveQuery.id
    const name = `fleet_distributed_query_${run.data!.runLiveQuery.databaseId}`
    await waitFor(async () => (await agent('distributed/read', { node_key: nodeKey })).body.queries[name])
    await agent('distributed/write', { node_key: nodeKey, queries: { [name]: '' }, statuses: { [name]: 1 }, messages: { [name]: 'near "SELEC": syntax error' } })
    const client = wsClient(base, admin)
    const sub = subscribe(client, 'subscription($id: ID!) { campaignEvents(campaignId: $id) { ... on CampaignResult { rows error } } }', { id })
    const events = await sub.next(2)
    assert.deepEqual(events[1].data.campaignEvents, { rows: [], error: 'near "SELEC": syntax error' })
    sub.unsubscribe()
    await client.dispose()
  })

  it('refuses runs without SQL (422), without hosts (400), from observers (403); other users cannot watch', async () => {
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { selected: { hosts: [hostDbId] } }, 422, admin)).body, 'Validation Failed')
    const none = await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 1', selected: { hosts: [] } }, 400, admin)
    assert.equal(none.body.errors[0].reason, 'no hosts targeted')
    const obs = await createUser(base, admin, 'observer')
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 1', selected: { hosts: [hostDbId] } }, 403, obs.token)).body)
    const c = (await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 1', selected: { labels: [1] } }, 200, admin)).body.campaign
    const maint = await createUser(base, admin, 'maintainer')
    // maintainers are global users and may watch; an unknown campaign is NOT_FOUND
    const client = wsClient(base, maint.token)
    const bad = subscribe(client, 'subscription { campaignEvents(campaignId: "999999") { __typename } }')
    await bad.next(1).catch(() => {})
    const code = (bad.error as any)?.[0]?.extensions?.code ?? bad.events[0]?.errors?.[0]?.extensions?.code
    assert.equal(code, 'NOT_FOUND')
    await client.dispose()
    assert.ok(c.id)
  })
})
