// A Kibana-oriented partner's script, end to end, with nothing but an API key: create an agent policy,
// add the osquery integration, read the policy's enrollment key, enroll simulated osquery hosts with it
// (the host simulator, which runs the SQL it is asked), see them as the policy's agents, move some with
// bulk_reassign, read the action's status, run a Kibana live query on the policy, page its results over
// /api/osquery and see the same answers on the graph's subscription (issue 14).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { ROOT, startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql, subscribe, waitFor, wsClient, checkAnswersAgainstOpenApi, KIBANA_API_PATHS } from '../../support/client.js'
import { setupInstance } from '../../support/fleet.js'

const HOSTS = 4

describe('a Kibana partner script, end to end', () => {
  let stack: TestStack
  let base: string, admin: string
  let apiKey: string
  let sim: ChildProcess | undefined
  let simErr = ''
  /** A Kibana call as a partner script makes it: ApiKey, kbn-xsrf, the API version. */
  const kibana = (method: string, route: string, body: unknown, status: number) => doJSON(base, method, route, body, status, undefined, {
    authorization: `ApiKey ${apiKey}`, 'kbn-xsrf': 'partner-script', 'elastic-api-version': '2023-10-31',
  })

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    await checkAnswersAgainstOpenApi(base, KIBANA_API_PATHS)
    admin = (await setupInstance(base)).token
    // The partner's credential: an API-only admin, its token as Kibana's ApiKey (base64 of "<id>:<key>").
    const created = (await doJSON(base, 'POST', '/api/latest/fleet/users/api_only', { name: 'Partner integration', global_role: 'admin' }, 200, admin)).body
    apiKey = Buffer.from(`${created.user.id}:${created.token}`).toString('base64')
  })
  after(async () => {
    if (sim && sim.exitCode === null && sim.signalCode === null) sim.kill('SIGKILL')
    await stack.stop()
  })

  it('creates a policy with the osquery integration, enrolls hosts with its key, reassigns some, and runs a live query on the policy', async () => {
    // 1. The agent policies and the osquery integration, at the version the package reports.
    const production = (await kibana('POST', '/api/fleet/agent_policies', { name: 'Partner production', namespace: 'default', description: 'made by a partner script' }, 200)).body.item
    const staging = (await kibana('POST', '/api/fleet/agent_policies?sys_monitoring=true', { name: 'Partner staging', namespace: 'staging' }, 200)).body.item
    assert.equal(production.revision, 1)
    const pkg = (await kibana('GET', '/api/fleet/epm/packages/osquery_manager', undefined, 200)).body.item
    await kibana('POST', `/api/fleet/epm/packages/osquery_manager/${pkg.version}`, { force: false }, 200)
    const integration = (await kibana('POST', '/api/fleet/package_policies', {
      name: 'osquery-partner', policy_id: production.id, package: { name: 'osquery_manager', version: pkg.version },
    }, 200)).body.item
    assert.deepEqual(integration.policy_ids, [production.id])
    assert.ok((await kibana('GET', `/api/fleet/agent_policies/${production.id}`, undefined, 200)).body.item.revision > production.revision, 'the integration raised the revision')

    // 2. The policy's enrollment key (a new policy gets a default one).
    const keys = (await kibana('GET', `/api/fleet/enrollment_api_keys?kuery=${encodeURIComponent(`policy_id:"${production.id}"`)}`, undefined, 200)).body
    assert.equal(keys.total, 1)
    const key = keys.items[0]
    assert.equal(key.active, true)
    assert.match(key.name, /^Default \(/)

    // 3. Simulated osquery hosts enroll with it and list as the policy's agents.
    sim = spawn(process.execPath, [
      path.join(ROOT, 'simulator/dist/cli.js'), '--hosts', String(HOSTS), '--server', base, '--enroll-secret', key.api_key,
      '--platforms', 'ubuntu,darwin', '--start-period', '1', '--distributed-interval', '1', '--config-interval', '2', '--status-interval', '0',
      '--seed', String(Math.floor(Math.random() * 1e6)),
    ], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    sim.stderr!.on('data', (d) => { simErr += d })
    const byPolicy = (policyId: string) => `/api/fleet/agents?perPage=100&kuery=${encodeURIComponent(`fleet-agents.policy_id:"${policyId}"`)}`
    const enrolled = await waitFor(async () => {
      const r = (await kibana('GET', byPolicy(production.id), undefined, 200)).body
      return r.total === HOSTS && r.items.every((a: any) => a.status === 'online' && a.policy_revision != null) ? r.items : undefined
    }, 60_000, 250).catch((e) => { throw new Error(`${e.message}\nsimulator:\n${simErr}`) })
    for (const a of enrolled) {
      assert.equal(a.policy_id, production.id)
      assert.deepEqual(a.packages, ['osquery_manager'])
      assert.ok(a.local_metadata.host.hostname)
    }

    // 4. Two of them move to staging; the action is complete at once, with its counts.
    const moved = enrolled.slice(0, 2).map((a: any) => a.id).sort()
    const { actionId } = (await kibana('POST', '/api/fleet/agents/bulk_reassign', { policy_id: staging.id, agents: moved }, 200)).body
    const action = (await kibana('GET', '/api/fleet/agents/action_status', undefined, 200)).body.items.find((i: any) => i.actionId === actionId)
    assert.equal(action.status, 'COMPLETE')
    assert.equal(action.type, 'POLICY_REASSIGN')
    assert.equal(action.nbAgentsActioned, 2)
    assert.deepEqual((await kibana('GET', byPolicy(staging.id), undefined, 200)).body.items.map((a: any) => a.id).sort(), moved)
    const stayed = (await kibana('GET', byPolicy(production.id), undefined, 200)).body.items
    assert.equal(stayed.length, HOSTS - 2)

    // 5. A live query on the production policy: its agents only.
    const live = (await kibana('POST', '/api/osquery/live_queries', { agent_policy_ids: [production.id], query: 'SELECT hostname FROM system_info' }, 200)).body.data
    assert.deepEqual([...live.agents].sort(), stayed.map((a: any) => a.id).sort())
    const query = live.queries[0]
    // The same campaign on the graph: its subscription replays what arrived before it and streams the rest.
    const campaign = (await gql(base, 'query($a: String!) { liveQueryByActionId(actionId: $a) { queries { actionId campaign { id } } } }', { a: live.action_id }, admin))
      .data!.liveQueryByActionId.queries.find((q: any) => q.actionId === query.action_id).campaign.id
    const client = wsClient(base, admin)
    const sub = subscribe(client, 'subscription($id: ID!) { campaignEvents(campaignId: $id) { __typename ... on CampaignResult { rows host { hostname } } } }', { id: campaign })
    try {
      const done = await waitFor(async () => {
        const d = (await kibana('GET', `/api/osquery/live_queries/${live.action_id}`, undefined, 200)).body.data
        return d.status === 'completed' ? d : undefined
      }, 60_000, 250).catch((e) => { throw new Error(`${e.message}\nsimulator:\n${simErr}`) })
      assert.equal(done.queries[0].responded, HOSTS - 2)
      assert.equal(done.queries[0].successful, HOSTS - 2)

      // 6. Results paged over /api/osquery: one row per host, each its own hostname.
      const rows: any[] = []
      for (let page = 0; ; page++) {
        const r = (await kibana('GET', `/api/osquery/live_queries/${live.action_id}/results/${query.action_id}?page=${page}&pageSize=1`, undefined, 200)).body.data
        assert.equal(r.total, HOSTS - 2)
        if (!r.edges.length) break
        rows.push(...r.edges.map((e: any) => e._source.osquery))
      }
      const hostnames = stayed.map((a: any) => a.local_metadata.host.hostname).sort()
      assert.deepEqual(rows.map((r) => r.hostname).sort(), hostnames)

      // 7. The same answers on the graph's subscription.
      const streamed = await waitFor(async () => {
        const results = sub.events.map((e: any) => e.data?.campaignEvents).filter((e: any) => e?.__typename === 'CampaignResult')
        return results.length === HOSTS - 2 ? results : undefined
      }, 30_000, 100)
      assert.deepEqual(streamed.map((e: any) => e.rows[0].hostname).sort(), hostnames)
      assert.deepEqual(streamed.map((e: any) => e.host.hostname).sort(), hostnames)
    } finally {
      sub.unsubscribe()
      await client.dispose()
    }
  })
})
