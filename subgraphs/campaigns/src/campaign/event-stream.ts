// A campaign's event stream: everything stored so far, then live results,
// each host once. The live subscription opens before the stored results are
// read, so nothing that arrives in between is lost. A hand-written iterator:
// return() must reach the bus subscription at once (an async generator would
// queue it behind a pending next() and leak the subscription).
const YIELD_EVERY = 32

export function replayThenLive<T, K>(opts: {
  live: AsyncIterable<T>
  stored: () => Promise<T[]>
  key: (ev: T) => K
  /** Events to emit for one new result (e.g. the result and an updated status). */
  expand: (ev: T, seen: number) => unknown[]
  prelude: () => Promise<unknown[]>
}): AsyncIterableIterator<unknown> {
  const queue: unknown[] = []
  let served = 0
  const waiters: ((r: IteratorResult<unknown>) => void)[] = []
  const seen = new Set<K>()
  let done = false
  let ready = false
  const early: T[] = []
  const liveIt = opts.live[Symbol.asyncIterator]()

  const push = (v: unknown) => { const w = waiters.shift(); if (w) w({ done: false, value: v }); else queue.push(v) }
  const accept = (ev: T) => {
    const k = opts.key(ev)
    if (seen.has(k)) return
    seen.add(k)
    for (const v of opts.expand(ev, seen.size)) push(v)
  }
  const finish = () => { done = true; for (const w of waiters.splice(0)) w({ done: true, value: undefined }) }

  void (async () => {
    try {
      for (;;) {
        const n = await liveIt.next()
        if (n.done || done) break
        if (ready) accept(n.value); else early.push(n.value)
      }
    } catch { /* the bus closed: end the stream */ }
    finish()
  })()

  void (async () => {
    try {
      for (const v of await opts.prelude()) push(v)
      for (const ev of await opts.stored()) accept(ev)
      ready = true
      for (const ev of early.splice(0)) accept(ev)
    } catch (e) {
      push({ __error: e })
      finish()
    }
  })()

  const it: AsyncIterableIterator<unknown> = {
    next: () => {
      if (queue.length) {
        const value = queue.shift()
        // A replay of thousands of stored results is a long run of microtasks per subscriber; every
        // YIELD_EVERY events the stream waits one macrotask so check-ins and other I/O are served meanwhile.
        if (++served % YIELD_EVERY === 0) return new Promise((resolve) => setImmediate(() => resolve({ done: false, value })))
        return Promise.resolve({ done: false, value })
      }
      if (done) return Promise.resolve({ done: true, value: undefined })
      return new Promise((resolve) => waiters.push(resolve))
    },
    return: async () => { finish(); await liveIt.return?.(); return { done: true, value: undefined } },
    throw: async (e) => { finish(); await liveIt.return?.(); throw e },
    [Symbol.asyncIterator]() { return it },
  }
  return it
}
