// osquery's error shape, written once for every agent route and for the public origin's proxy.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { ServerResponse } from 'node:http'
import { FleetError, createLogger, setLogLevel } from '@fleetgraph/subgraph-kit'
import { agentApiUnreachable, osqueryErrorBody, sendOsqueryError } from './osquery-errors.js'

setLogLevel('silent')
const log = createLogger('test')

function response() {
  const r = { status: 0, headers: {} as Record<string, string>, body: '', headersSent: false }
  const res = {
    get headersSent() { return r.headersSent },
    writeHead(status: number, headers: Record<string, string>) { r.status = status; r.headers = headers; r.headersSent = true; return res },
    end(text: string) { r.body = text },
  } as unknown as ServerResponse
  return { res, r, json: () => JSON.parse(r.body) }
}

describe('osquery error shape', () => {
  it('an unknown node key is a 401 that tells osquery to enroll again', () => {
    const { res, r, json } = response()
    sendOsqueryError(res, new FleetError('UNAUTHENTICATED', 'authentication error: invalid node key'), log, '/api/v1/osquery/config')
    assert.equal(r.status, 401)
    assert.deepEqual({ ...json(), uuid: undefined }, { error: 'authentication error: invalid node key', node_invalid: true, uuid: undefined })
    assert.match(json().uuid, /^[0-9a-f-]{36}$/)
  })

  it('a validation error keeps its status and message, without node_invalid', () => {
    const { res, r, json } = response()
    sendOsqueryError(res, new FleetError('VALIDATION_FAILED', 'host_details.x must not contain NUL (\\u0000) characters'), log, '/api/v1/osquery/enroll')
    assert.equal(r.status, 422)
    assert.equal(json().error, 'host_details.x must not contain NUL (\\u0000) characters')
    assert.equal('node_invalid' in json(), false)
  })

  it('the database down is a 503 with Retry-After; anything unexpected a 500 that shows nothing', () => {
    const down = response()
    sendOsqueryError(down.res, Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), log, '/api/v1/osquery/distributed/read')
    assert.equal(down.r.status, 503)
    assert.ok(Number(down.r.headers['retry-after']) > 0)
    assert.match(down.json().error, /not available/)
    const bug = response()
    sendOsqueryError(bug.res, new TypeError('x is undefined'), log, '/api/v1/osquery/config')
    assert.equal(bug.r.status, 500)
    assert.equal(bug.json().error, 'internal error')
    assert.deepEqual(osqueryErrorBody(500, 'secret detail', 'u'), { error: 'internal error', uuid: 'u' })
  })

  it("is the public origin's answer when a remote agent API cannot be reached: a 502", () => {
    const { res, r, json } = response()
    agentApiUnreachable(log)(res, new Error('connect ECONNREFUSED'))
    assert.equal(r.status, 502)
    assert.deepEqual(json(), { error: 'agent API unavailable' })
  })
})
