// REST contract: pack and policy specs (spec "Get or apply configuration files").
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { forbidden } from '@fleetgraph/subgraph-kit/errors'
import { ApplyPackSpecsDocument, ApplyPolicySpecsDocument, PackSpecDocument, PackSpecsDocument, type FleetPackSpecFragment } from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'

const spec = (over: Partial<FleetPackSpecFragment> = {}): FleetPackSpecFragment => ({
  id: '3', name: 'baseline', description: '', platform: 'darwin', disabled: false, targets: { labels: ['All Hosts'], teams: null },
  queries: [{ query: 'processes', name: 'processes', description: '', interval: 60, snapshot: null, removed: false, platform: '', version: '', shard: null, denylist: null }],
  ...over,
})

describe('REST pack and policy specs', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('GET /spec/packs maps each spec: empty strings and null options omitted, as Go\'s omitempty', async () => {
    rest.answer(PackSpecsDocument, { packSpecs: [spec()] })
    assert.deepEqual(await rest.doJSON('GET', '/api/latest/fleet/spec/packs', undefined, 200), { specs: [{
      id: 3, name: 'baseline', platform: 'darwin', disabled: false, targets: { labels: ['All Hosts'], teams: null },
      queries: [{ query: 'processes', name: 'processes', description: '', interval: 60, removed: false, platform: '', version: '' }],
    }] })
    rest.expectSent([{ operationName: 'PackSpecs', variables: undefined }])
  })

  it('GET /spec/packs/{name} answers one spec', async () => {
    rest.answer(PackSpecDocument, { packSpec: spec({ description: 'CIS', queries: [] }) })
    assert.deepEqual(await rest.doJSON('GET', '/api/v1/fleet/spec/packs/baseline', undefined, 200), { specs: {
      id: 3, name: 'baseline', description: 'CIS', platform: 'darwin', disabled: false, targets: { labels: ['All Hosts'], teams: null }, queries: [],
    } })
    rest.expectSent([{ operationName: 'PackSpec', variables: { name: 'baseline' } }])
  })

  it('POST /spec/packs drops the informational id and sends the rest as given', async () => {
    rest.answer(ApplyPackSpecsDocument, { applyPackSpecs: true })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/spec/packs', {
      specs: [{ id: 3, name: 'baseline', targets: { labels: ['All Hosts'] }, queries: [{ query: 'processes', interval: 60, shard: 10 }] }],
    }, 200), {})
    rest.expectSent([{ operationName: 'ApplyPackSpecs', variables: { specs: [
      { name: 'baseline', targets: { labels: ['All Hosts'] }, queries: [{ query: 'processes', interval: 60, shard: 10 }] },
    ] } }])
  })

  it('refuses a query without an interval or a shard past 32 bits (400), before any operation', async () => {
    const a = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/spec/packs', { specs: [{ name: 'p', queries: [{ query: 'q' }] }] }, 400)
    assert.equal(a.errors[0].name, 'specs.0.queries.0.interval')
    const b = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/spec/packs', { specs: [{ name: 'p', queries: [{ query: 'q', interval: 1, shard: 2 ** 31 }] }] }, 400)
    assert.equal(b.errors[0].name, 'specs.0.queries.0.shard')
    assert.deepEqual(rest.sent, [])
  })

  it('POST /spec/policies sends the specs unchanged; FORBIDDEN is a 403', async () => {
    rest.answer(ApplyPolicySpecsDocument, { applyPolicySpecs: true })
    const specs = [{ name: 'FileVault', query: 'SELECT 1 FROM disk_encryption', team: 'Workstations', critical: true }]
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/spec/policies', { specs }, 200), {})
    rest.expectSent([{ operationName: 'ApplyPolicySpecs', variables: { specs } }])
    rest.fail(ApplyPolicySpecsDocument, forbidden())
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/spec/policies', { specs }, 403), 'Permission Denied', [{ name: 'base', reason: 'forbidden' }])
  })
})
