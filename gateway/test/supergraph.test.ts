// The committed supergraph is the composition of what the subgraphs actually
// serve: compose their live `_service { sdl }` and compare with the file the
// gateway loads.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'graphql'
import { composeServices } from '@theguild/federation-composition'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { packsAndQueries } from '@fleetgraph/subgraph-packs-and-queries'
import { mdm } from '@fleetgraph/subgraph-mdm'
import { campaigns } from '@fleetgraph/subgraph-campaigns'
import { startSubgraphs, type SubgraphsUnderTest } from '../../test/support/subgraph.js'

describe('supergraph', () => {
  let sg: SubgraphsUnderTest
  before(async () => { sg = await startSubgraphs([inventory, packsAndQueries, mdm, campaigns]) })
  after(async () => { await sg.close() })

  it('the committed supergraph.graphql equals the composition of the running subgraphs', async () => {
    const services = []
    for (const name of ['inventory', 'packs-and-queries', 'mdm', 'campaigns']) {
      const r = await sg.gql(name, '{ _service { sdl } }')
      services.push({ name, typeDefs: parse(r.data!._service.sdl), url: `http://${name}.subgraph.invalid/graphql` })
      const committed = readFileSync(path.resolve(__dirname, `../../subgraphs/${name}/schema.graphql`), 'utf8')
      assert.equal(r.data!._service.sdl.trimEnd(), committed.trimEnd(), `${name}/schema.graphql is stale`)
    }
    const composed = composeServices(services)
    assert.equal(composed.errors, undefined)
    assert.equal(composed.supergraphSdl, readFileSync(path.resolve(__dirname, '../supergraph.graphql'), 'utf8'))
  })
})
