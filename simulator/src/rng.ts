// Deterministic pseudo-random numbers. Every host draws from streams keyed by
// (seed, host index, purpose), so a host's data never depends on how many other
// hosts run, on the order tables are generated in, or on which tables a query
// happened to touch first: the same --seed always rebuilds the same fleet.

/** 32-bit FNV-1a over a string: cheap, stable, good enough to derive stream seeds. */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A stream for one purpose of one host, e.g. `Rng.for(1, 42, 'processes')`. */
  static for(seed: number, index: number, purpose: string): Rng {
    return new Rng(hash32(`${seed}:${index}:${purpose}`))
  }

  /** Uniform in [0, 1). mulberry32: tiny state, fast, and plenty for fake data. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  /** `count` distinct items, in their original order (package lists look sorted that way). */
  sample<T>(items: readonly T[], count: number): T[] {
    const keep = new Set<number>()
    const n = Math.min(count, items.length)
    while (keep.size < n) keep.add(Math.floor(this.next() * items.length))
    return items.filter((_, i) => keep.has(i))
  }

  hex(length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += Math.floor(this.next() * 16).toString(16)
    return out
  }

  /** Characters from `alphabet`, e.g. for serial numbers. */
  chars(alphabet: string, length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)]
    return out
  }

  /** An RFC 4122 version-4 shaped UUID (lower case). */
  uuid(): string {
    const h = this.hex(32)
    const variant = '89ab'[Math.floor(this.next() * 4)]
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
  }
}
