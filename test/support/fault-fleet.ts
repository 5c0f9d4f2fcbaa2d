// The fault scenario shared by the fault suite (test/e2e/faults/) and its
// benchmark (`npm run bench:faults`): a private PostgreSQL and Redis, three
// replicas behind a round-robin balancer, and simulated hosts checking in every
// second through it, with helpers to start campaigns and watch their answers.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { ROOT, startStack, type TestStack } from './stack.js'
import { doJSON, gql, subscribe, waitFor, wsClient } from './client.js'
import { setupInstance } from './fleet.js'
import { startPrivateServices, type PrivateServices } from './services.js'
import { startBalancer, type Balancer } from './tcp-balancer.js'

const SECRET = 'faults-team-secret'

export interface FaultFleet {
  svc: PrivateServices
  replicas: TestStack[]
  token: string
  hostIds: number[]
  /** Campaign ids started through `run`, in order. */
  campaigns: number[]
  /** The simulator's output so far (SIGUSR2 windows, the final summary). */
  simOutput(): string
  /** Sends SIGUSR2: the simulator prints its requests, errors and latencies since the previous window. */
  simWindow(): Promise<string>
  count(sql: string, params?: unknown[]): Promise<number>
  alive(s: TestStack): boolean
  run(via: TestStack): Promise<number>
  watch(on: TestStack, id: number): CampaignWatch
  /** Resolves when the campaign is completed in the database. */
  completed(id: number, timeoutMs: number): Promise<void>
  close(): Promise<string>
}

export interface CampaignWatch {
  /** Hosts whose result this subscriber received. */
  hosts(): Set<number>
  ready(): Promise<unknown>
  close(): Promise<void>
}

export async function startFaultFleet(hosts: number): Promise<FaultFleet> {
  const svc = await startPrivateServices()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fg-faults-data-'))
  const db = new pg.Pool({ connectionString: svc.databaseUrl, max: 2 })
  db.on('error', () => { /* the server is stopped on purpose */ })
  const env = { DATABASE_URL: svc.databaseUrl, REDIS_URL: svc.redisUrl, DATA_DIR: dataDir, LICENSE_TIER: 'premium' }
  const replicas = await Promise.all([startStack(env), startStack(env), startStack(env)])
  const { token } = await setupInstance(replicas[0].url)
  // Hosts check in every second (team agent options), so each fault takes seconds, not minutes.
  await doJSON(replicas[0].url, 'POST', '/api/v1/fleet/spec/teams', {
    specs: [{ name: 'faults', secrets: [{ secret: SECRET }], agent_options: { config: { options: { distributed_interval: 1 } } } }],
  }, 200, token)
  const lb: Balancer = await startBalancer(replicas.map((r) => r.url))
  let out = ''
  const sim: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'simulator/dist/cli.js'), '--hosts', String(hosts), '--server', lb.url,
    '--enroll-secret', SECRET, '--start-period', '1', '--timeout', '5', '--status-interval', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
  sim.stdout!.on('data', (d) => { out += d })
  const simExited = new Promise<void>((r) => sim.on('exit', () => r()))
  const hostIds = await waitFor(async () => {
    const r = await gql(replicas[0].url, '{ hostList { id: databaseId hostname } }', undefined, token)
    const named = (r.data?.hostList ?? []).filter((h: any) => h.hostname)
    return named.length === hosts && named.map((h: any) => Number(h.id)).sort((x: number, y: number) => x - y)
  }, 60_000, 250)
  const campaigns: number[] = []
  const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n)
  return {
    svc, replicas, token, hostIds, campaigns,
    simOutput: () => out,
    simWindow: async () => {
      const before = out.length
      sim.kill('SIGUSR2')
      await waitFor(async () => out.indexOf('\n', before) >= 0, 10_000, 20)
      return out.slice(before, out.indexOf('\n', before))
    },
    count,
    alive: (s) => { try { process.kill(s.pid, 0); return true } catch { return false } },
    async run(via) {
      const r = await doJSON(via.url, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT hostname FROM system_info', selected: { hosts: hostIds } }, 200, token)
      campaigns.push(r.body.campaign.id)
      return r.body.campaign.id
    },
    watch(on, id) {
      const client = wsClient(on.url, token)
      const sub = subscribe(client, 'subscription($id: ID!) { campaignEvents(campaignId: $id) { __typename ... on CampaignResult { host { id: databaseId } } } }', { id: String(id) })
      return {
        hosts: () => new Set(sub.events.filter((e) => e.data?.campaignEvents?.__typename === 'CampaignResult').map((e) => Number(e.data.campaignEvents.host.id))),
        ready: () => sub.next(1),
        close: async () => { sub.unsubscribe(); await client.dispose() },
      }
    },
    async completed(id, timeoutMs) {
      await waitFor(async () => (await count(`SELECT status AS n FROM distributed_query_campaigns WHERE id = $1`, [id]).catch(() => 0)) === 2, timeoutMs, 100)
    },
    async close() {
      sim.kill('SIGTERM')
      await simExited
      await Promise.all(replicas.map((r) => r.stop()))
      await lb.close()
      await db.end()
      svc.close()
      rmSync(dataDir, { recursive: true, force: true })
      return out
    },
  }
}
