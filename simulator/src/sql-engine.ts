// Runs osquery SQL against one simulated host's tables in SQLite (sql.js:
// SQLite compiled to WebAssembly, so no native build).
//
// Ten thousand live databases would not fit in modest memory, so a host's
// database exists only while it is in a small LRU. A miss takes a database of
// the host's platform (a copy of the platform's schema-only template, or an
// evicted one emptied for reuse, which is cheaper than opening a copy), and
// only the tables the SQL names are filled, from host-data, which rebuilds
// them from the seed.
// Volatile tables (clock, uptime, flags...) are refilled on every query that
// names them. A table the platform lacks is absent from the template, so the
// error is SQLite's own "no such table: x", which is also what osquery says.
import initSqlJs from 'sql.js'
import type { Database, SqlJsStatic, SqlValue } from 'sql.js'
import { Lru } from './lru.js'
import type { Row } from './host-data.js'
import { TABLE_BY_NAME, schemaSql, tablesFor, type Platform, type TableDef } from './tables.js'

/** What the engine needs from a host: a stable key, its platform and its rows. */
export interface QuerySource {
  readonly key: string
  readonly platform: Platform
  rows(table: string, nowMs: number): Row[]
}

/** osquery sends every value as a string; a failed query has no rows and SQLite's error text. */
export type QueryResult =
  | { ok: true; rows: Record<string, string>[]; wallMs: number }
  | { ok: false; rows: []; error: string; wallMs: number }

export interface SqlEngineStats {
  queries: number
  errors: number
  /** Host databases opened from a template (LRU misses with no spare database to reuse). */
  opened: number
  /** LRU misses (a host database was opened or reused). */
  misses: number
  /** Tables filled with rows (static ones once per opened database, volatile ones per query). */
  tableLoads: number
}

interface HostDb {
  db: Database
  platform: Platform
  loaded: Set<string>
}

/** 64 databases: enough for a burst of queries to one host to hit, small enough (a few MB) for any machine. */
export const DEFAULT_CACHE_SIZE = 64

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g

export class SqlEngine {
  readonly stats: SqlEngineStats = { queries: 0, errors: 0, opened: 0, misses: 0, tableLoads: 0 }
  private readonly templates = new Map<Platform, Uint8Array>()
  private readonly tableNames = new Map<Platform, Set<string>>()
  private readonly cache: Lru<string, HostDb>
  /** Evicted databases kept for reuse, per platform: emptying one is cheaper than opening a copy. */
  private readonly spare = new Map<Platform, HostDb[]>()
  private closed = false

  private constructor(private readonly sql: SqlJsStatic, cacheSize: number) {
    this.cache = new Lru(cacheSize, (_key, entry) => this.retire(entry))
  }

  /** Loads the WebAssembly module once; every host database shares it. */
  static async create(options: { cacheSize?: number } = {}): Promise<SqlEngine> {
    const sql = await initSqlJs()
    return new SqlEngine(sql, options.cacheSize ?? DEFAULT_CACHE_SIZE)
  }

  get cachedDatabases(): number {
    return this.cache.size
  }

  /** Runs `sql` as `host` would. Never throws for bad SQL: that is a result osquery reports. */
  query(host: QuerySource, sql: string, nowMs = Date.now()): QueryResult {
    if (this.closed) throw new Error('SQL engine is closed')
    const started = performance.now()
    this.stats.queries++
    const entry = this.open(host)
    try {
      this.fill(entry, host, this.referencedTables(host.platform, sql), nowMs)
    } catch (e) {
      // A fill failure is a simulator bug, not the query's fault: drop the database so the next try starts clean.
      this.cache.delete(host.key)
      throw e
    }
    const db = entry.db
    // Queries are read-only, as on osquery's virtual tables, so one cannot
    // corrupt the cached copy for the next query.
    db.run('PRAGMA query_only = 1')
    try {
      const sets = db.exec(sql)
      const rows: Record<string, string>[] = []
      for (const set of sets) {
        for (const values of set.values) {
          const row: Record<string, string> = {}
          for (let i = 0; i < set.columns.length; i++) row[set.columns[i]] = toText(values[i])
          rows.push(row)
        }
      }
      return { ok: true, rows, wallMs: performance.now() - started }
    } catch (e) {
      this.stats.errors++
      return { ok: false, rows: [], error: e instanceof Error ? e.message : String(e), wallMs: performance.now() - started }
    } finally {
      if (!this.closed) db.run('PRAGMA query_only = 0')
    }
  }

