// The cron trigger route and the campaign cleanup rule it runs: a campaign is
// completed CAMPAIGN_EXPIRY_SECONDS after it started (its hosts stop being
// asked), and its results are deleted CAMPAIGN_RESULT_RETENTION_SECONDS after
// it completed. Short settings here; the defaults are a day and a week.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql, subscribe, waitFor, wsClient } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

const SCHEDULE = 'cleanups_then_aggregation'

describe('cron trigger and campaign cleanup', () => {
  let stack: TestStack
  let base: string, admin: string
  const keys: Record<string, string> = {}
  const hostIds: Record<string, string> = {}

  before(async () => {
    stack = await startIsolatedStack({ CAMPAIGN_EXPIRY_SECONDS: '2', CAMPAIGN_RESULT_RETENTION_SECONDS: '1' })
    base = stack.url
    admin = (await setupInstance(base)).token
    for (const h of ['early.local', 'late.local']) keys[h] = await enrollHost(base, h)
    for (const h of (await gql(base, '{ hostList { id: databaseId hostname } }', undefined, admin)).data!.hostList) hostIds[h.hostname] = h.id
  })
  after(async () => { await stack.stop() })

  const lastRun = async () => (await gql(base, '{ cronSchedules { name intervalSeconds lastRun { status runType createdAt } } }', undefined, admin)).data!.cronSchedules
    .find((s: any) => s.name === SCHEDULE).lastRun
  /** Triggers the schedule (a 409 means a run is already queued or running) and waits for a run that started after `since`. */
  const runCleanupAfter = (since: number) => waitFor(async () => {
    const run = await lastRun()
    if (run?.status === 'completed' && Date.parse(run.createdAt) > since) return run
    const r = await fetch(`${base}/api/latest/fleet/trigger?name=${SCHEDULE}`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } })
    assert.ok(r.status === 200 || r.status === 409, `trigger answered ${r.status}`)
    return null
  }, 20_000, 200)
  const read = (host: string) => doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: keys[host] }, 200).then((r) => r.body.queries)
  const write = (host: string, campaignId: number, rows: unknown[]) => {
    const name = `fleet_distributed_query_${campaignId}`
    return doJSON(base, 'POST', '/api/v1/osquery/distributed/write', { node_key: keys[host], queries: { [name]: rows }, statuses: { [name]: 0 } }, 200)
  }

  it('POST /trigger: 200 {} for admins, 404 naming the valid schedules, 403 for others; the run is recorded', async () => {
    const since = Date.now() - 1
    // the scheduled run at start may still be going on (409); once it is done a trigger is taken
    const taken = await waitFor(async () => {
      const r = await fetch(`${base}/api/latest/fleet/trigger?name=${SCHEDULE}`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } })
      if (r.status === 409) { assertFleetError(await r.json(), 'Conflict'); return null }
      return r
    })
    assert.equal(taken.status, 200)
    assert.deepEqual(await taken.json(), {})
    const run = await runCleanupAfter(since)
    assert.equal(run.runType, 'triggered')
    // concurrent triggers: one is queued, the others meet it (serialised per schedule in the database)
    const burst = await Promise.all(Array.from({ length: 5 }, () =>
      fetch(`${base}/api/latest/fleet/trigger?name=${SCHEDULE}`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } })
        .then(async (r) => ({ status: r.status, body: await r.json() }))))
    const conflicts = burst.filter((r) => r.status === 409)
    assert.ok(conflicts.length >= 1 && conflicts.length < 5, JSON.stringify(burst))
    assert.match(conflicts[0].body.errors[0].reason, new RegExp(`^conflicts with current status of ${SCHEDULE} schedule: (triggered|scheduled) run started \\d+s ago$`))
    for (const q of ['?name=nope', '']) {
      const r = await doJSON(base, 'POST', `/api/latest/fleet/trigger${q}`, undefined, 404, admin)
      assertFleetError(r.body, 'Resource Not Found')
      assert.equal(r.body.errors[0].reason, "invalid name; supported trigger names are automations and cleanups_then_aggregation")
    }
    const obs = await createUser(base, admin, 'maintainer')
    await doJSON(base, 'POST', `/api/latest/fleet/trigger?name=${SCHEDULE}`, undefined, 403, obs.token)
    await doJSON(base, 'POST', `/api/latest/fleet/trigger?name=${SCHEDULE}`, undefined, 401)
  })

  it('completes a campaign after its expiry, stops asking its hosts, then deletes its results after the retention', async () => {
    const c = (await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 1 AS one', selected: { hosts: [Number(hostIds['early.local']), Number(hostIds['late.local'])] } }, 200, admin)).body.campaign
    const name = `fleet_distributed_query_${c.id}`
    assert.ok((await read('early.local'))[name])
    await write('early.local', c.id, [{ one: 'early' }])
    const status = async () => (await gql(base, 'query($id: ID!) { campaign(id: $id) { status } }', { id: String(c.id) }, admin)).data!.campaign.status
    assert.equal(await status(), 'RUNNING', 'running: one of two hosts answered')

    // expiry (2 s after the start): the next cleanup completes it
    const completedBy = await waitFor(async () => { await runCleanupAfter(Date.now()); return (await status()) === 'COMPLETED' ? Date.now() : 0 }, 20_000, 200)
    assert.equal((await read('late.local'))[name], undefined, 'a completed campaign is no longer asked')

    // retention (1 s after completion): a cleanup run after that deletes the stored results
    await runCleanupAfter(completedBy + 1500)
    const client = wsClient(base, admin)
    const sub = subscribe(client, `subscription($id: ID!) { campaignEvents(campaignId: $id) {
      __typename ... on CampaignProgress { actualResults } ... on CampaignResult { host { hostname } rows } } }`, { id: String(c.id) })
    await sub.next(1)
    assert.equal(sub.events[0].data.campaignEvents.__typename, 'CampaignTotals')
    // a late answer is still accepted and streamed; it is the only result left
    await write('late.local', c.id, [{ one: 'late' }])
    const events = (await sub.next(3)).map((e) => e.data.campaignEvents)
    assert.deepEqual(events.slice(1), [
      { __typename: 'CampaignResult', host: { hostname: 'late.local' }, rows: [{ one: 'late' }] },
      { __typename: 'CampaignProgress', actualResults: 1 },
    ])
    sub.unsubscribe()
    await client.dispose()
  })
})
