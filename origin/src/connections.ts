// The per-client connection cap (MAX_CONNECTIONS_PER_CLIENT), counted on the socket's peer.
import type { Duplex } from 'node:stream'
import type { ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { randomUUID } from 'node:crypto'
import type { createLogger } from '@fleetgraph/subgraph-kit'

/**
 * At most `max` open connections per client address (the socket's peer: connections are counted
 * before any request names a forwarded address). A connection over the cap is refused at once: over
 * TLS it is closed before the handshake (nothing spent on it); over plain HTTP its first request is
 * answered 429 with Retry-After in Fleet's error shape, so the client and its operator can see why,
 * and it is closed if no request arrives within a second. Every socket is tracked, so shutdown can
 * end the ones HTTP no longer knows (WebSockets).
 */
export function connectionCap(max: number, log: ReturnType<typeof createLogger>) {
  const perAddress = new Map<string, number>()
  const refusedSockets = new WeakSet<Socket>()
  const open = new Set<Socket>()
  let refusals = 0
  return {
    admit(socket: Socket, tls: boolean) {
      const address = socket.remoteAddress ?? 'unknown'
      const n = perAddress.get(address) ?? 0
      if (max && n >= max) {
        // One line per burst of refusals, not one per connection.
        if (refusals++ % 1000 === 0) log.warn('connection refused: client over MAX_CONNECTIONS_PER_CLIENT', { address, max, refusals })
        if (tls) return void socket.destroy()
        refusedSockets.add(socket)
        setTimeout(() => socket.destroy(), 1000).unref()
        return
      }
      perAddress.set(address, n + 1)
      open.add(socket)
      socket.once('close', () => {
        open.delete(socket)
        const left = (perAddress.get(address) ?? 1) - 1
        if (left > 0) perAddress.set(address, left)
        else perAddress.delete(address)
      })
    },
    refused: (socket: Socket) => refusedSockets.has(socket),
    refuse(res: ServerResponse) {
      const reason = 'too many connections from this address'
      const body = JSON.stringify({ message: reason, errors: [{ name: 'base', reason }], uuid: randomUUID() })
      res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'retry-after': '5', connection: 'close' })
      res.end(body)
    },
    refuseUpgrade(socket: Duplex) {
      socket.end('HTTP/1.1 429 Too Many Requests\r\nRetry-After: 5\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      socket.destroy()
    },
    destroyAll() { for (const s of open) s.destroy() },
  }
}
