// Cache invalidation from the data layer (ADR 0007). Triggers on every table the agent API caches
// (prisma/migrations/20261202150000_agent_cache_notify) NOTIFY the channel below at commit, whoever
// wrote — a service, raw SQL, a cascade — so no write path has to remember to announce itself, and every
// replica hears it without Redis. A gap in the notifications (the listening connection lost and made
// again) means changes may have gone unheard: every cache is read again.
import type { Database } from '@fleetgraph/prisma'
import type { Logger } from '@fleetgraph/subgraph-kit'

export const AGENT_CHANNEL = 'fleetgraph_agent'

export type CacheEvent =
  /** A host's row changed in a column the agent API caches, or the host was deleted. */
  | { kind: 'host'; id: number; origin: string | null }
  /** Dynamic labels, policies, agent options (teams, app config) or packs and their queries changed. */
  | { kind: 'labels' | 'policies' | 'options' | 'packs' }
  /** A live-query campaign started. */
  | { kind: 'live_queries' }

const KINDS = new Set(['host', 'labels', 'policies', 'options', 'packs', 'live_queries'])

/** The event in a notification's payload, or null for one this version does not know. */
export function parseCacheEvent(payload: string): CacheEvent | null {
  try {
    const e = JSON.parse(payload) as { kind?: unknown; id?: unknown; origin?: unknown }
    if (typeof e?.kind !== 'string' || !KINDS.has(e.kind)) return null
    if (e.kind !== 'host') return { kind: e.kind } as CacheEvent
    return typeof e.id === 'number' ? { kind: 'host', id: e.id, origin: typeof e.origin === 'string' ? e.origin : null } : null
  } catch { return null }
}

export interface CacheListener {
  changed(e: CacheEvent): void
  /** Notifications may have been missed: forget everything cached. */
  missed(): void
}

/** Listens until the returned stop() is called. */
export function followCacheEvents(db: Database, log: Logger, listener: CacheListener): Promise<() => Promise<void>> {
  return db.listen(AGENT_CHANNEL, (payload) => {
    const e = parseCacheEvent(payload)
    if (e) listener.changed(e)
    else log.warn('unknown cache notification ignored', { payload: payload.slice(0, 200) })
  }, () => {
    log.info('cache notifications resumed after a gap; caches reloaded')
    listener.missed()
  })
}
