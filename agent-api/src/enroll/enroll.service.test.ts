// Enrollment's rules with a fake store: which secrets enroll, what the host row gets, the node key.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FleetError } from '@fleetgraph/subgraph-kit'
import type { EnrollStore } from './enroll.repository.js'
import { EnrollService } from './enroll.service.js'
import type { HostFields } from './host-details.js'

function fixture() {
  const upserts: { identifier: string; nodeKey: string; teamId: number | null; fields: HostFields }[] = []
  const store: EnrollStore = {
    findSecret: async (s) => ({ global: { team_id: null }, team: { team_id: 3 } } as Record<string, { team_id: number | null }>)[s] ?? null,
    upsertHost: async (identifier, nodeKey, teamId, fields) => { upserts.push({ identifier, nodeKey, teamId, fields }); return { id: 11 } },
  }
  return { service: new EnrollService(store), upserts }
}

const code = async (p: Promise<unknown>) => { try { await p; return 'ok' } catch (e) { return `${(e as FleetError).code}: ${(e as FleetError).message}` } }

describe('enroll service', () => {
  it('enrolls with a team secret into that team, with a fresh node key and the host details it reported', async () => {
    const f = fixture()
    const r = await f.service.enroll({
      enrollSecret: 'team', hostIdentifier: '  host-1 ', platformType: 'darwin',
      hostDetails: { system_info: { hostname: 'mac.local', cpu_logical_cores: '8', physical_memory: '17179869184' }, os_version: { name: 'macOS', version: '14.5' } },
    })
    assert.equal(r.hostId, 11)
    assert.ok(Buffer.from(r.nodeKey, 'base64').length === 24)
    assert.deepEqual(f.upserts, [{
      identifier: 'host-1', nodeKey: r.nodeKey, teamId: 3,
      fields: { hostname: 'mac.local', cpu_logical_cores: 8, memory: 17179869184n, platform: 'darwin', os_version: 'macOS 14.5' },
    }])
  })

  it('issues a new node key on every enrollment (the old one stops working)', async () => {
    const f = fixture()
    const a = await f.service.enroll({ enrollSecret: 'global', hostIdentifier: 'h' })
    const b = await f.service.enroll({ enrollSecret: 'global', hostIdentifier: 'h' })
    assert.notEqual(a.nodeKey, b.nodeKey)
    assert.deepEqual(f.upserts.map((u) => u.teamId), [null, null])
  })

  it("refuses a missing or unknown secret (401) and a missing or too long identifier (400), in osquery's words", async () => {
    const f = fixture()
    assert.equal(await code(f.service.enroll({ enrollSecret: '', hostIdentifier: 'h' })), 'UNAUTHENTICATED: enroll failed: missing enroll secret')
    assert.equal(await code(f.service.enroll({ enrollSecret: 'nope', hostIdentifier: 'h' })), 'UNAUTHENTICATED: enroll failed: no matching secret found')
    assert.equal(await code(f.service.enroll({ enrollSecret: 'global', hostIdentifier: '   ' })), 'BAD_REQUEST: enroll failed: missing or invalid host_identifier')
    assert.equal(await code(f.service.enroll({ enrollSecret: 'global', hostIdentifier: 'x'.repeat(256) })), 'BAD_REQUEST: enroll failed: missing or invalid host_identifier')
    assert.deepEqual(f.upserts, [])
  })
})
