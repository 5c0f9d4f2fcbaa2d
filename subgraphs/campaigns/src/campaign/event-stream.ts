// A campaign's event stream: everything stored so far, then live results,
// each host once. The live subscription opens before the stored results are
// read, so nothing that arrives in between is lost. Live events are signals
// that can be lost (Redis down, a replica killed between storing and
// publishing), so the stream also catches up from the database: at once when
// the bus reports missed events, and every `catchUp.everyMs` until `complete`. A hand-written iterator:
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
  catchUp?: {
    /** Stored events whose key is not among these. */
    missing: (seen: ReadonlySet<K>) => Promise<T[]>
    /** Subscribes to "the bus lost events"; returns the unsubscribe. */
    onMissedEvents: (listener: () => void) => () => void
    everyMs: number
    /** True once nothing more can arrive (every targeted host answered): periodic catch-up stops. */
    complete: (seen: number) => boolean
  }
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
  let stopCatchUp = () => {}
  const finish = () => { done = true; stopCatchUp(); for (const w of waiters.splice(0)) w({ done: true, value: undefined }) }

  // Catching up: one read at a time; a failed read (database down) is retried at the next tick.
  let catching: Promise<void> | null = null
  const catchUp = () => {
    const c = opts.catchUp
    if (!c || !ready || done || catching) return
    catching = c.missing(seen).then((evs) => { if (!done) for (const ev of evs) accept(ev) }, () => {}).finally(() => { catching = null })
  }
  if (opts.catchUp) {
    const c = opts.catchUp
    const unsubscribe = c.onMissedEvents(catchUp)
    const timer = setInterval(() => { if (!c.complete(seen.size)) catchUp() }, c.everyMs)
    timer.unref()
    stopCatchUp = () => { clearInterval(timer); unsubscribe() }
  }

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
