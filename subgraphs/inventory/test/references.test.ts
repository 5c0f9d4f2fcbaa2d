// Entity references batch: 50 Host references cost at most 2 SQL statements
// (hosts, then their teams), never one per reference.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { startSubgraphs, type SubgraphsUnderTest } from '../../../test/support/subgraph.js'
import { seedInventory } from '../../../test/support/enroll.js'

describe('inventory entity references', () => {
  let sg: SubgraphsUnderTest
  let token: string
  let ids: string[]

  before(async () => {
    sg = await startSubgraphs([inventory])
    ;({ token, hostIds: ids } = await seedInventory(sg, 50))
    await sg.gql('inventory', '{ me { id } }', undefined, token) // the session lookup is cached briefly
  })
  after(async () => { await sg.close() })

  it('resolves 50 Host references with at most 2 SQL statements', async () => {
    sg.resetQueries()
    const r = await sg.gql('inventory', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Host { id hostname status team { name } } } }`,
      { r: ids.map((id) => ({ __typename: 'Host', id })) }, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    assert.deepEqual(r.data!._entities.map((h: any) => h.hostname), ids.map((_, i) => `host-${i}`))
    assert.ok(sg.queries.length <= 2, `expected ≤ 2 statements, got ${sg.queries.length}:\n${sg.queries.join('\n')}`)
  })

  it('returns null for references an anonymous caller asks for', async () => {
    const r = await sg.gql('inventory', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Host { id } } }`, { r: [{ __typename: 'Host', id: ids[0] }] })
    assert.deepEqual(r.data!._entities, [null])
  })

  it('resolves 50 AgentPolicy references (policyKey) with at most 2 SQL statements, and 50 hosts\' agentPolicyOutdated with one more', async () => {
    await sg.exec(`INSERT INTO teams (name, updated_at) SELECT 'ref-team-' || i, now() FROM generate_series(1, 49) AS i`)
    const keys = [0, ...(await sg.sql(`SELECT id FROM teams WHERE name LIKE 'ref-team-%' ORDER BY id`) as { id: number }[]).map((t) => t.id)]
    sg.resetQueries()
    const r = await sg.gql('inventory', `query($r: [_Any!]!) { _entities(representations: $r) { ... on AgentPolicy { policyKey id name revision agents } } }`,
      { r: keys.map((policyKey) => ({ __typename: 'AgentPolicy', policyKey })) }, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    assert.deepEqual(r.data!._entities.map((p: any) => p.policyKey), keys)
    assert.equal(r.data!._entities[0].id, 'fleet-default-policy')
    assert.ok(sg.queries.length <= 2, `expected ≤ 2 statements, got ${sg.queries.length}:\n${sg.queries.join('\n')}`)

    sg.resetQueries()
    const h = await sg.gql('inventory', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Host { agentPolicyRevision agentPolicyOutdated } } }`,
      { r: ids.map((id) => ({ __typename: 'Host', id })) }, token)
    assert.equal(h.errors, undefined, JSON.stringify(h.errors))
    assert.ok(h.data!._entities.every((x: any) => x.agentPolicyOutdated === true && x.agentPolicyRevision === null))
    assert.ok(sg.queries.length <= 3, `expected ≤ 3 statements, got ${sg.queries.length}:\n${sg.queries.join('\n')}`)
  })
})
