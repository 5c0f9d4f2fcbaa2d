// `npm run bench`: request throughput and CPU cost per request, measured in
// one run against one stack process (not a test: it asserts nothing).
//   1. one GraphQL query sent straight to its subgraph,
//   2. the same query through the gateway (/graphql),
//   3. a REST route (GET /api/v1/fleet/me) and 4. its GraphQL operation through the gateway.
// CPU per request is the stack process's utime+stime (from /proc) divided by
// the requests served. The whole stack is one process, so the gateway's own
// cost is (2) minus (1). Usage: npm run bench [-- --seconds 10 --connections 20]
import { readFileSync } from 'node:fs'
import os from 'node:os'
import autocannon from 'autocannon'
import { startIsolatedStack } from '../support/stack.js'
import { enrollHost, setupInstance } from '../support/fleet.js'
import { gql } from '../support/client.js'

const arg = (name: string, dflt: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : dflt }
const SECONDS = arg('seconds', 10)
const CONNECTIONS = arg('connections', 20)
const TICK_MS = 1000 / 100 // USER_HZ is 100 on Linux

function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(f[11]) + Number(f[12])) * TICK_MS // utime, stime
}

interface Row { name: string; reqPerSec: number; p99: number; cpuPerReq: number; errors: number }

async function measure(name: string, pid: number, opts: autocannon.Options): Promise<Row> {
  await autocannon({ ...opts, duration: 2, connections: CONNECTIONS }) // warm-up
  const before = cpuMs(pid)
  const r = await autocannon({ ...opts, duration: SECONDS, connections: CONNECTIONS })
  const used = cpuMs(pid) - before
  const total = r.requests.total
  return { name, reqPerSec: r.requests.average, p99: r.latency.p99, cpuPerReq: used / Math.max(total, 1), errors: r.errors + r.non2xx }
}

async function main() {
  const stack = await startIsolatedStack({ LOG_LEVEL: 'info' })
  try {
    const pid = stack.pid
    const token = (await setupInstance(stack.url)).token
    for (let i = 0; i < 20; i++) await enrollHost(stack.url, `bench-${i}.local`)
    const inventoryUrl = /"serviceName":"inventory","msg":"subgraph listening","url":"([^"]+)"/.exec(stack.logs())![1]
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
    const hostsQuery = JSON.stringify({ query: '{ hosts { id hostname status } }' })
    const meDoc = (await import('../../rest-compat/src/mappers/user.js')).USER_FIELDS
    const meQuery = JSON.stringify({ query: `query Me { me { ...FleetUser } teams { id name description } } ${meDoc}` })
    const check = await gql(stack.url, '{ hosts { id } }', undefined, token)
    if (check.errors) throw new Error(JSON.stringify(check.errors))

    const rows: Row[] = []
    rows.push(await measure('GraphQL `{ hosts { id hostname status } }` → inventory subgraph directly', pid, { url: inventoryUrl, method: 'POST', headers: auth, body: hostsQuery }))
    rows.push(await measure('GraphQL `{ hosts { id hostname status } }` → gateway /graphql', pid, { url: `${stack.url}/graphql`, method: 'POST', headers: auth, body: hostsQuery }))
    rows.push(await measure('GraphQL `Me` operation → gateway /graphql', pid, { url: `${stack.url}/graphql`, method: 'POST', headers: auth, body: meQuery }))
    rows.push(await measure('REST `GET /api/v1/fleet/me` (runs the `Me` operation)', pid, { url: `${stack.url}/api/v1/fleet/me`, method: 'GET', headers: { authorization: auth.authorization } }))

    const cpus = os.cpus()
    console.log(`\nMachine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
      `database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, ${CONNECTIONS} connections, ${SECONDS} s per row; load generator on the same machine.\n`)
    console.log('| target | req/s | p99 ms | stack CPU ms/req | errors |\n|---|---|---|---|---|')
    for (const r of rows) console.log(`| ${r.name} | ${r.reqPerSec.toFixed(0)} | ${r.p99} | ${r.cpuPerReq.toFixed(2)} | ${r.errors} |`)
    const gatewayCost = rows[1].cpuPerReq - rows[0].cpuPerReq
    const restRatio = rows[3].cpuPerReq / rows[2].cpuPerReq
    console.log(`\nGateway CPU per single-subgraph request: ${gatewayCost.toFixed(2)} ms (target ≤ 1.0 ms): (2) − (1)`)
    console.log(`Throughput through the gateway vs direct: ${(rows[1].reqPerSec / rows[0].reqPerSec).toFixed(2)}×`)
    console.log(`REST route / its GraphQL operation, CPU per request: ${restRatio.toFixed(2)}× (target ≤ 1.2×)`)
  } finally {
    await stack.stop()
  }
}

main().catch((e) => { console.error(e); process.exit(1) })
