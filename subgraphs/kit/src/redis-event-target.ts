// The EventTarget createPubSub reads and writes, carried over Redis pub/sub with
// the `redis` client (node-redis). @graphql-yoga/redis-event-target expects
// ioredis clients (an `on('message')` emitter); node-redis hands each
// SUBSCRIBE a listener instead, so the few lines of routing live here.
//
// Made for an outage: the pub/sub library fires dispatch/add/remove without
// awaiting anything, so nothing here may reject. A failed publish is dropped
// (and logged once per burst); a failed SUBSCRIBE is retried by `resubscribe()`
// once the connection is back, because node-redis restores only the
// subscriptions that had succeeded.
import type { PubSubEventTarget } from '@graphql-yoga/subscription'
import type { createClient } from 'redis'
import type { Logger } from './log.js'
import type { Topics } from './pubsub.js'

export type RedisClient = ReturnType<typeof createClient>

type Listener = ((event: CustomEvent) => void) | { handleEvent(event: CustomEvent): void }

export interface RedisEventTarget extends PubSubEventTarget<Topics> {
  /** Subscribes again to every topic that has listeners (idempotent): call it once the connection is back. */
  resubscribe(): void
}

/**
 * @example
 *   const target = redisEventTarget(publisher, subscriber, log)
 *   subscriber.on('ready', () => target.resubscribe())
 *   const pubSub = createPubSub<Topics>({ eventTarget: target })
 */
export function redisEventTarget(publisher: RedisClient, subscriber: RedisClient, log: Logger): RedisEventTarget {
  const listeners = new Map<string, Set<Listener>>()
  let dropped = 0

  // Payloads travel as JSON; `undefined` as the empty message (JSON has no undefined).
  const onMessage = (message: string, topic: string) => {
    const set = listeners.get(topic)
    if (!set) return
    const event = new CustomEvent(topic, { detail: message === '' ? null : JSON.parse(message) as unknown })
    for (const l of set) if (typeof l === 'function') l(event); else l.handleEvent(event)
  }
  const subscribe = (topic: string) => {
    subscriber.subscribe(topic, onMessage).catch((e: Error) => log.warn('redis subscribe failed; retried on reconnect', { topic, error: e.message }))
  }

  const target = {
    addEventListener(topic: string, listener: Listener | null) {
      if (!listener) return
      let set = listeners.get(topic)
      if (!set) { listeners.set(topic, (set = new Set())); subscribe(topic) }
      set.add(listener)
    },
    removeEventListener(topic: string, listener: Listener | null) {
      const set = listeners.get(topic)
      if (!set || !listener) return
      set.delete(listener)
      if (set.size) return
      listeners.delete(topic)
      subscriber.unsubscribe(topic, onMessage).catch(() => { /* gone with the connection anyway */ })
    },
    dispatchEvent(event: Event) {
      const detail = (event as CustomEvent).detail as unknown
      publisher.publish(event.type, detail === undefined ? '' : JSON.stringify(detail)).catch((e: Error) => {
        // One line per burst, not per event: an outage can drop thousands.
        if (dropped++ % 1000 === 0) log.warn('redis publish failed; event dropped', { channel: event.type, dropped, error: e.message })
      })
      return true
    },
    resubscribe() {
      // SUBSCRIBE of a channel node-redis already holds adds nothing (the listener is a Set member).
      for (const topic of listeners.keys()) subscribe(topic)
    },
  }
  return target as unknown as RedisEventTarget
}
