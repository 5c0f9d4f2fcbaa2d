// Clients for the public interfaces: Fleet REST (Fleet-style doJSON with the
// expected status first), GraphQL over HTTP, and GraphQL over graphql-ws.
import assert from 'node:assert/strict'
import { createClient, type Client } from 'graphql-ws'
import WebSocket from 'ws'
import { describeErrors, openApiContract } from '../../rest-compat/test/support/openapi.js'

export interface Reply<T = any> { status: number; body: T; headers: Headers }

/** Kibana's Fleet and Osquery routes (their answers are checked in the Kibana tests). */
export const KIBANA_API_PATHS = /^\/api\/(fleet|osquery)\//

/** Set by checkAnswersAgainstOpenApi: every JSON answer doJSON gets on a path matching it is validated. */
let contract: { prefix: RegExp; api: ReturnType<typeof openApiContract> } | undefined

/**
 * From now on (in this test file), every JSON answer doJSON receives on a documented path matching
 * `prefix` must validate against the OpenAPI document the server serves, for its path, method and
 * status. (Undocumented paths are unknown routes: openapi.test.ts keeps every route documented.)
 * @example
 *   before(async () => { ...; await checkAnswersAgainstOpenApi(base, KIBANA_API_PATHS) })
 */
export async function checkAnswersAgainstOpenApi(base: string, prefix: RegExp): Promise<void> {
  const doc = await (await fetch(`${base}/api/openapi.json`)).json()
  contract = { prefix, api: openApiContract(doc) }
}

export async function doJSON<T = any>(base: string, method: string, path: string, body: unknown, expectedStatus: number, token?: string, headers: Record<string, string> = {}): Promise<Reply<T>> {
  const res = await fetch(base + path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  let parsed: any = text
  try { parsed = text ? JSON.parse(text) : undefined } catch { /* keep text */ }
  assert.equal(res.status, expectedStatus, `${method} ${path}: expected ${expectedStatus}, got ${res.status}: ${text.slice(0, 500)}`)
  if (contract?.prefix.test(path) && contract.api.templateOf(method, path) && (res.headers.get('content-type') ?? '').startsWith('application/json')) {
    const r = contract.api.check(method, path, res.status, parsed)
    assert.deepEqual(r.errors, [], `${method} ${path} → ${res.status} does not match the OpenAPI document (${r.template} ${r.response}):\n${describeErrors(r.errors)}`)
  }
  return { status: res.status, body: parsed, headers: res.headers }
}

/** Asserts Fleet's error body: {message, errors:[{name, reason}], uuid}. */
export function assertFleetError(body: any, message?: string) {
  assert.equal(typeof body?.message, 'string', `not a Fleet error body: ${JSON.stringify(body)}`)
  assert.ok(Array.isArray(body.errors) && body.errors.length > 0, 'errors[] missing')
  for (const e of body.errors) { assert.equal(typeof e.name, 'string'); assert.equal(typeof e.reason, 'string') }
  assert.match(body.uuid, /^[0-9a-f-]{36}$/)
  if (message) assert.equal(body.message, message)
}

export async function gql<T = any>(base: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: any[] }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  return res.json() as any
}

export function wsClient(base: string, token?: string): Client {
  return createClient({
    url: base.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  })
}

/** Collects subscription events; `next(n)` waits (with a deadline) until n have arrived. */
export function subscribe(client: Client, query: string, variables?: Record<string, unknown>) {
  const events: any[] = []
  let error: unknown
  let done = false
  const waiters: (() => void)[] = []
  const wake = () => { for (const w of waiters.splice(0)) w() }
  const unsubscribe = client.subscribe({ query, variables }, {
    next: (v) => { events.push(v); wake() },
    error: (e) => { error = e; wake() },
    complete: () => { done = true; wake() },
  })
  return {
    events,
    get error() { return error },
    get done() { return done },
    unsubscribe,
    async next(n: number, timeoutMs = 10_000): Promise<any[]> {
      const deadline = Date.now() + timeoutMs
      while (events.length < n && !error && !done) {
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`timed out waiting for ${n} events (got ${events.length})`)
        await new Promise<void>((r) => { waiters.push(r); setTimeout(r, left) })
      }
      return events
    },
  }
}

/** Polls `fn` until it returns a truthy value or the deadline passes. */
export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = await fn()
    if (v) return v
    if (Date.now() > deadline) throw new Error('condition not met before the deadline')
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/**
 * Retries `check` until it stops throwing, then returns its value; past the deadline its last error is
 * thrown (with the assertion's own diff). For what reaches another process through a database
 * notification: the agent API's caches hear a change within a notification's round trip, not before the
 * writer's answer (ADR 0007), so a config request right after a write may still see the old value.
 * The default deadline is under the agent API's definitions time to live (5 s): a change that was never
 * announced still fails.
 */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 2_000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try { return await check() } catch (e) {
      if (Date.now() > deadline) throw e
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/** Messages that can be awaited with a deadline. */
export function inbox<T>() {
  const items: T[] = []
  const waiters: (() => void)[] = []
  return {
    items,
    push(m: T) { items.push(m); for (const w of waiters.splice(0)) w() },
    async until(pred: (m: T) => boolean, timeoutMs = 10_000): Promise<T> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const i = items.findIndex(pred)
        if (i >= 0) return items.splice(i, 1)[0]
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`no matching message; got ${JSON.stringify(items)}`)
        await new Promise<void>((r) => { waiters.push(r); setTimeout(r, left) })
      }
    },
  }
}
