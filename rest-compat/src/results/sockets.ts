// The live-query result streams Fleet clients use, on the same origin:
//   raw WebSocket  /api/<v>/fleet/results/websocket — plain JSON text frames, pings as heartbeats;
//   SockJS         /api/<v>/fleet/results/<server>/<session>/websocket — "o", a["<json>"], "h", c[code,"reason"].
// (fleet-behaviour §3.6; SockJS's XHR fallbacks are not served.)
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import type { GraphQLExecutor, GraphQLSubscriber } from '../executor.js'
import { createSession } from './session.js'

const RAW = /^\/api\/(v1|latest|2022-04)\/fleet\/results\/websocket$/
const SOCKJS = /^\/api\/(v1|latest|2022-04)\/fleet\/results\/[^/.]+\/[^/.]+\/websocket$/
// 25 s: below common load-balancer idle timeouts (60 s), as SockJS's own heartbeat.
const HEARTBEAT_MS = 25_000
const MAX_MESSAGE_BYTES = 64 * 1024

export function createResultSockets(deps: { execute: GraphQLExecutor; subscribe: GraphQLSubscriber }) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })

  function attach(ws: WebSocket, sockjs: boolean) {
    const send = (text: string) => { if (ws.readyState === ws.OPEN) ws.send(text) }
    const session = createSession({
      send: (m) => send(sockjs ? 'a' + JSON.stringify([JSON.stringify(m)]) : JSON.stringify(m)),
      close: () => { if (sockjs) send('c[3000,"Go away!"]'); ws.close(1000) },
    }, deps)
    if (sockjs) send('o')
    const beat = setInterval(() => (sockjs ? send('h') : ws.ping()), HEARTBEAT_MS)
    ws.on('message', (data) => {
      let parsed: unknown
      try { parsed = JSON.parse(data.toString()) } catch { session.onMessage(null); return }
      // SockJS clients send an array of JSON strings
      if (sockjs) {
        if (!Array.isArray(parsed)) { session.onMessage(null); return }
        for (const s of parsed) { try { session.onMessage(JSON.parse(String(s))) } catch { session.onMessage(null) } }
      } else session.onMessage(parsed)
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
    close() { for (const c of wss.clients) c.terminate() },
  }
}
