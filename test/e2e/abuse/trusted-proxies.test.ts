// The per-address login limit against a forged X-Forwarded-For (TRUSTED_PROXIES, origin
// client-address.ts). An attacker sending a new made-up address with each guess used to get a fresh
// budget every time, so the limit never held for password spraying across accounts.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError } from '../../support/client.js'
import { setupInstance } from '../../support/fleet.js'

const LIMIT = 5
const forged = () => `203.0.113.${1 + (randomBytes(1)[0]! % 250)}`
/** A failed login for an account of its own (the per-account limit never applies), from `xff`. */
const guess = async (base: string, xff: string) => {
  const res = await fetch(`${base}/api/v1/fleet/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': xff },
    body: JSON.stringify({ email: `victim-${randomBytes(4).toString('hex')}@example.com`, password: 'wrong password 1!' }),
  })
  return { status: res.status, body: await res.json() as any }
}

describe('per-address login limit and X-Forwarded-For', () => {
  describe('TRUSTED_PROXIES=none: clients reach the server directly', () => {
    let stack: TestStack
    before(async () => {
      stack = await startIsolatedStack({ TRUSTED_PROXIES: 'none', LOGIN_MAX_FAILURES_PER_ADDRESS: String(LIMIT) })
      await setupInstance(stack.url)
    })
    after(async () => { await stack.stop() })

    it('a made-up X-Forwarded-For on each guess does not buy a fresh budget', async () => {
      for (let i = 0; i < LIMIT; i++) assert.equal((await guess(stack.url, forged())).status, 401, `guess ${i + 1}`)
      const refused = await guess(stack.url, forged())
      assert.equal(refused.status, 429)
      assertFleetError(refused.body)
    })
  })

  describe('default (a proxy on this machine is trusted)', () => {
    let stack: TestStack
    before(async () => {
      stack = await startIsolatedStack({ LOGIN_MAX_FAILURES_PER_ADDRESS: String(LIMIT) })
      await setupInstance(stack.url)
    })
    after(async () => { await stack.stop() })

    it('the client is the address the proxy appended: addresses a client prepends do not count', async () => {
      const client = '198.51.100.77'
      for (let i = 0; i < LIMIT; i++) assert.equal((await guess(stack.url, `${forged()}, ${client}`)).status, 401, `guess ${i + 1}`)
      assert.equal((await guess(stack.url, `${forged()}, ${client}`)).status, 429)
      assert.equal((await guess(stack.url, client)).status, 429, 'the same client without the prefix')
      assert.equal((await guess(stack.url, '198.51.100.78')).status, 401, 'another client has its own budget')
    })
  })
})
