// A least-recently-used map on top of Map's insertion order: a hit moves the key
// to the end, an insert past capacity drops the first key and hands it to
// `onEvict` (the SQL engine closes the evicted database there).
export class Lru<K, V> {
  private readonly map = new Map<K, V>()

  constructor(private readonly capacity: number, private readonly onEvict: (key: K, value: V) => void = () => {}) {
    if (!(capacity >= 1)) throw new RangeError('LRU capacity must be at least 1')
  }

  get size(): number {
    return this.map.size
  }

  get(key: K): V | undefined {
    const value = this.map.get(key)
    if (value === undefined) return undefined
    this.map.delete(key)
    this.map.set(key, value)
    return value
  }

  set(key: K, value: V): void {
    const old = this.map.get(key)
    if (old !== undefined) {
      this.map.delete(key)
      if (old !== value) this.onEvict(key, old)
    }
    this.map.set(key, value)
    while (this.map.size > this.capacity) {
      const [firstKey, firstValue] = this.map.entries().next().value as [K, V]
      this.map.delete(firstKey)
      this.onEvict(firstKey, firstValue)
    }
  }

  /** Drops one entry through `onEvict`. */
  delete(key: K): void {
    const value = this.map.get(key)
    if (value === undefined) return
    this.map.delete(key)
    this.onEvict(key, value)
  }

  /** Drops every entry through `onEvict`. */
  clear(): void {
    for (const [k, v] of [...this.map]) {
      this.map.delete(k)
      this.onEvict(k, v)
    }
  }
}
