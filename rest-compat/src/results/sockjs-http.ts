// SockJS 0.3's HTTP fallback transports for the live-query results stream
// (fleet-behaviour §3.6; Fleet serves them through sockjs-go), under
// /api/<v>/fleet/results/<server>/<session>/…:
//   xhr            POST, long polling: one frame per response ("o", a[...], "h" or c[...]);
//   xhr_streaming  POST, 2048 "h" prelude, then frames until ~128 KiB are written (the client reconnects);
//   eventsource    GET, text/event-stream, "data: <frame>";
//   xhr_send       POST, a JSON array of strings, each one message for the session → 204.
// Sessions live in memory, keyed by the client's session id. A session with no
// receiving request for 5 s (SockJS's disconnect_delay) is closed and its
// subscription stopped; the number of sessions and the bytes queued in each are bounded.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createSession, type SessionDeps } from './session.js'
import { GO_AWAY, HEARTBEAT_FRAME, HEARTBEAT_MS, MAX_MESSAGE_BYTES, OPEN_FRAME, arrayFrame, closeFrame, sockjsMessages } from './sockjs-frames.js'

const PATH = /^\/api\/(?:v1|latest|2022-04)\/fleet\/results\/[^/.]+\/([^/.]{1,128})\/(xhr|xhr_send|xhr_streaming|eventsource)$/
const NO_CACHE = 'no-store, no-cache, no-transform, must-revalidate, max-age=0'
const JAVASCRIPT = 'application/javascript; charset=UTF-8'
const TEXT = 'text/plain; charset=UTF-8'
const YEAR_S = 365 * 24 * 3600

type Receiving = 'xhr' | 'xhr_streaming' | 'eventsource'
interface TransportShape { contentType: string; prelude: string; frame(f: string): string; streaming: boolean }
const TRANSPORTS: Record<Receiving, TransportShape> = {
  xhr: { contentType: JAVASCRIPT, prelude: '', frame: (f) => f + '\n', streaming: false },
  xhr_streaming: { contentType: JAVASCRIPT, prelude: 'h'.repeat(2048) + '\n', frame: (f) => f + '\n', streaming: true },
  eventsource: { contentType: 'text/event-stream; charset=UTF-8', prelude: '\r\n', frame: (f) => `data: ${f}\r\n\r\n`, streaming: true },
}

export interface SockjsHttpOptions {
  heartbeatMs?: number
  /** How long a session may have no receiving request before it is closed. */
  disconnectMs?: number
  maxSessions?: number
  /** Characters of unread messages a session may hold before it is dropped. */
  maxQueuedBytes?: number
  /** A streaming response ends once this much has been written. */
  responseLimit?: number
}

interface Receiver { res: ServerResponse; beat: NodeJS.Timeout; send(frame: string): void }
interface HttpSession {
  id: string
  fleet: ReturnType<typeof createSession>
  queue: string[]
  queued: number
  /** The close frame, once the session is closed. */
  closing: string | null
  recv: Receiver | null
  timer?: NodeJS.Timeout
}

