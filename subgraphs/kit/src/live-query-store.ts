// Which live queries are waiting for which hosts. Shared between processes
// through Redis when REDIS_URL is set (any replica may create a campaign, any
// replica may serve the host's next distributed/read); in-process otherwise.
import type Redis from 'ioredis'

export interface PendingQuery { campaignId: number; sql: string }

export interface LiveQueryStore {
  /** Registers a campaign for these hosts; it expires after `ttlSeconds` whatever happens. */
  add(campaignId: number, sql: string, hostIds: number[], ttlSeconds: number): Promise<void>
  /** Live queries the host has not answered yet. */
  pendingFor(hostId: number): Promise<PendingQuery[]>
  /** The host answered (or cannot): stop asking it. Returns how many hosts the campaign still waits for. */
  done(campaignId: number, hostId: number): Promise<number>
  remove(campaignId: number): Promise<void>
  ping(): Promise<boolean>
}

export function memoryLiveQueryStore(): LiveQueryStore {
  const campaigns = new Map<number, { sql: string; hosts: Set<number>; expires: number }>()
  const sweep = () => { const now = Date.now(); for (const [id, c] of campaigns) if (c.expires < now) campaigns.delete(id) }
  return {
    add: async (id, sql, hostIds, ttl) => { campaigns.set(id, { sql, hosts: new Set(hostIds), expires: Date.now() + ttl * 1000 }) },
    pendingFor: async (hostId) => {
      sweep()
      const out: PendingQuery[] = []
      for (const [campaignId, c] of campaigns) if (c.hosts.has(hostId)) out.push({ campaignId, sql: c.sql })
      return out
    },
    done: async (id, hostId) => { const c = campaigns.get(id); c?.hosts.delete(hostId); return c?.hosts.size ?? 0 },
    remove: async (id) => { campaigns.delete(id) },
    ping: async () => true,
  }
}

/** Redis layout: set `lq:active` of campaign ids; `lq:<id>:sql`; set `lq:<id>:hosts`. */
export function redisLiveQueryStore(redis: Redis): LiveQueryStore {
  const ACTIVE = 'lq:active'
  return {
    add: async (id, sql, hostIds, ttl) => {
      const m = redis.multi().set(`lq:${id}:sql`, sql, 'EX', ttl).sadd(ACTIVE, String(id))
      for (let i = 0; i < hostIds.length; i += 5000) m.sadd(`lq:${id}:hosts`, ...hostIds.slice(i, i + 5000).map(String))
      await m.expire(`lq:${id}:hosts`, ttl).exec()
    },
    pendingFor: async (hostId) => {
      const ids = await redis.smembers(ACTIVE)
      if (!ids.length) return []
      const p = redis.pipeline()
      for (const id of ids) p.sismember(`lq:${id}:hosts`, String(hostId)).get(`lq:${id}:sql`)
      const r = (await p.exec()) ?? []
      const out: PendingQuery[] = []
      const stale: string[] = []
      ids.forEach((id, i) => {
        const member = r[2 * i]?.[1], sql = r[2 * i + 1]?.[1]
        if (sql == null) stale.push(id)
        else if (member === 1) out.push({ campaignId: Number(id), sql: String(sql) })
      })
      if (stale.length) await redis.srem(ACTIVE, ...stale) // expired campaigns leave the active set
      return out
    },
    done: async (id, hostId) => {
      const r = await redis.multi().srem(`lq:${id}:hosts`, String(hostId)).scard(`lq:${id}:hosts`).exec()
      return Number(r?.[1]?.[1] ?? 0)
    },
    remove: async (id) => { await redis.multi().srem(ACTIVE, String(id)).del(`lq:${id}:sql`, `lq:${id}:hosts`).exec() },
    ping: async () => { try { return (await redis.ping()) === 'PONG' } catch { return false } },
  }
}
