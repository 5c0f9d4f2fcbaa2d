import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Lru } from './lru.js'
import { Limiter } from './limiter.js'

describe('Lru', () => {
  it('evicts the least recently used entry through onEvict', () => {
    const evicted: string[] = []
    const lru = new Lru<string, number>(2, (k) => evicted.push(k))
    lru.set('a', 1)
    lru.set('b', 2)
    lru.get('a')
    lru.set('c', 3)
    assert.deepEqual(evicted, ['b'])
    assert.equal(lru.get('b'), undefined)
    lru.clear()
    assert.deepEqual(evicted.sort(), ['a', 'b', 'c'])
  })
})

describe('Limiter', () => {
  it('never runs more than max tasks at once', async () => {
    const limiter = new Limiter(3)
    let running = 0, peak = 0
    await Promise.all(Array.from({ length: 20 }, () => limiter.run(async () => {
      peak = Math.max(peak, ++running)
      await new Promise((r) => setImmediate(r))
      running--
    })))
    assert.equal(peak, 3)
    assert.equal(limiter.inFlight, 0)
  })
})
