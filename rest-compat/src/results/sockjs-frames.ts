// SockJS 0.3 framing, shared by the websocket transport (sockets.ts) and the
// HTTP transports (sockjs-http.ts): "o" open, "h" heartbeat, a["<json>",...]
// messages (each Fleet message JSON-encoded as a string), c[code,"reason"] close.
import type { FleetMessage } from './fleet-messages.js'

export const OPEN_FRAME = 'o'
export const HEARTBEAT_FRAME = 'h'
// 25 s: below common load-balancer idle timeouts (60 s), as SockJS's own heartbeat.
export const HEARTBEAT_MS = 25_000
/** Largest client message (a websocket frame, or an xhr_send body). */
export const MAX_MESSAGE_BYTES = 64 * 1024

/** One `a` frame carrying messages already encoded with JSON.stringify. */
export const arrayFrame = (encoded: readonly string[]) => 'a' + JSON.stringify(encoded)
export const messageFrame = (m: FleetMessage) => arrayFrame([JSON.stringify(m)])
export const closeFrame = (code: number, reason: string) => 'c' + JSON.stringify([code, reason])
/** What the server sends when it ends a session (as sockjs-go). */
export const GO_AWAY = closeFrame(3000, 'Go away!')

/**
 * A SockJS client payload: a JSON array of strings, each a JSON message.
 * Returns null when the payload is not such an array; an element that is not
 * valid JSON becomes null (the session answers it with "missing message type").
 */
export function sockjsMessages(payload: string): unknown[] | null {
  let parsed: unknown
  try { parsed = JSON.parse(payload) } catch { return null }
  if (!Array.isArray(parsed)) return null
  return parsed.map((s) => { try { return JSON.parse(String(s)) } catch { return null } })
}
