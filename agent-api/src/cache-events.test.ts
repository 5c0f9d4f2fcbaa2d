// Cache invalidation from the data layer, on the embedded database: every write to what the agent API
// caches reaches it as a notification, raw SQL included, and its own check-in writes do not evict
// what it has just patched.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { openDatabase, type Database } from '@fleetgraph/prisma'
import { createLogger, setLogLevel } from '@fleetgraph/subgraph-kit'
import { AgentRepository } from './agent.repository.js'
import { AGENT_CHANNEL, followCacheEvents, parseCacheEvent, type CacheEvent } from './cache-events.js'

setLogLevel('silent')

async function until(check: () => boolean, what: string, ms = 10_000) {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('cache events from database triggers', () => {
  let db: Database
  let repo: AgentRepository
  let stop: () => Promise<void>
  const events: CacheEvent[] = []
  const statements: string[] = []
  let hostId: number

  before(async () => {
    db = await openDatabase({ dataDir: 'memory://', onQuery: (sql) => statements.push(sql) })
    repo = new AgentRepository(db)
    stop = await followCacheEvents(db, createLogger('test'), { changed: (e) => { events.push(e); repo.changed(e) }, missed: () => repo.forgetAll() })
    hostId = (await db.sql.query<{ id: number }>(`INSERT INTO hosts (osquery_host_id, node_key, hostname) VALUES ('h1', 'key-1', 'one') RETURNING id`))[0].id
  })
  after(async () => { await stop(); await repo.stop(); await db.close() })

  /** Writes, then a marker label after it: once the marker is heard, every notification of the write was too. */
  async function heard(write: string): Promise<CacheEvent[]> {
    const from = events.length
    await db.sql.exec(write)
    await db.sql.query(`INSERT INTO labels (name) VALUES ($1)`, [`marker-${from}`])
    await until(() => events.slice(from).some((e) => e.kind === 'labels'), 'the marker')
    return events.slice(from).filter((e) => e.kind !== 'labels')
  }

  it('a raw SQL change to a cached host column evicts the cached host', async () => {
    assert.equal((await repo.hostByNodeKey('key-1'))?.refetch_requested, false)
    const before = statements.length
    assert.equal((await repo.hostByNodeKey('key-1'))?.refetch_requested, false)
    assert.equal(statements.length, before, 'served from the cache')
    assert.deepEqual(await heard(`UPDATE hosts SET refetch_requested = true WHERE id = ${hostId}`), [{ kind: 'host', id: hostId, origin: null }])
    assert.equal((await repo.hostByNodeKey('key-1'))?.refetch_requested, true)
  })

  it('a change to columns the agent API does not cache sends nothing', async () => {
    assert.deepEqual(await heard(`UPDATE hosts SET uptime = 42, hardware_model = 'x' WHERE id = ${hostId}`), [])
  })

  it("the agent API's own check-in write is tagged with its origin: its patched copy stays, with no new read", async () => {
    await repo.hostByNodeKey('key-1')
    const from = events.length
    await repo.recordAnswers(hostId, { details: { hostname: 'renamed' }, labelsIn: [], labelsOut: [], policies: [] })
    await until(() => events.slice(from).some((e) => e.kind === 'host'), 'the host notification')
    assert.deepEqual(events.slice(from), [{ kind: 'host', id: hostId, origin: repo.origin }])
    const before = statements.length
    const cached = await repo.hostByNodeKey('key-1')
    assert.equal(statements.length, before, 'served from the cache')
    assert.equal(cached?.hostname, 'renamed')
    assert.equal(cached?.refetch_requested, false)
  })

  it('a re-enrollment (new node key) and a deletion evict the host', async () => {
    assert.deepEqual(await heard(`UPDATE hosts SET node_key = 'key-2' WHERE id = ${hostId}`), [{ kind: 'host', id: hostId, origin: null }])
    assert.equal(await repo.hostByNodeKey('key-1'), null)
    assert.equal((await repo.hostByNodeKey('key-2'))?.id, hostId)
    // The cascade to pack targets (pack_hosts) announces itself too.
    assert.deepEqual(await heard(`DELETE FROM hosts WHERE id = ${hostId}`), [{ kind: 'host', id: hostId, origin: null }, { kind: 'packs' }])
    assert.equal(await repo.hostByNodeKey('key-2'), null)
  })

  it('definitions the agent API caches announce their kind, once per statement', async () => {
    assert.deepEqual(await heard(`INSERT INTO policies (name, query) VALUES ('p1', 'SELECT 1'), ('p2', 'SELECT 2')`), [{ kind: 'policies' }])
    assert.deepEqual(await heard(`UPDATE app_config SET agent_options = '{"config": {}}' WHERE id = 1`), [{ kind: 'options' }])
    assert.deepEqual(await heard(`INSERT INTO packs (name) VALUES ('pk')`), [{ kind: 'packs' }])
    assert.deepEqual(await heard(`INSERT INTO teams (name) VALUES ('t1')`), [{ kind: 'options' }])
  })

  it('reads payloads defensively: unknown kinds and malformed payloads are no events', () => {
    assert.deepEqual(parseCacheEvent('{"kind":"host","id":3,"origin":null}'), { kind: 'host', id: 3, origin: null })
    assert.equal(parseCacheEvent('{"kind":"nope"}'), null)
    assert.equal(parseCacheEvent('{"kind":"host"}'), null)
    assert.equal(parseCacheEvent('not json'), null)
    assert.equal(AGENT_CHANNEL, 'fleetgraph_agent')
  })
})
