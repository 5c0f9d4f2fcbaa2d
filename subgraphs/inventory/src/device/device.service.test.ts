// Fleet Desktop's rules against fake repositories: license and MDM gates, the
// transparency URL, refetch, and the migration webhook (delivered to a local
// receiver) — the paths the REST tests cannot reach while MDM cannot be set up.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FleetError, openBus, type Bus } from '@fleetgraph/subgraph-kit'
import { DEFAULT_TRANSPARENCY_URL, DeviceService, type DeviceContext, type DeviceHandle } from './device.service.js'
import type { DeviceAppConfig, DeviceHostExtras } from './device.repository.js'

const service = new DeviceService()
const handle = (ctx: DeviceContext): DeviceHandle => ({ hostId: service.authenticate(ctx), memos: new Map() })

function fakeContext(opts: { tier?: string; mdm?: boolean; config?: Partial<DeviceAppConfig>; hostId?: number | null; bus?: Bus } = {}) {
  const calls: string[] = []
  const config: DeviceAppConfig = {
    org_name: 'Acme', org_logo_url: '', org_logo_url_light_background: '', contact_url: 'https://fleetdm.com/company/contact',
    license_tier: opts.tier ?? 'free', transparency_url: '', mdm_migration_webhook_url: '', mdm: {}, created_at: new Date('2026-01-01T00:00:00Z'), ...opts.config,
  }
  const extras: DeviceHostExtras = {
    id: 7, uuid: 'U-7', hardware_serial: 'C02XYZ', platform: 'darwin', gigs_disk_space_available: 1, percent_disk_space_available: 2,
    disk_encryption_enabled: true, dep_assigned_to_fleet: true,
  }
  const repo = {
    appConfig: async () => config,
    appleMdmConfigured: async () => opts.mdm ?? false,
    hostExtras: async () => extras,
    requestRefetch: async (id: number) => { calls.push(`refetch ${id}`) },
    software: async () => [], users: async () => [], labels: async () => [], batteries: async () => [],
    mdm: async () => null, munki: async () => null, deviceMapping: async () => [],
  }
  const ctx: DeviceContext = {
    device: opts.hostId === null ? null : { hostId: opts.hostId ?? 7 },
    bus: opts.bus ?? ({ pubSub: { publish: () => {} } } as unknown as Bus),
    repos: { device: repo as any },
    loaders: { host: { load: async () => null } },
  }
  return { ctx, calls }
}

const rejectsWith = (p: Promise<unknown>, code: string, message?: RegExp | string) =>
  assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof FleetError, String(e))
    assert.equal(e.code, code)
    if (typeof message === 'string') assert.equal(e.message, message)
    else if (message) assert.match(e.message, message)
    return true
  })

describe('device service', () => {
  let receiver: Server
  let hookUrl: string
  const hooks: any[] = []

  before(async () => {
    receiver = createServer((req, res) => {
      let raw = ''
      req.on('data', (c) => { raw += c })
      req.on('end', () => { hooks.push(JSON.parse(raw)); res.writeHead(req.url === '/broken' ? 502 : 200).end() })
    })
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()))
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  })
  after(async () => { receiver.closeAllConnections(); await new Promise((r) => receiver.close(r)) })

  it('refuses callers without a device token (a user token is not a device)', async () => {
    const { ctx } = fakeContext({ hostId: null })
    assert.throws(() => service.authenticate(ctx), (e: unknown) => e instanceof FleetError && e.code === 'UNAUTHENTICATED' && e.message === 'Authentication required')
    await rejectsWith(service.refetch(ctx), 'UNAUTHENTICATED')
    await rejectsWith(service.migrateMdm(ctx), 'UNAUTHENTICATED')
  })

  it('answers the desktop summary on Premium only (402 on Free)', async () => {
    await rejectsWith(service.desktop(fakeContext().ctx, handle(fakeContext().ctx)), 'PAYMENT_REQUIRED', 'Requires Fleet Premium license')
    const { ctx } = fakeContext({ tier: 'premium', config: { mdm: { macos_migration: { mode: 'forced' } } } })
    assert.deepEqual(await service.desktop(ctx, handle(ctx)), {
      notifications: { needsMdmMigration: false, renewEnrollmentProfile: false }, macosMigrationMode: 'forced', selfService: false,
    })
  })

  it("points Transparency at the instance's URL on Premium when set, else at Fleet's page", async () => {
    const url = async (o: Parameters<typeof fakeContext>[0]) => { const { ctx } = fakeContext(o); return service.transparencyUrl(ctx, handle(ctx)) }
    assert.equal(await url({ tier: 'free', config: { transparency_url: 'https://acme.example/why' } }), DEFAULT_TRANSPARENCY_URL)
    assert.equal(await url({ tier: 'premium' }), DEFAULT_TRANSPARENCY_URL)
    assert.equal(await url({ tier: 'premium', config: { transparency_url: 'https://acme.example/why' } }), 'https://acme.example/why')
  })

  it('marks the host for refetch (the hosts trigger tells every agent API: ADR 0007)', async () => {
    const bus = await openBus(undefined)
    try {
      const { ctx, calls } = fakeContext({ bus })
      assert.equal(await service.refetch(ctx), true)
      assert.deepEqual(calls, ['refetch 7'])
    } finally { await bus.close() }
  })

  it("answers Fleet's 400 on the MDM routes until Apple MDM is set up, before the license check", async () => {
    for (const tier of ['free', 'premium']) {
      const { ctx } = fakeContext({ tier, config: { mdm_migration_webhook_url: hookUrl } })
      await rejectsWith(service.migrateMdm(ctx), 'MDM_NOT_CONFIGURED', /^MDM features aren't turned on in Fleet/)
    }
    assert.equal(hooks.length, 0)
  })

  it('with MDM set up: 402 on Free, 400 without a webhook URL, else posts the webhook for the device', async () => {
    await rejectsWith(service.migrateMdm(fakeContext({ mdm: true, config: { mdm_migration_webhook_url: hookUrl } }).ctx), 'PAYMENT_REQUIRED')
    await rejectsWith(service.migrateMdm(fakeContext({ mdm: true, tier: 'premium' }).ctx), 'BAD_REQUEST', 'macOS migration webhook URL not configured')
    assert.equal(hooks.length, 0)
    const now = new Date('2024-05-01T10:00:00Z')
    const { ctx } = fakeContext({ mdm: true, tier: 'premium', config: { mdm_migration_webhook_url: `${hookUrl}/hook` } })
    assert.equal(await service.migrateMdm(ctx, now), true)
    assert.deepEqual(hooks, [{ timestamp: '2024-05-01T10:00:00.000Z', host: { id: 7, uuid: 'U-7', hardware_serial: 'C02XYZ' } }])
    const broken = fakeContext({ mdm: true, tier: 'premium', config: { mdm_migration_webhook_url: `${hookUrl}/broken` } })
    await rejectsWith(service.migrateMdm(broken.ctx), 'SERVICE_UNAVAILABLE', /answered 502/)
  })

  it('reports DEP assignment only with Apple MDM on Premium, as Fleet does', async () => {
    const dep = async (o: Parameters<typeof fakeContext>[0]) => { const { ctx } = fakeContext(o); return service.depAssignedToFleet(ctx, handle(ctx)) }
    assert.equal(await dep({ tier: 'premium', mdm: false }), false)
    assert.equal(await dep({ tier: 'free', mdm: true }), false)
    assert.equal(await dep({ tier: 'premium', mdm: true }), true)
  })
})
