// "This host's row changed" on the bus, for processes that cache host rows (the
// agent API caches a host per node key between check-ins). Whoever changes a
// host outside the agent's own check-in publishes it: enrollment (new node
// key), refetch requests, team transfers, deletion.
import type { Bus } from './pubsub.js'

export const HOST_CHANGED = 'HOST_CHANGED'
export interface HostChanged {
  hostId: number
  /** Who published it, so a publisher that already updated its own copy can skip the echo. */
  origin?: string
}

export function publishHostChanged(bus: Bus, hostId: number, origin?: string): void {
  bus.pubSub.publish(HOST_CHANGED, { hostId, ...(origin ? { origin } : {}) } satisfies HostChanged)
}

/** Calls `onChange` for every host change until the returned stop() is called. */
export function onHostChanged(bus: Bus, onChange: (e: HostChanged) => void): () => Promise<void> {
  return followTopic(bus, HOST_CHANGED, onChange)
}

/**
 * "The label or policy queries hosts are asked, or the agent options or packs they are sent, changed": whoever
 * changes them publishes it, and processes that cache them for check-ins (the agent API) drop their copies.
 */
export const AGENT_QUERIES_CHANGED = 'AGENT_QUERIES_CHANGED'
export interface AgentQueriesChanged { kind: 'labels' | 'policies' | 'options' | 'packs' }

export function publishAgentQueriesChanged(bus: Bus, kind: AgentQueriesChanged['kind']): void {
  bus.pubSub.publish(AGENT_QUERIES_CHANGED, { kind } satisfies AgentQueriesChanged)
}

/** Calls `onChange` for every such change until the returned stop() is called. */
export function onAgentQueriesChanged(bus: Bus, onChange: (e: AgentQueriesChanged) => void): () => Promise<void> {
  return followTopic(bus, AGENT_QUERIES_CHANGED, onChange)
}

/** Calls `onEvent` for every event of `topic` until the returned stop() is called. */
export function followTopic<T>(bus: Bus, topic: string, onEvent: (e: T) => void): () => Promise<void> {
  const it = (bus.pubSub.subscribe(topic) as AsyncIterable<T>)[Symbol.asyncIterator]()
  void (async () => {
    try {
      for (;;) {
        const n = await it.next()
        if (n.done) return
        onEvent(n.value)
      }
    } catch { /* the bus closed */ }
  })()
  return async () => { await it.return?.() }
}
