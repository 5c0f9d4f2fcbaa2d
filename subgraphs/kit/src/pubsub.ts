// One pub/sub for every subgraph in a process. With REDIS_URL, events travel
// through Redis so any replica may publish and every replica holding a
// subscriber delivers; without it, an in-process EventTarget behind the same
// interface serves the single-process embedded default.
import { createPubSub, type PubSub } from '@graphql-yoga/subscription'
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target'
import Redis from 'ioredis'
import { memoryLiveQueryStore, redisLiveQueryStore, type LiveQueryStore } from './live-query-store.js'

/** Topic name → payload. Per-entity topics put the id in the name (`campaign:42`). */
export type Topics = Record<string, [unknown]>

export type BusPubSub = PubSub<Topics>

export interface Bus {
  readonly kind: 'redis' | 'memory'
  readonly pubSub: PubSub<Topics>
  /** Live-query campaign state shared by every process (Redis) or this one (memory). */
  readonly liveQueries: LiveQueryStore
  /**
   * Calls `listener` each time the bus got its subscriptions back after losing its connection: events
   * published meanwhile never arrived, so whoever caches on the strength of events drops its caches.
   * Returns a function that stops the calls. The in-process bus never loses events.
   */
  onMissedEvents(listener: () => void): () => void
  ping(): Promise<boolean>
  close(): Promise<void>
}

export async function openBus(redisUrl: string | undefined): Promise<Bus> {
  if (!redisUrl) {
    return {
      kind: 'memory', pubSub: createPubSub<Topics>(), liveQueries: memoryLiveQueryStore(), onMissedEvents: () => () => {}, ping: async () => true, close: async () => {},
    }
  }
  // Separate connections: a subscribed ioredis connection cannot publish.
  // maxRetriesPerRequest 1: a dead Redis surfaces as an error quickly instead of queueing forever.
  const opts = { maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: true }
  const publishClient = new Redis(redisUrl, opts)
  const subscribeClient = new Redis(redisUrl, opts)
  for (const c of [publishClient, subscribeClient]) c.on('error', () => { /* reported through ping() */ })
  await Promise.all([publishClient.connect(), subscribeClient.connect()])
  // Every later 'ready' is a reconnection (ioredis subscribes again by itself): events may have been missed.
  const missed = new Set<() => void>()
  subscribeClient.on('ready', () => { for (const l of missed) l() })
  const pubSub = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) })
  return {
    kind: 'redis',
    pubSub,
    liveQueries: redisLiveQueryStore(publishClient),
    onMissedEvents: (listener) => { missed.add(listener); return () => { missed.delete(listener) } },
    ping: async () => {
      try { return (await publishClient.ping()) === 'PONG' } catch { return false }
    },
    close: async () => { publishClient.disconnect(); subscribeClient.disconnect() },
  }
}
