// Large totalCounts reused for a few seconds (count-cache.ts): small counts are always exact, a
// fresh count is served as is, a stale one is served while one recount runs, a too-old one is
// recounted before answering, and concurrent callers of a key share one count.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CountCache, cachedCounts } from './count-cache.js'

/** A count source whose answers and calls the test controls. */
function source(initial: Record<string, number>) {
  const values = new Map(Object.entries(initial))
  const calls: string[][] = []
  let gate: Promise<void> | null = null
  return {
    values, calls,
    hold() { let open!: () => void; gate = new Promise((r) => { open = r }); return () => { gate = null; open() } },
    count: async (keys: string[]) => {
      calls.push([...keys])
      if (gate) await gate
      return new Map(keys.map((k) => [k, values.get(k) ?? 0]))
    },
  }
}

const OPTS = { freshMs: 5_000, staleMs: 60_000, minCount: 1_000 }

describe('CountCache', () => {
  it('never stores a count under minCount: every change is counted at once', async () => {
    const src = source({ a: 999 })
    const cache = new CountCache(OPTS, () => 0)
    assert.equal((await cache.many(['a'], src.count)).get('a'), 999)
    src.values.set('a', 998)
    assert.equal((await cache.many(['a'], src.count)).get('a'), 998)
    assert.equal(src.calls.length, 2)
  })

  it('serves a fresh large count without counting again', async () => {
    let now = 0
    const src = source({ a: 5_000 })
    const cache = new CountCache(OPTS, () => now)
    await cache.many(['a'], src.count)
    src.values.set('a', 5_001)
    now = 4_999
    assert.equal((await cache.many(['a'], src.count)).get('a'), 5_000)
    assert.equal(src.calls.length, 1)
  })

  it('serves a stale count at once and recounts once in the background', async () => {
    let now = 0
    const src = source({ a: 5_000 })
    const cache = new CountCache(OPTS, () => now)
    await cache.many(['a'], src.count)
    src.values.set('a', 6_000)
    now = 10_000
    const release = src.hold()
    assert.equal((await cache.many(['a'], src.count)).get('a'), 5_000, 'stale value while the recount runs')
    assert.equal((await cache.many(['a'], src.count)).get('a'), 5_000)
    assert.equal(src.calls.length, 2, 'one background recount for both callers')
    release()
    const deadline = Date.now() + 2_000
    while ((await cache.many(['a'], src.count)).get('a') !== 6_000) {
      assert.ok(Date.now() < deadline, 'the recount was stored')
      await new Promise((r) => setImmediate(r))
    }
  })

  it('recounts before answering when the stored count is older than staleMs', async () => {
    let now = 0
    const src = source({ a: 5_000 })
    const cache = new CountCache(OPTS, () => now)
    await cache.many(['a'], src.count)
    src.values.set('a', 7_000)
    now = 60_000
    assert.equal((await cache.many(['a'], src.count)).get('a'), 7_000)
  })

  it('counts only the keys without a usable count, once for concurrent callers', async () => {
    const src = source({ a: 5_000, b: 3_000, c: 2 })
    const cache = new CountCache(OPTS, () => 0)
    await cache.many(['a'], src.count)
    const release = src.hold()
    const first = cache.many(['a', 'b', 'c'], src.count)
    const second = cache.many(['b'], src.count)
    release()
    assert.deepEqual([...(await first)].sort(), [['a', 5_000], ['b', 3_000], ['c', 2]])
    assert.equal((await second).get('b'), 3_000)
    assert.deepEqual(src.calls, [['a'], ['b', 'c']])
  })

  it('lets a failed count reach its caller and stores nothing', async () => {
    const cache = new CountCache(OPTS, () => 0)
    await assert.rejects(cache.one('a', async () => { throw new Error('database away') }), /database away/)
    assert.equal(await cache.one('a', async () => 4_000), 4_000)
  })

  it('keeps its keys within maxKeyChars, least recently used dropped first', async () => {
    const src = source({})
    const cache = new CountCache({ ...OPTS, maxKeyChars: 3_000 }, () => 0)
    const key = (i: number) => `${i}`.padEnd(1_000, '.')
    for (let i = 0; i < 4; i++) src.values.set(key(i), 5_000)
    for (let i = 0; i < 4; i++) await cache.one(key(i), () => src.count([key(i)]).then((m) => m.get(key(i))!))
    assert.equal(src.calls.length, 4)
    await cache.one(key(3), () => src.count([key(3)]).then((m) => m.get(key(3))!))
    assert.equal(src.calls.length, 4, 'the newest is kept')
    await cache.one(key(0), () => src.count([key(0)]).then((m) => m.get(key(0))!))
    assert.equal(src.calls.length, 5, 'the oldest was dropped')
  })

  it('keys parent counts by parent and spec (cachedCounts)', async () => {
    const cache = new CountCache(OPTS, () => 0)
    const calls: number[][] = []
    const counts = cachedCounts(cache, 'label-hosts', async (ids: number[], spec: { team: number }) => {
      calls.push(ids)
      return new Map(ids.map((id) => [id, id * 1_000 + spec.team]))
    })
    assert.deepEqual([...(await counts([1, 2], { team: 0 }))], [[1, 1_000], [2, 2_000]])
    assert.deepEqual([...(await counts([2, 3], { team: 0 }))], [[2, 2_000], [3, 3_000]])
    assert.deepEqual([...(await counts([2], { team: 7 }))], [[2, 2_007]], 'another spec is another count')
    assert.deepEqual(calls, [[1, 2], [3], [2]])
  })
})
