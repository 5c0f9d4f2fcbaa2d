// "This host's row changed" on the bus, for processes that cache host rows (the
// agent API caches a host per node key between check-ins). Whoever changes a
// host outside the agent's own check-in publishes it: enrollment (new node
// key), refetch requests, team transfers, deletion.
import type { Bus } from './pubsub.js'

export const HOST_CHANGED = 'HOST_CHANGED'
export interface HostChanged { hostId: number }

export function publishHostChanged(bus: Bus, hostId: number): void {
  bus.pubSub.publish(HOST_CHANGED, { hostId } satisfies HostChanged)
}

/** Calls `onChange` for every host change until the returned stop() is called. */
export function onHostChanged(bus: Bus, onChange: (e: HostChanged) => void): () => Promise<void> {
  const it = (bus.pubSub.subscribe(HOST_CHANGED) as AsyncIterable<HostChanged>)[Symbol.asyncIterator]()
  void (async () => {
    try {
      for (;;) {
        const n = await it.next()
        if (n.done) return
        onChange(n.value)
      }
    } catch { /* the bus closed */ }
  })()
  return async () => { await it.return?.() }
}
