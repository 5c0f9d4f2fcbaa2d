// Which client a request comes from, for the rate limits keyed on it (login,
// device tokens). Only the public origin sees the client's address; the gateway
// forwards nothing but the caller's Authorization to subgraphs. When the
// subgraph runs in the gateway's process (the default, and every replica of
// the whole stack), the address reaches its services through an
// AsyncLocalStorage entered around each request. A subgraph in a process of
// its own does not know the address (requestOrigin() is undefined there), and
// the limits keyed on it do not apply: the per-account ones still do.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { IncomingMessage } from 'node:http'
import type { EventEmitter } from 'node:events'

/** One request (or one WebSocket message) from one client. */
export interface RequestOrigin {
  /** The client's address: the first X-Forwarded-For entry, else the socket's peer. */
  readonly address: string
  /** Runs `fn` once per request and shares its result: several subgraph contexts of one request may ask the same. */
  once<T>(key: string, fn: () => Promise<T>): Promise<T>
}

const storage = new AsyncLocalStorage<RequestOrigin>()

function origin(address: string): RequestOrigin {
  const memo = new Map<string, Promise<unknown>>()
  return {
    address,
    once: <T>(key: string, fn: () => Promise<T>) => {
      if (!memo.has(key)) memo.set(key, fn())
      return memo.get(key) as Promise<T>
    },
  }
}

/**
 * The client address of a request, as Koa computes `ctx.ip` with `app.proxy`
 * (and as Fleet keys its limits on X-Forwarded-For): behind a load balancer the
 * socket's peer is the balancer, so the forwarded address names the client.
 * @example
 *   server.on('request', (req, res) => withClientAddress(clientAddressOf(req), () => handle(req, res)))
 */
export function clientAddressOf(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-for']
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
  return first || req.socket.remoteAddress || 'unknown'
}

/**
 * Runs `fn` (and everything it starts) as a request from `address`.
 * @example
 *   withClientAddress('203.0.113.7', () => gateway(req, res))
 *   // in a service: ctx.clientAddress === '203.0.113.7'
 */
export function withClientAddress<T>(address: string, fn: () => T): T {
  return storage.run(origin(address), fn)
}

/**
 * Every event `emitter` emits runs as a fresh request from `address`. For a
 * WebSocket: its messages arrive from the socket, outside any request.
 * @example
 *   wss.handleUpgrade(req, socket, head, (ws) => { bindToClientAddress(ws, clientAddressOf(req)); wss.emit('connection', ws, req) })
 */
export function bindToClientAddress(emitter: EventEmitter, address: string): void {
  const emit = emitter.emit
  emitter.emit = function (this: EventEmitter, ...args: Parameters<EventEmitter['emit']>) {
    return storage.run(origin(address), () => emit.apply(this, args))
  } as EventEmitter['emit']
}

/** The request being served, when the public origin of this process is serving one. */
export function requestOrigin(): RequestOrigin | undefined {
  return storage.getStore()
}
