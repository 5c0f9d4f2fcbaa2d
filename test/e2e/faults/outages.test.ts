// Faults as an operator meets them, with live queries in flight: Redis
// restarted empty, PostgreSQL stopped, one of three replicas killed. Twenty
// simulated hosts check in through a round-robin balancer in front of three
// replicas. After each fault, without a restart: no process has exited, every
// campaign completes with every host's answer stored, a subscriber got each
// answer live (or caught up) and a late subscriber gets them all on replay,
// and nothing is left behind. The database and Redis are this file's own
// (test/support/services.ts), so stopping them disturbs no other test. Runs in
// the PostgreSQL + Redis pass (CI installs the servers).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import pg from 'pg'
import { ROOT, realServices, startStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql, subscribe, waitFor, wsClient } from '../../support/client.js'
import { setupInstance } from '../../support/fleet.js'
import { canRunPrivateServices, startPrivateServices, type PrivateServices } from '../../support/services.js'
import { startBalancer, type Balancer } from '../../support/tcp-balancer.js'

const HOSTS = 20
const SECRET = 'faults-team-secret'
/** How long each outage lasts: the fault itself, not a wait for a condition. */
const OUTAGE_MS = 8_000
/** Campaigns must complete within this after the fault heals. */
const SETTLE_MS = 120_000

