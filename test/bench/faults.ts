// `npm run bench:faults` (not a test): what each outage costs, in one run, on the fault suite's fleet
// (three replicas behind a balancer, private PostgreSQL and Redis, hosts checking in every second).
// For each fault: a campaign over every host is started, the fault lasts --outage seconds, then heals.
// Reported per fault: results stored vs. targeted hosts vs. delivered to a live subscriber and on
// replay (all must be equal), agent requests and errors during the outage (the simulator's window),
// seconds from healing until the campaign completed, and whether every process survived.
// Usage: npm run bench:faults [-- --hosts 20 --outage 15]
import { setTimeout as delay } from 'node:timers/promises'
import { waitFor } from '../support/client.js'
import { startFaultFleet, type FaultFleet } from '../support/fault-fleet.js'
import type { TestStack } from '../support/stack.js'

const arg = (name: string, dflt: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : dflt }
const HOSTS = arg('hosts', 20)
const OUTAGE_S = arg('outage', 15)

/** "[simulator] window 15.0s latency …: distributed_read 1.2/3.4 (n=300), …; errors: 12" → requests, errors. */
function parseWindow(line: string) {
  const ok = [...line.matchAll(/\(n=(\d+)\)/g)].reduce((s, m) => s + Number(m[1]), 0)
  const errors = Number(/errors: (\d+)/.exec(line)?.[1] ?? 0)
  return { requests: ok + errors, errors }
}

async function measure(f: FaultFleet, name: string, via: TestStack, inject: () => void, heal: () => void) {
  const [a] = f.replicas
  const id = await f.run(via)
  const live = f.watch(a, id)
  await live.ready()
  await f.simWindow()
  inject()
  await delay(OUTAGE_S * 1000)
  const healedAt = Date.now()
  heal()
  const during = parseWindow(await f.simWindow())
  await f.completed(id, 300_000)
  const recoveredS = (Date.now() - healedAt) / 1000
  const stored = await f.count(`SELECT count(*) AS n FROM distributed_query_campaign_results WHERE campaign_id = $1`, [id])
  await waitFor(async () => live.hosts().size >= stored, 60_000, 100).catch(() => undefined)
  const late = f.watch(a, id)
  await waitFor(async () => late.hosts().size >= stored, 60_000, 100).catch(() => undefined)
  const row = {
    fault: name, targeted: HOSTS, stored, deliveredLive: live.hosts().size, replayed: late.hosts().size,
    outageRequests: during.requests, outageErrors: during.errors, errorRate: during.requests ? +(during.errors / during.requests).toFixed(3) : 0,
    recoveredS: +recoveredS.toFixed(1), processesAlive: f.replicas.filter((r) => f.alive(r)).length,
  }
  await late.close()
  await live.close()
  return row
}

async function main() {
  const f = await startFaultFleet(HOSTS)
  const rows = []
  try {
    const [a, b, c] = f.replicas
    rows.push(await measure(f, `Redis stopped ${OUTAGE_S} s, restarted empty`, b, () => f.svc.stopRedis(), () => f.svc.startRedis()))
    rows.push(await measure(f, `PostgreSQL stopped ${OUTAGE_S} s`, a, () => f.svc.stopPostgres(), () => f.svc.startPostgres()))
    rows.push(await measure(f, 'one of three replicas SIGKILLed', c, () => process.kill(c.pid, 'SIGKILL'), () => {}))
  } finally {
    const out = await f.close()
    console.log(out.split('\n').filter((l) => /live queries answered|errors:/.test(l)).join('\n'))
  }
  console.table(rows)
}

void main().catch((e) => { console.error(e); process.exit(1) })
