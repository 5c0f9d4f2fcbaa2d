// Host.policies batches: 50 Host references (as the gateway sends them, with
// team and platform) and their policies cost at most 2 SQL statements.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { packsAndQueries } from '@fleetgraph/subgraph-packs-and-queries'
import { startSubgraphs, type SubgraphsUnderTest } from '../../../../test/support/subgraph.js'
import { seedInventory } from '../../../../test/support/enroll.js'

describe('Host.policies references', () => {
  let sg: SubgraphsUnderTest
  let token: string

  before(async () => {
    sg = await startSubgraphs([inventory, packsAndQueries])
    ;({ token } = await seedInventory(sg, 1))
    const r = await sg.gql('packs-and-queries', `mutation($s: [PolicySpecInput!]!) { applyPolicySpecs(specs: $s) }`,
      { s: [{ name: 'all', query: 'SELECT 1' }, { name: 'linux', query: 'SELECT 1', platform: 'linux' }] }, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
  })
  after(async () => { await sg.close() })

  it('resolves 50 hosts with their policies in at most 2 SQL statements', async () => {
    await sg.gql('packs-and-queries', '{ policies { id } }', undefined, token) // keeps the session lookup cached
    sg.resetQueries()
    const reps = Array.from({ length: 50 }, (_, i) => ({ __typename: 'Host', id: String(i + 1), teamId: null, platform: i % 2 ? 'ubuntu' : 'darwin' }))
    const r = await sg.gql('packs-and-queries', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Host { id failingPolicyCount policies { name response } } } }`,
      { r: reps }, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    assert.deepEqual(r.data!._entities.slice(0, 2).map((h: any) => h.policies.map((p: any) => p.name)), [['all'], ['all', 'linux']])
    assert.ok(sg.queries.length <= 2, `expected ≤ 2 statements, got ${sg.queries.length}:\n${sg.queries.join('\n')}`)
  })

  it('adds one statement for the policy nodes of 50 hosts (HostPolicy.policy)', async () => {
    sg.resetQueries()
    const reps = Array.from({ length: 50 }, (_, i) => ({ __typename: 'Host', id: String(i + 1), teamId: null, platform: i % 2 ? 'ubuntu' : 'darwin' }))
    const r = await sg.gql('packs-and-queries', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Host { policies { databaseId policy { id name } } } } }`,
      { r: reps }, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    const linux = r.data!._entities[1].policies
    assert.deepEqual(linux.map((p: any) => p.policy.name), ['all', 'linux'])
    assert.ok(linux.every((p: any) => typeof p.databaseId === 'number' && p.policy.id !== String(p.databaseId)))
    assert.ok(sg.queries.length <= 3, `expected ≤ 3 statements (the policies, their answers, the policy nodes), got ${sg.queries.length}:\n${sg.queries.join('\n')}`)
  })

  it('resolves no host for anonymous callers', async () => {
    const r = await sg.gql('packs-and-queries', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Host { id } } }`,
      { r: [{ __typename: 'Host', id: '1', teamId: null, platform: 'darwin' }] })
    assert.deepEqual(r.data?._entities, [null])
  })
})
