// One pub/sub for every subgraph in a process. With REDIS_URL, events travel
// through Redis so any replica may publish and every replica holding a
// subscriber delivers; without it, an in-process EventTarget behind the same
// interface serves the single-process embedded default.
import { createPubSub, type PubSub } from '@graphql-yoga/subscription'
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target'
import Redis from 'ioredis'
import { createLogger } from './log.js'

/** Topic name → payload. Per-entity topics put the id in the name (`campaign:42`). */
export type Topics = Record<string, [unknown]>

export type BusPubSub = PubSub<Topics>

export interface Bus {
  readonly kind: 'redis' | 'memory'
  /**
   * Signals only: publishing never throws and never rejects. While Redis is down an event is dropped
   * (logged); whoever depends on events also has a rule for catching up from the database
   * (`onMissedEvents`, periodic refreshes), because nothing that must not be lost travels here (ADR 0005).
   */
  readonly pubSub: PubSub<Topics>
  /**
   * Calls `listener` each time the bus got its subscriptions back after losing its connection: events
   * published meanwhile never arrived, so whoever caches on the strength of events drops its caches.
   * Returns a function that stops the calls. The in-process bus never loses events.
   */
  onMissedEvents(listener: () => void): () => void
  ping(): Promise<boolean>
  close(): Promise<void>
  /** The Redis connection commands go through, for counters every replica shares (rate limits); absent without Redis. */
  readonly redis?: Redis
}

export async function openBus(redisUrl: string | undefined): Promise<Bus> {
  if (!redisUrl) {
    return {
      kind: 'memory', pubSub: createPubSub<Topics>(), onMissedEvents: () => () => {}, ping: async () => true, close: async () => {},
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
  const pubSub = createPubSub<Topics>({ eventTarget: createRedisEventTarget(signalClients(publishClient, subscribeClient)) })
  return {
    kind: 'redis',
    pubSub,
    redis: publishClient,
    onMissedEvents: (listener) => { missed.add(listener); return () => { missed.delete(listener) } },
    ping: async () => {
      try { return (await publishClient.ping()) === 'PONG' } catch { return false }
    },
    close: async () => { publishClient.disconnect(); subscribeClient.disconnect() },
  }
}

const log = createLogger('bus')

/**
 * The two connections as the Redis event target uses them, made safe for an outage. The event target
 * fires `publish`, `subscribe` and `unsubscribe` without handling their promises, so a Redis outage
 * would end the process on an unhandled rejection: here a failed publish is logged and dropped, and a
 * failed subscribe is retried when the connection is back (ioredis only restores subscriptions that
 * had succeeded).
 */
function signalClients(publishClient: Redis, subscribeClient: Redis) {
  const topics = new Set<string>()
  let dropped = 0
  const resubscribe = () => {
    if (topics.size) subscribeClient.subscribe(...topics).catch((e: Error) => log.warn('redis subscribe failed; retried on reconnect', { error: e.message }))
  }
  subscribeClient.on('ready', resubscribe)
  const publisher = {
    publish: (channel: string, message: string) => publishClient.publish(channel, message).catch((e: Error) => {
      // One line per burst, not per event: an outage can drop thousands.
      if (dropped++ % 1000 === 0) log.warn('redis publish failed; event dropped', { channel, dropped, error: e.message })
      return 0
    }),
  }
  const subscriber = {
    on: subscribeClient.on.bind(subscribeClient),
    subscribe: (topic: string) => { topics.add(topic); return subscribeClient.subscribe(topic).catch((e: Error) => log.warn('redis subscribe failed; retried on reconnect', { topic, error: e.message })) },
    unsubscribe: (topic: string) => { topics.delete(topic); return subscribeClient.unsubscribe(topic).catch(() => { /* gone with the connection anyway */ }) },
  }
  return { publishClient: publisher as unknown as Redis, subscribeClient: subscriber as unknown as Redis }
}