if (realServices().databaseUrl && canRunPrivateServices()) {
  describe('outages mid-campaign: Redis restarted empty, PostgreSQL stopped, a replica killed', () => {
    let svc: PrivateServices
    let replicas: TestStack[] = []
    let lb: Balancer
    let sim: ChildProcess
    let db: pg.Pool
    let token: string
    let hostIds: number[] = []
    const dataDir = mkdtempSync(path.join(tmpdir(), 'fg-faults-data-'))
    const campaigns: number[] = []

    const alive = (s: TestStack) => { try { process.kill(s.pid, 0); return true } catch { return false } }
    const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n)

    async function run(via: TestStack): Promise<number> {
      const r = await doJSON(via.url, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT hostname FROM system_info', selected: { hosts: hostIds } }, 200, token)
      campaigns.push(r.body.campaign.id)
      return r.body.campaign.id
    }

    /** Answers as a subscriber on replica `on` sees them: the set of hosts whose result arrived. */
    function watch(on: TestStack, id: number) {
      const client = wsClient(on.url, token)
      const sub = subscribe(client, 'subscription($id: ID!) { campaignEvents(campaignId: $id) { __typename ... on CampaignResult { host { id } } } }', { id: String(id) })
      const hosts = () => new Set(sub.events.filter((e) => e.data?.campaignEvents?.__typename === 'CampaignResult').map((e) => Number(e.data.campaignEvents.host.id)))
      return { sub, hosts, close: async () => { sub.unsubscribe(); await client.dispose() } }
    }

    /** The campaign completes with all answers stored, delivered live, and replayed to a late subscriber. */
    async function settled(id: number, live: ReturnType<typeof watch>, on: TestStack) {
      await waitFor(async () => (await count(`SELECT status AS n FROM distributed_query_campaigns WHERE id = $1`, [id])) === 2, SETTLE_MS, 250)
      assert.equal(await count(`SELECT count(*) AS n FROM distributed_query_campaign_results WHERE campaign_id = $1 AND error IS NULL`, [id]), HOSTS)
      assert.equal(await count(`SELECT count(*) AS n FROM distributed_query_campaign_hosts WHERE campaign_id = $1`, [id]), 0)
      await waitFor(async () => live.hosts().size === HOSTS, 30_000, 100)
      assert.deepEqual([...live.hosts()].sort((x, y) => x - y), hostIds)
      const late = watch(on, id)
      await waitFor(async () => late.hosts().size === HOSTS, 30_000, 100)
      await late.close()
      await live.close()
    }

    before(async () => {
      svc = await startPrivateServices()
      db = new pg.Pool({ connectionString: svc.databaseUrl, max: 2 })
      db.on('error', () => { /* the test stops the server on purpose */ })
      const env = { DATABASE_URL: svc.databaseUrl, REDIS_URL: svc.redisUrl, DATA_DIR: dataDir, LICENSE_TIER: 'premium' }
      replicas = await Promise.all([startStack(env), startStack(env), startStack(env)])
      token = (await setupInstance(replicas[0].url)).token
      // Hosts check in every second (team agent options), so each phase takes seconds, not minutes.
      await doJSON(replicas[0].url, 'POST', '/api/v1/fleet/spec/teams', {
        specs: [{ name: 'faults', secrets: [{ secret: SECRET }], agent_options: { config: { options: { distributed_interval: 1 } } } }],
      }, 200, token)
      lb = await startBalancer(replicas.map((r) => r.url))
      sim = spawn(process.execPath, [path.join(ROOT, 'simulator/dist/cli.js'), '--hosts', String(HOSTS), '--server', lb.url,
        '--enroll-secret', SECRET, '--start-period', '1', '--timeout', '5', '--status-interval', '0'], { cwd: ROOT, stdio: 'ignore' })
      hostIds = await waitFor(async () => {
        const r = await gql(replicas[0].url, '{ hosts { id hostname } }', undefined, token)
        const named = (r.data?.hosts ?? []).filter((h: any) => h.hostname)
        return named.length === HOSTS && named.map((h: any) => Number(h.id)).sort((x: number, y: number) => x - y)
      }, 60_000, 250)
    })

    after(async () => {
      sim?.kill('SIGTERM')
      await Promise.all(replicas.map((r) => r.stop()))
      await lb?.close()
      await db?.end()
      svc?.close()
      rmSync(dataDir, { recursive: true, force: true })
    })

    it('Redis restarted empty mid-campaign: live queries keep running and every answer arrives', async () => {
      const [a, b, c] = replicas
      const first = watch(a, await run(b))
      await first.sub.next(1) // subscribed: the totals arrived
      svc.stopRedis()
      // During the outage replicas stay ready (Redis only signals), a live query still starts, and hosts
      // on every replica still answer.
      await doJSON(b.url, 'GET', '/healthz', undefined, 200)
      const during = await run(c)
      const second = watch(a, during)
      await waitFor(async () => (await count(`SELECT count(*) AS n FROM distributed_query_campaign_results WHERE campaign_id = $1`, [during])) >= HOSTS / 2, 60_000, 250)
      await delay(OUTAGE_MS)
      svc.startRedis()
      await settled(campaigns[0], first, a)
      await settled(during, second, a)
      for (const r of replicas) assert.ok(alive(r), `replica ${r.pid} is still running`)
    })

    it('PostgreSQL stopped mid-campaign: 503 with Retry-After meanwhile, then every answer is stored', async () => {
      const [a, b] = replicas
      const id = await run(a)
      const live = watch(a, id)
      await live.sub.next(1)
      const before = await count(`SELECT count(*) AS n FROM distributed_query_campaigns`)
      svc.stopPostgres()
      try {
        const user = await doJSON(b.url, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 1', selected: { hosts: hostIds } }, 503, token)
        assert.ok(Number(user.headers.get('retry-after')) > 0)
        assert.equal(typeof user.body.uuid, 'string')
        assert.ok(Array.isArray(user.body.errors))
        const agent = await doJSON(b.url, 'POST', '/api/v1/osquery/distributed/read', { node_key: 'not-cached-anywhere' }, 503)
        await doJSON(b.url, 'GET', '/healthz', undefined, 503)
        assert.ok(Number(agent.headers.get('retry-after')) > 0)
        await delay(OUTAGE_MS)
      } finally {
        svc.startPostgres()
      }
      await settled(id, live, a)
      // The refused run left nothing behind.
      assert.equal(await count(`SELECT count(*) AS n FROM distributed_query_campaigns`), before)
      for (const r of replicas) assert.ok(alive(r), `replica ${r.pid} is still running`)
    })

    it('one of three replicas killed mid-campaign: the others finish it', async () => {
      const [a, , c] = replicas
      const id = await run(c)
      const live = watch(a, id)
      await live.sub.next(1)
      process.kill(c.pid, 'SIGKILL')
      await settled(id, live, a)
      assert.ok(alive(replicas[0]) && alive(replicas[1]))
    })

    it('leaves no orphan rows and logs no unhandled rejection', async () => {
      assert.equal(await count(`SELECT count(*) AS n FROM distributed_query_campaigns WHERE status < 2`), 0)
      assert.equal(await count(`SELECT count(*) AS n FROM distributed_query_campaign_hosts`), 0)
      assert.equal(await count(`SELECT count(*) AS n FROM distributed_query_campaigns`), campaigns.length)
      assert.equal(await count(`SELECT count(*) AS n FROM queries WHERE saved = false`), campaigns.length)
      assert.equal(await count(`SELECT count(*) AS n FROM distributed_query_campaign_results`), campaigns.length * HOSTS)
      for (const r of replicas.slice(0, 2)) assert.doesNotMatch(r.logs(), /unhandled promise rejection/)
    })
  })
}
