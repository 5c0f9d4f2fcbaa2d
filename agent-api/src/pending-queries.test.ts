import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createLogger, openBus, setLogLevel } from '@fleetgraph/subgraph-kit'
import type { LiveQueryRepository, OwedCampaign } from './live-query.repository.js'
import { PendingQueries } from './pending-queries.js'

setLogLevel('silent')
const HOUR = 3600_000

/** A repository over an in-memory table of owed hosts; `gate` holds loads until released. */
function fakeRepo(owed: Map<number, Set<number>>) {
  let gate: Promise<void> | null = null
  let release = () => {}
  let down = false
  const loads = { full: 0, partial: 0 }
  const rows = (ids: number[] | null): OwedCampaign[] => [...owed].filter(([id, h]) => h.size && (!ids || ids.includes(id)))
    .map(([id, h]) => ({ id, query: `SELECT ${id}`, expires_at: new Date(Date.now() + HOUR), host_ids: [...h] }))
  const repo = {
    completeAnswered: async () => { if (down) throw new Error('connect ECONNREFUSED') },
    running: async () => [...owed].filter(([, h]) => h.size).map(([id]) => id),
    owed: async (ids: number[] | null) => {
      ids ? loads.partial++ : loads.full++
      const snapshot = rows(ids)
      await gate
      return snapshot
    },
  } as unknown as LiveQueryRepository
  return {
    repo, loads,
    hold() { gate = new Promise((r) => { release = r }) },
    release() { gate = null; release() },
    set down(v: boolean) { down = v },
  }
}

async function fixture(owed: Map<number, Set<number>>, refreshMs = 60_000) {
  const bus = await openBus(undefined)
  const fake = fakeRepo(owed)
  const pending = new PendingQueries(fake.repo, bus, createLogger('test'), { refreshMs, fullReloadMs: HOUR, expirySeconds: 3600 })
  return { bus, fake, pending }
}

const ids = async (p: PendingQueries, host: number) => (await p.pendingFor(host)).map((q) => q.campaignId)

describe('pending live queries (the per-process cache of what hosts owe)', () => {
  it('asks each host the campaigns it owes until its answer is stored', async () => {
    const { pending } = await fixture(new Map([[1, new Set([10, 11])], [2, new Set([11])]]))
    assert.deepEqual(await ids(pending, 10), [1])
    assert.deepEqual(await ids(pending, 11), [1, 2])
    pending.answered(1, 11)
    assert.deepEqual(await ids(pending, 11), [2])
    await pending.stop()
  })

  it('an answer stored while a load is reading is not undone by what the load read', async () => {
    const owed = new Map([[1, new Set([10, 11])]])
    const { fake, pending } = await fixture(owed)
    fake.hold()
    const first = pending.pendingFor(10)
    // Stored meanwhile (the load read the table before): the host must not be asked again.
    pending.answered(1, 10)
    fake.release()
    assert.deepEqual((await first).map((q) => q.campaignId), [])
    assert.deepEqual(await ids(pending, 10), [])
    assert.deepEqual(await ids(pending, 11), [1])
    await pending.stop()
  })

  it('a started campaign is picked up at once on its signal, and another replica\'s answers are forgotten', async () => {
    const owed = new Map([[1, new Set([10])]])
    const { bus, fake, pending } = await fixture(owed)
    assert.deepEqual(await ids(pending, 10), [1])
    owed.set(2, new Set([10]))
    pending.started() // the campaigns table's notification (cache-events.ts)
    assert.deepEqual(await ids(pending, 10), [1, 2])
    assert.equal(fake.loads.partial, 1)
    bus.pubSub.publish('LIVE_QUERY_ANSWERED', { campaignId: 2, hostId: 10, origin: 'another replica' })
    await new Promise((r) => setImmediate(r))
    assert.deepEqual(await ids(pending, 10), [1])
    await pending.stop()
  })

  it('serves what it has while the database is down, and catches up when it is back', async () => {
    const owed = new Map([[1, new Set([10])]])
    const { fake, pending } = await fixture(owed, 0)
    assert.deepEqual(await ids(pending, 10), [1])
    fake.down = true
    owed.set(2, new Set([10]))
    assert.deepEqual(await ids(pending, 10), [1])
    fake.down = false
    assert.deepEqual(await ids(pending, 10), [1, 2])
    await pending.stop()
  })
})
