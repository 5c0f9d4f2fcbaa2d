// SockJS's HTTP fallback transports for the live-query results stream
// (xhr, xhr_streaming, xhr_send, eventsource): the real sockjs-client, then the
// protocol details over plain HTTP.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import SockJS from 'sockjs-client'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql, inbox, waitFor } from '../../support/client.js'
import { answerLiveQuery, enrollHost, setupInstance } from '../../support/fleet.js'

const PREFIX = '/api/v1/fleet/results'
const JS = 'application/javascript; charset=UTF-8'

/** A sockjs-client connection restricted to one transport. */
async function openSockJS(base: string, transport: string) {
  const sock = new SockJS(base + PREFIX, null, { transports: [transport] })
  const messages = inbox<any>()
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sockjs did not open')), 10_000)
    sock.onopen = () => { clearTimeout(timer); resolve() }
    sock.onclose = (e: any) => { clearTimeout(timer); reject(new Error(`sockjs closed: ${e.code} ${e.reason}`)) }
  })
  sock.onmessage = (e: any) => messages.push(JSON.parse(e.data))
  sock.onclose = (e: any) => messages.push({ closed: e.code, reason: e.reason })
  return { sock, send: (m: unknown) => sock.send(JSON.stringify(m)), until: messages.until }
}

const sessionUrl = (base: string, transport: string, id: string, version = 'v1') => `${base}/api/${version}/fleet/results/123/${id}/${transport}`
const newId = () => randomBytes(6).toString('hex')
const post = (url: string, body?: string, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', body, headers })

/** Reads a streaming response until `done(text)` holds, then aborts it. */
async function readUntil(url: string, init: RequestInit, done: (text: string) => boolean) {
  const ac = new AbortController()
  const timer = setTimeout(() => ac.abort(), 10_000)
  const res = await fetch(url, { ...init, signal: ac.signal })
  let text = ''
  const decoder = new TextDecoder()
  try {
    for await (const chunk of res.body as any as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true })
      if (done(text)) break
    }
  } catch (e) {
    throw new Error(`stream ended before the expected text (${(e as Error).message}); got ${JSON.stringify(text.slice(-200))}`)
  } finally { clearTimeout(timer); ac.abort() }
  assert.ok(done(text), `stream ended early: ${JSON.stringify(text.slice(-200))}`)
  return { res, text }
}

