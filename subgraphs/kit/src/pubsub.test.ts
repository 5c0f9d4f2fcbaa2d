// The bus's promises (ADR 0005, ADR 0008): events reach every replica's
// subscribers, publishing never rejects, and a dropped connection gets its
// subscriptions back and tells the cachers they may have missed events.
// The Redis part needs REDIS_URL (the real-services pass).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { createServer, connect, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { createClient } from 'redis'
import { openBus, type Bus } from './pubsub.js'
import { setLogLevel } from './log.js'

setLogLevel('silent')

type Subscription = ReturnType<typeof subscription>

function subscription(bus: Bus, topic: string) {
  const it = bus.pubSub.subscribe(topic)[Symbol.asyncIterator]()
  let pending: Promise<IteratorResult<unknown>> | undefined
  return {
    /** Subscribes now (the first next() is what subscribes). */
    start() { pending ??= it.next() },
    next() { const p = pending ?? it.next(); pending = undefined; return p },
    close: async () => { await it.return?.() },
  }
}

/**
 * Publishes `value` on `topic` every 50 ms until `sub` receives it, for at most `ms`: a SUBSCRIBE
 * reaches Redis a moment after subscribe(), and Redis keeps nothing for late subscribers. Earlier
 * values still in flight are skipped.
 */
async function publishUntil(publisher: Bus, topic: string, value: unknown, sub: Subscription, ms = 5000): Promise<unknown> {
  publisher.pubSub.publish(topic, value)
  const timer = setInterval(() => publisher.pubSub.publish(topic, value), 50)
  let timeout: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => { timeout = setTimeout(() => reject(new Error(`${JSON.stringify(value)} not received on ${topic} within ${ms} ms`)), ms) })
  try {
    for (;;) {
      const r = await Promise.race([sub.next(), deadline])
      if (isDeepStrictEqual(r.value, value)) return r.value
    }
  } finally {
    clearInterval(timer)
    clearTimeout(timeout)
  }
}

async function waitFor(cond: () => boolean, ms: number) {
  const deadline = Date.now() + ms
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 20))
  }
}

/**
 * A TCP link to Redis that a test can cut (the bus sees Redis go away) and restore on the same port.
 * Stopping the shared server would disturb other clients; cutting one bus's link does not.
 */
async function redisLink(target: string) {
  const { hostname, port } = new URL(target)
  const sockets = new Set<Socket>()
  let server: Server
  const listen = (p: number) => new Promise<number>((resolve) => {
    server = createServer((client) => {
      const upstream = connect(Number(port || 6379), hostname)
      for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => s.destroy()) }
      client.pipe(upstream).pipe(client)
    })
    server.listen(p, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
  const linkPort = await listen(0)
  const stop = () => new Promise<void>((r) => { server.close(() => r()); for (const s of sockets) s.destroy() })
  return {
    url: `redis://127.0.0.1:${linkPort}`,
    cut: () => { void stop() },
    restore: () => listen(linkPort),
    close: stop,
  }
}

describe('in-process bus', () => {
  it('delivers what is published', async () => {
    const bus = await openBus(undefined)
    const sub = subscription(bus, 't')
    assert.deepEqual(await publishUntil(bus, 't', { a: 1 }, sub), { a: 1 })
    await sub.close()
    await bus.close()
  })
})

const redisUrl = process.env.REDIS_URL
if (redisUrl) {
  describe('Redis bus (REDIS_URL)', () => {
    it('delivers an event published on one replica to subscribers on another', async () => {
      const [a, b] = await Promise.all([openBus(redisUrl), openBus(redisUrl)])
      try {
        const topic = `t:${randomUUID()}`
        const sub = subscription(b, topic)
        assert.deepEqual(await publishUntil(a, topic, { host: 7, names: ['x'] }, sub), { host: 7, names: ['x'] })
        await sub.close()
        assert.equal(await a.ping(), true)
      } finally {
        await Promise.all([a.close(), b.close()])
      }
    })

    it('never rejects a publish while Redis is unreachable, says so in ping(), and heals when it is back', async () => {
      const link = await redisLink(redisUrl)
      const [a, b] = await Promise.all([openBus(link.url), openBus(redisUrl)])
      const rejections: unknown[] = []
      const onRejection = (e: unknown) => { rejections.push(e) }
      process.on('unhandledRejection', onRejection)
      try {
        const topic = `t:${randomUUID()}`
        let missed = 0
        a.onMissedEvents(() => { missed++ })
        const sub = subscription(a, topic)
        assert.equal(await publishUntil(b, topic, 'before', sub), 'before')
        link.cut()
        await waitFor(() => !a.redis!.isReady, 2000)
        assert.equal(await a.ping(), false)
        for (let i = 0; i < 100; i++) a.pubSub.publish(topic, i) // dropped, never thrown
        const lateTopic = `t:${randomUUID()}`
        const late = subscription(a, lateTopic)
        late.start() // asked for while Redis is unreachable
        await link.restore()
        await waitFor(() => missed === 1, 5000)
        assert.equal(await a.ping(), true)
        assert.equal(await publishUntil(b, topic, 'after', sub), 'after', 'the subscription made before the outage is back')
        assert.equal(await publishUntil(b, lateTopic, 'late', late), 'late', 'the subscription asked for during the outage is made')
        await Promise.all([sub.close(), late.close()])
        assert.deepEqual(rejections, [])
      } finally {
        process.off('unhandledRejection', onRejection)
        await Promise.all([a.close(), b.close()])
        await link.close()
      }
    })

    it('gets its subscriptions back after the connection drops, and reports missed events', async () => {
      const [a, b] = await Promise.all([openBus(redisUrl), openBus(redisUrl)])
      const admin = await createClient({ url: redisUrl }).connect()
      try {
        const topic = `t:${randomUUID()}`
        let missed = 0
        b.onMissedEvents(() => { missed++ })
        const sub = subscription(b, topic)
        assert.equal(await publishUntil(a, topic, 1, sub), 1)
        await admin.sendCommand(['CLIENT', 'KILL', 'TYPE', 'pubsub'])
        await waitFor(() => missed === 1, 5000)
        assert.equal(await publishUntil(a, topic, 2, sub), 2, 'the subscription is back')
        await sub.close()
      } finally {
        admin.destroy()
        await Promise.all([a.close(), b.close()])
      }
    })

    it('fails at boot on a Redis that does not answer, instead of hanging', async () => {
      await assert.rejects(openBus('redis://127.0.0.1:1'))
    })
  })
}
