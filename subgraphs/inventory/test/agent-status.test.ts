// Hosts as Kibana agents against a seeded database: the agent status in SQL (kuery `status:…`, counts,
// sorting) agrees with the status field for every state, updating included (served revision behind the
// team's or the global configuration's; no public route sets revisions yet), and a page of agents with
// their status and policy costs a fixed number of statements however many hosts it holds.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { startSubgraphs, type SubgraphsUnderTest } from '../../../test/support/subgraph.js'

const DAY = 86_400
// key → how it is seeded, and the agent status it must show.
const HOSTS: { key: string; seenAgo: number | null; createdAgo: number; team: boolean; served: number | null; unenrolled?: boolean; status: string }[] = [
  { key: 'online', seenAgo: 5, createdAgo: DAY, team: false, served: 2, status: 'ONLINE' },
  { key: 'new', seenAgo: null, createdAgo: 60, team: false, served: null, status: 'ONLINE' },
  { key: 'offline', seenAgo: 3600, createdAgo: DAY, team: false, served: 1, status: 'OFFLINE' },
  { key: 'mia', seenAgo: 40 * DAY, createdAgo: 50 * DAY, team: true, served: 1, status: 'INACTIVE' },
  { key: 'unenrolled', seenAgo: 5, createdAgo: DAY, team: true, served: 3, unenrolled: true, status: 'UNENROLLED' },
  { key: 'behind-global', seenAgo: 5, createdAgo: DAY, team: false, served: 1, status: 'UPDATING' },
  { key: 'behind-team', seenAgo: 5, createdAgo: DAY, team: true, served: 2, status: 'UPDATING' },
  { key: 'current-team', seenAgo: 5, createdAgo: DAY, team: true, served: 3, status: 'ONLINE' },
  { key: 'new-behind', seenAgo: null, createdAgo: 60, team: true, served: 1, status: 'UPDATING' },
]

describe('agent status', () => {
  let sg: SubgraphsUnderTest
  let admin: string
  const agentIds = new Map<string, string>()

  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const r = await sg.gql('inventory', query, variables, admin)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  const LIST = `query($k: String, $s: Boolean, $f: AgentSortField, $p: Int) { agents(kuery: $k, showInactive: $s, sortField: $f, sortOrder: ASC, perPage: $p, withStatusSummary: true) {
    total items { uuid agentStatus agentPolicyId } statusSummary { status count } } }`

  before(async () => {
    sg = await startSubgraphs([inventory])
    const setup = await sg.gql('inventory', `mutation { setup(input: {
      admin: { name: "A", email: "a@example.com", password: "correct horse 1!" },
      orgInfo: { orgName: "Acme" }, serverUrl: "https://fleet.example.com", osqueryEnrollSecret: "s" }) { token } }`)
    admin = setup.data!.setup.token
    // The team's policy is at revision 3, the default policy (global configuration) at 2.
    await sg.exec(`INSERT INTO teams (name, agent_policy_id, policy_revision) VALUES ('servers', 'servers-policy', 3)`)
    await sg.exec('UPDATE app_config SET policy_revision = 2')
    const ago = (s: number | null) => (s == null ? 'NULL' : `(now() AT TIME ZONE 'UTC') - interval '${s} seconds'`)
    for (const h of HOSTS) {
      await sg.exec(`INSERT INTO hosts (osquery_host_id, hostname, uuid, team_id, created_at, policy_revision, unenrolled_at, distributed_interval, config_tls_refresh)
        VALUES ('${h.key}', '${h.key}', 'uuid-${h.key}', ${h.team ? "(SELECT id FROM teams WHERE name = 'servers')" : 'NULL'}, ${ago(h.createdAgo)},
          ${h.served ?? 'NULL'}, ${h.unenrolled ? ago(60) : 'NULL'}, 30, 60)`)
      if (h.seenAgo != null) await sg.exec(`INSERT INTO host_seen_times (host_id, seen_time) SELECT id, ${ago(h.seenAgo)} FROM hosts WHERE osquery_host_id = '${h.key}'`)
    }
    const all = await ok(`query { agents(kuery: "status:*", showInactive: true, perPage: 100) { items { uuid agentId } } }`)
    for (const a of all.agents.items) agentIds.set(a.uuid.slice(5), a.agentId)
    assert.equal(agentIds.size, HOSTS.length)
  })
  after(async () => { await sg.close() })

  it('shows each state as its agent status, on the field and in SQL alike', async () => {
    for (const h of HOSTS) {
      const one = await ok('query($a: String!) { agent(agentId: $a) { agentStatus agentPolicyId } }', { a: agentIds.get(h.key) })
      assert.equal(one.agent.agentStatus, h.status, h.key)
      assert.equal(one.agent.agentPolicyId, h.team ? 'servers-policy' : 'fleet-default-policy', h.key)
    }
    for (const status of ['ONLINE', 'OFFLINE', 'INACTIVE', 'UNENROLLED', 'UPDATING']) {
      const listed = await ok(LIST, { k: `status:${status.toLowerCase()}`, s: true, p: 100 })
      const want = HOSTS.filter((h) => h.status === status).map((h) => `uuid-${h.key}`).sort()
      assert.deepEqual(listed.agents.items.map((a: any) => a.uuid).sort(), want, status)
      assert.ok(listed.agents.items.every((a: any) => a.agentStatus === status), status)
    }
  })

  it('counts by status with the same rule, and leaves out inactive and unenrolled agents by default', async () => {
    const counts = await ok('{ agentStatusCounts { online offline inactive unenrolled updating all active } }')
    const n = (s: string) => HOSTS.filter((h) => h.status === s).length
    assert.deepEqual(counts.agentStatusCounts, {
      online: n('ONLINE'), offline: n('OFFLINE'), inactive: n('INACTIVE'), unenrolled: n('UNENROLLED'), updating: n('UPDATING'),
      all: HOSTS.length, active: HOSTS.length - n('INACTIVE') - n('UNENROLLED'),
    })
    const byDefault = await ok(LIST, { p: 100 })
    assert.equal(byDefault.agents.total, HOSTS.length - n('INACTIVE') - n('UNENROLLED'))
    const summary = Object.fromEntries(byDefault.agents.statusSummary.map((s: any) => [s.status, s.count]))
    assert.deepEqual(summary, { ONLINE: n('ONLINE'), OFFLINE: n('OFFLINE'), UPDATING: n('UPDATING') })
    assert.equal((await ok(LIST, { s: true, p: 100 })).agents.total, HOSTS.length - n('UNENROLLED'))
    const sorted = await ok(LIST, { k: 'status:*', s: true, f: 'STATUS', p: 100 })
    const statuses = sorted.agents.items.map((a: any) => a.agentStatus.toLowerCase())
    assert.deepEqual(statuses, [...statuses].sort())
  })

  it('reads a page of agents with their status and policy in a fixed number of statements', async () => {
    sg.resetQueries()
    await ok(LIST, { k: 'status:*', s: true, p: 100 })
    const many = sg.queries.length
    sg.resetQueries()
    await ok(LIST, { k: 'status:*', s: true, p: 5 })
    assert.equal(many, sg.queries.length, sg.queries.join('\n'))
    assert.ok(many <= 6, sg.queries.join('\n'))
  })
})
