// `npm run bench:live` (not a test): the live-query pipeline under load, in one run.
//   1. N simulated hosts (default 10,000) enroll and check in every 10 s against one stack;
//      check-in round trips (p50/p99 of distributed read and write), errors, stack CPU and RSS.
//      The simulator is short of CPU on a shared machine, which inflates its own figures, so 20 probe
//      hosts are also checked in once a second by this (mostly idle) process during the steady state.
//   2. One campaign over all of them: time until every result has reached each transport
//      (GraphQL subscription, raw WebSocket, SockJS), measured from the campaign's start.
//   3. Result write → subscriber latency: 200 probe hosts answer a campaign one at a time while the
//      fleet keeps checking in; time from sending distributed/write to the result on each transport.
//   4. 50 GraphQL subscribers on the big campaign: deliveries per second.
// Check-in latencies are reported for the steady window (the simulator's SIGUSR2 report) and for
// the whole run (enrollment burst and fan-out included).
// Usage: npm run bench:live [-- --hosts 10000 --steady 30]
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { createClient } from 'graphql-ws'
import { ROOT, startIsolatedStack } from '../support/stack.js'
import { ENROLL_SECRET, setupInstance } from '../support/fleet.js'
import { doJSON, gql } from '../support/client.js'

const arg = (name: string, dflt: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : dflt }
const HOSTS = arg('hosts', 10_000)
const STEADY_S = arg('steady', 30)
const SUBSCRIBERS = 50
const PROBES = 200
/** Hosts checked in by the bench process itself during the steady state, once a second each. */
const CHECKIN_PROBES = 20

const pct = (xs: number[], q: number) => { const l = [...xs].sort((a, b) => a - b); return l.length ? l[Math.min(l.length - 1, Math.floor(q * l.length))] : NaN }

