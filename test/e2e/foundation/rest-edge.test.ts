// The REST edge: routing, decoding and error shapes, and /healthz.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON } from '../../support/client.js'
import { setupInstance } from '../../support/fleet.js'

describe('REST edge', () => {
  let stack: TestStack
  let base: string
  let admin: string

  before(async () => {
    stack = await startIsolatedStack({ BODY_LIMIT_BYTES: '4096' })
    base = stack.url
    admin = (await setupInstance(base)).token
  })
  after(async () => {
    // SIGTERM must end the process cleanly (the gateway runtime does not stop our server by itself).
    assert.equal(await stack.stop(), 0)
  })

  it('GET /healthz is 200 when every service is ready', async () => {
    const r = await doJSON(base, 'GET', '/healthz', undefined, 200)
    assert.equal(r.body.ok, true)
    assert.deepEqual(Object.keys(r.body.checks).sort(), ['campaigns', 'inventory', 'mdm', 'packs-and-queries', 'supergraph'])
  })

  it('serves the same routes under /api/v1, /api/latest and /api/2022-04', async () => {
    for (const v of ['v1', 'latest', '2022-04']) await doJSON(base, 'GET', `/api/${v}/fleet/me`, undefined, 200, admin)
    assertFleetError((await doJSON(base, 'GET', '/api/v7/fleet/me', undefined, 404, admin)).body, 'Resource Not Found')
  })

  it('answers unknown /api paths with a JSON 404 in Fleet shape', async () => {
    const r = await doJSON(base, 'GET', '/api/v1/fleet/no-such-thing', undefined, 404)
    assertFleetError(r.body, 'Resource Not Found')
    assert.match(r.headers.get('content-type') ?? '', /application\/json/)
  })

  it('malformed JSON is a 400 and an empty body is "Expected JSON Body"', async () => {
    const bad = await doJSON(base, 'POST', '/api/v1/fleet/login', '{"email": ', 400)
    assertFleetError(bad.body, 'Bad request')
    assert.match(bad.body.errors[0].reason, /json decoder error/)
    const empty = await doJSON(base, 'POST', '/api/v1/fleet/login', '', 400, undefined, { 'content-type': 'application/json' })
    assert.equal(empty.body.errors[0].reason, 'Expected JSON Body')
  })

  it('an oversized body is a 413 in Fleet shape, and nothing is written', async () => {
    const big = { name: 'x'.repeat(10_000), email: 'big@example.com', password: 'correct horse 1!', global_role: 'observer' }
    const r = await doJSON(base, 'POST', '/api/v1/fleet/users/admin', big, 413, admin)
    assertFleetError(r.body)
    const users = await doJSON(base, 'GET', '/api/v1/fleet/users?query=big@example.com', undefined, 200, admin)
    assert.deepEqual(users.body.users, [])
  })

  it('a cross-origin request that is not JSON is refused with 415', async () => {
    const r = await doJSON(base, 'POST', '/api/v1/fleet/login', 'email=a&password=b', 415, undefined, { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example.com' })
    assertFleetError(r.body)
  })

  it('graphql requests that are not GraphQL get a 4xx, never a 500', async () => {
    for (const body of ['{', '{"query": 5}', '{"query": "{ nope }"}', '[]']) {
      const r = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      assert.ok(r.status >= 200 && r.status < 500, `${body}: ${r.status}`)
      const j = await r.json() as any
      assert.ok(Array.isArray(j.errors) && j.errors.length > 0, body)
    }
  })

  it('a wrong HTTP method on a known path is answered in Fleet shape, never a 500', async () => {
    const r = await fetch(`${base}/api/v1/fleet/me`, { method: 'DELETE', headers: { authorization: `Bearer ${admin}` } })
    assert.ok(r.status === 404 || r.status === 405, String(r.status))
    assertFleetError(await r.json())
  })
})
