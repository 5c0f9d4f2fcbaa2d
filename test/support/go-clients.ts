// Requests as Fleet's Go clients send them, and the checks their decoders make
// on the answers (server/service/client.go, base_client.go, device_client.go).
import assert from 'node:assert/strict'
import { doJSON, type Reply } from './client.js'

/**
 * fleetctl's client: `Content-Type` and `Accept: application/json` on every request, `Authorization:
 * Bearer` once logged in, the JSON of its params as the body, or an empty body when it has none.
 * A 200 must carry a JSON object without an `error` member (the client's `parseResponse`).
 * @example
 *   const fleetctl = fleetctlClient(base, token)
 *   const packs = (await fleetctl.send('GET', '/api/v1/fleet/spec/packs')).body.specs
 *   await fleetctl.send('POST', '/api/latest/fleet/trigger', undefined, 404, { name: 'nope' })
 */
export function fleetctlClient(base: string, token?: string) {
  return {
    token,
    async send<T = any>(method: string, path: string, params?: unknown, expectedStatus = 200, query?: Record<string, string>): Promise<Reply<T>> {
      const qs = query ? `?${new URLSearchParams(query)}` : ''
      // Go sends no body for GET and an empty one for a POST without params
      const body = params !== undefined ? params : method === 'GET' || method === 'HEAD' ? undefined : ''
      const r = await doJSON<T>(base, method, path + qs, body, expectedStatus, this.token, { 'content-type': 'application/json', accept: 'application/json' })
      if (expectedStatus === 200) assertDecodes(method, path, r)
      return r
    },
  }
}

/** The client's decoding of a 200: a JSON object whose `error` member (the Go `errorer`) is unset. */
export function assertDecodes(method: string, path: string, r: Reply): void {
  assert.equal(typeof r.body, 'object', `${method} ${path}: the client decodes a JSON object, got ${JSON.stringify(r.body)}`)
  assert.ok(r.body !== null && !Array.isArray(r.body), `${method} ${path}: not a JSON object`)
  assert.ok(!r.body.error, `${method} ${path}: the client reads \`error\` as a failure: ${JSON.stringify(r.body.error)}`)
}

/**
 * Fleet Desktop's device client: no content type or accept header and no body (the tray loop's requests
 * have no params), the device token in the path. It accepts 200, reads 401 as "token invalid" (it
 * rereads the token file and retries), 402 as "Free tier" and 404 as "older server" (it then falls back
 * to another route).
 */
export function deviceClient(base: string) {
  return {
    async send<T = any>(method: string, path: string, expectedStatus = 200): Promise<Reply<T>> {
      if (method === 'HEAD') {
        // no body to decode (or to check against the OpenAPI document): the client reads the status only
        const res = await fetch(base + path, { method })
        assert.equal(res.status, expectedStatus, `HEAD ${path}: expected ${expectedStatus}, got ${res.status}`)
        return { status: res.status, body: undefined as T, headers: res.headers }
      }
      const r = await doJSON<T>(base, method, path, undefined, expectedStatus)
      if (expectedStatus === 200) assertDecodes(method, path, r)
      return r
    },
  }
}
