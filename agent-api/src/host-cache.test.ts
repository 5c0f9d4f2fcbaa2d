import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { HostCache } from './host-cache.js'

describe('host cache', () => {
  it('returns cached hosts, evicts every key of a changed host, and drops the oldest when full', () => {
    const c = new HostCache<{ id: number }>(60_000, 2)
    c.set('k1', { id: 1 })
    c.set('k1-old', { id: 1 })
    assert.deepEqual(c.get('k1'), { id: 1 })
    c.evictHost(1)
    assert.equal(c.get('k1'), undefined)
    assert.equal(c.get('k1-old'), undefined)
    c.set('a', { id: 2 }); c.set('b', { id: 3 }); c.set('c', { id: 4 })
    assert.equal(c.get('a'), undefined)
    assert.deepEqual([c.get('b'), c.get('c')], [{ id: 3 }, { id: 4 }])
    assert.equal(c.size, 2)
  })

  it('does not cache a row read before its host (or everything) was evicted', () => {
    const c = new HostCache<{ id: number }>(60_000, 10)
    const before = c.mark()
    c.evictHost(1) // the change's event arrives while the row is being read
    c.set('k1', { id: 1 }, before)
    assert.equal(c.get('k1'), undefined)
    c.set('k2', { id: 2 }, before) // another host's eviction does not matter
    assert.deepEqual(c.get('k2'), { id: 2 })
    const beforeClear = c.mark()
    c.clear()
    c.set('k3', { id: 3 }, beforeClear)
    assert.equal(c.get('k3'), undefined)
    c.set('k1', { id: 1 }, c.mark())
    assert.deepEqual(c.get('k1'), { id: 1 })
  })

  it('forgets entries after their time to live', () => {
    const c = new HostCache<{ id: number }>(-1, 10)
    c.set('k', { id: 1 })
    assert.equal(c.get('k'), undefined)
    assert.equal(c.size, 0)
  })
})
