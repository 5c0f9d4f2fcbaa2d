// `npm run bench:live` (not a test): the live-query pipeline under load, in one run.
//   1. N simulated hosts (default 10,000) enroll and check in every 10 s against one stack;
//      check-in round trips (p50/p99 of distributed read and write), errors, stack CPU and RSS.
//   2. One campaign over all of them: time until every result has reached each transport
//      (GraphQL subscription, raw WebSocket, SockJS), measured from the campaign's start.
//   3. 50 GraphQL subscribers on that campaign: deliveries per second.
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

async function main() {
  const stack = await startIsolatedStack({ LOG_LEVEL: 'warn' })
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
    const s0 = procStat(stack.pid), w0 = Date.now()
    let peakRss = s0.rssMiB
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, procStat(stack.pid).rssMiB) }, 1000)
    await new Promise((r) => setTimeout(r, STEADY_S * 1000))
    clearInterval(sampler)
    const s1 = procStat(stack.pid)
    const steadyCpu = (s1.cpuMs - s0.cpuMs) / (Date.now() - w0) // CPU-ms per ms = cores used

    // 2. one campaign over every host, watched on three transports
    const allHosts = (await gql(stack.url, '{ labels { id name } }', undefined, token)).data!.labels.find((l: any) => l.name === 'All Hosts').id
    const wsBase = stack.url.replace(/^http/, 'ws')
    const seen = { graphql: new Set<string>(), raw: new Set<number>(), sockjs: new Set<number>() }
    const doneAt: Record<string, number> = {}
    const mark = (k: keyof typeof seen) => { if (seen[k].size >= HOSTS && !doneAt[k]) doneAt[k] = Date.now() }
    const started = Date.now()
    const run = await doJSON(stack.url, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT hostname FROM system_info', selected: { labels: [Number(allHosts)] } }, 200, token)
    const campaignId = run.body.campaign.id
    const client = createClient({ url: `${wsBase}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 })
    client.subscribe({ query: 'subscription($id: ID!) { campaignEvents(campaignId: $id) { ... on CampaignResult { host { id } } } }', variables: { id: String(campaignId) } },
      { next: (e: any) => { const h = e.data?.campaignEvents?.host; if (h) { seen.graphql.add(h.id); mark('graphql') } }, error: () => {}, complete: () => {} })
    const raw = new WebSocket(`${wsBase}/api/latest/fleet/results/websocket`)
    raw.on('open', () => { raw.send(JSON.stringify({ type: 'auth', data: { token } })); raw.send(JSON.stringify({ type: 'select_campaign', data: { campaign_id: campaignId } })) })
    raw.on('message', (d) => { const m = JSON.parse(d.toString()); if (m.type === 'result') { seen.raw.add(m.data.host.id); mark('raw') } })
    const sock = new WebSocket(`${wsBase}/api/v1/fleet/results/0/bench/websocket`)
    sock.on('message', (d) => {
      const t = d.toString()
      if (t === 'o') {
        sock.send(JSON.stringify([JSON.stringify({ type: 'auth', data: { token } })]))
        sock.send(JSON.stringify([JSON.stringify({ type: 'select_campaign', data: { campaign_id: campaignId } })]))
      } else if (t.startsWith('a')) for (const s of JSON.parse(t.slice(1))) { const m = JSON.parse(s); if (m.type === 'result') { seen.sockjs.add(m.data.host.id); mark('sockjs') } }
    })
    await until(() => Object.keys(doneAt).length === 3, 5 * 60_000, `all results on every transport (${seen.graphql.size}/${seen.raw.size}/${seen.sockjs.size})`)
    raw.close(); sock.close(); await client.dispose()

    // 3. 50 GraphQL subscribers on the finished campaign: each gets every result (replayed)
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
    const lat = (kind: string) => new RegExp(`${kind} ([\\d.]+)/([\\d.]+)`).exec(simOut)
    const rd = lat('distributed_read'), wr = lat('distributed_write')
    const errors = /errors:\s+(\d+)/.exec(simOut)?.[1]
    const cpus = os.cpus()
    console.log(`\nMachine: ${cpus.length} × ${cpus[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}; simulator and load on the same machine.\n`)
    console.log('| measure | value | target |\n|---|---|---|')
    console.log(`| simulated hosts, check-in every 10 s | ${HOSTS} | 10,000 |`)
    console.log(`| simulator errors (whole run) | ${errors} | 0 |`)
    console.log(`| distributed/read round trip p50 / p99 (ms) | ${rd?.[1]} / ${rd?.[2]} | p99 < 100 |`)
    console.log(`| distributed/write round trip p50 / p99 (ms) | ${wr?.[1]} / ${wr?.[2]} | p99 < 100 |`)
    console.log(`| stack CPU in steady state (cores) | ${steadyCpu.toFixed(2)} | |`)
    console.log(`| stack RSS steady / peak (MiB) | ${s1.rssMiB.toFixed(0)} / ${peakRss.toFixed(0)} | |`)
    for (const k of ['graphql', 'raw', 'sockjs']) console.log(`| campaign over all hosts → every result on ${k} (s from start) | ${((doneAt[k] - started) / 1000).toFixed(1)} | |`)
    console.log(`| ${SUBSCRIBERS} GraphQL subscribers × ${HOSTS} results: deliveries/s | ${(deliveries / fanSeconds).toFixed(0)} | ≥ 3,000 |`)
    console.log('\nSimulator summary:\n' + simOut.trim())
  } finally {
    if (sim.exitCode === null) sim.kill('SIGKILL')
    await stack.stop()
  }
}

main().catch((e) => { console.error(e); process.exit(1) })
