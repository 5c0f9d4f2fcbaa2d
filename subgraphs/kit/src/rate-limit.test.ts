import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { createClient } from 'redis'
import { burstyFailureCounter, failureCounter } from './rate-limit.js'
import { openBus, type Bus } from './pubsub.js'

const memoryBus = { kind: 'memory' } as Bus
const key = () => randomUUID()

describe('failure counter', () => {
  it('lets max failures through, then asks to wait out the window', async () => {
    const c = failureCounter(memoryBus, { name: 'unit', namespace: 'test', max: 3, windowSeconds: 60 })
    const k = key()
    for (let i = 0; i < 3; i++) {
      assert.equal(await c.retryAfter(k), 0, `failure ${i + 1} must pass`)
      await c.fail(k)
    }
    const wait = await c.retryAfter(k)
    assert.ok(wait >= 59 && wait <= 60, `wait ${wait}`)
    assert.equal(await c.retryAfter(key()), 0, 'other keys are not affected')
  })

  it('forgets a key on reset', async () => {
    const c = failureCounter(memoryBus, { name: 'unit', namespace: 'test', max: 1, windowSeconds: 60 })
    const k = key()
    await c.fail(k)
    assert.ok(await c.retryAfter(k))
    await c.reset(k)
    assert.equal(await c.retryAfter(k), 0)
  })

  it('counts in memory while Redis is not connected instead of failing', async () => {
    const redis = createClient({ disableOfflineQueue: true }) // never connected: not ready
    const c = failureCounter({ kind: 'redis', redis } as unknown as Bus, { name: 'unit', namespace: 'test', max: 2, windowSeconds: 60 })
    const k = key()
    await c.fail(k)
    await c.fail(k)
    assert.ok(await c.retryAfter(k) > 0)
    await c.reset(k)
    assert.equal(await c.retryAfter(k), 0)
  })
})

describe('bursty failure counter', () => {
  it("lets 101 failures through (Fleet's device limiter: burst 100 on top of one per 5 s), then asks to wait at most 5 s", async () => {
    const c = burstyFailureCounter(memoryBus, { name: 'unit-bursty', namespace: 'test', perWindow: 1, windowSeconds: 5, burst: 100, burstWindowSeconds: 3600 })
    const k = key()
    for (let i = 0; i < 101; i++) {
      assert.equal(await c.retryAfter(k), 0, `failure ${i + 1} must pass`)
      await c.fail(k)
    }
    const wait = await c.retryAfter(k)
    assert.ok(wait >= 1 && wait <= 5, `wait ${wait}`)
    assert.equal(await c.retryAfter(key()), 0, 'other keys are not affected')
  })
})

// Two replicas are two buses on one Redis: what one counts, the other refuses.
const redisUrl = process.env.REDIS_URL
if (redisUrl) {
  describe('failure counters on Redis (REDIS_URL)', () => {
    it('hold across replicas: failures charged on one bus are refused on the other', async () => {
      const [a, b] = await Promise.all([openBus(redisUrl), openBus(redisUrl)])
      try {
        const opts = { name: 'unit-replicas', namespace: `test-${randomUUID()}`, perWindow: 1, windowSeconds: 5, burst: 100, burstWindowSeconds: 3600 }
        const [ca, cb] = [burstyFailureCounter(a, opts), burstyFailureCounter(b, opts)]
        const k = key()
        for (let i = 0; i < 101; i++) {
          const c = i % 2 ? cb : ca
          assert.equal(await c.retryAfter(k), 0, `failure ${i + 1} must pass`)
          await c.fail(k)
        }
        for (const c of [ca, cb]) {
          const wait = await c.retryAfter(k)
          assert.ok(wait >= 1 && wait <= 5, `wait ${wait}`)
        }
        await ca.reset(k)
        assert.equal(await cb.retryAfter(k), 0, 'a reset on one replica clears the count for all')
      } finally {
        await Promise.all([a.close(), b.close()])
      }
    })
  })
}
