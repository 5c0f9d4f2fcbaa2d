// The team-spec rules against a fake store: license and role checks, validation, secret conflicts and
// what one apply writes.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { openBus, type FleetError, type Role, type Viewer } from '@fleetgraph/subgraph-kit'
import { TeamSpecService, type TeamSpecServiceContext } from './team-spec.service.js'
import type { Actor, TeamSpecStore, TeamSpecTarget, TeamWrite } from './team-spec.repository.js'
import { DEFAULT_AGENT_OPTIONS } from './team-spec-rules.js'

const service = new TeamSpecService()

function viewer(globalRole: Role | null, teams: Viewer['teams'] = []): Viewer {
  return { userId: 7, email: 'admin@example.com', name: 'Ada', globalRole, teams, sessionId: 1, apiOnly: false }
}

/** Teams "Servers" (id 1, secret "s1") and "Laptops" (id 2); "global" is a global enroll secret. */
class FakeTeamSpecStore implements TeamSpecStore {
  applied: { writes: TeamWrite[]; actor: Actor }[] = []
  teams: TeamSpecTarget[] = [
    { id: 1, name: 'Servers', mdm: { macos_updates: { minimum_version: '13.0', deadline: '2026-01-01' } } },
    { id: 2, name: 'Laptops', mdm: {} },
  ]
  holders = [{ secret: 's1', team_id: 1 }, { secret: 'global', team_id: null }]

  constructor(private readonly tier = 'premium') {}
  async licenseTier() { return this.tier }
  async byNames(names: string[]) { return this.teams.filter((t) => names.some((n) => n.toLowerCase() === t.name.toLowerCase())) }
  async secretHolders(secrets: string[]) { return this.holders.filter((h) => secrets.includes(h.secret)) }
  async apply(writes: TeamWrite[], actor: Actor) {
    this.applied.push({ writes, actor })
    return writes.map((w, i) => ({ id: w.id ?? 100 + i, name: w.name }))
  }
}

async function context(v: Viewer | null, store = new FakeTeamSpecStore()) {
  const ctx: TeamSpecServiceContext = { viewer: v, bus: await openBus(undefined), repos: { teamSpecs: store } }
  return { ctx, store }
}

const outcome = async (p: Promise<unknown>) => {
  try { await p; return 'ok' } catch (e) { return `${(e as FleetError).code}: ${(e as FleetError).message}` }
}
const fieldErrors = async (p: Promise<unknown>) => {
  const e = await p.then(() => assert.fail('expected an error'), (err: FleetError) => err)
  return { code: e.code, errors: e.fieldErrors }
}

describe('team specs: who may apply them', () => {
  it('answers 401 to an anonymous caller', async () => {
    const { ctx } = await context(null)
    assert.match(await outcome(service.apply(ctx, [{ name: 'T' }])), /^UNAUTHENTICATED/)
  })

  it('answers 402 on Fleet Free before any role check, even to an observer', async () => {
    for (const role of ['admin', 'observer'] as const) {
      const { ctx, store } = await context(viewer(role), new FakeTeamSpecStore('free'))
      assert.equal(await outcome(service.apply(ctx, [{ name: 'T' }])), 'PAYMENT_REQUIRED: Requires Fleet Premium license')
      assert.deepEqual(store.applied, [])
    }
  })

  it('refuses global maintainers and team admins (403): global admins only', async () => {
    for (const v of [viewer('maintainer'), viewer(null, [{ teamId: 1, role: 'admin' }])]) {
      const { ctx, store } = await context(v)
      assert.equal(await outcome(service.apply(ctx, [{ name: 'Servers' }])), 'FORBIDDEN: forbidden')
      assert.deepEqual(store.applied, [])
    }
  })
})

