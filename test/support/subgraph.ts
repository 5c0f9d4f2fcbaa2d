// Starts subgraphs in this process on one fresh database, recording every SQL
// statement, so tests can assert how many statements a request costs.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openDatabase } from '@fleetgraph/prisma'
import { openBus, setLogLevel, type Deps } from '@fleetgraph/subgraph-kit'
import { freshDatabase, realServices } from './stack.js'

export interface SubgraphsUnderTest {
  /** SQL statements since the last `resetQueries()`. */
  queries: string[]
  resetQueries(): void
  /** Sends an operation straight to the named subgraph (no gateway). */
  gql(subgraph: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: any; errors?: any[] }>
  /** Runs SQL on the test database, for state no operation sets (e.g. the license tier the launcher writes). Not recorded in `queries`. */
  exec(sql: string): Promise<void>
  /** Where the named service listens (e.g. the agent API, which is not GraphQL). */
  url(name: string): string
  close(): Promise<void>
}

/** A subgraph, or another service that starts the same way (the agent API). */
interface Startable { start(deps: Deps, listen: { host: string; port: number }): Promise<{ name: string; url: string; close(): Promise<void> }> }

export async function startSubgraphs(defs: Startable[]): Promise<SubgraphsUnderTest> {
  setLogLevel('warn')
  const { databaseUrl } = realServices()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fleetgraph-subgraph-'))
  const fresh = databaseUrl ? await freshDatabase(databaseUrl) : undefined
  const queries: string[] = []
  const db = await openDatabase({ url: fresh?.url, dataDir, onQuery: (q) => queries.push(q) })
  const bus = await openBus(undefined)
  const running = []
  for (const def of defs) running.push(await def.start({ db, bus }, { host: '127.0.0.1', port: 0 }))
  return {
    queries,
    resetQueries: () => { queries.length = 0 },
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
