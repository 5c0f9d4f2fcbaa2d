// The only place a PrismaClient is constructed. One Database per process:
// with DATABASE_URL (postgresql://) it is a pg pool behind @prisma/adapter-pg;
// without it, an embedded PGlite directory (single process, survives restarts).
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PrismaClient } from '../generated/client/client.js'
import { applyMigrations, type SqlRunner } from './migrate.js'

export type { PrismaClient }
export * as Prisma from '../generated/client/client.js'
/** Model payload types (e.g. `Models.HostGetPayload<{ select: … }>`) for repositories' row types. */
export type * as Models from '../generated/client/models.js'

export interface DatabaseOptions {
  /** postgresql://… for a server; undefined for the embedded database. */
  url?: string
  /** Folder for the embedded database (ignored with `url`); "memory://" keeps it in memory. */
  dataDir: string
  /** Pool size per process on a server. */
  poolSize?: number
  /** Log every SQL statement through this callback (used by N+1 tests and debugging). */
  onQuery?: (sql: string) => void
  /** Called with how long each checkout waited for a free pooled connection (ms; server only). */
  onPoolWait?: (ms: number) => void
}

export interface Database {
  readonly kind: 'postgresql' | 'embedded'
  readonly prisma: PrismaClient
  /** Raw SQL for bulk paths and health checks (parameterised: $1, $2 …). */
  readonly sql: SqlRunner
  ping(): Promise<boolean>
  close(): Promise<void>
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const db = opts.url ? await openPostgres(opts.url, opts) : await openEmbedded(opts.dataDir, opts)
  const onQuery = opts.onQuery
  if (!onQuery) return db
  // Raw statements are reported too, so statement counts (N+1 tests) see everything.
  const sql: SqlRunner = {
    exec: (t) => { onQuery(t); return db.sql.exec(t) },
    query: (t, p) => { onQuery(t); return db.sql.query(t, p) },
  }
  return { ...db, sql, ping: db.ping, close: db.close }
}

function clientFor(adapter: any, opts: DatabaseOptions): PrismaClient {
  const client = new PrismaClient({ adapter, log: opts.onQuery ? [{ emit: 'event', level: 'query' }] : [] })
  if (opts.onQuery) (client as any).$on('query', (e: { query: string }) => opts.onQuery!(e.query))
  return client
}

async function openPostgres(url: string, opts: DatabaseOptions): Promise<Database> {
  const { Pool } = await import('pg')
  const { PrismaPg } = await import('@prisma/adapter-pg')
  // One pool shared by Prisma and raw SQL, so the process holds a bounded number of connections.
  // A checkout gives up after 5 s (pg's default waits forever): while the server is unreachable, requests
  // fail fast as 503s that clients retry, instead of piling up until memory runs out.
  const pool = new Pool({ connectionString: url, max: opts.poolSize ?? 10, connectionTimeoutMillis: 5_000 })
  pool.on('error', () => { /* idle client lost: the pool replaces it on next checkout */ })
  if (opts.onPoolWait) timeCheckouts(pool, opts.onPoolWait)
  const sql: SqlRunner = {
    exec: async (text) => { await pool.query(text) },
    query: async (text, params) => (await pool.query(text, params as any[])).rows,
  }
  // Migrations hold an advisory lock on one dedicated connection.
  const conn = await pool.connect()
  try {
    await applyMigrations({ exec: async (t) => { await conn.query(t) }, query: async (t, p) => (await conn.query(t, p as any[])).rows as any }, { advisoryLock: true })
  } finally { conn.release() }
  const prisma = clientFor(new PrismaPg(pool), opts)
  return {
    kind: 'postgresql', prisma, sql,
    ping: async () => { try { await pool.query('SELECT 1'); return true } catch { return false } },
    close: async () => { await prisma.$disconnect(); await pool.end() },
  }
}

/** Times every checkout, Prisma's and raw SQL's alike (pg-pool's own query() checks out through connect()). */
function timeCheckouts(pool: import('pg').Pool, report: (ms: number) => void) {
  const connect = pool.connect.bind(pool) as (cb?: (...a: any[]) => void) => any
  ;(pool as any).connect = (cb?: (err: Error | undefined, ...rest: any[]) => void) => {
    const t0 = performance.now()
    if (cb) return connect((err: Error | undefined, ...rest: any[]) => { report(performance.now() - t0); cb(err, ...rest) })
    return connect().then((client: unknown) => { report(performance.now() - t0); return client })
  }
}

async function openEmbedded(dataDir: string, opts: DatabaseOptions): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite')
  const { PrismaPGlite } = await import('pglite-prisma-adapter')
  let location = dataDir
  if (dataDir !== 'memory://') {
    location = path.resolve(dataDir, 'pg')
    mkdirSync(location, { recursive: true })
  }
  const pglite = new PGlite(location)
  await pglite.waitReady
  const sql: SqlRunner = {
    exec: async (text) => { await pglite.exec(text) },
    query: async (text, params) => (await pglite.query(text, params as any[])).rows as any,
  }
  await applyMigrations(sql, { advisoryLock: false })
  const prisma = clientFor(new PrismaPGlite(pglite), opts)
  let closed = false
  return {
    kind: 'embedded', prisma, sql,
    ping: async () => { try { await pglite.query('SELECT 1'); return true } catch { return false } },
    // PGlite keeps the event loop alive until closed.
    close: async () => { if (closed) return; closed = true; await prisma.$disconnect(); await pglite.close() },
  }
}