describe('SockJS HTTP fallbacks for live query results', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let nodeKey: string
  let hostId: number

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
    nodeKey = await enrollHost(base, 'fallback.local')
    hostId = Number((await gql(base, '{ hostList { id: databaseId } }', undefined, admin)).data!.hostList[0].id)
  })
  after(async () => { await stack.stop() })

  const answer = (campaignId: number, rows: unknown[]) => answerLiveQuery(base, nodeKey, campaignId, rows)

  for (const transport of ['xhr-streaming', 'xhr-polling']) {
    it(`sockjs-client over ${transport}: auth, select_campaign, then totals, result and status`, async () => {
      const c = (await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 1 AS one', selected: { hosts: [hostId] } }, 200, admin)).body.campaign
      const s = await openSockJS(base, transport)
      try {
        assert.equal(s.sock.transport, transport)
        s.send({ type: 'auth', data: { token: admin } })
        s.send({ type: 'select_campaign', data: { campaign_id: c.id } })
        const totals = await s.until((m) => m.type === 'totals')
        assert.deepEqual(Object.keys(totals.data).sort(), ['count', 'missing_in_action', 'offline', 'online'])
        assert.equal(totals.data.count, 1)
        await answer(c.id, [{ one: '1' }])
        const result = await s.until((m) => m.type === 'result')
        assert.deepEqual(result.data, {
          distributed_query_execution_id: c.id,
          host: { id: hostId, hostname: 'fallback.local', display_name: 'fallback.local' },
          rows: [{ one: '1', host_hostname: 'fallback.local', host_display_name: 'fallback.local' }],
          error: null,
        })
        const status = await s.until((m) => m.type === 'status' && m.data.actual_results === 1)
        assert.deepEqual(Object.keys(status.data).sort(), ['actual_results', 'expected_results', 'status'])
      } finally { s.sock.close() }
    })
  }

  it('sockjs-client sees the server close the session after a bad token', async () => {
    const s = await openSockJS(base, 'xhr-polling')
    s.send({ type: 'auth', data: { token: 'not-a-token' } })
    assert.deepEqual(await s.until((m) => m.type === 'error'), { type: 'error', data: 'unauthorized' })
    assert.deepEqual(await s.until((m) => 'closed' in m), { closed: 3000, reason: 'Go away!' })
  })

  it('xhr: a new session opens with o, headers as SockJS expects', async () => {
    const res = await post(sessionUrl(base, 'xhr', newId(), 'latest'), undefined, { origin: 'https://ui.example.com' })
    assert.equal(res.status, 200)
    assert.equal(await res.text(), 'o\n')
    assert.equal(res.headers.get('content-type'), JS)
    assert.equal(res.headers.get('cache-control'), 'no-store, no-cache, no-transform, must-revalidate, max-age=0')
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://ui.example.com')
    assert.equal(res.headers.get('access-control-allow-credentials'), 'true')
    const anyOrigin = await post(sessionUrl(base, 'xhr', newId(), '2022-04'))
    assert.equal(await anyOrigin.text(), 'o\n')
    assert.equal(anyOrigin.headers.get('access-control-allow-origin'), '*')
  })

  it('xhr_send: 404 for an unknown session, 400 for an empty body or broken JSON, 204 otherwise', async () => {
    const unknown = await post(sessionUrl(base, 'xhr_send', newId()), JSON.stringify([JSON.stringify({ type: 'auth' })]))
    assert.equal(unknown.status, 404)
    const id = newId()
    assert.equal(await (await post(sessionUrl(base, 'xhr', id))).text(), 'o\n')
    for (const body of ['', '["unterminated', '{"not":"an array"}']) {
      const r = await post(sessionUrl(base, 'xhr_send', id), body)
      assert.equal(r.status, 400, `body ${JSON.stringify(body)}`)
      assert.equal(r.headers.get('content-type'), 'text/plain; charset=UTF-8')
      assert.ok((await r.text()).length > 0, 'a plain-text reason')
    }
    const ok = await post(sessionUrl(base, 'xhr_send', id), JSON.stringify(['not json']))
    assert.equal(ok.status, 204)
    assert.equal(ok.headers.get('content-type'), 'text/plain; charset=UTF-8')
    // the session answers the message that is not JSON like the websocket transports do
    assert.equal(await (await post(sessionUrl(base, 'xhr', id))).text(), 'a' + JSON.stringify([JSON.stringify({ type: 'error', data: 'missing message type' })]) + '\n')
  })

  it('xhr: a second concurrent poll gets c[2010], the first one keeps the session', async () => {
    const id = newId()
    assert.equal(await (await post(sessionUrl(base, 'xhr', id))).text(), 'o\n')
    const polls = [0, 1].map(() => post(sessionUrl(base, 'xhr', id)).then((r) => r.text()))
    const first = await Promise.race(polls)
    assert.equal(first, 'c[2010,"Another connection still open"]\n')
    // wake the waiting poll with a message for it
    assert.equal((await post(sessionUrl(base, 'xhr_send', id), JSON.stringify(['{}']))).status, 204)
    const texts = await Promise.all(polls)
    assert.ok(texts.includes('a' + JSON.stringify([JSON.stringify({ type: 'error', data: 'missing message type' })]) + '\n'), JSON.stringify(texts))
  })

  it('xhr: a closed session answers c[3000,"Go away!"] and goes away after the disconnect delay', async () => {
    const id = newId()
    assert.equal(await (await post(sessionUrl(base, 'xhr', id))).text(), 'o\n')
    assert.equal((await post(sessionUrl(base, 'xhr_send', id), JSON.stringify([JSON.stringify({ type: 'auth', data: { token: 'nope' } })]))).status, 204)
    assert.equal(await (await post(sessionUrl(base, 'xhr', id))).text(), 'a' + JSON.stringify([JSON.stringify({ type: 'error', data: 'unauthorized' })]) + '\n')
    assert.equal(await (await post(sessionUrl(base, 'xhr', id))).text(), 'c[3000,"Go away!"]\n')
    // no receiving request for 5 s: the session is gone
    await waitFor(async () => (await post(sessionUrl(base, 'xhr_send', id), '["{}"]')).status === 404, 15_000, 250)
  })

  /** Opens a streaming session; once `opened` is seen, sends a typeless message and reads until its error frame. */
  const streamOneMessage = (transport: string, init: RequestInit, opened: string, frame: string) => {
    const id = newId()
    let sent = false
    return readUntil(sessionUrl(base, transport, id), init, (t) => {
      if (!sent && t.endsWith(opened)) { sent = true; void post(sessionUrl(base, 'xhr_send', id), '["{}"]') }
      return t.endsWith(frame)
    })
  }
  const missingType = 'a' + JSON.stringify([JSON.stringify({ type: 'error', data: 'missing message type' })])

  it('xhr_streaming: the 2048-byte prelude, o, then frames on the same response', async () => {
    const { res, text } = await streamOneMessage('xhr_streaming', { method: 'POST' }, 'o\n', missingType + '\n')
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-type'), JS)
    assert.equal(text, 'h'.repeat(2048) + '\n' + 'o\n' + missingType + '\n')
  })

  it('eventsource: text/event-stream carrying data: o, then data: frames', async () => {
    const { res, text } = await streamOneMessage('eventsource', { method: 'GET' }, 'data: o\r\n\r\n', `data: ${missingType}\r\n\r\n`)
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/)
    assert.equal(text, `\r\ndata: o\r\n\r\ndata: ${missingType}\r\n\r\n`)
  })

  it('OPTIONS preflight: 204 with the CORS headers', async () => {
    for (const transport of ['xhr', 'xhr_send', 'xhr_streaming']) {
      const r = await fetch(sessionUrl(base, transport, newId()), {
        method: 'OPTIONS', headers: { origin: 'https://ui.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      })
      assert.equal(r.status, 204, transport)
      assert.equal(r.headers.get('access-control-allow-origin'), 'https://ui.example.com')
      assert.equal(r.headers.get('access-control-allow-credentials'), 'true')
      assert.equal(r.headers.get('access-control-allow-methods'), 'OPTIONS, POST')
      assert.equal(r.headers.get('access-control-allow-headers'), 'content-type')
      assert.ok(Number(r.headers.get('access-control-max-age')) > 0)
    }
  })

  it('unknown transports and bad paths fall through to the normal 404', async () => {
    for (const path of [`${PREFIX}/123/${newId()}/xhr_bogus`, `${PREFIX}/123/xhr`, `${PREFIX}/1.2/abc/xhr`, `/api/v9/fleet/results/123/${newId()}/xhr`]) {
      const r = await post(base + path)
      assert.equal(r.status, 404, path)
      assert.notEqual(r.headers.get('content-type'), JS, path)
    }
    // a known transport with the wrong method is not a session
    assert.equal((await fetch(sessionUrl(base, 'xhr', newId()))).status, 405)
  })
})
