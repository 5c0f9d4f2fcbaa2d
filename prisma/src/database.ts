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
  /**
   * Calls `onNotify` with every payload NOTIFY sends on `channel` (from any process on this database),
   * until the returned stop() is called. On a server the notifications arrive on one dedicated connection
   * that reconnects on its own; `onGap` is called once it is listening again, since whatever was sent
   * meanwhile is lost. The embedded database is one process and never has a gap.
   */
  listen(channel: string, onNotify: (payload: string) => void, onGap: () => void): Promise<() => Promise<void>>
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
  return { ...db, sql, ping: db.ping, listen: db.listen, close: db.close }
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
  // Parallel query is off for this pool (ADR 0011): the API's statements read pages of rows, and on a
  // small machine a Gather's worker start-up cost more than it saved (a 100,000-row count took 21 ms
  // with two workers, 8.5 ms without) while taking cores from concurrent requests. An `options`
  // parameter in DATABASE_URL replaces this one.
  const pool = new Pool({
    connectionString: url, max: opts.poolSize ?? 10, connectionTimeoutMillis: 5_000, options: '-c max_parallel_workers_per_gather=0',
  })
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
    listen: (channel, onNotify, onGap) => listenPostgres(url, channel, onNotify, onGap),
    close: async () => { await prisma.$disconnect(); await pool.end() },
  }
}

/** Reconnection delays of a listening connection: a second, doubling up to 10 s while the server is away. */
const LISTEN_RETRY_MS = [1_000, 2_000, 5_000, 10_000]

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other statements): when it drops,
 * it reconnects in the background, LISTENs again, then reports the gap. The first connection is made
 * before this resolves, so nothing sent after that is missed.
 */
async function listenPostgres(url: string, channel: string, onNotify: (payload: string) => void, onGap: () => void): Promise<() => Promise<void>> {
  const { Client } = await import('pg')
  let client: import('pg').Client | null = null
  let stopped = false
  let attempt = 0
  let timer: NodeJS.Timeout | undefined
  const connect = async (): Promise<void> => {
    const c = new Client({ connectionString: url, application_name: 'fleetgraph-listen', connectionTimeoutMillis: 5_000 })
    c.on('notification', (n) => { if (n.channel === channel) onNotify(n.payload ?? '') })
    c.on('error', () => { /* 'end' follows and reconnects */ })
    c.on('end', () => { if (client === c) { client = null; retry() } })
    try {
      await c.connect()
      await c.query(`LISTEN "${channel.replace(/"/g, '""')}"`)
    } catch (e) {
      c.removeAllListeners('end')
      await c.end().catch(() => {})
      throw e
    }
    if (stopped) { await c.end().catch(() => {}); return }
    client = c
  }
  const retry = () => {
    if (stopped) return
    timer = setTimeout(() => {
      connect().then(() => { attempt = 0; if (!stopped) onGap() }, () => { attempt++; retry() })
    }, LISTEN_RETRY_MS[Math.min(attempt, LISTEN_RETRY_MS.length - 1)])
    timer.unref()
  }
  await connect().catch(() => retry())
  return async () => {
    stopped = true
    clearTimeout(timer)
    const c = client
    client = null
    await c?.end().catch(() => {})
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
    listen: async (channel, onNotify) => {
      const unlisten = await pglite.listen(channel, onNotify)
      return async () => { if (!closed) await unlisten() }
    },
    // PGlite keeps the event loop alive until closed.
    close: async () => { if (closed) return; closed = true; await prisma.$disconnect(); await pglite.close() },
  }
}