export function createSockjsHttp(deps: SessionDeps, opts: SockjsHttpOptions = {}) {
  const heartbeatMs = opts.heartbeatMs ?? HEARTBEAT_MS
  const disconnectMs = opts.disconnectMs ?? 5_000
  const maxSessions = opts.maxSessions ?? 1_000
  const maxQueued = opts.maxQueuedBytes ?? 4 * 1024 * 1024
  const responseLimit = opts.responseLimit ?? 128 * 1024
  const sessions = new Map<string, HttpSession>()
  let stopped = false

  function open(id: string): HttpSession {
    // The session's callbacks run later (never while it is created), when `s` is complete.
    const fleet = createSession({ send: (m) => enqueue(s, JSON.stringify(m)), close: () => shut(s, GO_AWAY) }, deps)
    const s: HttpSession = { id, queue: [], queued: 0, closing: null, recv: null, fleet }
    sessions.set(id, s)
    return s
  }

  function enqueue(s: HttpSession, encoded: string) {
    if (s.closing) return
    // A client that stops reading is dropped rather than buffered for without bound.
    if (s.queued + encoded.length > maxQueued) return shut(s, closeFrame(1013, 'Too much unread data'), true)
    s.queue.push(encoded)
    s.queued += encoded.length
    flush(s)
  }

  /** Hands queued messages, then the close frame, to the receiving request if there is one. */
  function flush(s: HttpSession) {
    if (s.recv && s.queue.length) {
      const frame = arrayFrame(s.queue)
      s.queue = []
      s.queued = 0
      s.recv.send(frame)
    }
    if (s.recv && s.closing) { const r = s.recv; r.send(s.closing); detach(s, r, true) }
  }

  function shut(s: HttpSession, frame: string, drop = false) {
    if (s.closing) return
    s.closing = frame
    if (drop) { s.queue = []; s.queued = 0 }
    s.fleet.closed()
    flush(s)
  }

  /** Makes `res` the session's receiving request; a second one is refused with 2010 (the session lives on). */
  function attach(s: HttpSession, res: ServerResponse, t: TransportShape): Receiver | null {
    if (s.recv) { res.end(t.frame(closeFrame(2010, 'Another connection still open'))); return null }
    clearTimeout(s.timer)
    let written = 0
    const r: Receiver = {
      res,
      beat: setInterval(() => r.send(HEARTBEAT_FRAME), heartbeatMs),
      send: (frame) => {
        const chunk = t.frame(frame)
        res.write(chunk)
        written += Buffer.byteLength(chunk)
        if (!t.streaming || written >= responseLimit) detach(s, r, true)
      },
    }
    s.recv = r
    res.on('close', () => detach(s, r, false))
    return r
  }

  function detach(s: HttpSession, r: Receiver, end: boolean) {
    if (s.recv !== r) return
    s.recv = null
    clearInterval(r.beat)
    if (end) r.res.end()
    if (!stopped) arm(s)
  }

  /** No receiving request: the session goes after disconnectMs unless one arrives. */
  function arm(s: HttpSession) {
    clearTimeout(s.timer)
    s.timer = setTimeout(() => {
      if (sessions.get(s.id) === s) sessions.delete(s.id)
      s.fleet.closed()
    }, disconnectMs)
    s.timer.unref()
  }

  function receive(req: IncomingMessage, res: ServerResponse, id: string, t: TransportShape) {
    let s = sessions.get(id)
    res.writeHead(200, { ...cors(req), 'Content-Type': t.contentType, 'Cache-Control': NO_CACHE })
    if (t.prelude) res.write(t.prelude)
    if (!s && (stopped || sessions.size >= maxSessions)) {
      res.end(t.frame(stopped ? GO_AWAY : closeFrame(1013, 'Too many sessions')))
      return
    }
    const fresh = !s
    s ??= open(id)
    const r = attach(s, res, t)
    if (!r) return
    if (fresh) r.send(OPEN_FRAME)
    else flush(s)
  }

  async function send(req: IncomingMessage, res: ServerResponse, id: string) {
    const s = sessions.get(id)
    if (!s) return reply(req, res, 404, 'Session not found.')
    const body = await readBody(req, MAX_MESSAGE_BYTES)
    if (body === null) return reply(req, res, 413, 'Payload too large.')
    // SockJS answers the next two with 500; ours are 400 (bad input is never a 5xx here).
    if (!body) return reply(req, res, 400, 'Payload expected.')
    const messages = sockjsMessages(body)
    if (!messages) return reply(req, res, 400, 'Broken JSON encoding.')
    for (const m of messages) s.fleet.onMessage(m)
    res.writeHead(204, { ...cors(req), 'Content-Type': TEXT, 'Cache-Control': NO_CACHE })
    res.end()
  }

  return {
    /** Takes the request when it is for one of the HTTP transports; returns false otherwise. */
    handleRequest(req: IncomingMessage, res: ServerResponse): boolean {
      const m = PATH.exec((req.url ?? '').split('?')[0])
      if (!m) return false
      const [, id, transport] = m
      const method = transport === 'eventsource' ? 'GET' : 'POST'
      if (req.method === 'OPTIONS' && method === 'POST') {
        res.writeHead(204, {
          ...cors(req), 'Access-Control-Allow-Methods': 'OPTIONS, POST', 'Access-Control-Max-Age': String(YEAR_S),
          'Cache-Control': `public, max-age=${YEAR_S}`, Expires: new Date(Date.now() + YEAR_S * 1000).toUTCString(),
        })
        res.end()
      } else if (req.method !== method) {
        res.setHeader('Allow', method === 'POST' ? 'OPTIONS, POST' : 'GET')
        reply(req, res, 405, 'Method not allowed.')
      } else if (transport === 'xhr_send') {
        void send(req, res, id).catch(() => res.destroy())
      } else receive(req, res, id, TRANSPORTS[transport as Receiving])
      return true
    },
    close() {
      stopped = true
      for (const s of sessions.values()) {
        shut(s, GO_AWAY)
        if (s.recv) detach(s, s.recv, true)
        clearTimeout(s.timer)
      }
      sessions.clear()
    },
  }
}

/** SockJS's CORS headers: the request's Origin (or *), with credentials. */
function cors(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin
  const h: Record<string, string> = {
    // Only a printable Origin is echoed: a header value Node refuses to write would throw.
    'Access-Control-Allow-Origin': origin && origin !== 'null' && /^[\x21-\x7e]+$/.test(origin) ? origin : '*',
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  }
  const asked = req.headers['access-control-request-headers']
  if (asked && /^[\w\-, ]+$/.test(asked)) h['Access-Control-Allow-Headers'] = asked
  return h
}

function reply(req: IncomingMessage, res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { ...cors(req), 'Content-Type': TEXT, 'Cache-Control': NO_CACHE })
  res.end(text)
}

/** The request body as text, or null when it exceeds `limit` bytes (the rest is read and dropped). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => { size += c.length; if (size <= limit) chunks.push(c) })
    req.once('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')))
    req.once('error', reject)
  })
}
