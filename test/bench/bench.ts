// `npm run bench`: request throughput and CPU cost per request, measured in
// one run (not a test: it asserts nothing), in two topologies: the default
// single process, and the gateway in a process of its own (so its CPU is read
// separately). CPU is utime+stime from /proc divided by the requests served:
//   1. a GraphQL query sent straight to its subgraph,
//   2. the same query through the gateway,
//   3. a REST route (GET /api/v1/fleet/me) and 4. its GraphQL operation through the gateway.
// Usage: npm run bench [-- --seconds 10 --connections 20]
// `npm run bench -- --graph` runs the graph's page queries on a seeded fleet instead (graph.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { freshDatabase, realServices, startStack } from '../support/stack.js'
import { enrollHost, setupInstance } from '../support/fleet.js'
import { gql } from '../support/client.js'
import { print } from 'graphql'
import { MeDocument } from '../../rest-compat/src/generated/graphql.js'
import { graphBench } from './graph.js'

const arg = (name: string, dflt: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : dflt }
const SECONDS = arg('seconds', 10)
const CONNECTIONS = arg('connections', 20)
const TICK_MS = 1000 / 100 // USER_HZ is 100 on Linux

function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(f[11]) + Number(f[12])) * TICK_MS // utime, stime
}

interface Row { name: string; reqPerSec: number; p99: number; gatewayCpu: number; subgraphCpu: number; errors: number }

async function measure(name: string, pids: { gateway: number; subgraphs: number }, opts: autocannon.Options): Promise<Row> {
  await autocannon({ ...opts, duration: 2, connections: CONNECTIONS }) // warm-up
  const cpu = (pid: number) => (pid > 0 ? cpuMs(pid) : 0)
  const g0 = cpu(pids.gateway), s0 = cpu(pids.subgraphs)
  const r = await autocannon({ ...opts, duration: SECONDS, connections: CONNECTIONS })
  const n = Math.max(r.requests.total, 1)
  return {
    name, reqPerSec: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx,
    gatewayCpu: (cpu(pids.gateway) - g0) / n, subgraphCpu: (cpu(pids.subgraphs) - s0) / n,
  }
}

async function scenario(title: string, pids: { gateway: number; subgraphs: number }, urls: { gateway: string; inventory: string }, split: boolean) {
  const token = (await setupInstance(urls.gateway)).token
  for (let i = 0; i < 20; i++) await enrollHost(urls.gateway, `bench-${i}.local`)
  const check = await gql(urls.gateway, '{ hostList { id } }', undefined, token)
  if (check.errors) throw new Error(JSON.stringify(check.errors))
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const hostsQuery = JSON.stringify({ query: '{ hostList { id hostname status } }' })
  const meQuery = JSON.stringify({ query: print(MeDocument) }) // the text REST sends for GET /me
  const rows: Row[] = []
  rows.push(await measure('GraphQL `{ hostList { id hostname status } }` → inventory subgraph directly (HTTP)', pids, { url: urls.inventory, method: 'POST', headers: auth, body: hostsQuery }))
  rows.push(await measure('the same query → gateway /graphql', pids, { url: `${urls.gateway}/graphql`, method: 'POST', headers: auth, body: hostsQuery }))
  rows.push(await measure('GraphQL `Me` operation → gateway /graphql', pids, { url: `${urls.gateway}/graphql`, method: 'POST', headers: auth, body: meQuery }))
  rows.push(await measure('REST `GET /api/v1/fleet/me` (runs the `Me` operation)', pids, { url: `${urls.gateway}/api/v1/fleet/me`, method: 'GET', headers: { authorization: auth.authorization } }))
  const total = (r: Row) => r.gatewayCpu + r.subgraphCpu
  console.log(`\n### ${title}\n`)
  if (split) {
    console.log('| target | req/s | p99 ms | gateway process CPU ms/req | subgraphs process CPU ms/req | errors |\n|---|---|---|---|---|---|')
    for (const r of rows) console.log(`| ${r.name} | ${r.reqPerSec.toFixed(0)} | ${r.p99} | ${r.gatewayCpu.toFixed(2)} | ${r.subgraphCpu.toFixed(2)} | ${r.errors} |`)
    console.log(`\n- Gateway CPU per single-subgraph request: **${rows[1].gatewayCpu.toFixed(2)} ms** (target ≤ 1.0 ms)`)
  } else {
    console.log('| target | req/s | p99 ms | stack process CPU ms/req | errors |\n|---|---|---|---|---|')
    for (const r of rows) console.log(`| ${r.name} | ${r.reqPerSec.toFixed(0)} | ${r.p99} | ${total(r).toFixed(2)} | ${r.errors} |`)
    console.log(`\n- Gateway cost per single-subgraph request (through the gateway − straight to the subgraph): **${(total(rows[1]) - total(rows[0])).toFixed(2)} ms** (target ≤ 1.0 ms)`)
  }
  console.log(`- Through the gateway vs straight to the subgraph: ${(rows[1].reqPerSec / rows[0].reqPerSec).toFixed(2)}× the req/s, ${(total(rows[1]) / total(rows[0])).toFixed(2)}× the CPU per request`)
  console.log(`- REST route / its GraphQL operation, CPU per request: **${(total(rows[3]) / total(rows[2])).toFixed(2)}×** (target ≤ 1.2×)`)
}