describe('team specs: validation', () => {
  it('returns 422 for an empty, reserved, too long or repeated name, and writes nothing', async () => {
    const { ctx, store } = await context(viewer('admin'))
    assert.deepEqual(await fieldErrors(service.apply(ctx, [{ name: ' ' }, { name: 'No Team' }, { name: 'x'.repeat(256) }, { name: 'A' }, { name: 'a' }])), {
      code: 'VALIDATION_FAILED',
      errors: [
        { name: 'name', reason: 'name may not be empty' },
        { name: 'name', reason: '"No Team" is a reserved team name' },
        { name: 'name', reason: 'name must be at most 255 characters' },
        { name: 'name', reason: 'team "a" appears more than once' },
      ],
    })
    assert.deepEqual(store.applied, [])
  })

  it('returns 400 for an unknown agent option unless forced, and for a wrong type even when forced', async () => {
    const { ctx, store } = await context(viewer('admin'))
    const unknown = [{ name: 'T', agentOptions: { config: {}, nope: 1 } }]
    assert.equal(await outcome(service.apply(ctx, unknown)), 'BAD_REQUEST: unknown field "agent_options.nope" (team "T")')
    assert.equal(await outcome(service.apply(ctx, unknown, { force: true })), 'ok')
    const wrongType = [{ name: 'T', agentOptions: { config: 'not an object' } }]
    assert.equal(await outcome(service.apply(ctx, wrongType, { force: true })), 'BAD_REQUEST: agent_options.config must be an object (team "T")')
    assert.equal(store.applied.length, 1)
  })

  it('returns 422 for duplicate enroll secrets within a spec', async () => {
    const { ctx } = await context(viewer('admin'))
    assert.deepEqual(await fieldErrors(service.apply(ctx, [{ name: 'T', secrets: ['a', 'a'] }])), {
      code: 'VALIDATION_FAILED', errors: [{ name: 'secrets', reason: 'duplicate enroll secrets are not allowed' }],
    })
  })
})

describe('team specs: enroll secrets belong to one holder', () => {
  it('lets a team keep its own secret', async () => {
    const { ctx } = await context(viewer('admin'))
    assert.equal(await outcome(service.apply(ctx, [{ name: 'servers', secrets: ['s1'] }])), 'ok')
  })

  it('returns 422 when another team or the global secrets hold it', async () => {
    for (const secret of ['s1', 'global']) {
      const { ctx, store } = await context(viewer('admin'))
      assert.deepEqual(await fieldErrors(service.apply(ctx, [{ name: 'Laptops', secrets: [secret] }])), {
        code: 'VALIDATION_FAILED', errors: [{ name: 'secrets', reason: "a provided enroll secret for team 'Laptops' is already being used" }],
      })
      assert.deepEqual(store.applied, [])
    }
  })

  it('returns 422 when two teams of one request claim the same new secret', async () => {
    const { ctx } = await context(viewer('admin'))
    assert.equal((await fieldErrors(service.apply(ctx, [{ name: 'A', secrets: ['new'] }, { name: 'B', secrets: ['new'] }]))).code, 'VALIDATION_FAILED')
  })
})

describe('team specs: what is written', () => {
  it('writes nothing on a dry run and answers with no teams', async () => {
    const { ctx, store } = await context(viewer('admin'))
    assert.deepEqual(await service.apply(ctx, [{ name: 'New' }], { dryRun: true }), [])
    assert.deepEqual(store.applied, [])
  })

  it('creates a new team with the default agent options and one random secret', async () => {
    const { ctx, store } = await context(viewer('admin'))
    const done = await service.apply(ctx, [{ name: 'New' }])
    assert.deepEqual(done.map((t) => ({ ...t })), [{ id: '100', name: 'New' }])
    const [{ writes, actor }] = store.applied
    assert.deepEqual(actor, { id: 7, name: 'Ada' })
    assert.equal(writes.length, 1)
    assert.equal(writes[0].id, undefined)
    assert.deepEqual(writes[0].agentOptions, DEFAULT_AGENT_OPTIONS)
    assert.deepEqual(writes[0].mdm, {})
    assert.equal(writes[0].secrets?.length, 1)
    assert.equal(Buffer.from(writes[0].secrets![0], 'base64').length, 24)
  })

  it('updates a team matched by name without case, leaving what the spec omits unchanged and merging mdm', async () => {
    const { ctx, store } = await context(viewer('admin'))
    await service.apply(ctx, [{ name: 'SERVERS', mdm: { macos_settings: { enable_disk_encryption: true } } }])
    const [w] = store.applied[0].writes
    assert.equal(w.id, 1)
    assert.equal(w.name, 'SERVERS')
    assert.equal(w.agentOptions, undefined)
    assert.equal(w.secrets, undefined)
    const mdm = w.mdm as { macos_updates: unknown; macos_settings: unknown }
    assert.deepEqual(mdm.macos_updates, { minimum_version: '13.0', deadline: '2026-01-01' })
    assert.deepEqual(mdm.macos_settings, { enable_disk_encryption: true })
  })

  it('clears agent options given as null', async () => {
    const { ctx, store } = await context(viewer('admin'))
    await service.apply(ctx, [{ name: 'Laptops', agentOptions: null }])
    assert.equal(store.applied[0].writes[0].agentOptions, null)
  })
})
