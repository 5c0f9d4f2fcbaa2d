// The measurement behind ADR 0008: the bus over a local Redis, as replicas use it.
//   node --import tsx subgraphs/kit/bench/bus.ts            (needs REDIS_URL; restarts that server)
// 1. latency: one event at a time, publish → delivered on a second bus (another "replica"), p50/p99;
// 2. throughput: a burst of events published at once, time until the last one is delivered;
// 3. outage: the Redis server is shut down and started again; time from its start until the bus
//    reports missed events and until an event published then is delivered.
// The server is restarted with redis-cli/redis-server: run it against a throwaway server only.
import { execFileSync, spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { openBus, setLogLevel, type Bus } from '@fleetgraph/subgraph-kit'

const url = process.env.REDIS_URL
if (!url) throw new Error('REDIS_URL is required')
const port = new URL(url).port || '6379'
setLogLevel('silent')

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const round = (n: number) => Math.round(n * 100) / 100

/** A subscription read as a queue: `take()` resolves with the next event. */
async function listen(sub: Bus, pub: Bus, topic: string) {
  const it = sub.pubSub.subscribe(topic)[Symbol.asyncIterator]()
  const queue: unknown[] = [], waiters: ((v: unknown) => void)[] = []
  let stopped = false
  const pump = (): void => {
    it.next().then((r) => {
      if (r.done || stopped) return
      const w = waiters.shift()
      if (w) w(r.value); else queue.push(r.value)
      pump()
    }, () => {})
  }
  pump()
  const take = () => (queue.length ? Promise.resolve(queue.shift()) : new Promise<unknown>((r) => waiters.push(r)))
  // In place once a probe published after it arrives (SUBSCRIBE is asynchronous).
  for (let i = 0; ; i++) {
    pub.pubSub.publish(topic, `probe-${i}`)
    const got = await Promise.race([take(), new Promise((r) => setTimeout(() => r(undefined), 200))])
    if (got === `probe-${i}`) break
  }
  queue.length = 0
  return { take, stop: () => { stopped = true; void it.return?.() } }
}

async function latency(pub: Bus, sub: Bus, n: number) {
  const l = await listen(sub, pub, 'bench:latency')
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    pub.pubSub.publish('bench:latency', i)
    while ((await l.take()) !== i) { /* a late probe */ }
    times.push(performance.now() - t0)
  }
  l.stop()
  return { n, p50_ms: round(pct(times, 50)), p99_ms: round(pct(times, 99)) }
}

async function throughput(pub: Bus, sub: Bus, n: number) {
  const l = await listen(sub, pub, 'bench:burst')
  const t0 = performance.now()
  for (let i = 0; i < n; i++) pub.pubSub.publish('bench:burst', { i, host: 'h'.repeat(64) })
  for (let got = 0; got < n;) { const v = await l.take(); if (typeof v === 'object') got++ }
  const ms = performance.now() - t0
  l.stop()
  return { n, ms: Math.round(ms), events_per_s: Math.round((n / ms) * 1000) }
}

function startRedis() {
  const dir = execFileSync('redis-cli', ['-p', port, 'config', 'get', 'dir']).toString().split('\n')[1]
  return () => {
    execFileSync('redis-server', ['--bind', '127.0.0.1', '--port', port, '--daemonize', 'yes', '--dir', dir,
      '--pidfile', `${dir}/redis.pid`, '--logfile', `${dir}/redis.log`, '--save', '', '--appendonly', 'no'])
  }
}

async function outage(pub: Bus, sub: Bus) {
  const restart = startRedis()
  let missedAt = 0
  sub.onMissedEvents(() => { missedAt ||= performance.now() })
  const l = await listen(sub, pub, 'bench:outage')
  spawnSync('redis-cli', ['-p', port, 'shutdown', 'nosave'])
  await new Promise((r) => setTimeout(r, 1500))
  const t0 = performance.now()
  restart()
  // Publish every 10 ms until one arrives: that is when a replica hears the others again.
  let i = 0
  const timer = setInterval(() => { pub.pubSub.publish('bench:outage', `after-${i++}`) }, 10)
  for (;;) { const v = await l.take(); if (typeof v === 'string' && v.startsWith('after-')) break }
  const deliveredAt = performance.now()
  clearInterval(timer)
  l.stop()
  return { missed_events_reported_ms: missedAt ? Math.round(missedAt - t0) : null, first_event_delivered_ms: Math.round(deliveredAt - t0) }
}

async function main() {
  const pub = await openBus(url)
  const sub = await openBus(url)
  const result = {
    latency: await latency(pub, sub, 2000),
    throughput: await throughput(pub, sub, 20_000),
    outage: await outage(pub, sub),
  }
  console.log(JSON.stringify(result))
  await Promise.all([pub.close(), sub.close()])
}

main().catch((e) => { console.error(e); process.exitCode = 1 })
