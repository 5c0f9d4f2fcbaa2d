// The live-query result streams Fleet clients use, on the same origin (fleet-behaviour §3.6):
//   raw WebSocket  /api/<v>/fleet/results/websocket — plain JSON text frames, pings as heartbeats;
//   SockJS         /api/<v>/fleet/results/<server>/<session>/websocket — "o", a["<json>"], "h", c[code,"reason"];
//   SockJS over HTTP (xhr, xhr_streaming, xhr_send, eventsource) under the same prefix — sockjs-http.ts.
// Framing is in sockjs-frames.ts; the protocol itself in session.ts.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { createSession, type SessionDeps } from './session.js'
import { GO_AWAY, HEARTBEAT_FRAME, HEARTBEAT_MS, MAX_MESSAGE_BYTES, OPEN_FRAME, messageFrame, sockjsMessages } from './sockjs-frames.js'
import { createSockjsHttp } from './sockjs-http.js'

const RAW = /^\/api\/(v1|latest|2022-04)\/fleet\/results\/websocket$/
const SOCKJS = /^\/api\/(v1|latest|2022-04)\/fleet\/results\/[^/.]+\/[^/.]+\/websocket$/

/** `authTimeoutMs`: how long a session may stay unauthenticated before it is closed (session.ts). */
export function createResultSockets(deps: SessionDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  const http = createSockjsHttp(deps)

  function attach(ws: WebSocket, sockjs: boolean) {
    const send = (text: string) => { if (ws.readyState === ws.OPEN) ws.send(text) }
    const session = createSession({
      send: (m) => send(sockjs ? messageFrame(m) : JSON.stringify(m)),
      // SockJS ends a session with its close frame (sockjs-go's "Go away!"); a raw socket has only the
      // WebSocket close code: 1008 (policy violation) when it did not authenticate in time.
      close: (why) => {
        if (sockjs) send(GO_AWAY)
        if (why === 'auth-timeout' && !sockjs) ws.close(1008, 'authentication timeout')
        else ws.close(1000)
      },
    }, deps)
    if (sockjs) send(OPEN_FRAME)
    const beat = setInterval(() => (sockjs ? send(HEARTBEAT_FRAME) : ws.ping()), HEARTBEAT_MS)
    ws.on('message', (data) => {
      const text = data.toString()
      if (!sockjs) {
        let parsed: unknown = null
        try { parsed = JSON.parse(text) } catch { /* answered as a message without a type */ }
        session.onMessage(parsed)
        return
      }
      // SockJS clients send an array of JSON strings
      const messages = sockjsMessages(text)
      if (!messages) session.onMessage(null)
      else for (const m of messages) session.onMessage(m)
    })
    ws.on('close', () => { clearInterval(beat); session.closed() })
    ws.on('error', () => ws.terminate())
  }

  return {
    /** Takes the upgrade when the path is a results stream; returns false otherwise. */
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
      const path = (req.url ?? '').split('?')[0]
      const sockjs = SOCKJS.test(path)
      if (!sockjs && !RAW.test(path)) return false
      wss.handleUpgrade(req, socket, head, (ws) => attach(ws, sockjs))
      return true
    },
    /** Takes the request when it is a SockJS HTTP transport (xhr, xhr_streaming, xhr_send, eventsource); returns false otherwise. */
    handleRequest: (req: IncomingMessage, res: ServerResponse): boolean => http.handleRequest(req, res),
    close() {
      for (const c of wss.clients) c.terminate()
      http.close()
    },
  }
}
