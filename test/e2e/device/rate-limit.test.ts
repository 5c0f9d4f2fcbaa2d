// Failed device authentications are rate-limited per client address (Fleet's
// errorLimiter: burst 100, then one more every 5 s): past 101 failures the
// address gets 429 with Retry-After, whatever token it sends; successful
// requests cost nothing; other addresses are unaffected. The count is kept where
// the token is checked, so GraphQL's `Authorization: Device` shares it (and,
// with REDIS_URL, every replica does).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON } from '../../support/client.js'
import { ENROLL_SECRET, setupInstance } from '../../support/fleet.js'

describe('device route rate limit', () => {
  let stack: TestStack
  let base: string
  let token: string
  const get = (t: string, address: string) => fetch(`${base}/api/v1/fleet/device/${t}/api_features`, { headers: { 'x-forwarded-for': address } })

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    await setupInstance(base)
    const key = (await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET, hardware_uuid: 'U-RL' }, 200)).body.orbit_node_key
    token = randomUUID()
    await doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: key, device_auth_token: token }, 200)
  })
  after(async () => { await stack.stop() })

  it('answers 429 with Retry-After after more than 100 failures from one address, even to a valid token', async () => {
    const started = Date.now()
    let failures = 0
    let limited: Response | undefined
    while (!limited && failures < 200) {
      const r = await get('wrong-token', '203.0.113.7')
      if (r.status === 429) limited = r
      else { assert.equal(r.status, 401); failures++; await r.arrayBuffer() }
    }
    assert.ok(limited, 'never limited')
    // 101 failures pass; the bucket regains one every 5 s while we send them
    assert.ok(failures >= 101 && failures <= 101 + Math.ceil((Date.now() - started) / 5000), `limited after ${failures} failures`)
    const retryAfter = Number(limited.headers.get('retry-after'))
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 5, `Retry-After: ${limited.headers.get('retry-after')}`)
    const body = await limited.json() as any
    assertFleetError(body)
    assert.match(body.message, /^limit exceeded, retry after: \ds$/)
    const valid = await get(token, '203.0.113.7')
    assert.equal(valid.status, 429)
    assert.ok(valid.headers.get('retry-after'))
    // another address is not affected
    assert.equal((await get(token, '203.0.113.8')).status, 200)
    assert.equal((await get('wrong-token', '203.0.113.8')).status, 401)
  })

  it('counts GraphQL device authentications in the same budget, answering TOO_MANY_REQUESTS', async () => {
    const device = (t: string) => fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Device ${t}`, 'x-forwarded-for': '192.0.2.9' },
      body: JSON.stringify({ query: '{ device { id } }' }),
    }).then((r) => r.json() as Promise<{ data?: any; errors?: any[] }>)
    let failures = 0
    let limited: { data?: any; errors?: any[] } | undefined
    while (!limited && failures < 200) {
      const r = await device('wrong-token')
      if (r.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS') limited = r
      else { assert.equal(r.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(r)); failures++ }
    }
    assert.ok(limited && failures >= 101, `limited after ${failures} failures`)
    assert.ok(limited.errors![0].extensions.retryAfter >= 1)
    // the REST routes see the same count for that address
    assert.equal((await get(token, '192.0.2.9')).status, 429)
  })

  it('does not count successful requests', async () => {
    for (let i = 0; i < 120; i++) {
      const r = await get(token, '198.51.100.1')
      assert.equal(r.status, 200)
      await r.arrayBuffer()
    }
    assert.equal((await get('wrong-token', '198.51.100.1')).status, 401)
  })
})
