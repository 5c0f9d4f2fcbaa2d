// Pack targets across subgraphs: hosts, manual-label members and team members
// counted once; label and team targets resolved by inventory through the gateway.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql } from '../../support/client.js'
import { enrollHost, setupInstance } from '../../support/fleet.js'

describe('pack targets (Premium)', () => {
  let stack: TestStack
  let base: string
  let admin: string
  const ids: Record<string, number> = {}

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    await doJSON(base, 'POST', '/api/v1/fleet/spec/teams', { specs: [{ name: 'Servers', secrets: [{ secret: 'servers-secret' }] }] }, 200, admin)
    for (const h of ['a.local', 'b.local', 'c.local']) await enrollHost(base, h)
    // d and e enroll with the team's secret, so they belong to the team
    for (const h of ['d.local', 'e.local']) {
      await doJSON(base, 'POST', '/api/v1/osquery/enroll', { enroll_secret: 'servers-secret', host_identifier: `id-${h}`, host_details: { system_info: { hostname: h } } }, 200)
    }
    await doJSON(base, 'POST', '/api/v1/fleet/spec/labels', { specs: [{ name: 'Manual', description: '', query: '', label_membership_type: 'manual', hosts: ['b.local', 'c.local', 'd.local'] }] }, 200, admin)
    for (const h of (await gql(base, '{ hostList { id: databaseId hostname } }', undefined, admin)).data!.hostList) ids[h.hostname] = Number(h.id)
    await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [{ name: 'q', query: 'SELECT 1' }] }, 200, admin)
  })
  after(async () => { await stack.stop() })

  it('total_hosts_count counts distinct hosts across host, label and team targets', async () => {
    const labels = (await gql(base, '{ labelList { id: databaseId name } }', undefined, admin)).data!.labelList
    const manual = Number(labels.find((l: any) => l.name === 'Manual').id)
    const teams = (await gql(base, '{ teamList { id: databaseId name } }', undefined, admin)).data!.teamList
    const team = Number(teams.find((t: any) => t.name === 'Servers').id)
    // a (host) + b, c, d (label) + d, e (team) = 5 distinct
    const r = await doJSON(base, 'POST', '/api/v1/fleet/packs', { name: 'everything', host_ids: [ids['a.local'], ids['b.local']], label_ids: [manual], team_ids: [team] }, 200, admin)
    assert.equal(r.body.pack.total_hosts_count, 5)
    const g = await gql(base, 'query($id: ID!) { pack(id: $id) { hosts { nodes { hostname } } labels { name } teams { name } } }', { id: String(r.body.pack.id) }, admin)
    assert.equal(g.errors, undefined, JSON.stringify(g.errors))
    assert.deepEqual(g.data!.pack.hosts.nodes.map((h: any) => h.hostname).sort(), ['a.local', 'b.local', 'c.local', 'd.local', 'e.local'])
    assert.deepEqual(g.data!.pack.labels, [{ name: 'Manual' }])
    assert.deepEqual(g.data!.pack.teams, [{ name: 'Servers' }])
  })

  it('pack specs target teams by name and read them back', async () => {
    const spec = { name: 'team pack', disabled: false, targets: { labels: ['Manual'], teams: ['Servers'] }, queries: [{ query: 'q', name: 'q', description: '', interval: 60, platform: '', version: '' }] }
    await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [spec] }, 200, admin)
    const { id, ...rest } = (await doJSON(base, 'GET', '/api/v1/fleet/spec/packs/team pack', undefined, 200, admin)).body.specs
    assert.deepEqual(rest, spec)
    const pack = await doJSON(base, 'GET', `/api/v1/fleet/packs/${id}`, undefined, 200, admin)
    assert.equal(pack.body.pack.total_hosts_count, 4) // b, c, d by label; d, e by team
    await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [{ ...spec, targets: { labels: null, teams: ['No Such Team'] } }] }, 404, admin)
  })
})
