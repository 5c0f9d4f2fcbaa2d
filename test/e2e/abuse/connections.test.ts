// Connection hygiene (issue 11, item 7): result sessions that never authenticate
// are closed after a grace period, slow headers and slow bodies are cut off, one
// client address may hold only so many connections, and SIGTERM ends the
// process within its bound whatever is still open. The limits are set short
// here through the environment; each wait is on the server's own close, with a
// deadline.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import net from 'node:net'
import WebSocket from 'ws'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, inbox, waitFor, wsClient } from '../../support/client.js'
import { enrollHost, setupInstance } from '../../support/fleet.js'

/** Resolves with what `emitter` passes to `event`, or rejects once `ms` have passed. */
function within<T = unknown>(ms: number, what: string, wait: (done: (v: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms)
    wait((v) => { clearTimeout(timer); resolve(v) })
  })
}

/** A raw TCP connection to the origin (optionally from another loopback address), with everything it received. */
async function rawConnection(base: string, localAddress?: string) {
  const { hostname, port } = new URL(base)
  const socket = net.connect({ host: hostname, port: Number(port), localAddress })
  let received = ''
  socket.on('data', (d) => { received += d })
  socket.on('error', () => { /* a reset counts as closed */ })
  const closed = new Promise<void>((r) => socket.once('close', () => r()))
  await new Promise<void>((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject) })
  return { socket, closed, received: () => received }
}

const alive = (pid: number) => { try { process.kill(pid, 0); return true } catch { return false } }

/** Opens a WebSocket and resolves once it is open; `closed` carries the close code. */
async function openSocket(url: string) {
  const ws = new WebSocket(url)
  const messages = inbox<string>()
  ws.on('message', (d) => messages.push(d.toString()))
  const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)))
  await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject) })
  return { ws, closed, messages }
}

describe('connection limits', () => {
  let stack: TestStack
  let base: string, wsBase: string
  let token: string

  before(async () => {
    stack = await startIsolatedStack({
      RESULTS_AUTH_TIMEOUT_SECONDS: '1',
      HTTP_HEADERS_TIMEOUT_SECONDS: '1',
      HTTP_REQUEST_TIMEOUT_SECONDS: '2',
      // the cap test connects from 127.0.0.2, so the other tests' connections (127.0.0.1) do not count
      MAX_CONNECTIONS_PER_CLIENT: '4',
    })
    base = stack.url
    wsBase = base.replace(/^http/, 'ws')
    token = (await setupInstance(base)).token
  })
  after(async () => { await stack.stop() })

  it('closes a raw results WebSocket that does not authenticate within the grace period (1008), and keeps one that did', async () => {
    const idle = await openSocket(`${wsBase}/api/v1/fleet/results/websocket`)
    const authed = await openSocket(`${wsBase}/api/latest/fleet/results/websocket`)
    authed.ws.send(JSON.stringify({ type: 'auth', data: { token } }))
    const code = await within(5000, 'close of the unauthenticated socket', (done) => void idle.closed.then(done))
    assert.equal(code, 1008)
    assert.deepEqual(idle.messages.items, [], 'closed without a message, as Fleet closes a session whose auth read fails')
    // the grace period is over for both: the authenticated session is still open and still answers
    assert.equal(authed.ws.readyState, WebSocket.OPEN)
    authed.ws.send(JSON.stringify({ type: 'select_campaign', data: { campaign_id: 0 } }))
    assert.deepEqual(JSON.parse(await authed.messages.until(() => true)), { type: 'error', data: '0 is not a valid campaign ID' })
    authed.ws.close()
  })

  it('closes an unauthenticated SockJS websocket session with a close frame', async () => {
    const s = await openSocket(`${wsBase}/api/v1/fleet/results/123/conn-test/websocket`)
    assert.equal(await s.messages.until(() => true), 'o')
    await within(5000, 'close of the SockJS socket', (done) => void s.closed.then(done))
    assert.equal(await s.messages.until((m) => m.startsWith('c')), 'c[3000,"Go away!"]')
  })

  it('ends an unauthenticated SockJS xhr_streaming session with a close frame', async () => {
    const res = await fetch(`${base}/api/v1/fleet/results/123/conn-xhr/xhr_streaming`, { method: 'POST' })
    assert.equal(res.status, 200)
    const body = await within(5000, 'end of the xhr_streaming response', (done) => void res.text().then(done))
    const frames = body.split('\n').filter((f) => f && !/^h+$/.test(f))
    assert.deepEqual(frames, ['o', 'c[3000,"Go away!"]'])
  })

  it('closes a connection whose request headers stall (408), and keeps idle keep-alive connections', async () => {
    const keepAlive = await rawConnection(base)
    keepAlive.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n')
    await waitFor(async () => keepAlive.received().includes('\r\n\r\n'), 5000)
    const slow = await rawConnection(base)
    slow.socket.write('GET /healthz HT') // a partial request line, then nothing
    await within(5000, 'close of the slow-headers connection', (done) => void slow.closed.then(done))
    assert.match(slow.received(), /^HTTP\/1\.1 408 /)
    // the keep-alive connection sat idle for longer than the headers timeout and still serves
    keepAlive.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n')
    await waitFor(async () => (keepAlive.received().match(/HTTP\/1\.1 200 /g) ?? []).length === 2, 5000)
    keepAlive.socket.destroy()
  })

  it('closes a connection whose request body stalls past the request timeout (408)', async () => {
    const slow = await rawConnection(base)
    slow.socket.write('POST /api/v1/fleet/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":')
    await within(6000, 'close of the slow-body connection', (done) => void slow.closed.then(done))
    assert.match(slow.received(), /^HTTP\/1\.1 408 /)
  })

  it('refuses the connection over the per-client cap with 429 and Retry-After, and admits one again when a slot frees', async () => {
    const held = await Promise.all([1, 2, 3, 4].map(() => rawConnection(base, '127.0.0.2')))
    const extra = await rawConnection(base, '127.0.0.2')
    extra.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n')
    await within(5000, 'close of the refused connection', (done) => void extra.closed.then(done))
    const [head, body] = extra.received().split('\r\n\r\n')
    assert.match(head, /^HTTP\/1\.1 429 /)
    assert.match(head, /\r\nretry-after: \d+/i)
    assertFleetError(JSON.parse(body))
    // another address is not affected
    await doJSON(base, 'GET', '/healthz', undefined, 200)
    // one held connection goes: the next one from that address is served
    held[0].socket.destroy()
    await waitFor(async () => {
      const c = await rawConnection(base, '127.0.0.2')
      c.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
      await c.closed
      return /^HTTP\/1\.1 200 /.test(c.received())
    }, 5000)
    for (const c of held) c.socket.destroy()
  })
})

