// Starts subgraphs in this process on one fresh database, recording every SQL
// statement, so tests can assert how many statements a request costs.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openDatabase, type Database } from '@fleetgraph/prisma'
import { openBus, setLogLevel, type Deps } from '@fleetgraph/subgraph-kit'
import { freshDatabase, realServices } from './stack.js'

export interface SubgraphsUnderTest {
  /** SQL statements since the last `resetQueries()`. */
  queries: string[]
  resetQueries(): void
  /** Runs SQL on the test database, for what no API seeds (a license tier, agents' answers); not recorded in `queries`. */
  sql(text: string, params?: unknown[]): Promise<unknown[]>
  /** Sends an operation straight to the named subgraph (no gateway). */
  gql(subgraph: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: any; errors?: any[] }>
  /** Runs SQL on the test database, for state no operation sets (e.g. the license tier the launcher writes). Not recorded in `queries`. */
  exec(sql: string): Promise<void>
  /** The database the subgraphs use, for what runs beside them on it (cron jobs). */
  db: Database
  /** Where the named service listens (e.g. the agent API, which is not GraphQL). */
  url(name: string): string
  close(): Promise<void>
}

/** A subgraph, or another service that starts the same way (the agent API). */
interface Startable { start(deps: Deps, listen: { host: string; port: number }): Promise<{ name: string; url: string; close(): Promise<void> }> }

/** Statements on the sessions table: the lookup behind every request's caller. */
const SESSION_LOOKUP = /"sessions"/

export async function startSubgraphs(defs: Startable[]): Promise<SubgraphsUnderTest> {
  setLogLevel('warn')
  const { databaseUrl } = realServices()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fleetgraph-subgraph-'))
  const fresh = databaseUrl ? await freshDatabase(databaseUrl) : undefined
  const queries: string[] = []
  // The caller's session lookup (and its sliding expiry) is cached for 2 s (inventory's identity.ts), so
  // whether a request pays for it depends on the clock: it is authentication, not the operation's own
  // cost, and is left out of the counts.
  const db = await openDatabase({ url: fresh?.url, dataDir, onQuery: (q) => { if (!SESSION_LOOKUP.test(q)) queries.push(q) } })
  const bus = await openBus(undefined)
  const running = []
  for (const def of defs) running.push(await def.start({ db, bus }, { host: '127.0.0.1', port: 0 }))
  return {
    db,
    queries,
    resetQueries: () => { queries.length = 0 },
    sql: async (text, params) => { const n = queries.length; const rows = await db.sql.query(text, params); queries.length = n; return rows },
    url: (name) => {
      const target = running.find((r) => r.name === name)
      if (!target) throw new Error(`${name} is not running`)
      return target.url
    },
    gql: async (subgraph, query, variables, token) => {
      const target = running.find((r) => r.name === subgraph)
      if (!target) throw new Error(`subgraph ${subgraph} is not running`)
      const res = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      })
      return res.json() as any
    },
    exec: async (sql) => {
      const before = queries.length
      await db.sql.exec(sql)
      queries.length = before
    },
    close: async () => {
      for (const r of running) await r.close()
      await bus.close()
      await db.close()
      await fresh?.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
