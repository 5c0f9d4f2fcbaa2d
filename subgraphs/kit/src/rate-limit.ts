// Counters of failed attempts (logins, device tokens) that hold across replicas:
// rate-limiter-flexible keeps them in Redis when the bus runs on Redis, in memory
// otherwise (without REDIS_URL the stack is one process, so memory is exact).
// Each Redis limiter is insured by an in-memory one: while Redis is down the
// counting goes on per process (N replicas allow N times the limit) instead of
// failing the request.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { FleetError } from './errors.js'
import { parseEnv, sharedShape } from './config.js'
import { createLogger } from './log.js'
import type { Bus } from './pubsub.js'

const log = createLogger('rate-limit')

/** Failed attempts per key within a fixed window. */
export interface FailureCounter {
  /** Seconds `key` must wait before it may try again; 0 when it may try now. */
  retryAfter(key: string): Promise<number>
  /** Records one failed attempt by `key`. */
  fail(key: string): Promise<void>
  /** Forgets `key`'s failures (a successful login). */
  reset(key: string): Promise<void>
}

/**
 * A budget of tries that is spent before the attempt is checked, so concurrent attempts cannot all
 * pass one check: each takes a try atomically (Redis INCR or the in-memory count), and a successful
 * attempt gives its try back.
 */
export interface TryBudget {
  /** Takes one try for `key`: 0 when it may go on, else the seconds before it may try again (the attempt is refused). */
  take(key: string): Promise<number>
  /** Gives back a try taken for an attempt that turned out not to be a failure. */
  refund(key: string): Promise<void>
  /** Forgets every try `key` took (a successful login clears the account's). */
  reset(key: string): Promise<void>
}

export interface FailureCounterOptions {
  /** Names the counters in Redis (`fleetgraph:rl:<namespace>:<name>:<key>`). */
  name: string
  /** The fleet the counts belong to (fleetNamespace): fleets that share a Redis server count apart. */
  namespace: string
  /** Failures allowed in a window; the next attempt is refused until the window ends. */
  max: number
  windowSeconds: number
}

/**
 * A failure counter shared by every process on the same Redis (or this process's, without Redis).
 * @example
 *   const logins = failureCounter(bus, { name: 'login', namespace: fleetNamespace(env), max: 10, windowSeconds: 900 })
 *   if (await logins.retryAfter(email)) throw tooManyRequests(...)
 *   if (!ok) await logins.fail(email)
 */
export function failureCounter(bus: Bus, opts: FailureCounterOptions): FailureCounter & TryBudget {
  const shape = { points: opts.max, duration: opts.windowSeconds, keyPrefix: `fleetgraph:rl:${opts.namespace}:${opts.name}` }
  const memory = new RateLimiterMemory(shape)
  const redis = bus.redis
  // rejectIfRedisNotReady: while the connection is down, the insurance answers at once instead of
  // the command failing first. useRedisPackage: the client is node-redis (`redis`), not ioredis.
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({ ...shape, storeClient: redis, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter: memory })
    : memory
  // Neither store should fail (the insurance is in memory); if one does, the attempt is let through
  // and logged: a broken counter must not lock everyone out or turn into a 500.
  const failOpen = (op: string) => (e: unknown) => { log.warn('rate limit store failed; not counted', { name: opts.name, op, error: String((e as Error)?.message ?? e) }) }
  return {
    async retryAfter(key) {
      const r = await limiter.get(key).catch(failOpen('get'))
      if (!r || r.consumedPoints < opts.max) return 0
      return Math.max(1, Math.ceil(r.msBeforeNext / 1000))
    },
    async fail(key) {
      // Over the limit is a rejection carrying a RateLimiterRes: counted all the same.
      await limiter.consume(key).catch((e) => { if (!(e instanceof RateLimiterRes)) failOpen('consume')(e) })
    },
    async take(key) {
      try {
        await limiter.consume(key)
        return 0
      } catch (e) {
        if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000))
        failOpen('consume')(e)
        return 0
      }
    },
    async refund(key) {
      // While Redis is down the try was taken from the in-memory insurance: give it back there.
      await (redis && !redis.isReady ? memory : limiter).reward(key, 1).catch(failOpen('reward'))
    },
    async reset(key) {
      // delete() does not check the connection first: skip Redis while it is down (the count expires there).
      await Promise.all([
        redis && !redis.isReady ? undefined : limiter.delete(key).catch(failOpen('delete')),
        limiter !== memory ? memory.delete(key) : undefined,
      ])
    },
  }
}

/**
 * A token bucket made of two windows, as Fleet's GCRA limiters behave: `perWindow`
 * failures every `windowSeconds` on a steady basis, plus a burst of `burst` more
 * per `burstWindowSeconds`. The wait asked for is the steady window's.
 * @example
 *   // Fleet's errorLimiter for device tokens: 720 an hour (one per 5 s), burst 100
 *   const devices = burstyFailureCounter(bus, { name: 'device', namespace, perWindow: 1, windowSeconds: 5, burst: 100, burstWindowSeconds: 3600 })
 */
export function burstyFailureCounter(bus: Bus, opts: { name: string; namespace: string; perWindow: number; windowSeconds: number; burst: number; burstWindowSeconds: number }): FailureCounter {
  const steady = failureCounter(bus, { name: `${opts.name}:steady`, namespace: opts.namespace, max: opts.perWindow, windowSeconds: opts.windowSeconds })
  const burst = failureCounter(bus, { name: `${opts.name}:burst`, namespace: opts.namespace, max: opts.burst, windowSeconds: opts.burstWindowSeconds })
  return {
    async retryAfter(key) {
      const [s, b] = await Promise.all([steady.retryAfter(key), burst.retryAfter(key)])
      return s && b ? s : 0
    },
    async fail(key) {
      if (await steady.retryAfter(key)) await burst.fail(key)
      else await steady.fail(key)
    },
    async reset(key) { await Promise.all([steady.reset(key), burst.reset(key)]) },
  }
}

/**
 * Which fleet counters belong to: its database (server and name, never the credentials), or the
 * embedded database's folder. Replicas of one fleet share it; two fleets on one Redis server do not.
 * @example
 *   const namespace = fleetNamespace(deps.env)
 */
export function fleetNamespace(env?: NodeJS.ProcessEnv): string {
  const cfg = parseEnv({ DATABASE_URL: sharedShape.DATABASE_URL, DATA_DIR: sharedShape.DATA_DIR }, env)
  const u = cfg.DATABASE_URL ? new URL(cfg.DATABASE_URL) : null
  return hashedKey(u ? `${u.hostname}:${u.port}${u.pathname}` : path.resolve(cfg.DATA_DIR)).slice(0, 12)
}

/** A key that keeps personal data (an email) out of Redis. */
export const hashedKey = (value: string) => createHash('sha256').update(value).digest('base64url')

/**
 * The registry's 429: Fleet's message (ratelimit.go: "limit exceeded, retry after: Ns"); REST adds `Retry-After`.
 * @example
 *   const wait = await counter.retryAfter(key)
 *   if (wait) throw tooManyRequests(wait)
 */
export const tooManyRequests = (retryAfterSeconds: number) =>
  new FleetError('TOO_MANY_REQUESTS', `limit exceeded, retry after: ${retryAfterSeconds}s`, { retryAfter: retryAfterSeconds })
