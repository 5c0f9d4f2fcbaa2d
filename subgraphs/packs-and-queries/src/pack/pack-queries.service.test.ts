import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { shardOf } from './pack-queries.service.js'

describe("Kibana's shards on FleetDM's scheduled queries (shardOf)", () => {
  it('shards every query by the one value all policies agree on', () => {
    assert.equal(shardOf({ a: 50 }), 50)
    assert.equal(shardOf({ a: 25, b: 25 }), 25)
  })

  it('leaves queries unsharded when the policies disagree, when none is given, or for 0 and 100', () => {
    assert.equal(shardOf({ a: 25, b: 50 }), null)
    assert.equal(shardOf({}), null)
    assert.equal(shardOf(undefined), null)
    assert.equal(shardOf({ a: 100 }), null)
    assert.equal(shardOf({ a: 0 }), null)
  })
})
