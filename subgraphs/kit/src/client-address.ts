// Which client a request comes from, for the rate limits keyed on it (login,
// device tokens). Only the public origin sees the client's address; the gateway
// forwards nothing but the caller's Authorization to subgraphs. When the
// subgraph runs in the gateway's process (the default, and every replica of
// the whole stack), the address reaches its services through an
// AsyncLocalStorage entered around each request. A subgraph in a process of
// its own does not know the address (requestOrigin() is undefined there), and
// the limits keyed on it do not apply: the per-account ones still do.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { EventEmitter } from 'node:events'

/** One request (or one WebSocket message) from one client. */
export interface RequestOrigin {
  /** The client's address, as the public origin resolves it (origin/src/client-address.ts: TRUSTED_PROXIES). */
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
 *   wss.handleUpgrade(req, socket, head, (ws) => { bindToClientAddress(ws, addressOf(req)); wss.emit('connection', ws, req) })
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
