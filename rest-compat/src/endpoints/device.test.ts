import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { DeviceAuthFailureLimiter } from './device.js'

describe('device authentication failure limiter', () => {
  it("lets 101 failures through (Fleet's burst of 100 plus one), then asks to wait for the next token", () => {
    const l = new DeviceAuthFailureLimiter()
    const t0 = 1_000_000
    for (let i = 0; i < 101; i++) {
      assert.equal(l.retryAfter('1.2.3.4', t0), 0, `failure ${i + 1} must pass`)
      l.fail('1.2.3.4', t0)
    }
    assert.equal(l.retryAfter('1.2.3.4', t0), 5)
    assert.equal(l.retryAfter('1.2.3.4', t0 + 3000), 2)
    assert.equal(l.retryAfter('5.6.7.8', t0), 0, 'other addresses are not affected')
    // one token every 5 s (720 an hour)
    assert.equal(l.retryAfter('1.2.3.4', t0 + 5000), 0)
    l.fail('1.2.3.4', t0 + 5000)
    assert.equal(l.retryAfter('1.2.3.4', t0 + 5000), 5)
  })

  it('keeps at most maxAddresses buckets, dropping refilled ones first, then the least recently failed', () => {
    const l = new DeviceAuthFailureLimiter(2, 1000, 2)
    l.fail('a', 0); l.fail('a', 0); l.fail('b', 0); l.fail('b', 0)
    assert.equal(l.retryAfter('a', 0), 1)
    l.fail('c', 0) // full: 'a' (oldest) goes
    assert.equal(l.retryAfter('a', 0), 0)
    assert.equal(l.retryAfter('b', 0), 1)
    l.fail('d', 10_000) // 'b' and 'c' have refilled by now: dropped first
    assert.equal(l.retryAfter('b', 10_000), 0)
    assert.equal(l.retryAfter('d', 10_000), 0)
  })
})
