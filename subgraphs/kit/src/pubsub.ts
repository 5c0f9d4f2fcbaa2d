// One pub/sub for every subgraph in a process. With REDIS_URL, events travel
// through Redis so any replica may publish and every replica holding a
// subscriber delivers; without it, an in-process EventTarget behind the same
// interface serves the single-process embedded default.
import { createPubSub, type PubSub } from '@graphql-yoga/subscription'
import { createClient } from 'redis'
import { createLogger } from './log.js'
import { redisEventTarget, type RedisClient } from './redis-event-target.js'

export type { RedisClient }

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
  readonly redis?: RedisClient
}

export async function openBus(redisUrl: string | undefined): Promise<Bus> {
  if (!redisUrl) {
    return {
      kind: 'memory', pubSub: createPubSub<Topics>(), onMissedEvents: () => () => {}, ping: async () => true, close: async () => {},
    }
  }
  // Separate connections: a connection in subscriber mode cannot publish.
  let connected = false
  const client = createClient({
    url: redisUrl,
    // No offline queue: while Redis is down a command fails at once (a publish is dropped, ping() says
    // false, the rate limits count in memory) instead of waiting for the connection to come back.
    disableOfflineQueue: true,
    socket: {
      // Bounded backoff, retried for ever once up: replicas must heal after an outage of any length.
      // At boot the first failure is final, so a wrong REDIS_URL stops the process instead of hanging it.
      reconnectStrategy: (retries) => (connected ? Math.min((retries + 1) * 50, 2000) : false),
    },
  })
  // The subscriber keeps its offline queue: a SUBSCRIBE asked for during an outage is sent on reconnect.
  const subscriber = client.duplicate({ disableOfflineQueue: false })
  for (const c of [client, subscriber]) c.on('error', () => { /* reported through ping() */ })
  await Promise.all([client.connect(), subscriber.connect()]).catch((e: unknown) => {
    for (const c of [client, subscriber]) if (c.isOpen) c.destroy()
    throw e
  })
  connected = true
  const target = redisEventTarget(client, subscriber, log)
  // Every later 'ready' is a reconnection: node-redis has restored the subscriptions that had succeeded;
  // those asked for while it was down are asked again; events published meanwhile never arrived.
  const missed = new Set<() => void>()
  subscriber.on('ready', () => {
    target.resubscribe()
    for (const l of missed) l()
  })
  const pubSub = createPubSub<Topics>({ eventTarget: target })
  return {
    kind: 'redis',
    pubSub,
    redis: client,
    onMissedEvents: (listener) => { missed.add(listener); return () => { missed.delete(listener) } },
    ping: async () => {
      try { return (await client.ping()) === 'PONG' } catch { return false }
    },
    close: async () => {
      // At once, as ioredis's disconnect() did: commands still waiting are dropped (publishes are signals).
      for (const c of [client, subscriber]) if (c.isOpen) c.destroy()
    },
  }
}

const log = createLogger('bus')
