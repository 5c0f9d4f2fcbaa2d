// Hosts by node key between check-ins. Every check-in starts by authenticating
// the node key; at 10,000 hosts that is 1,000 lookups a second, and a round trip
// to the database each time is most of the check-in's cost. Entries live for
// `ttlMs` at most and are evicted as soon as the host changes (the hosts
// trigger's notification, whoever wrote; everything is dropped after a gap in
// notifications: cache-events.ts), so a cached row is never used after a change
// the database announced.
export class HostCache<H extends { id: number }> {
  private readonly byKey = new Map<string, { host: H; expires: number }>()
  private readonly keysOf = new Map<number, Set<string>>()
  /** Eviction clock: when each host was last evicted, and when everything was. */
  private clock = 0
  private readonly evictedAt = new Map<number, number>()
  private clearedAt = 0

  constructor(private readonly ttlMs: number, private readonly maxEntries: number) {}

  get(nodeKey: string): H | undefined {
    const e = this.byKey.get(nodeKey)
    if (!e) return undefined
    if (e.expires > Date.now()) return e.host
    this.drop(nodeKey, e.host.id)
    return undefined
  }

  /** Taken before reading a host from the database, then given to set(). */
  mark(): number { return this.clock }

  /**
   * Caches `host`, unless it (or everything) was evicted after `mark`: the row was read before a change
   * whose eviction already went by, and caching it would keep the old row until it expires.
   */
  set(nodeKey: string, host: H, mark = this.clock): void {
    if (this.clearedAt > mark || (this.evictedAt.get(host.id) ?? 0) > mark) return
    // The oldest entry goes first when full (Map keeps insertion order).
    if (!this.byKey.has(nodeKey) && this.byKey.size >= this.maxEntries) {
      const [oldest, e] = this.byKey.entries().next().value!
      this.drop(oldest, e.host.id)
    }
    this.byKey.set(nodeKey, { host, expires: Date.now() + this.ttlMs })
    let keys = this.keysOf.get(host.id)
    if (!keys) this.keysOf.set(host.id, (keys = new Set()))
    keys.add(nodeKey)
  }

  /** Applies a change this process made to every cached copy of the host (they share one object per key). */
  patchHost(hostId: number, fields: Partial<H>): void {
    for (const k of this.keysOf.get(hostId) ?? []) { const e = this.byKey.get(k); if (e) Object.assign(e.host, fields) }
  }

  evictHost(hostId: number): void {
    this.evictedAt.set(hostId, ++this.clock)
    for (const k of this.keysOf.get(hostId) ?? []) this.byKey.delete(k)
    this.keysOf.delete(hostId)
  }

  clear(): void { this.byKey.clear(); this.keysOf.clear(); this.evictedAt.clear(); this.clearedAt = ++this.clock }

  get size(): number { return this.byKey.size }

  private drop(nodeKey: string, hostId: number) {
    this.byKey.delete(nodeKey)
    const keys = this.keysOf.get(hostId)
    keys?.delete(nodeKey)
    if (keys && keys.size === 0) this.keysOf.delete(hostId)
  }
}
