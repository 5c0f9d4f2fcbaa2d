// totalCount of large lists, reused for a few seconds (ADR 0011). Counting 45,000 label members that
// are online reads each one (150–350 ms at 100,000 hosts), while the page beside it reads 100 rows: a
// screen that pages or refreshes should not pay that again each time. Small counts (under `minCount`)
// are always exact and never stored, so a list of a few hundred items counts every change at once.
import { LRUCache } from 'lru-cache'

export interface CountCacheOptions {
  /** A stored count is served as is for this long. */
  freshMs: number
  /** Then, up to this age, it is served while a recount runs in the background; older, the caller waits for a recount. */
  staleMs: number
  /** Counts below this are not stored. */
  minCount: number
  /** Stored counts, least recently used dropped first. */
  max: number
  /** And at most this many characters of keys (a key holds the filters, a search text among them). */
  maxKeyChars: number
}

export const COUNT_CACHE_DEFAULTS: CountCacheOptions = { freshMs: 5_000, staleMs: 60_000, minCount: 1_000, max: 10_000, maxKeyChars: 2_000_000 }

interface Entry { n: number; at: number }

/**
 * Stale-while-revalidate counts, keyed by the caller (the list, its parent and every filter, the
 * caller's visibility included: two viewers who see different hosts never share a count).
 * @example
 *   const counts = new CountCache()
 *   const n = await counts.one(`hosts:${JSON.stringify(filter)}`, () => repo.count(filter))
 */
export class CountCache {
  private readonly entries: LRUCache<string, Entry>
  /** Counts being computed: concurrent callers of one key share a statement. */
  private readonly running = new Map<string, Promise<number>>()
  private readonly opts: CountCacheOptions

  constructor(opts: Partial<CountCacheOptions> = {}, private readonly clock: () => number = Date.now) {
    this.opts = { ...COUNT_CACHE_DEFAULTS, ...opts }
    this.entries = new LRUCache<string, Entry>({ max: this.opts.max, maxSize: this.opts.maxKeyChars, sizeCalculation: (_, key) => Math.max(1, key.length) })
  }

  async one(key: string, count: () => Promise<number>): Promise<number> {
    return (await this.many([key], async () => new Map([[key, await count()]]))).get(key) ?? 0
  }

  /** Counts for many keys; `count` is called once with the keys that have no usable stored count. */
  async many(keys: string[], count: (keys: string[]) => Promise<Map<string, number>>): Promise<Map<string, number>> {
    const now = this.clock()
    const out = new Map<string, number>()
    const wait: string[] = []
    const refresh: string[] = []
    for (const key of new Set(keys)) {
      const e = this.entries.get(key)
      const age = e ? now - e.at : Infinity
      if (e && age < this.opts.staleMs) {
        out.set(key, e.n)
        if (age >= this.opts.freshMs && !this.running.has(key)) refresh.push(key)
      } else wait.push(key)
    }
    // A background recount's failure leaves the stored count to age out; the next caller after
    // `staleMs` recounts in the foreground and sees the error.
    if (refresh.length) this.start(refresh, count).forEach((p) => p.catch(() => {}))
    const todo = wait.filter((k) => !this.running.has(k))
    const started = todo.length ? this.start(todo, count) : []
    const pending = wait.map((k) => this.running.get(k) ?? started[todo.indexOf(k)])
    const values = await Promise.all(pending)
    wait.forEach((k, i) => out.set(k, values[i]))
    return out
  }

  /** One `count` call for `keys`, each key's promise registered in `running` until it settles. */
  private start(keys: string[], count: (keys: string[]) => Promise<Map<string, number>>): Promise<number>[] {
    const at = this.clock()
    const batch = count(keys)
    return keys.map((key) => {
      const p = batch.then((m) => {
        const n = m.get(key) ?? 0
        if (n >= this.opts.minCount) this.entries.set(key, { n, at })
        else this.entries.delete(key)
        return n
      }).finally(() => { if (this.running.get(key) === p) this.running.delete(key) })
      this.running.set(key, p)
      return p
    })
  }
}

/**
 * A grouped loader's count fetch (ids of parents sharing one spec → count per parent) through a
 * CountCache: parents with a usable stored count are not counted again.
 * @example
 *   groupedLoader(cachedCounts(cache, 'label-hosts', (ids, s) => repos.hosts.countsOf('label', ids, s)), 0)
 */
export function cachedCounts<S>(cache: CountCache, prefix: string, fetch: (ids: number[], spec: S) => Promise<Map<number, number>>, keyOf: (spec: S) => string = (s) => JSON.stringify(s)) {
  return async (ids: number[], spec: S): Promise<Map<number, number>> => {
    const group = `${prefix}\u0000${keyOf(spec)}\u0000`
    const byKey = await cache.many(ids.map((id) => group + id), async (keys) => {
      const counted = await fetch(keys.map((k) => Number(k.slice(group.length))), spec)
      return new Map(keys.map((k) => [k, counted.get(Number(k.slice(group.length))) ?? 0]))
    })
    return new Map(ids.map((id) => [id, byKey.get(group + id) ?? 0]))
  }
}
