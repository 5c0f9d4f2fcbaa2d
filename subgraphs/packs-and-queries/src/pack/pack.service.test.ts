// The pack rules against a fake store: who may read and write, what is refused, and what is written.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import DataLoader from 'dataloader'
import { byId, openBus, type FleetError, type Role, type Viewer } from '@fleetgraph/subgraph-kit'
import { PackService, type PackServiceContext } from './pack.service.js'
import type { PackStore } from './pack.repository.js'
import { PACK_EVENTS, type PackEventPayload, type PackRow } from './pack.type.js'

const service = new PackService()

function viewer(globalRole: Role | null, teams: Viewer['teams'] = []): Viewer {
  return { userId: 7, email: 'u@example.com', name: 'U', globalRole, teams, sessionId: 1, apiOnly: false }
}

function row(id: number, name: string, extra: Partial<PackRow> = {}): PackRow {
  const at = new Date('2026-01-01T00:00:00Z')
  return { id, name, description: '', platform: '', disabled: false, pack_type: null, created_at: at, updated_at: at, hosts: [], labels: [], teams: [], ...extra }
}

/** An in-memory pack store that records every write; hosts 1-3, labels 10-11 and team 5 exist. */
class FakePackStore implements PackStore {
  packs = new Map<number, PackRow>()
  writes: unknown[][] = []
  listed: unknown[] = []
  private next = 100
  private known = { hosts: new Set([1, 2, 3]), labels: new Set([10, 11]), teams: new Set([5]) }

  constructor(rows: PackRow[] = []) { for (const r of rows) this.packs.set(r.id, r) }
  async listUserPacks(o: { orderKey: string; desc: boolean; skip?: number; take?: number }) {
    this.listed.push(o)
    return [...this.packs.values()].filter((p) => p.pack_type == null)
  }
  async byName(name: string) { return [...this.packs.values()].find((p) => p.name === name) ?? null }
  async byIds(ids: number[]) { return ids.flatMap((id) => this.packs.get(id) ?? []) }
  async create(p: Parameters<PackStore['create']>[0]) {
    this.writes.push(['create', p])
    const r = row(this.next++, p.name, {
      description: p.description, platform: p.platform, disabled: p.disabled,
      hosts: p.hostIds.map((host_id) => ({ host_id })), labels: p.labelIds.map((label_id) => ({ label_id })), teams: p.teamIds.map((team_id) => ({ team_id })),
    })
    this.packs.set(r.id, r)
    return r
  }
  async update(id: number, f: Parameters<PackStore['update']>[1], t: Parameters<PackStore['update']>[2]) {
    this.writes.push(['update', id, f, t])
    const r = { ...this.packs.get(id)!, ...Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) }
    this.packs.set(id, r)
    return r
  }
  async delete(id: number) { this.writes.push(['delete', id]); this.packs.delete(id) }
  async existing(table: 'hosts' | 'labels' | 'teams', ids: number[]) { return new Set(ids.filter((id) => this.known[table].has(id))) }
}

async function context(v: Viewer | null, store = new FakePackStore()) {
  const bus = await openBus(undefined)
  const events: PackEventPayload[] = []
  const sub = bus.pubSub.subscribe(PACK_EVENTS)
  void (async () => { for await (const e of sub) events.push(e as PackEventPayload) })()
  const targets = new DataLoader<number, number[]>(async (ids) => ids.map(() => [1]))
  const ctx: PackServiceContext = {
    viewer: v, bus, repos: { packs: store },
    loaders: {
      pack: byId((ids) => store.byIds(ids)),
      targetHosts: targets,
      targetHostsForTeams: () => targets,
      scheduledCount: new DataLoader<number, number>(async (ids) => ids.map(() => 0)),
    },
  }
  return { ctx, store, events }
}

const outcome = async (p: Promise<unknown>) => {
  try { await p; return 'ok' } catch (e) { return `${(e as FleetError).code}: ${(e as FleetError).message}` }
}
/** Pub/sub delivers on a later tick; waits until `n` events arrived (or fails after a second). */
async function eventsArrived(events: unknown[], n: number) {
  for (const deadline = Date.now() + 1000; events.length < n; ) {
    if (Date.now() > deadline) assert.fail(`expected ${n} events, got ${events.length}`)
    await new Promise((r) => setImmediate(r))
  }
}

describe('pack service: who may do what', () => {
  it('answers 401 to an anonymous caller, for reads and writes alike', async () => {
    const { ctx } = await context(null)
    assert.match(await outcome(service.list(ctx)), /^UNAUTHENTICATED/)
    assert.match(await outcome(service.create(ctx, { name: 'p' })), /^UNAUTHENTICATED/)
  })

  it('lets observers read but not write (403)', async () => {
    const { ctx, store } = await context(viewer('observer'), new FakePackStore([row(1, 'one')]))
    assert.equal((await service.get(ctx, '1')).row.name, 'one')
    assert.equal(await outcome(service.create(ctx, { name: 'p' })), 'FORBIDDEN: forbidden')
    assert.equal(await outcome(service.update(ctx, '1', { name: 'x' })), 'FORBIDDEN: forbidden')
    assert.equal(await outcome(service.deleteById(ctx, '1')), 'FORBIDDEN: forbidden')
    assert.deepEqual(store.writes, [])
  })

  it('refuses writes to a team maintainer (packs are global: only global roles write)', async () => {
    const { ctx } = await context(viewer(null, [{ teamId: 5, role: 'maintainer' }]))
    assert.equal(await outcome(service.create(ctx, { name: 'p' })), 'FORBIDDEN: forbidden')
  })

  it('lets a global maintainer create a pack', async () => {
    const { ctx } = await context(viewer('maintainer'))
    assert.equal(await outcome(service.create(ctx, { name: 'p' })), 'ok')
  })

  it('refuses a user with no role at all, even to read', async () => {
    const { ctx } = await context(viewer(null))
    assert.equal(await outcome(service.list(ctx)), 'FORBIDDEN: forbidden')
  })
})

