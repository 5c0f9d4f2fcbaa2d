// Pack references and their target hosts batch: 50 packs with Pack.hosts cost
// at most 2 SQL statements (packs with targets, then all their target hosts).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { toNodeId } from '@fleetgraph/subgraph-kit'
import { packsAndQueries } from '@fleetgraph/subgraph-packs-and-queries'
import { startSubgraphs, type SubgraphsUnderTest } from '../../../test/support/subgraph.js'
import { seedInventory } from '../../../test/support/enroll.js'

describe('packs-and-queries entity references', () => {
  let sg: SubgraphsUnderTest
  let token: string
  let hostIds: string[]
  const packIds: string[] = []

  before(async () => {
    sg = await startSubgraphs([inventory, packsAndQueries])
    ;({ token, hostIds } = await seedInventory(sg, 5))
    for (let i = 0; i < 50; i++) {
      const r = await sg.gql('packs-and-queries', `mutation($i: CreatePackInput!) { createPack(input: $i) { id } }`,
        { i: { name: `pack ${i}`, hostIds: [hostIds[i % 5]] } }, token)
      assert.equal(r.errors, undefined, JSON.stringify(r.errors))
      packIds.push(r.data!.createPack.id)
    }
  })
  after(async () => { await sg.close() })

  it('resolves 50 Pack references with a page of their hosts and its totalCount in at most 3 SQL statements', async () => {
    await sg.gql('packs-and-queries', '{ packList { id } }', undefined, token) // keeps the session lookup cached
    sg.resetQueries()
    const r = await sg.gql('packs-and-queries', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Pack { id name hosts(first: 5) { nodes { id } totalCount } } } }`,
      { r: packIds.map((id) => ({ __typename: 'Pack', id })) }, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    // host stubs carry the node id inventory gives the same host (enrollAgent answers Fleet's integer)
    assert.deepEqual(r.data!._entities.map((p: any) => p.hosts.nodes[0].id), packIds.map((_, i) => toNodeId('Host', Number(hostIds[i % 5]))))
    assert.ok(sg.queries.length <= 3, `expected ≤ 3 statements, got ${sg.queries.length}:\n${sg.queries.join('\n')}`)
  })
})