describe('shutdown', () => {
  it('exits within SHUTDOWN_TIMEOUT_SECONDS of SIGTERM with a request in flight and WebSockets open', async () => {
    const stack = await startIsolatedStack({ SHUTDOWN_TIMEOUT_SECONDS: '3' })
    try {
      const base = stack.url
      const wsBase = base.replace(/^http/, 'ws')
      const { token } = await setupInstance(base)
      await enrollHost(base, 'shutdown.local')
      const campaign = (await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 1', selected: { labels: [1] } }, 200, token)).body.campaign
      // open WebSockets: a streaming raw results session, an idle unauthenticated one and a graphql-ws subscription
      const streaming = await openSocket(`${wsBase}/api/v1/fleet/results/websocket`)
      streaming.ws.send(JSON.stringify({ type: 'auth', data: { token } }))
      streaming.ws.send(JSON.stringify({ type: 'select_campaign', data: { campaign_id: campaign.id } }))
      await streaming.messages.until((m) => JSON.parse(m).type === 'totals')
      const idle = await openSocket(`${wsBase}/api/v1/fleet/results/websocket`)
      const client = wsClient(base, token)
      const events = inbox<unknown>()
      client.subscribe({ query: 'subscription($id: ID!) { campaignEvents(campaignId: $id) { __typename } }', variables: { id: String(campaign.id) } },
        { next: (v) => events.push(v), error: () => {}, complete: () => {} })
      await events.until(() => true)
      // requests in flight: an upload whose body never completes, and a GraphQL subscription over SSE
      const upload = await rawConnection(base)
      upload.socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${token}\r\nContent-Length: 100000\r\n\r\n{"query":"`)
      const sse = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'subscription($id: ID!) { campaignEvents(campaignId: $id) { __typename } }', variables: { id: String(campaign.id) } }),
      })
      assert.equal(sse.status, 200)
      const reader = sse.body!.getReader()
      await reader.read() // the stream has started

      const started = Date.now()
      process.kill(stack.pid, 'SIGTERM')
      await waitFor(async () => !alive(stack.pid), 10_000, 20)
      const seconds = (Date.now() - started) / 1000
      assert.ok(seconds < 3 + 1.5, `exited ${seconds.toFixed(1)} s after SIGTERM (bound 3 s)`)
      const code = await stack.stop()
      assert.ok(code === 0 || code === 1, `exit code ${code}`)
      for (const s of [streaming, idle]) await within(2000, 'socket closed by the exit', (done) => void s.closed.then(done))
      await client.dispose()
      reader.cancel().catch(() => {})
      upload.socket.destroy()
    } finally {
      await stack.stop()
    }
  })
})
