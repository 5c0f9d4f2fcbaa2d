// REST contract: team specs (spec "Apply team", fleetctl apply): Fleet's
// strict decoding (unknown keys are a 400 unless ?force=true).
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { paymentRequired } from '@fleetgraph/subgraph-kit/errors'
import { ApplyTeamSpecsDocument } from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'

describe('REST team specs', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('POST /spec/teams sends TeamSpecInput (agent_options only when given) and answers team_ids_by_name', async () => {
    rest.answer(ApplyTeamSpecsDocument, { applyTeamSpecs: [{ name: 'Workstations', id: '7' }, { name: 'Servers', id: '8' }] })
    const body = await rest.doJSON('POST', '/api/latest/fleet/spec/teams?dry_run=true', { specs: [
      { name: 'Workstations', agent_options: { config: { options: { distributed_interval: 10 } } }, secrets: [{ secret: 'ws' }] },
      { name: 'Servers', agent_options: null, features: { enable_host_users: false } },
    ] }, 200)
    rest.expectSent([{ operationName: 'ApplyTeamSpecs', variables: {
      specs: [
        { name: 'Workstations', agentOptions: { config: { options: { distributed_interval: 10 } } }, features: null, secrets: ['ws'], mdm: null },
        { name: 'Servers', agentOptions: null, features: { enable_host_users: false }, secrets: null, mdm: null },
      ],
      dryRun: true, force: false,
    } }])
    assert.deepEqual(body, { team_ids_by_name: { Workstations: 7, Servers: 8 }, fleet_ids_by_name: { Workstations: 7, Servers: 8 } })
  })

  it('an unknown key anywhere is a 400 naming it, unless ?force=true sends the spec anyway', async () => {
    const strict = await rest.doJSON<{ errors: { name: string; reason: string }[] }>('POST', '/api/latest/fleet/spec/teams',
      { specs: [{ name: 'T', secrets: [{ secret: 's', colour: 'red' }], webhooks: {} }] }, 400)
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
    assert.deepEqual([...strict.errors].sort(byName), [
      { name: 'specs.0.secrets.0.colour', reason: 'json: unknown field "colour"' },
      { name: 'specs.0.webhooks', reason: 'json: unknown field "webhooks"' },
    ])
    assert.deepEqual(rest.sent, [])
    rest.answer(ApplyTeamSpecsDocument, { applyTeamSpecs: [{ name: 'T', id: '9' }] })
    await rest.doJSON('POST', '/api/latest/fleet/spec/teams?force=1', { specs: [{ name: 'T', webhooks: {} }] }, 200)
    rest.expectSent([{ operationName: 'ApplyTeamSpecs', variables: { specs: [{ name: 'T', features: null, secrets: null, mdm: null }], dryRun: false, force: true } }])
  })

  it('refuses agent_options that are not an object even with force (400)', async () => {
    const body = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/spec/teams?force=true', { specs: [{ name: 'T', agent_options: 'x' }] }, 400)
    assert.equal(body.errors[0].name, 'specs.0.agent_options')
    assert.deepEqual(rest.sent, [])
  })

  it('PAYMENT_REQUIRED (no Premium license) is a 402 with the reason as message', async () => {
    rest.fail(ApplyTeamSpecsDocument, paymentRequired())
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/spec/teams', { specs: [{ name: 'T' }] }, 402),
      'Requires Fleet Premium license', [{ name: 'base', reason: 'Requires Fleet Premium license' }])
  })
})
