// The whole live-query story as a person would run it: the stack over TLS, the
// host simulator's agents (real SQL against per-host SQLite data), a live
// query started over REST, and every host's answer arriving on all three
// transports at once: GraphQL subscription, raw WebSocket and SockJS.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:https'
import { tmpdir } from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { createClient } from 'graphql-ws'
import { ROOT, startIsolatedStack, type TestStack } from '../../support/stack.js'
import { ENROLL_SECRET, PASSWORD } from '../../support/fleet.js'
import { waitFor } from '../../support/client.js'

const HOSTS = 8

describe('a simulated fleet over TLS, one live query, three transports', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fleetgraph-tls-'))
  let ca: Buffer
  let stack: TestStack
  let sim: ChildProcess
  let token: string

  /** JSON over HTTPS trusting only the test certificate. */
  const call = (method: string, p: string, body?: unknown, auth?: string) => new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = request(stack.url + p, { method, ca, headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) } }, (res) => {
      let text = ''
      res.on('data', (d) => (text += d))
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined }))
    })
    req.on('error', reject)
    req.end(body === undefined ? undefined : JSON.stringify(body))
  })

  before(async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
      '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' })
    ca = readFileSync(path.join(dir, 'cert.pem'))
    stack = await startIsolatedStack({ TLS_CERT: path.join(dir, 'cert.pem'), TLS_KEY: path.join(dir, 'key.pem') })
    assert.match(stack.url, /^https:/)
    const setup = await call('POST', '/api/v1/setup', {
      admin: { admin: true, email: 'admin@example.com', name: 'Admin', password: PASSWORD, password_confirmation: PASSWORD },
      org_info: { org_name: 'Acme' }, server_url: stack.url, osquery_enroll_secret: ENROLL_SECRET,
    })
    assert.equal(setup.status, 200)
    token = setup.body.token
    sim = spawn(process.execPath, [path.join(ROOT, 'simulator/dist/cli.js'), '--hosts', String(HOSTS), '--server', stack.url,
      '--enroll-secret', ENROLL_SECRET, '--insecure', '--start-period', '1', '--platforms', 'ubuntu,darwin,windows,centos'], { cwd: ROOT, stdio: 'ignore' })
  })

  after(async () => {
    sim?.kill('SIGTERM')
    await stack?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('every simulated host answers, and each transport sees every answer', async () => {
    const hosts = await waitFor(async () => {
      const r = await call('POST', '/graphql', { query: '{ hostList { id: databaseId hostname platform } }' }, token)
      const list = r.body?.data?.hostList ?? []
      return list.length === HOSTS && list.every((h: any) => h.platform) ? list : null
    }, 60_000, 250)
    const labels = (await call('POST', '/graphql', { query: '{ labelList { id: databaseId name } }' }, token)).body.data.labelList
    const allHosts = labels.find((l: any) => l.name === 'All Hosts').id
    const run = await call('POST', '/api/v1/fleet/queries/run', { query: 'SELECT hostname FROM system_info', selected: { labels: [Number(allHosts)] } }, token)
    assert.equal(run.status, 200, JSON.stringify(run.body))
    const campaignId = run.body.campaign.id
    assert.equal(run.body.campaign.Metrics.TotalHosts, HOSTS)

    const wsUrl = stack.url.replace(/^https/, 'wss')
    const results = { graphql: new Map<string, string>(), raw: new Map<string, string>(), sockjs: new Map<string, string>() }

    class TrustingSocket extends WebSocket { constructor(url: string, protocols?: string | string[]) { super(url, protocols, { ca }) } }
    const client = createClient({ url: `${wsUrl}/graphql`, webSocketImpl: TrustingSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 })
    const unsubscribe = client.subscribe({
      query: 'subscription($id: ID!) { campaignEvents(campaignId: $id) { ... on CampaignResult { host { id: databaseId } rows } } }',
      variables: { id: String(campaignId) },
    }, { next: (ev: any) => { const r = ev.data?.campaignEvents; if (r?.host) results.graphql.set(String(r.host.id), r.rows[0]?.hostname) }, error: () => {}, complete: () => {} })

    const raw = new WebSocket(`${wsUrl}/api/latest/fleet/results/websocket`, { ca })
    raw.on('open', () => { raw.send(JSON.stringify({ type: 'auth', data: { token } })); raw.send(JSON.stringify({ type: 'select_campaign', data: { campaign_id: campaignId } })) })
    raw.on('message', (d) => { const m = JSON.parse(d.toString()); if (m.type === 'result') results.raw.set(String(m.data.host.id), m.data.rows[0]?.hostname) })

    const sock = new WebSocket(`${wsUrl}/api/v1/fleet/results/000/session1/websocket`, { ca })
    sock.on('message', (d) => {
      const text = d.toString()
      if (text === 'o') {
        sock.send(JSON.stringify([JSON.stringify({ type: 'auth', data: { token } })]))
        sock.send(JSON.stringify([JSON.stringify({ type: 'select_campaign', data: { campaign_id: campaignId } })]))
      } else if (text.startsWith('a')) {
        for (const s of JSON.parse(text.slice(1))) { const m = JSON.parse(s); if (m.type === 'result') results.sockjs.set(String(m.data.host.id), m.data.rows[0]?.hostname) }
      }
    })

    // agents poll every 10 s (the default agent options): allow a few rounds
    await waitFor(async () => Object.values(results).every((m) => m.size === HOSTS), 60_000, 200)
    for (const h of hosts) {
      assert.equal(results.graphql.get(String(h.id)), h.hostname, `graphql result of ${h.hostname}`)
      assert.equal(results.raw.get(String(h.id)), h.hostname)
      assert.equal(results.sockjs.get(String(h.id)), h.hostname)
    }
    unsubscribe()
    raw.close()
    sock.close()
    await client.dispose()
  })
})