describe('pack service: validation', () => {
  it('returns 400 for a blank name and 422 for a name over 255 characters', async () => {
    const { ctx, store } = await context(viewer('admin'))
    assert.equal(await outcome(service.create(ctx, { name: '  ' })), 'BAD_REQUEST: pack payload verification: pack name cannot be empty')
    assert.match(await outcome(service.create(ctx, { name: 'x'.repeat(256) })), /^VALIDATION_FAILED/)
    assert.deepEqual(store.writes, [])
  })

  it('returns 422 naming each unknown or malformed target', async () => {
    const { ctx, store } = await context(viewer('admin'))
    const e = await service.create(ctx, { name: 'p', hostIds: ['1', '9'], labelIds: ['x'], teamIds: ['5'] }).catch((err: FleetError) => err)
    assert.equal((e as FleetError).code, 'VALIDATION_FAILED')
    assert.deepEqual((e as FleetError).fieldErrors, [
      { name: 'host_ids', reason: 'host 9 does not exist' },
      { name: 'label_ids[0]', reason: 'invalid id: x' },
    ])
    assert.deepEqual(store.writes, [])
  })

  it('returns 400 for an unknown order key or direction, and for negative paging', async () => {
    const { ctx } = await context(viewer('observer'))
    assert.equal(await outcome(service.list(ctx, { orderKey: 'nope' })), 'BAD_REQUEST: unknown order_key: nope')
    assert.equal(await outcome(service.list(ctx, { orderDirection: 'up' })), 'BAD_REQUEST: unknown order_direction: up')
    assert.match(await outcome(service.list(ctx, { page: -1 })), /^BAD_REQUEST/)
  })

  it('maps Fleet order keys to columns and pages from per_page', async () => {
    const { ctx, store } = await context(viewer('observer'))
    await service.list(ctx, { orderKey: 'type', orderDirection: 'desc', page: 2, perPage: 10 })
    assert.deepEqual(store.listed, [{ search: null, orderKey: 'pack_type', desc: true, take: 10, skip: 20 }])
    await service.list(ctx, { search: '  alp ' })
    assert.equal((store.listed[1] as { search: string }).search, 'alp')
    assert.equal(await outcome(service.list(ctx, { orderKey: 'constructor' })), 'BAD_REQUEST: unknown order_key: constructor')
  })

  it('answers 404 for an unknown or malformed pack id', async () => {
    const { ctx } = await context(viewer('admin'))
    assert.equal(await outcome(service.get(ctx, '42')), 'NOT_FOUND: Pack 42 was not found in the datastore')
    assert.equal(await outcome(service.update(ctx, 'abc', {})), 'NOT_FOUND: Pack abc was not found in the datastore')
    assert.equal(await outcome(service.deleteByName(ctx, 'ghost')), 'NOT_FOUND: Pack ghost was not found in the datastore')
  })
})

describe('pack service: what is written', () => {
  it('creates a pack with its de-duplicated targets and announces it', async () => {
    const { ctx, store, events } = await context(viewer('admin'))
    const pack = await service.create(ctx, { name: 'p', description: 'd', hostIds: ['1', '1', '2'], labelIds: ['10'] })
    assert.deepEqual(store.writes, [['create', { name: 'p', description: 'd', platform: '', disabled: false, hostIds: [1, 2], labelIds: [10], teamIds: [] }]])
    await eventsArrived(events, 1)
    assert.deepEqual(events, [{ kind: 'created', packId: pack.row.id }])
  })

  it('updates only the fields given and replaces only the target kinds given', async () => {
    const { ctx, store } = await context(viewer('admin'), new FakePackStore([row(1, 'one')]))
    await service.update(ctx, '1', { description: 'new', teamIds: ['5'] })
    assert.deepEqual(store.writes, [['update', 1, { name: undefined, description: 'new', platform: undefined, disabled: undefined }, { teamIds: [5] }]])
  })

  it('keeps a system pack\'s name and targets: only platform and disabled change', async () => {
    const { ctx, store } = await context(viewer('admin'), new FakePackStore([row(1, 'Global', { pack_type: 'global' })]))
    await service.update(ctx, '1', { name: 'renamed', platform: 'darwin', disabled: true, hostIds: ['1'] })
    assert.deepEqual(store.writes, [['update', 1, { platform: 'darwin', disabled: true }, {}]])
  })

  it('refuses to delete a system pack (422) and deletes a user pack by name', async () => {
    const { ctx, store, events } = await context(viewer('admin'), new FakePackStore([row(1, 'Global', { pack_type: 'global' }), row(2, 'mine')]))
    assert.equal(await outcome(service.deleteById(ctx, '1')), 'VALIDATION_FAILED: base: cannot delete pack_type global')
    assert.equal(await service.deleteByName(ctx, 'mine'), true)
    assert.deepEqual(store.writes, [['delete', 2]])
    await eventsArrived(events, 1)
    assert.deepEqual(events, [{ kind: 'deleted', packId: 2 }])
  })
})
