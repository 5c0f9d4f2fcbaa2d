// Scheduled queries from the osquery config (`schedule` and `packs`) and the
// result log lines osquery writes for them: differential ("added"/"removed"
// events against the previous run) or snapshot (all rows every time).
import { hash32 } from './rng.js'
import type { Platform } from './tables.js'

export interface ScheduledQuery {
  /** As osquery names it: "pack<delim><pack><delim><query>" for pack queries, the plain name for `schedule`. */
  name: string
  query: string
  /** Seconds. */
  interval: number
  snapshot: boolean
  /** Differential queries also report rows that disappeared (osquery's default). */
  removed: boolean
}

/** The part of the config JSON this module reads; everything is optional and untrusted. */
export interface OsqueryConfig {
  options?: Record<string, unknown>
  schedule?: Record<string, unknown>
  packs?: Record<string, unknown>
  decorators?: { load?: unknown; always?: unknown; interval?: unknown }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' ? Number(v) : v
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined
}
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : fallback)

/**
 * osquery's platform filter: a comma-separated list of "darwin", "linux",
 * "windows", "posix", "freebsd", "any"/"all"; empty means every platform.
 */
export function platformMatches(filter: unknown, platform: Platform): boolean {
  if (typeof filter !== 'string' || filter.trim() === '') return true
  const mine = platform === 'darwin' ? ['darwin', 'posix'] : platform === 'windows' ? ['windows'] : ['linux', 'posix', platform]
  return filter.split(',').map((p) => p.trim().toLowerCase()).some((p) => p === 'any' || p === 'all' || mine.includes(p))
}

function entry(name: string, spec: unknown, platform: Platform, hostIdentifier: string): ScheduledQuery | undefined {
  if (!isObject(spec) || typeof spec.query !== 'string' || !spec.query.trim()) return undefined
  const interval = num(spec.interval)
  if (interval === undefined || interval <= 0) return undefined
  if (!platformMatches(spec.platform, platform)) return undefined
  // shard N: only N% of hosts run the query, chosen by a stable hash of the host.
  const shard = num(spec.shard)
  if (shard !== undefined && shard > 0 && shard < 100 && hash32(`${hostIdentifier}`) % 100 >= shard) return undefined
  return { name, query: spec.query, interval: Math.max(1, Math.floor(interval)), snapshot: bool(spec.snapshot, false), removed: bool(spec.removed, true) }
}

/** The queries this host runs, in a stable order. */
export function scheduledQueries(config: OsqueryConfig, platform: Platform, delimiter: string, hostIdentifier: string): ScheduledQuery[] {
  const out: ScheduledQuery[] = []
  if (isObject(config.schedule)) {
    for (const [name, spec] of Object.entries(config.schedule)) {
      const q = entry(name, spec, platform, hostIdentifier)
      if (q) out.push(q)
    }
  }
  if (isObject(config.packs)) {
    for (const [pack, packSpec] of Object.entries(config.packs)) {
      if (!isObject(packSpec) || !isObject(packSpec.queries) || !platformMatches(packSpec.platform, platform)) continue
      const packShard = num(packSpec.shard)
      if (packShard !== undefined && packShard > 0 && packShard < 100 && hash32(`${hostIdentifier}`) % 100 >= packShard) continue
      for (const [name, spec] of Object.entries(packSpec.queries)) {
        const q = entry(`pack${delimiter}${pack}${delimiter}${name}`, spec, platform, hostIdentifier)
        if (q) out.push(q)
      }
    }
  }
  return out
}

/** SQL strings of the config's decorators: `load` and `interval` ones run at config time, `always` ones before each log. */
export function decoratorQueries(config: OsqueryConfig): { load: string[]; always: string[] } {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [])
  const d = isObject(config.decorators) ? config.decorators : {}
  const interval = isObject(d.interval) ? Object.values(d.interval).flatMap(list) : []
  return { load: [...list(d.load), ...interval], always: list(d.always) }
}

export interface LogMeta {
  hostIdentifier: string
  unixTime: number
  calendarTime: string
  decorations: Record<string, string>
}

/**
 * Rows of one run compared with the previous run, as serialized strings
 * (kept instead of rows: one string per row is the cheapest stable form).
 */
export function diff(previous: readonly string[] | undefined, current: readonly string[]): { added: string[]; removed: string[] } {
  const before = new Set(previous ?? [])
  const now = new Set(current)
  return { added: current.filter((r) => !before.has(r)), removed: (previous ?? []).filter((r) => !now.has(r)) }
}

/** Serializes a row with sorted keys, so equal rows compare equal whatever the column order. */
export function rowKey(row: Record<string, string>): string {
  const sorted: Record<string, string> = {}
  for (const k of Object.keys(row).sort()) sorted[k] = row[k]
  return JSON.stringify(sorted)
}

/** osquery's event format for a differential query: one line per added or removed row. */
export function differentialLines(name: string, added: readonly string[], removed: readonly string[], counter: number, meta: LogMeta): object[] {
  const line = (columns: string, action: 'added' | 'removed') => ({
    name, hostIdentifier: meta.hostIdentifier, calendarTime: meta.calendarTime, unixTime: meta.unixTime, epoch: 0, counter, numerics: false,
    decorations: meta.decorations, columns: JSON.parse(columns) as Record<string, string>, action,
  })
  return [...removed.map((r) => line(r, 'removed')), ...added.map((r) => line(r, 'added'))]
}

/** osquery's snapshot format: one line holding every row. */
export function snapshotLine(name: string, rows: Record<string, string>[], meta: LogMeta): object {
  return {
    snapshot: rows, action: 'snapshot', name, hostIdentifier: meta.hostIdentifier, calendarTime: meta.calendarTime, unixTime: meta.unixTime,
    epoch: 0, counter: 0, numerics: false, decorations: meta.decorations,
  }
}

/** An osquery status log line (glog severity: 0 info, 1 warning, 2 error). */
export function statusLine(severity: 0 | 1 | 2, filename: string, line: number, message: string, meta: LogMeta, version: string): object {
  return {
    hostIdentifier: meta.hostIdentifier, calendarTime: meta.calendarTime, unixTime: meta.unixTime, severity, filename, line, message, version,
    decorations: meta.decorations,
  }
}