/** Opens the three result transports on a campaign; `onResult(transport, hostId)` for each result. */
function watch(base: string, token: string, campaignId: number, onResult: (t: 'graphql' | 'raw' | 'sockjs', hostId: number) => void) {
  const wsBase = base.replace(/^http/, 'ws')
  const client = createClient({ url: `${wsBase}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 })
  client.subscribe({ query: 'subscription($id: ID!) { campaignEvents(campaignId: $id) { ... on CampaignResult { host { id: databaseId } } } }', variables: { id: String(campaignId) } },
    { next: (e: any) => { const h = e.data?.campaignEvents?.host; if (h) onResult('graphql', Number(h.id)) }, error: () => {}, complete: () => {} })
  const raw = new WebSocket(`${wsBase}/api/latest/fleet/results/websocket`)
  raw.on('open', () => { raw.send(JSON.stringify({ type: 'auth', data: { token } })); raw.send(JSON.stringify({ type: 'select_campaign', data: { campaign_id: campaignId } })) })
  raw.on('message', (d) => { const m = JSON.parse(d.toString()); if (m.type === 'result') onResult('raw', m.data.host.id) })
  const sock = new WebSocket(`${wsBase}/api/v1/fleet/results/0/bench${campaignId}/websocket`)
  sock.on('message', (d) => {
    const t = d.toString()
    if (t === 'o') {
      sock.send(JSON.stringify([JSON.stringify({ type: 'auth', data: { token } })]))
      sock.send(JSON.stringify([JSON.stringify({ type: 'select_campaign', data: { campaign_id: campaignId } })]))
    } else if (t.startsWith('a')) for (const x of JSON.parse(t.slice(1))) { const m = JSON.parse(x); if (m.type === 'result') onResult('sockjs', m.data.host.id) }
  })
  return async () => { raw.close(); sock.close(); await client.dispose() }
}

const procStat = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return { cpuMs: (Number(f[11]) + Number(f[12])) * 10, rssMiB: (Number(f[21]) * 4096) / 2 ** 20 }
}
const until = async (cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** p50/p99 of one histogram series between two /metrics scrapes, as the bucket bounds they fall in (ms). */
function quantilesBetween(before: string, after: string, metric: string, labels: string): { p50: string; p99: string; n: number } {
  const buckets = (text: string) => {
    const m = new Map<string, number>()
    // prom-client writes le first: name_bucket{le="0.005",route="config",status="200"} 12
    const prefix = `${metric}_bucket{le="`, suffix = labels ? `",${labels}} ` : '"} '
    for (const line of text.split('\n')) {
      if (!line.startsWith(prefix)) continue
      const [le, count] = line.slice(prefix.length).split(suffix)
      if (count !== undefined && !le.includes('"')) m.set(le, Number(count))
    }
    return m
  }
  const b0 = buckets(before), b1 = buckets(after)
  const delta = [...b1].map(([le, c]) => [le, c - (b0.get(le) ?? 0)] as const)
  const total = delta.find(([le]) => le === '+Inf')?.[1] ?? 0
  const at = (q: number) => { if (!total) return '–'; const hit = delta.find(([, c]) => c >= q * total); return !hit ? '–' : hit[0] === '+Inf' ? '> 10000' : `≤ ${Number(hit[0]) * 1000}` }
  return { p50: at(0.5), p99: at(0.99), n: total }
}
const routeQuantiles = (before: string, after: string, route: string) =>
  quantilesBetween(before, after, 'fleetgraph_agent_request_duration_seconds', `route="${route}",status="200"`)

/** Enrolls the check-in probe hosts and answers their first read (details, labels), so that later check-ins are routine. */
async function settledProbeHosts(url: string): Promise<{ nodeKey: string; labels: string[] }[]> {
  const hosts: { nodeKey: string; labels: string[] }[] = []
  for (let i = 0; i < CHECKIN_PROBES; i++) {
    const nodeKey = (await doJSON(url, 'POST', '/api/v1/osquery/enroll', { enroll_secret: ENROLL_SECRET, host_identifier: `checkin-probe-${i}`, host_details: { system_info: { hostname: `checkin-probe-${i}.bench` } } }, 200)).body.node_key
    const asked = Object.keys((await doJSON(url, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKey }, 200)).body.queries)
    await doJSON(url, 'POST', '/api/v1/osquery/distributed/write', { node_key: nodeKey, queries: Object.fromEntries(asked.map((q) => [q, []])), statuses: Object.fromEntries(asked.map((q) => [q, 0])) }, 200)
    hosts.push({ nodeKey, labels: asked.filter((q) => q.startsWith('fleet_label_query_')) })
  }
  return hosts
}

/**
 * Check-ins from a client that is not short of CPU (the simulator is): each probe host reads once a
 * second and answers its label queries again, timing both round trips, until `deadline`.
 */
async function checkInUntil(url: string, hosts: { nodeKey: string; labels: string[] }[], deadline: number) {
  const read: number[] = [], write: number[] = []
  const timed = async (into: number[], path: string, body: unknown) => { const t0 = performance.now(); await doJSON(url, 'POST', path, body, 200); into.push(performance.now() - t0) }
  await Promise.all(hosts.map(async (h, i) => {
    await new Promise((r) => setTimeout(r, (1000 * i) / hosts.length)) // spread over the second
    while (Date.now() < deadline) {
      const next = Date.now() + 1000
      await timed(read, '/api/v1/osquery/distributed/read', { node_key: h.nodeKey })
      await timed(write, '/api/v1/osquery/distributed/write', {
        node_key: h.nodeKey, queries: Object.fromEntries(h.labels.map((q) => [q, [{ '1': '1' }]])), statuses: Object.fromEntries(h.labels.map((q) => [q, 0])),
      })
      await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())))
    }
  }))
  return { read, write }
}

async function main() {
  const stack = await startIsolatedStack({ LOG_LEVEL: 'warn', METRICS_BASIC_AUTH: 'bench:bench' })
  const scrape = async () => (await fetch(`${stack.url}/metrics`, { headers: { authorization: `Basic ${Buffer.from('bench:bench').toString('base64')}` } })).text()
  const token = (await setupInstance(stack.url)).token // creates the enroll secret before any agent starts
  let simOut = '', simErr = ''
  const sim = spawn(process.execPath, [path.join(ROOT, 'simulator/dist/cli.js'), '--hosts', String(HOSTS), '--server', stack.url,
    '--enroll-secret', ENROLL_SECRET, '--start-period', String(Math.max(10, Math.ceil(HOSTS / 150))), '--status-interval', '5', '--concurrency', '128'], { cwd: ROOT })
  sim.stdout.on('data', (d) => (simOut += d))
  sim.stderr.on('data', (d) => (simErr += d))
  const simDone = new Promise<void>((r) => sim.on('exit', () => r()))
  try {
    const enrolled = () => Number([...simErr.matchAll(/(\d+)\/\d+ hosts enrolled/g)].pop()?.[1] ?? 0)
    const t0 = Date.now()
    await until(() => enrolled() >= HOSTS, 15 * 60_000, 'enrollment')
    console.error(`[bench] ${HOSTS} hosts enrolled in ${((Date.now() - t0) / 1000).toFixed(0)} s; steady state for ${STEADY_S} s`)
    await new Promise((r) => setTimeout(r, 12_000)) // one full check-in round after the last enrollment
    const checkinProbes = await settledProbeHosts(stack.url)
    sim.kill('SIGUSR2') // a new latency window: the steady state starts here
    const m0 = await scrape()
    const s0 = procStat(stack.pid), w0 = Date.now()
    let peakRss = s0.rssMiB
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, procStat(stack.pid).rssMiB) }, 1000)
    const checkins = await checkInUntil(stack.url, checkinProbes, Date.now() + STEADY_S * 1000)
    clearInterval(sampler)
    const s1 = procStat(stack.pid)
    const m1 = await scrape()
    sim.kill('SIGUSR2')
    // the first window report (sent at the start of the steady state) covers the burst; the second is the steady state
    const windows = () => [...simOut.matchAll(/window [\d.]+s latency[^\n]*/g)].map((m) => m[0])
    await until(() => windows().length >= 2, 10_000, 'the simulator\'s steady-state latency window')
    const steadyLine = windows()[1]
    const steadyCpu = (s1.cpuMs - s0.cpuMs) / (Date.now() - w0) // CPU-ms per ms = cores used

    // 2. one campaign over every host, watched on three transports
    const allHosts = (await gql(stack.url, '{ labelList { id: databaseId name } }', undefined, token)).data!.labelList.find((l: any) => l.name === 'All Hosts').id
    const wsBase = stack.url.replace(/^http/, 'ws')
    const seen = { graphql: new Set<number>(), raw: new Set<number>(), sockjs: new Set<number>() }
    const doneAt: Record<string, number> = {}
    const started = Date.now()
    const run = await doJSON(stack.url, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT hostname FROM system_info', selected: { labels: [Number(allHosts)] } }, 200, token)
    const campaignId = run.body.campaign.id
    const unwatch = watch(stack.url, token, campaignId, (t, id) => { seen[t].add(id); if (seen[t].size >= HOSTS && !doneAt[t]) doneAt[t] = Date.now() })
    await until(() => Object.keys(doneAt).length === 3, 5 * 60_000, `all results on every transport (${seen.graphql.size}/${seen.raw.size}/${seen.sockjs.size})`)
    await unwatch()

    // 3. result write → subscriber, one probe host at a time, under the fleet's check-ins
    const probeKeys: string[] = []
    for (let i = 0; i < PROBES; i++) {
      const r = await doJSON(stack.url, 'POST', '/api/v1/osquery/enroll', { enroll_secret: ENROLL_SECRET, host_identifier: `probe-${i}`, host_details: { system_info: { hostname: `probe-${i}.bench` } } }, 200)
      probeKeys.push(r.body.node_key)
    }
    const probeIds = (await gql(stack.url, '{ hostList { id: databaseId hostname } }', undefined, token)).data!.hostList
      .filter((h: any) => h.hostname.startsWith('probe-')).sort((a: any, b: any) => a.hostname.localeCompare(b.hostname, 'en', { numeric: true })).map((h: any) => Number(h.id))
    const probeCampaign = (await doJSON(stack.url, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 1', selected: { hosts: probeIds } }, 200, token)).body.campaign.id
    const sentAt = new Map<number, number>()
    const probeLat = { graphql: [] as number[], raw: [] as number[], sockjs: [] as number[] }
    const unwatchProbe = watch(stack.url, token, probeCampaign, (t, id) => { const t0 = sentAt.get(id); if (t0 !== undefined) probeLat[t].push(performance.now() - t0) })
    await new Promise((r) => setTimeout(r, 1000)) // let the three subscriptions reach the server
    const q = `fleet_distributed_query_${probeCampaign}`
    for (let i = 0; i < PROBES; i++) {
      sentAt.set(probeIds[i], performance.now())
      await doJSON(stack.url, 'POST', '/api/v1/osquery/distributed/write', { node_key: probeKeys[i], queries: { [q]: [{ '1': '1' }] }, statuses: { [q]: 0 } }, 200)
      await new Promise((r) => setTimeout(r, 20))
    }
    await until(() => Object.values(probeLat).every((l) => l.length >= PROBES), 60_000, 'probe results on every transport')
    await unwatchProbe()

    // 4. 50 GraphQL subscribers on the finished campaign: each gets every result (replayed)
    const fanStart = Date.now()
    let deliveries = 0
    await Promise.all(Array.from({ length: SUBSCRIBERS }, async () => {
      const c = createClient({ url: `${wsBase}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 })
      let got = 0
      await new Promise<void>((resolve) => {
        const stop = c.subscribe({ query: 'subscription($id: ID!) { campaignEvents(campaignId: $id) { ... on CampaignResult { host { hostname } rows } } }', variables: { id: String(campaignId) } },
          { next: (e: any) => { if (e.data?.campaignEvents?.rows) { got++; deliveries++; if (got >= HOSTS) { stop(); resolve() } } }, error: () => resolve(), complete: () => resolve() })
      })
      await c.dispose()
    }))
    const fanSeconds = (Date.now() - fanStart) / 1000

    sim.kill('SIGTERM')
    await simDone
    const summary = simOut.slice(simOut.indexOf('Simulation summary'))
    const lat = (text: string, kind: string) => new RegExp(`${kind} ([\\d.]+)/([\\d.]+)`).exec(text)
    const rd = lat(summary, 'distributed_read'), wr = lat(summary, 'distributed_write')
    const srd = lat(steadyLine, 'distributed_read'), swr = lat(steadyLine, 'distributed_write'), scf = lat(steadyLine, 'config')
    const errors = /errors:\s+(\d+)/.exec(summary)?.[1]
    const cpus = os.cpus()
    console.log(`\nMachine: ${cpus.length} × ${cpus[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}; simulator and load on the same machine.\n`)
    console.log('| measure | value | target |\n|---|---|---|')
    console.log(`| simulated hosts, check-in every 10 s | ${HOSTS} | 10,000 |`)
    console.log(`| simulator errors: steady state / whole run | ${/errors: (\d+)/.exec(steadyLine)?.[1]} / ${errors} | 0 |`)
    console.log(`| steady state (${STEADY_S} s): distributed/read p50 / p99 (ms) | ${srd?.[1]} / ${srd?.[2]} | p99 < 100 |`)
    console.log(`| steady state: distributed/write p50 / p99 (ms) | ${swr?.[1] ?? '– (no queries pending)'} / ${swr?.[2] ?? '–'} | p99 < 100 |`)
    console.log(`| steady state, ${CHECKIN_PROBES} probe hosts checked in by the bench process once a second: distributed/read p50 / p99 (ms), ${checkins.read.length} requests | ${pct(checkins.read, 0.5).toFixed(1)} / ${pct(checkins.read, 0.99).toFixed(1)} | p99 < 100 |`)
    console.log(`| steady state, the same probe hosts: distributed/write (label answers) p50 / p99 (ms), ${checkins.write.length} requests | ${pct(checkins.write, 0.5).toFixed(1)} / ${pct(checkins.write, 0.99).toFixed(1)} | p99 < 100 |`)
    console.log(`| steady state: config p50 / p99 (ms) | ${scf?.[1] ?? '–'} / ${scf?.[2] ?? '–'} | |`)
    for (const route of ['distributed/read', 'distributed/write', 'config']) {
      const q = routeQuantiles(m0, m1, route)
      console.log(`| steady state, server side (from /metrics): ${route} p50 / p99 (ms), ${q.n} requests | ${q.p50} / ${q.p99} | ${route === 'config' ? '' : 'p99 < 100'} |`)
    }
    const lag = quantilesBetween(m0, m1, 'fleetgraph_event_loop_lag_seconds', '')
    console.log(`| steady state: stack event-loop lag p50 / p99 (ms) | ${lag.p50} / ${lag.p99} | |`)
    const poolWait = quantilesBetween(m0, m1, 'fleetgraph_db_pool_wait_seconds', '')
    console.log(`| steady state: wait for a pooled database connection p50 / p99 (ms), ${poolWait.n} checkouts | ${poolWait.p50} / ${poolWait.p99} | |`)
    console.log(`| whole run incl. enrollment burst and fan-out: distributed/read p50 / p99 (ms) | ${rd?.[1]} / ${rd?.[2]} | |`)
    console.log(`| whole run: distributed/write p50 / p99 (ms) | ${wr?.[1]} / ${wr?.[2]} | |`)
    console.log(`| stack CPU in steady state (cores) | ${steadyCpu.toFixed(2)} | |`)
    console.log(`| stack RSS steady / peak (MiB) | ${s1.rssMiB.toFixed(0)} / ${peakRss.toFixed(0)} | |`)
    for (const k of ['graphql', 'raw', 'sockjs'] as const) console.log(`| campaign over all hosts → every result on ${k} (s from start) | ${((doneAt[k] - started) / 1000).toFixed(1)} | |`)
    for (const k of ['graphql', 'raw', 'sockjs'] as const) console.log(`| result write → ${k} subscriber p50 / p99 (ms, ${PROBES} probes) | ${pct(probeLat[k], 0.5).toFixed(1)} / ${pct(probeLat[k], 0.99).toFixed(1)} | p99 < 50 |`)
    console.log(`| ${SUBSCRIBERS} GraphQL subscribers × ${HOSTS} results: deliveries/s | ${(deliveries / fanSeconds).toFixed(0)} | ≥ 3,000 |`)
    console.log('\nSimulator summary:\n' + simOut.trim())
  } finally {
    if (sim.exitCode === null) sim.kill('SIGKILL')
    await stack.stop()
  }
}

main().catch((e) => { console.error(e); process.exit(1) })