async function main() {
  const { databaseUrl } = realServices()
  const cpus = os.cpus()
  console.log(`Machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ` +
    `database: ${databaseUrl ? 'PostgreSQL (own process, not counted)' : 'embedded PGlite (inside the stack process)'}; ` +
    `gateway in-flight dedup off; ${CONNECTIONS} connections, ${SECONDS} s per row; load generator on the same machine.`)

  // 1. The default topology (`npm start`): everything in one process; the gateway calls subgraphs in process.
  {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-bench-'))
    const db = databaseUrl ? await freshDatabase(databaseUrl) : undefined
    // Dedup off: 20 identical concurrent requests would otherwise share upstream fetches and flatter the gateway.
    const stack = await startStack({ DATA_DIR: dataDir, DATABASE_URL: db?.url ?? '', REDIS_URL: '', GATEWAY_DEDUPLICATE_REQUESTS: 'false' })
    try {
      await scenario('One process (the default `npm start`): gateway calls the subgraphs in process', { gateway: stack.pid, subgraphs: -1 }, { gateway: stack.url, inventory: stack.subgraphs.inventory }, false)
    } finally { await stack.stop(); await db?.drop(); rmSync(dataDir, { recursive: true, force: true }) }
  }

  // 2. Gateway in its own process, subgraphs in another, over HTTP: the gateway's own CPU is measured directly.
  {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-bench-'))
    const db = databaseUrl ? await freshDatabase(databaseUrl) : undefined
    const subgraphs = await startStack({ SERVICES: 'inventory,packs-and-queries,mdm,campaigns,agent-api', DATA_DIR: dataDir, DATABASE_URL: db?.url ?? '', REDIS_URL: '' })
    const gateway = await startStack({
      SERVICES: 'gateway', GATEWAY_DEDUPLICATE_REQUESTS: 'false',
      INVENTORY_URL: subgraphs.subgraphs.inventory, PACKS_AND_QUERIES_URL: subgraphs.subgraphs['packs-and-queries'],
      MDM_URL: subgraphs.subgraphs.mdm, CAMPAIGNS_URL: subgraphs.subgraphs.campaigns, AGENT_API_URL: subgraphs.subgraphs['agent-api'],
    })
    try {
      await scenario('Two processes: gateway alone, subgraphs over HTTP', { gateway: gateway.pid, subgraphs: subgraphs.pid }, { gateway: gateway.url, inventory: subgraphs.subgraphs.inventory }, true)
    } finally { await gateway.stop(); await subgraphs.stop(); await db?.drop(); rmSync(dataDir, { recursive: true, force: true }) }
  }
}

(process.argv.includes('--graph') ? graphBench() : main()).catch((e) => { console.error(e); process.exit(1) })
