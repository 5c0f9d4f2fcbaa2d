// DataLoader factory for entity references: one SQL statement per entity type
// per request tick, whatever the number of references (no N+1).
import DataLoader from 'dataloader'
import { parseId, type NodeType } from './relay.js'

/**
 * Builds a loader that fetches rows by integer id in one batch.
 * @example
 *   const hosts = byId((ids) => prisma.host.findMany({ where: { id: { in: ids } } }))
 *   await hosts.load(7)   // batched with every other load in the same tick
 */
export function byId<T extends { id: number }>(fetch: (ids: number[]) => Promise<T[]>): DataLoader<number, T | null> {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await fetch([...ids])
    const map = new Map(rows.map((r) => [r.id, r]))
    return ids.map((id) => map.get(id) ?? null)
  })
}

/**
 * A `__resolveReference` that loads the entity through a per-request loader.
 * Anonymous callers get null: the referencing subgraph has already checked
 * the caller's roles, but a reference is never a way around authentication.
 * @example
 *   export const hostReference = entityReference((ctx: InventoryContext, id) => ctx.loaders.host.load(id), (row) => new Host(row))
 */
export function entityReference<C extends { viewer: unknown }, R, T>(load: (ctx: C, id: number) => Promise<R | null>, wrap: (row: R) => T, type?: NodeType) {
  return {
    async __resolveReference(ref: { id: string }, ctx: C): Promise<T | null> {
      if (!ctx.viewer) return null
      const id = parseId(ref.id, type)
      const row = id ? await load(ctx, id) : null
      return row ? wrap(row) : null
    },
  }
}
