// Disposable servers for gateway tests: the four subgraphs in this process on a fresh embedded
// database (or a fresh PostgreSQL database when DATABASE_URL is set), and a gateway over them.
// Both are AsyncDisposable: `await using` closes them when the test's scope ends.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openDatabase } from '@fleetgraph/prisma'
import { openBus, setLogLevel, type RunningSubgraph } from '@fleetgraph/subgraph-kit'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { packsAndQueries } from '@fleetgraph/subgraph-packs-and-queries'
import { mdm } from '@fleetgraph/subgraph-mdm'
import { campaigns } from '@fleetgraph/subgraph-campaigns'
import { freshDatabase, realServices } from '../../test/support/stack.js'
import { loadGatewayConfig } from '../src/config.js'
import { startGateway, type FederatedGateway } from '../src/gateway.js'

export interface Subgraphs extends AsyncDisposable {
  running: RunningSubgraph[]
  /** Subgraph name → its own /graphql URL. */
  urls: Record<string, string>
}

export async function startSubgraphs(): Promise<Subgraphs> {
  setLogLevel('warn')
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fleetgraph-gateway-test-'))
  const { databaseUrl } = realServices()
  const fresh = databaseUrl ? await freshDatabase(databaseUrl) : undefined
  const db = await openDatabase({ url: fresh?.url, dataDir })
  const bus = await openBus(undefined)
  const running: RunningSubgraph[] = []
  const close = async () => {
    for (const r of running.reverse()) await r.close()
    await bus.close()
    await db.close()
    await fresh?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    for (const def of [inventory, packsAndQueries, mdm, campaigns]) running.push(await def.start({ db, bus }, { host: '127.0.0.1', port: 0 }))
  } catch (e) {
    await close()
    throw e
  }
  return { running, urls: Object.fromEntries(running.map((r) => [r.name, r.url])), [Symbol.asyncDispose]: close }
}

/**
 * A gateway over `subgraphs` with the shipped defaults (`env` overrides them): subgraphs are called
 * in process, or over HTTP and graphql-ws when `inProcess` is false.
 */
export async function startTestGateway(subgraphs: Subgraphs, opts: { inProcess?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<FederatedGateway & AsyncDisposable> {
  const local = opts.inProcess === false ? {} : Object.fromEntries(subgraphs.running.map((r) => [r.name, r.local]))
  const gateway = await startGateway(loadGatewayConfig(opts.env ?? {}), subgraphs.urls, { local })
  return Object.assign(gateway, { [Symbol.asyncDispose]: () => gateway.dispose() })
}
