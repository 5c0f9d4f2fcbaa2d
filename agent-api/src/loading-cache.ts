// Definitions every check-in needs (dynamic labels, policies, agent options)
// change rarely: each key is loaded at most once per `ttlMs`, concurrent
// callers share the one load, a failed load is forgotten at once (the next
// caller retries), and clear() drops everything when the bus says it changed.
export class LoadingCache<K, V> {
  private readonly entries = new Map<K, { at: number; value: Promise<V> }>()

  constructor(private readonly ttlMs: number) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key)
    if (hit && Date.now() - hit.at <= this.ttlMs) return hit.value
    const entry = { at: Date.now(), value: load() }
    entry.value.catch(() => { if (this.entries.get(key) === entry) this.entries.delete(key) })
    this.entries.set(key, entry)
    return entry.value
  }

  clear(): void { this.entries.clear() }
}
