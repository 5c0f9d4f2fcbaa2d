// Connections under many parents batch: 50 teams asking for a page of their policies or packs, 50
// hosts asking for their packs, 50 packs or policies asking for a page of their hosts each cost the
// same few SQL statements as one parent does (a LATERAL page per parent in one statement).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { packsAndQueries } from '@fleetgraph/subgraph-packs-and-queries'
import { toNodeId } from '@fleetgraph/subgraph-kit'
import { startSubgraphs, type SubgraphsUnderTest } from '../../../test/support/subgraph.js'
import { seedInventory } from '../../../test/support/enroll.js'

describe('packs-and-queries connections under many parents', () => {
  let sg: SubgraphsUnderTest
  let token: string
  let hostIds: string[]
  let teamIds: string[]
  const ok = (r: { errors?: unknown[] }) => assert.equal(r.errors, undefined, JSON.stringify(r.errors))

  /** Statements `query` costs (after a warm-up request that caches the session lookup). */
  async function cost(query: string, variables?: Record<string, unknown>): Promise<{ data: any; statements: number }> {
    await sg.gql('packs-and-queries', '{ packList { id } }', undefined, token)
    sg.resetQueries()
    const r = await sg.gql('packs-and-queries', query, variables, token)
    ok(r)
    return { data: r.data, statements: sg.queries.length }
  }

  /** The node id of seeded host i (enrollAgent answers Fleet's integer). */
  const hostNode = (i: number) => toNodeId('Host', Number(hostIds[i]))

  before(async () => {
    sg = await startSubgraphs([inventory, packsAndQueries])
    ;({ token, hostIds } = await seedInventory(sg, 50))
    await sg.sql(`UPDATE app_config SET license_tier = 'premium'`) // teams are Premium
    const teams = await sg.gql('inventory', 'mutation($s: [TeamSpecInput!]!) { applyTeamSpecs(specs: $s) { id name } }',
      { s: Array.from({ length: 50 }, (_, i) => ({ name: `team ${String(i).padStart(2, '0')}` })) }, token)
    ok(teams)
    teamIds = teams.data.applyTeamSpecs.sort((a: any, b: any) => (a.name < b.name ? -1 : 1)).map((t: any) => t.id)
    // host i is on team i
    for (let i = 0; i < 50; i++) await sg.sql('UPDATE hosts SET team_id = $1 WHERE id = $2', [Number(teamIds[i]), Number(hostIds[i])])
    // three policies per team, two global ones
    ok(await sg.gql('packs-and-queries', 'mutation($s: [PolicySpecInput!]!) { applyPolicySpecs(specs: $s) }', {
      s: [{ name: 'global a', query: 'SELECT 1' }, { name: 'global b', query: 'SELECT 1' },
        ...teamIds.flatMap((_, i) => ['x', 'y', 'z'].map((n) => ({ name: `${n} ${i}`, query: 'SELECT 1', team: `team ${String(i).padStart(2, '0')}` })))],
    }, token))
    // every host fails "global a" and passes "global b"
    await sg.sql(`INSERT INTO policy_membership (policy_id, host_id, passes)
      SELECT p.id, h.id, p.name = 'global b' FROM policies p CROSS JOIN hosts h WHERE p.team_id IS NULL`)
    // pack i targets team i and host i
    for (let i = 0; i < 50; i++) {
      ok(await sg.gql('packs-and-queries', 'mutation($i: CreatePackInput!) { createPack(input: $i) { id } }',
        { i: { name: `pack ${String(i).padStart(2, '0')}`, teamIds: [teamIds[i]], hostIds: [hostIds[i]] } }, token))
    }
  })
  after(async () => { await sg.close() })

  const teamsQuery = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Team {
    policies(first: 2) { nodes { name } totalCount pageInfo { hasNextPage } }
    packs(first: 2) { nodes { name } totalCount } } } }`
  const teams = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Team', id })) })

  it('answers Team.policies and Team.packs pages for 50 teams in as many statements as for one', async () => {
    const one = await cost(teamsQuery, teams(teamIds.slice(0, 1)))
    const fifty = await cost(teamsQuery, teams(teamIds))
    assert.deepEqual(fifty.data._entities[7], {
      policies: { nodes: [{ name: 'x 7' }, { name: 'y 7' }], totalCount: 3, pageInfo: { hasNextPage: true } },
      packs: { nodes: [{ name: 'pack 07' }], totalCount: 1 },
    })
    assert.ok(fifty.statements <= 5, `expected ≤ 5 statements, got ${fifty.statements}`)
    assert.equal(fifty.statements, one.statements)
  })

  it('answers Host.packs for 50 hosts in as many statements as for one', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Host { packs { name } } } }`
    const hosts = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Host', id })) })
    const one = await cost(q, hosts(hostIds.slice(0, 1)))
    const fifty = await cost(q, hosts(hostIds))
    assert.deepEqual(fifty.data._entities[9], { packs: [{ name: 'pack 09' }] })
    assert.ok(fifty.statements <= 2, `expected ≤ 2 statements, got ${fifty.statements}`)
    assert.equal(fifty.statements, one.statements)
  })

  it('answers Pack.hosts pages for 50 packs in as many statements as for one', async () => {
    const q = `query($n: Int!) { packs(first: $n) { nodes { name hosts(first: 3) { nodes { id } totalCount } } } }`
    const one = await cost(q, { n: 1 })
    const fifty = await cost(q, { n: 50 })
    assert.deepEqual(fifty.data.packs.nodes[3], { name: 'pack 03', hosts: { nodes: [{ id: hostNode(3) }], totalCount: 1 } })
    assert.ok(fifty.statements <= 4, `expected ≤ 4 statements, got ${fifty.statements}`)
    assert.equal(fifty.statements, one.statements)
  })

  it('answers Policy.hosts pages for 50 policies in as many statements as for one', async () => {
    const q = `query($n: Int!) { policies(first: $n, orderBy: { field: NAME }) { nodes { name
      failing: hosts(response: FAILING, first: 2) { nodes { id } totalCount }
      passing: hosts(response: PASSING, first: 2) { totalCount } } } }`
    const one = await cost(q, { n: 1 })
    const fifty = await cost(q, { n: 50 })
    assert.deepEqual(fifty.data.policies.nodes[0], { name: 'global a', failing: { nodes: [{ id: hostNode(0) }, { id: hostNode(1) }], totalCount: 50 }, passing: { totalCount: 0 } })
    assert.deepEqual(fifty.data.policies.nodes[1].passing, { totalCount: 50 })
    assert.ok(fifty.statements <= 5, `expected ≤ 5 statements, got ${fifty.statements}`)
    assert.equal(fifty.statements, one.statements)
  })
})
