// Device-token authentication as every subgraph's context sees it (the Identity
// handed to createBaseContext), over a fake device-token table: Fleet's
// errorLimiter numbers per client address, and — with REDIS_URL — the same
// count across replicas (two buses on one Redis, as two processes have).
// Session tokens over a fake sessions table: expiry, except for API-only users.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Database } from '@fleetgraph/prisma'
import { hashToken, openBus, requestOrigin, withClientAddress, type Bus, type Deps } from '@fleetgraph/subgraph-kit'
import { identity } from './identity.js'

const VALID = 'valid-device-token'

const DAY_MS = 24 * 3600 * 1000
/** Sessions that expired a day ago (last used six days ago), one of a person and one of an API-only user. */
const expiredSessions: Record<string, { apiOnly: boolean; id: number }> = {
  [hashToken('expired-person')]: { apiOnly: false, id: 1 },
  [hashToken('expired-api-only')]: { apiOnly: true, id: 2 },
}

/** A device-token table holding one fresh token for host 7, and the sessions above. */
const fakeDb = {
  prisma: {
    deviceAuthToken: {
      findUnique: async ({ where }: { where: { token: string } }) =>
        where.token === hashToken(VALID) ? { host_id: 7, updated_at: new Date() } : null,
    },
    session: {
      findUnique: async ({ where }: { where: { token_hash: string } }) => {
        const s = expiredSessions[where.token_hash]
        return s && {
          id: s.id, expires_at: new Date(Date.now() - DAY_MS), accessed_at: new Date(Date.now() - 6 * DAY_MS),
          user: { id: 10 + s.id, email: `u${s.id}@example.com`, name: 'U', api_only: s.apiOnly, global_role: 'observer', teams: [] },
        }
      },
      update: async () => ({}),
    },
  },
} as unknown as Database

/** One replica's dependencies; replicas of one fleet share the database, hence the namespace. */
const deps = (bus: Bus, env: NodeJS.ProcessEnv): Deps => ({ db: fakeDb, bus, env })
const fleetEnv = (): NodeJS.ProcessEnv => ({ DATA_DIR: path.join(tmpdir(), `fg-identity-${randomUUID()}`) })

/** One request from `address` presenting `token`, as createBaseContext asks it. */
const request = (d: Deps, address: string, token: string) =>
  withClientAddress(address, () => identity.device(d, `Device ${token}`, requestOrigin()))

async function exhaust(replicas: Deps[], address: string) {
  for (let i = 0; i < 101; i++) {
    const r = await request(replicas[i % replicas.length], address, `wrong-${i}`)
    assert.deepEqual(r, { device: null }, `failure ${i + 1} is looked up and refused, not limited`)
  }
}

describe('session tokens (identity.viewer)', () => {
  it("refuses a session past its expiry, unless its user is API-only (Fleet: API-only users' tokens never expire)", async () => {
    const bus = await openBus(undefined)
    const d = deps(bus, fleetEnv())
    for (const scheme of ['bearer', 'apikey'] as const) {
      assert.deepEqual(await identity.viewer(d, { scheme, token: 'expired-person' }, undefined), { viewer: null })
      const { viewer } = await identity.viewer(d, { scheme, token: 'expired-api-only' }, undefined)
      assert.equal(viewer?.userId, 12)
      assert.equal(viewer?.apiOnly, true)
      assert.equal(viewer?.sessionId, 2)
    }
    await bus.close()
  })
})

describe('device authentication (identity.device)', () => {
  it("resolves a valid token to its host; 101 failures pass, then the address waits (Fleet's burst 100 + 1 per 5 s)", async () => {
    const bus = await openBus(undefined)
    const d = deps(bus, fleetEnv())
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`
    assert.deepEqual(await request(d, address, VALID), { device: { hostId: 7 } })
    await exhaust([d], address)
    const limited = await request(d, address, VALID)
    assert.equal(limited.device, null, 'refused even with a valid token')
    assert.ok(limited.retryAfter! >= 1 && limited.retryAfter! <= 5, `retryAfter ${limited.retryAfter}`)
    assert.deepEqual(await request(d, '203.0.113.9', VALID), { device: { hostId: 7 } }, 'other addresses are not affected')
    await bus.close()
  })

  const redisUrl = process.env.REDIS_URL
  if (redisUrl) {
    it('holds across replicas on one Redis: failures spread over two processes are refused on both', async () => {
      const [a, b] = await Promise.all([openBus(redisUrl), openBus(redisUrl)])
      try {
        const env = fleetEnv()
        const replicas = [deps(a, env), deps(b, env)]
        const address = `192.0.2.${Math.floor(Math.random() * 250)}`
        await exhaust(replicas, address)
        for (const d of replicas) {
          const r = await request(d, address, VALID)
          assert.equal(r.device, null)
          assert.ok(r.retryAfter! >= 1 && r.retryAfter! <= 5, `retryAfter ${r.retryAfter}`)
        }
        assert.deepEqual(await request(replicas[1], '203.0.113.10', VALID), { device: { hostId: 7 } }, 'other addresses are not affected')
      } finally {
        await Promise.all([a.close(), b.close()])
      }
    })
  }
})
