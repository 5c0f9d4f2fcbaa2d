import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { LoadingCache } from './loading-cache.js'

describe('loading cache', () => {
  it('loads a key once while fresh, shares a load in flight, and loads again after clear()', async () => {
    const c = new LoadingCache<string, number>(60_000)
    let loads = 0
    const load = async () => ++loads
    const [a, b] = await Promise.all([c.get('k', load), c.get('k', load)])
    assert.deepEqual([a, b, loads], [1, 1, 1])
    assert.equal(await c.get('other', load), 2)
    c.clear()
    assert.equal(await c.get('k', load), 3)
  })

  it('forgets a failed load and entries past their time to live', async () => {
    const failing = new LoadingCache<string, number>(60_000)
    await assert.rejects(failing.get('k', async () => { throw new Error('down') }), /down/)
    assert.equal(await failing.get('k', async () => 7), 7)
    const expired = new LoadingCache<string, number>(-1)
    let loads = 0
    await expired.get('k', async () => ++loads)
    assert.equal(await expired.get('k', async () => ++loads), 2)
  })
})