  /** Closes every cached database. */
  close(): void {
    this.closed = true
    this.cache.clear()
    for (const list of this.spare.values()) for (const entry of list) entry.db.close()
    this.spare.clear()
  }

  private retire(entry: HostDb): void {
    const list = this.spare.get(entry.platform) ?? []
    this.spare.set(entry.platform, list)
    // Hosts of all platforms interleave, so an eviction rarely frees the platform the next miss needs:
    // eight emptied spares per platform absorb that for little memory.
    if (this.closed || list.length >= 8) entry.db.close()
    else list.push(entry)
  }

  private open(host: QuerySource): HostDb {
    const hit = this.cache.get(host.key)
    if (hit) return hit
    this.stats.misses++
    let entry = this.spare.get(host.platform)?.pop()
    if (entry) {
      const db = entry.db
      db.run(`BEGIN; ${[...entry.loaded].map((t) => `DELETE FROM ${t};`).join(' ')} COMMIT`)
      entry.loaded.clear()
    } else {
      const db = new this.sql.Database(this.template(host.platform))
      // The file lives in sql.js's in-memory file system: journaling it to disk buys nothing.
      db.run('PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF')
      entry = { db, platform: host.platform, loaded: new Set() }
      this.stats.opened++
    }
    this.cache.set(host.key, entry)
    return entry
  }

  private template(platform: Platform): Uint8Array {
    let bytes = this.templates.get(platform)
    if (!bytes) {
      // Opening a copy of this image measured about ten times cheaper than replaying the CREATE TABLEs per host.
      const db = new this.sql.Database()
      db.run(schemaSql(platform))
      bytes = db.export()
      db.close()
      this.templates.set(platform, bytes)
    }
    return bytes
  }

  /** Tables of this platform named anywhere in the SQL. Over-matching (a word in a string literal) only costs a fill. */
  private referencedTables(platform: Platform, sql: string): TableDef[] {
    let names = this.tableNames.get(platform)
    if (!names) {
      names = new Set(tablesFor(platform).map((d) => d.name))
      this.tableNames.set(platform, names)
    }
    const found = new Set<string>()
    for (const m of sql.matchAll(IDENTIFIER)) {
      const word = m[0].toLowerCase()
      if (names.has(word)) found.add(word)
    }
    return [...found].map((n) => TABLE_BY_NAME.get(n)!)
  }

  private fill(entry: HostDb, host: QuerySource, tables: TableDef[], nowMs: number): void {
    const todo = tables.filter((d) => d.volatile || !entry.loaded.has(d.name))
    if (!todo.length) return
    const db = entry.db
    db.run('BEGIN')
    try {
      for (const def of todo) {
        if (entry.loaded.has(def.name)) db.run(`DELETE FROM ${def.name}`)
        const rows = host.rows(def.name, nowMs)
        if (rows.length) {
          const columns = def.columns.map(([c]) => c)
          const stmt = db.prepare(`INSERT INTO ${def.name} VALUES (${columns.map(() => '?').join(', ')})`)
          try {
            for (const row of rows) stmt.run(columns.map((c) => row[c] ?? null))
          } finally {
            stmt.free()
          }
        }
        entry.loaded.add(def.name)
        this.stats.tableLoads++
      }
      db.run('COMMIT')
    } catch (e) {
      db.run('ROLLBACK')
      throw e
    }
  }
}

function toText(value: SqlValue): string {
  if (value === null) return ''
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8')
  return String(value)
}
