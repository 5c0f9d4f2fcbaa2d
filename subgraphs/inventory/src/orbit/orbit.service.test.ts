import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FleetError, hashToken, type Bus } from '@fleetgraph/subgraph-kit'
import { OrbitService } from './orbit.service.js'
import type { OrbitHostInfo } from './orbit.repository.js'

const service = new OrbitService()

function fakeContext() {
  const published: unknown[] = []
  const enrolled: { info: OrbitHostInfo; teamId: number | null }[] = []
  const stored: [number, string][] = []
  const tokens = new Map<string, number>() // token hash → host id
  const ctx = {
    bus: { pubSub: { publish: (topic: string, e: unknown) => published.push([topic, e]) } } as unknown as Bus,
    repos: {
      enroll: { findSecret: async (s: string) => (s === 'good' ? { team_id: null } : s === 'team' ? { team_id: 3 } : null) },
      orbit: {
        enroll: async (info: OrbitHostInfo, _key: string, teamId: number | null) => { enrolled.push({ info, teamId }); return { id: 42, created: true } },
        hostIdByOrbitNodeKey: async (k: string) => (k === 'orbit-key' ? 42 : k === 'other-key' ? 43 : null),
        setDeviceToken: async (hostId: number, hash: string) => {
          const owner = tokens.get(hash)
          if (owner != null && owner !== hostId) return 'conflict' as const
          tokens.set(hash, hostId); stored.push([hostId, hash]); return 'stored' as const
        },
      },
    },
  } as any
  return { ctx, published, enrolled, stored }
}

const code = async (p: Promise<unknown>) => { try { await p; return 'ok' } catch (e) { return `${(e as FleetError).code}: ${(e as FleetError).message}` } }

describe('orbit service', () => {
  it('enrolls with a valid secret (team secrets set the team); the database announces the host change (ADR 0007)', async () => {
    const { ctx, published, enrolled } = fakeContext()
    const r = await service.enroll(ctx, { enrollSecret: 'team', hardwareUuid: ' U-1 ', hardwareSerial: 'S', hostname: 'mac', platform: 'darwin' })
    assert.equal(r.hostId, '42')
    assert.ok(r.orbitNodeKey.length >= 32)
    assert.deepEqual(enrolled, [{ teamId: 3, info: { hardwareUuid: 'U-1', osqueryIdentifier: null, hardwareSerial: 'S', hostname: 'mac', platform: 'darwin', computerName: '', hardwareModel: '' } }])
    assert.deepEqual(published, [])
  })

  it('refuses a bad or missing secret (401) and a missing hardware uuid (400)', async () => {
    const { ctx, enrolled } = fakeContext()
    assert.equal(await code(service.enroll(ctx, { enrollSecret: 'nope', hardwareUuid: 'U' })), 'UNAUTHENTICATED: orbit enroll failed: no matching secret found')
    assert.match(await code(service.enroll(ctx, { enrollSecret: '', hardwareUuid: 'U' })), /^UNAUTHENTICATED/)
    assert.match(await code(service.enroll(ctx, { enrollSecret: 'good', hardwareUuid: '  ' })), /^BAD_REQUEST/)
    assert.equal(enrolled.length, 0)
  })

  it('stores only the hash of a device token, for the host the orbit node key names', async () => {
    const { ctx, stored } = fakeContext()
    assert.equal(await service.setDeviceToken(ctx, 'orbit-key', 'abc-123_x.y~z'), true)
    assert.deepEqual(stored, [[42, hashToken('abc-123_x.y~z')]])
  })

  it('checks the orbit node key first (401), then the token (400), then ownership (409)', async () => {
    const { ctx } = fakeContext()
    assert.equal(await code(service.setDeviceToken(ctx, '', 'tok')), 'UNAUTHENTICATED: authentication error: missing orbit node key')
    assert.equal(await code(service.setDeviceToken(ctx, 'nope', '')), 'UNAUTHENTICATED: authentication error: invalid orbit node key')
    assert.equal(await code(service.setDeviceToken(ctx, 'orbit-key', '')), 'BAD_REQUEST: device auth token cannot be empty')
    assert.match(await code(service.setDeviceToken(ctx, 'orbit-key', 'x'.repeat(256))), /^BAD_REQUEST: device auth token cannot be longer/)
    for (const bad of ['has space', 'tab\t', 'slash/', 'plus+', 'é']) {
      assert.equal(await code(service.setDeviceToken(ctx, 'orbit-key', bad)), 'BAD_REQUEST: device auth token contains invalid characters')
    }
    assert.equal(await code(service.setDeviceToken(ctx, 'orbit-key', 'shared')), 'ok')
    assert.equal(await code(service.setDeviceToken(ctx, 'other-key', 'shared')), 'CONFLICT: auth token conflicts with another host')
  })
})
