// Faults as an operator meets them, with live queries in flight: Redis
// restarted empty, PostgreSQL stopped, one of three replicas killed. Twenty
// simulated hosts check in through a round-robin balancer in front of three
// replicas (test/support/fault-fleet.ts). After each fault, without a restart:
// no process has exited, every campaign completes with every host's answer
// stored, a subscriber got each answer live (or caught up) and a late
// subscriber gets them all on replay, and nothing is left behind. The database
// and Redis are this file's own, so stopping them disturbs no other test. Runs
// in the PostgreSQL + Redis pass (CI installs the servers).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { setTimeout as delay } from 'node:timers/promises'
import { realServices, type TestStack } from '../../support/stack.js'
import { doJSON, waitFor } from '../../support/client.js'
import { canRunPrivateServices } from '../../support/services.js'
import { startFaultFleet, type CampaignWatch, type FaultFleet } from '../../support/fault-fleet.js'

const HOSTS = 20
/** How long each outage lasts: the fault itself, not a wait for a condition. */
const OUTAGE_MS = 8_000
/** Campaigns must complete within this after the fault heals. */
const SETTLE_MS = 120_000

if (realServices().databaseUrl && canRunPrivateServices()) {
  describe('outages mid-campaign: Redis restarted empty, PostgreSQL stopped, a replica killed', () => {
    let f: FaultFleet

    /** The campaign completes with all answers stored, delivered live, and replayed to a late subscriber. */
    async function settled(id: number, live: CampaignWatch, on: TestStack) {
      await f.completed(id, SETTLE_MS)
      assert.equal(await f.count(`SELECT count(*) AS n FROM distributed_query_campaign_results WHERE campaign_id = $1 AND error IS NULL`, [id]), HOSTS)
      assert.equal(await f.count(`SELECT count(*) AS n FROM distributed_query_campaign_hosts WHERE campaign_id = $1`, [id]), 0)
      await waitFor(async () => live.hosts().size === HOSTS, 30_000, 100)
      assert.deepEqual([...live.hosts()].sort((x, y) => x - y), f.hostIds)
      const late = f.watch(on, id)
      await waitFor(async () => late.hosts().size === HOSTS, 30_000, 100)
      await late.close()
      await live.close()
    }

    before(async () => { f = await startFaultFleet(HOSTS) })
    after(async () => { await f?.close() })

    it('Redis restarted empty mid-campaign: live queries keep running and every answer arrives', async () => {
      const [a, b, c] = f.replicas
      const first = f.watch(a, await f.run(b))
      await first.ready()
      f.svc.stopRedis()
      // During the outage replicas stay ready (Redis only signals), a live query still starts, and hosts
      // on every replica still answer.
      await doJSON(b.url, 'GET', '/healthz', undefined, 200)
      const during = await f.run(c)
      const second = f.watch(a, during)
      await waitFor(async () => (await f.count(`SELECT count(*) AS n FROM distributed_query_campaign_results WHERE campaign_id = $1`, [during])) >= HOSTS / 2, 60_000, 250)
      await delay(OUTAGE_MS)
      f.svc.startRedis()
      await settled(f.campaigns[0], first, a)
      await settled(during, second, a)
      for (const r of f.replicas) assert.ok(f.alive(r), `replica ${r.pid} is still running`)
    })

    it('PostgreSQL stopped mid-campaign: 503 with Retry-After meanwhile, then every answer is stored', async () => {
      const [a, b] = f.replicas
      const id = await f.run(a)
      const live = f.watch(a, id)
      await live.ready()
      const campaignsBefore = await f.count(`SELECT count(*) AS n FROM distributed_query_campaigns`)
      f.svc.stopPostgres()
      try {
        const user = await doJSON(b.url, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 1', selected: { hosts: f.hostIds } }, 503, f.token)
        assert.ok(Number(user.headers.get('retry-after')) > 0)
        assert.equal(typeof user.body.uuid, 'string')
        assert.ok(Array.isArray(user.body.errors))
        const agent = await doJSON(b.url, 'POST', '/api/v1/osquery/distributed/read', { node_key: 'not-cached-anywhere' }, 503)
        assert.ok(Number(agent.headers.get('retry-after')) > 0)
        await doJSON(b.url, 'GET', '/healthz', undefined, 503)
        await delay(OUTAGE_MS)
      } finally {
        f.svc.startPostgres()
      }
      await settled(id, live, a)
      // The refused run left nothing behind.
      assert.equal(await f.count(`SELECT count(*) AS n FROM distributed_query_campaigns`), campaignsBefore)
      for (const r of f.replicas) assert.ok(f.alive(r), `replica ${r.pid} is still running`)
    })

    it('one of three replicas killed mid-campaign: the others finish it', async () => {
      const [a, , c] = f.replicas
      const id = await f.run(c)
      const live = f.watch(a, id)
      await live.ready()
      process.kill(c.pid, 'SIGKILL')
      await settled(id, live, a)
      assert.ok(f.alive(f.replicas[0]) && f.alive(f.replicas[1]))
    })

    it('leaves no orphan rows and logs no unhandled rejection', async () => {
      const n = f.campaigns.length
      assert.equal(await f.count(`SELECT count(*) AS n FROM distributed_query_campaigns WHERE status < 2`), 0)
      assert.equal(await f.count(`SELECT count(*) AS n FROM distributed_query_campaign_hosts`), 0)
      assert.equal(await f.count(`SELECT count(*) AS n FROM distributed_query_campaigns`), n)
      assert.equal(await f.count(`SELECT count(*) AS n FROM queries WHERE saved = false`), n)
      assert.equal(await f.count(`SELECT count(*) AS n FROM distributed_query_campaign_results`), n * HOSTS)
      for (const r of f.replicas.slice(0, 2)) assert.doesNotMatch(r.logs(), /unhandled promise rejection/)
    })
  })
}
