import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FleetError, type Viewer } from '@fleetgraph/subgraph-kit'
import { batchHostPolicies, HostPoliciesService, policiesForHost, type HostPoliciesContext, type PolicyHostKey } from './host-policies.service.js'
import type { PolicyForHosts } from './host-policies.repository.js'

const policy = (id: number, team_id: number | null, platform = ''): PolicyForHosts =>
  ({ id, name: `p${id}`, query: 'SELECT 1', description: '', resolution: '', platform, critical: false, team_id })

const policies = [policy(1, null), policy(2, null, 'darwin'), policy(3, null, 'linux,windows'), policy(4, 5), policy(5, 6)]

describe('host policies', () => {
  it("lists global policies and the host's team's, for its platform family, with its last answers", () => {
    const rows = policiesForHost({ id: 10, teamId: 5, platform: 'ubuntu' }, policies, [
      { policy_id: 1, host_id: 10, passes: true }, { policy_id: 3, host_id: 10, passes: false },
      { policy_id: 4, host_id: 10, passes: null }, { policy_id: 1, host_id: 11, passes: false },
    ])
    assert.deepEqual(rows.map((r) => [r.id, r.response]), [[1, 'pass'], [3, 'fail'], [4, '']])
    assert.deepEqual(policiesForHost({ id: 11, teamId: null, platform: 'darwin' }, policies, []).map((r) => r.id), [1, 2])
  })

  it('batches any number of hosts into two repository calls', async () => {
    const calls: string[] = []
    const repo = {
      policiesForTeams: async (teams: number[]) => { calls.push(`policies ${teams}`); return policies },
      answers: async (hosts: number[]) => { calls.push(`answers ${hosts}`); return [{ policy_id: 5, host_id: 2, passes: false }] },
    }
    const hosts: PolicyHostKey[] = [{ hostId: 1, teamIdValue: 5, platformValue: 'darwin' }, { hostId: 2, teamIdValue: 6, platformValue: 'windows' }]
    const r = await batchHostPolicies(repo, hosts)
    assert.deepEqual(calls, ['policies 5,6', 'answers 1,2'])
    assert.deepEqual(r.map((rows) => rows.map((p) => p.id)), [[1, 2, 4], [1, 3, 5]])
    assert.equal(r[1].find((p) => p.id === 5)!.response, 'fail')
  })

  describe('who may read them', () => {
    const service = new HostPoliciesService()
    const host: PolicyHostKey = { hostId: 1, teamIdValue: 5, platformValue: 'darwin' }
    const ctx = (o: Partial<HostPoliciesContext> & { tier?: string }): HostPoliciesContext => ({
      viewer: null, device: null, repos: { hostPolicies: { licenseTier: async () => o.tier ?? 'free' } },
      loaders: { hostPolicies: { load: async () => policiesForHost({ id: 1, teamId: 5, platform: 'darwin' }, policies, [{ policy_id: 2, host_id: 1, passes: false }]) } },
      ...o,
    })
    const user = (globalRole: Viewer['globalRole'], teams: Viewer['teams'] = []): Viewer =>
      ({ userId: 1, email: 'u@example.com', name: 'u', globalRole, teams, sessionId: 1, apiOnly: false })
    const code = async (p: Promise<unknown>) => { try { await p; return 'ok' } catch (e) { return (e as FleetError).code } }

    it('a device: its own host on Premium; 402 on Free; 403 for another host', async () => {
      assert.equal(await service.failingCount(ctx({ device: { hostId: 1 }, tier: 'premium' }), host), 1)
      assert.equal(await code(service.list(ctx({ device: { hostId: 1 } }), host)), 'PAYMENT_REQUIRED')
      assert.equal(await code(service.list(ctx({ device: { hostId: 2 }, tier: 'premium' }), host)), 'FORBIDDEN')
    })

    it("a user: global readers and the host's team; others 403; nobody 401", async () => {
      assert.equal((await service.list(ctx({ viewer: user('observer') }), host)).length, 3)
      assert.equal(await code(service.list(ctx({ viewer: user(null, [{ teamId: 5, role: 'observer' }]) }), host)), 'ok')
      assert.equal(await code(service.list(ctx({ viewer: user(null, [{ teamId: 6, role: 'admin' }]) }), host)), 'FORBIDDEN')
      assert.equal(await code(service.list(ctx({}), host)), 'UNAUTHENTICATED')
    })
  })
})
