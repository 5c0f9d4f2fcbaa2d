// The automations cron schedule: hosts that start failing a policy are POSTed
// to the failing-policies webhook once per failing streak; a failed delivery
// is retried on the next run.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql, waitFor } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

describe('automations: failing policies webhook', () => {
  let stack: TestStack
  let base: string, admin: string
  let receiver: Server, receiverUrl: string
  const received: any[] = []
  let answer = 200
  const keys: Record<string, string> = {}
  let policyId: string

  before(async () => {
    receiver = createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => { received.push({ status: answer, body: JSON.parse(body) }); res.writeHead(answer).end() })
    })
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()))
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
    for (const h of ['fails.local', 'passes.local']) keys[h] = await enrollHost(base, h)
    await doJSON(base, 'POST', '/api/v1/fleet/spec/policies', { specs: [{ name: 'disk encrypted', query: 'SELECT 1 FROM disk_encryption WHERE encrypted = 1' }] }, 200, admin)
    policyId = (await gql(base, '{ policyList { id: databaseId name } }', undefined, admin)).data!.policyList[0].id
  })
  after(async () => { await stack.stop(); receiver.close() })

  const report = (host: string, passes: boolean) => {
    const q = `fleet_policy_query_${policyId}`
    return doJSON(base, 'POST', '/api/v1/osquery/distributed/write', { node_key: keys[host], queries: { [q]: passes ? [{ '1': '1' }] : [] }, statuses: { [q]: 0 } }, 200)
  }
  const lastRun = async () => (await gql(base, '{ cronSchedules { name lastRun { id status errors } } }', undefined, admin)).data!.cronSchedules.find((s: any) => s.name === 'automations').lastRun
  /** Queues exactly one automations run (waiting while another is queued or running) and waits for it to end. */
  const runAutomations = async () => {
    const id = await waitFor(async () => {
      const r = await gql(base, 'mutation { triggerCronSchedule(name: "automations") { id } }', undefined, admin)
      if (r.errors?.[0]?.extensions?.code === 'CONFLICT') return null
      assert.equal(r.errors, undefined, JSON.stringify(r.errors))
      return r.data!.triggerCronSchedule.id as string
    })
    return waitFor(async () => {
      const run = await lastRun()
      return run?.id === id && ['completed', 'failed'].includes(run.status) ? run : null
    }, 20_000, 100)
  }

  it('settings: admins set the webhook URL (validated); others may only read', async () => {
    const set = `mutation($i: AppConfigInput!) { updateAppConfig(input: $i) { serverUrl failingPoliciesWebhookUrl } }`
    const bad = await gql(base, set, { i: { failingPoliciesWebhookUrl: 'ftp://nope' } }, admin)
    assert.equal(bad.errors?.[0]?.extensions?.code, 'VALIDATION_FAILED')
    const obs = await createUser(base, admin, 'observer')
    assert.equal((await gql(base, set, { i: { failingPoliciesWebhookUrl: receiverUrl } }, obs.token)).errors?.[0]?.extensions?.code, 'FORBIDDEN')
    const ok = await gql(base, set, { i: { failingPoliciesWebhookUrl: receiverUrl, serverUrl: 'https://fleet.example.com' } }, admin)
    assert.deepEqual(ok.data!.updateAppConfig, { serverUrl: 'https://fleet.example.com', failingPoliciesWebhookUrl: receiverUrl })
    assert.equal((await gql(base, '{ appConfig { failingPoliciesWebhookUrl } }', undefined, obs.token)).data!.appConfig.failingPoliciesWebhookUrl, receiverUrl)
  })

  it('posts newly failing hosts per policy once; a failed delivery is retried on the next run', async () => {
    await report('fails.local', false)
    await report('passes.local', true)
    answer = 500
    const failed = await runAutomations()
    assert.equal(failed.status, 'failed')
    assert.match(failed.errors.failing_policies_webhook, /answered 500/)
    assert.equal(received.length, 1)

    answer = 200
    assert.equal((await runAutomations()).status, 'completed')
    assert.equal(received.length, 2)
    const { body } = received[1]
    assert.equal(body.policy.id, Number(policyId))
    assert.equal(body.policy.name, 'disk encrypted')
    assert.equal(body.policy.failing_host_count, 1)
    assert.equal(body.policy.passing_host_count, 1)
    assert.deepEqual(body.hosts.map((h: any) => ({ hostname: h.hostname, url: h.url.replace(/\d+$/, 'ID') })), [{ hostname: 'fails.local', url: 'https://fleet.example.com/hosts/ID' }])
    assert.ok(!Number.isNaN(Date.parse(body.timestamp)))

    // still failing: not reported again
    await report('fails.local', false)
    assert.equal((await runAutomations()).status, 'completed')
    assert.equal(received.length, 2)

    // passes, then fails again: a new streak, reported again
    await report('fails.local', true)
    await report('fails.local', false)
    assert.equal((await runAutomations()).status, 'completed')
    assert.equal(received.length, 3)
    assert.deepEqual(received[2].body.hosts.map((h: any) => h.hostname), ['fails.local'])
  })
})
