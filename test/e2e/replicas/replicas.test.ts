// Several replicas of the whole stack on one PostgreSQL and one Redis: state is
// shared through the database, events through Redis. Needs real servers, so it
// registers only when DATABASE_URL and REDIS_URL are set (the CI real-services
// pass; .ci/run checks that it ran).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freshDatabase, realServices, startStack, type TestStack } from '../../support/stack.js'
import pg from 'pg'
import { createClient } from 'redis'
import { doJSON, gql, subscribe, waitFor, wsClient } from '../../support/client.js'
import { PASSWORD, enrollHost, setupInstance } from '../../support/fleet.js'

const { databaseUrl, redisUrl } = realServices()

if (databaseUrl && redisUrl) {
  describe('replicas on PostgreSQL and Redis', () => {
    let db: Awaited<ReturnType<typeof freshDatabase>>
    let a: TestStack, b: TestStack, c: TestStack
    let token: string

    before(async () => {
      db = await freshDatabase(databaseUrl)
      const env = { DATABASE_URL: db.url, REDIS_URL: redisUrl, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'fg-replica-')) }
      // Both replicas start at once: migrations must apply exactly once under the advisory lock.
      ;[a, b, c] = await Promise.all([startStack(env), startStack(env), startStack(env)])
      token = (await setupInstance(a.url)).token
    })
    after(async () => { await Promise.all([a?.stop(), b?.stop(), c?.stop()]); await db?.drop() })

    it('a session made on one replica is valid on the other', async () => {
      const me = await doJSON(b.url, 'GET', '/api/v1/fleet/me', undefined, 200, token)
      const login = await doJSON(b.url, 'POST', '/api/v1/fleet/login', { email: me.body.user.email, password: PASSWORD }, 200)
      await doJSON(a.url, 'GET', '/api/v1/fleet/me', undefined, 200, login.body.token)
    })

    it('setup on one replica is refused on the other', async () => {
      await doJSON(b.url, 'POST', '/api/v1/setup', {
        admin: { email: 'second@example.com', name: 'B', password: PASSWORD }, org_info: { org_name: 'B' }, server_url: 'https://b.example.com',
      }, 404)
    })

    it('an event published on one replica reaches a subscriber on the other, with entity fields resolved there', async () => {
      await enrollHost(a.url, 'replica-host.local')
      const hosts = await gql(b.url, '{ hostList { id hostname } }', undefined, token)
      const hostId = hosts.data!.hostList.find((h: any) => h.hostname === 'replica-host.local').id
      const client = wsClient(b.url, token)
      const sub = subscribe(client, 'subscription { packEvents { kind pack { name hosts { nodes { hostname } } } } }')
      let n = 0
      const events = await (async () => {
        for (;;) {
          await gql(a.url, 'mutation($i: CreatePackInput!) { createPack(input: $i) { id } }', { i: { name: `replica pack ${n++}`, hostIds: [hostId] } }, token)
          try { return await sub.next(1, 1000) } catch { if (n > 10) throw new Error('no event crossed replicas') }
        }
      })()
      assert.equal(events[0].data.packEvents.kind, 'created')
      assert.deepEqual(events[0].data.packEvents.pack.hosts.nodes, [{ hostname: 'replica-host.local' }])
      sub.unsubscribe()
      await client.dispose()
    })

    it('a campaign created on one replica, answered through a second, streams to a subscriber on a third', async () => {
      const nodeKey = await enrollHost(b.url, 'live-replica.local')
      const hostId = (await gql(c.url, '{ hostList { id: databaseId hostname } }', undefined, token)).data!.hostList.find((h: any) => h.hostname === 'live-replica.local').id
      const run = await doJSON(a.url, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 42 AS answer', selected: { hosts: [Number(hostId)] } }, 200, token)
      const id = String(run.body.campaign.id)
      const client = wsClient(c.url, token)
      const sub = subscribe(client, 'subscription($id: ID!) { campaignEvents(campaignId: $id) { ... on CampaignResult { host { hostname } rows } } }', { id })
      await sub.next(1)
      const name = `fleet_distributed_query_${id}`
      const read = await doJSON(b.url, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKey }, 200)
      assert.equal(read.body.queries[name], 'SELECT 42 AS answer')
      await doJSON(b.url, 'POST', '/api/v1/osquery/distributed/write', { node_key: nodeKey, queries: { [name]: [{ answer: '42' }] }, statuses: { [name]: 0 }, messages: {} }, 200)
      const events = await sub.next(2)
      assert.deepEqual(events[1].data.campaignEvents, { host: { hostname: 'live-replica.local' }, rows: [{ answer: '42' }] })
      sub.unsubscribe()
      await client.dispose()
    })

    it('failed device authentications count across replicas: 101 spread over three, then 429 on each', async () => {
      // Fleet's errorLimiter (burst 100, then one every 5 s) per client address, kept in Redis.
      const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`
      const get = (base: string) => fetch(`${base}/api/v1/fleet/device/wrong-token/api_features`, { headers: { 'x-forwarded-for': address } })
      const replicas = [a, b, c]
      const started = Date.now()
      let failures = 0
      let limited: Response | undefined
      while (!limited && failures < 200) {
        const r = await get(replicas[failures % 3].url)
        if (r.status === 429) limited = r
        else { assert.equal(r.status, 401); failures++; await r.arrayBuffer() }
      }
      assert.ok(limited, 'never limited')
      // A per-process count would let 3 × 101 through; the bucket regains one every 5 s meanwhile.
      assert.ok(failures >= 101 && failures <= 101 + Math.ceil((Date.now() - started) / 5000), `limited after ${failures} failures`)
      await limited.arrayBuffer()
      for (const r of replicas) {
        const res = await get(r.url)
        assert.equal(res.status, 429, `refused by ${r.url} too`)
        const wait = Number(res.headers.get('retry-after'))
        assert.ok(wait >= 1 && wait <= 5, `Retry-After: ${res.headers.get('retry-after')}`)
        await res.arrayBuffer()
      }
    })

    it('a host changed in raw SQL leaves every replica\'s cache without any event on Redis, and a lost database listener reloads', async () => {
      const nodeKey = await enrollHost(a.url, 'reconnect-host.local')
      const detailsAsked = async () => Object.keys((await doJSON(b.url, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKey }, 200)).body.queries)
        .some((q) => q.startsWith('fleet_detail_query_'))
      const answerDetails = () => doJSON(b.url, 'POST', '/api/v1/osquery/distributed/write', {
        node_key: nodeKey, queries: { fleet_detail_query_osquery_info: [{ version: '5.12.1' }] }, statuses: { fleet_detail_query_osquery_info: 0 }, messages: {},
      }, 200)
      const sql = async (text: string) => {
        const c = new pg.Client({ connectionString: db.url })
        await c.connect()
        try { await c.query(text, text.includes('$1') ? [nodeKey] : undefined) } finally { await c.end() }
      }
      assert.ok(await detailsAsked())
      await answerDetails()
      assert.equal(await detailsAsked(), false, 'details are answered; replica b now holds the host in its cache')
      // A refetch written in raw SQL, by no service: the hosts trigger tells every replica (ADR 0007).
      await sql('UPDATE hosts SET refetch_requested = true WHERE node_key = $1')
      await waitFor(detailsAsked, 15_000, 100)
      await answerDetails()
      assert.equal(await detailsAsked(), false)
      // Every replica's listening connection is cut, and the host changes while they reconnect: whatever
      // was sent meanwhile is lost, so each replica drops its caches once it listens again.
      await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'fleetgraph-listen' AND datname = current_database();
        UPDATE hosts SET refetch_requested = true WHERE node_key = '${nodeKey.replace(/'/g, "''")}'`)
      await waitFor(detailsAsked, 15_000, 100)
      // Redis dropping its subscribers changes nothing for the caches.
      const redis = await createClient({ url: redisUrl }).connect()
      try { await redis.sendCommand(['CLIENT', 'KILL', 'TYPE', 'pubsub']) } finally { redis.destroy() }
      await doJSON(b.url, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKey }, 200)
    })
  })
}
