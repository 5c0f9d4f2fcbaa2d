// What Kibana's osquery routes share (shared docs kibana-fleet.md §3): numbered pages (`page`,
// `pageSize`, `sort`, `sortOrder`), its osquery attribute shapes (ECS mappings, intervals that may be
// strings, snapshot/removed) and the mapping of snapshot/removed to FleetDM's `logging` (ADR 0013).
import { z } from 'zod'

/** Kibana's ECS mapping: result columns (`field`) or fixed values (`value`) per ECS field; stored as given. */
export const ecsMapping = z.record(
  z.string().min(1).max(1024),
  z.looseObject({ field: z.string().max(1024).optional(), value: z.union([z.string().max(65_535), z.array(z.string().max(65_535)).max(1000)]).optional() }),
).refine((m) => Object.keys(m).length <= 1000, 'at most 1000 fields')

/** An interval in seconds: Kibana sends a number or a numeric string. */
export const interval = (min: number) => z.union([z.number(), z.string().regex(/^\d{1,7}$/, 'must be a whole number of seconds').transform(Number)])
  .pipe(z.number().int().min(min).max(604_800))

/** SQL as stored and run. */
export const sqlText = z.string().min(1).max(1_000_000).refine((s) => s.trim() !== '', 'cannot be blank')

/** A timeout in seconds. */
export const timeout = z.number().int().min(0).max(86_400)

/** A bounded id or name. */
export const idText = z.string().min(1).max(255)

/** Kibana's numbered-page query: `page` (from `firstPage`), `pageSize`, `sort`, `sortOrder`. */
export const pageQuery = (firstPage: 0 | 1, maxPageSize: number) => ({
  page: z.coerce.number().int().min(firstPage).max(10_000).optional(),
  pageSize: z.coerce.number().int().min(0).max(maxPageSize).optional(),
  sort: z.string().max(255).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
})

/** FleetDM's logging type for Kibana's snapshot/removed: snapshot, else differential unless removals are ignored. */
export const loggingOf = (snapshot: boolean | null | undefined, removed: boolean | null | undefined) =>
  (snapshot ? 'snapshot' : removed === false ? 'differential_ignore_removals' : 'differential')

/** Kibana's snapshot/removed for FleetDM's logging type. */
export const snapshotRemoved = (logging: string) =>
  logging === 'snapshot' ? { snapshot: true, removed: false } : { snapshot: false, removed: logging !== 'differential_ignore_removals' }

/** The keys whose value is neither null nor undefined nor '' (Kibana leaves empty attributes out). */
export const present = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Partial<T>

/** Kibana's shards as its create, update and copy answers give them: a list of `{key, value}`. */
export const shardsList = (shards: Record<string, unknown> | null | undefined) => Object.entries(shards ?? {}).map(([key, value]) => ({ key, value }))

export const OSQUERY_NAMESPACES = ['default']
