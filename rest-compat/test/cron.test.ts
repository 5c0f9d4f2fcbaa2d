// REST contract: "Trigger cron schedule" (fleetctl trigger).
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FleetError, forbidden } from '@fleetgraph/subgraph-kit/errors'
import { TriggerCronDocument } from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'

describe('REST cron trigger', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('POST /trigger?name= triggers the named schedule and answers {}', async () => {
    rest.answer(TriggerCronDocument, { triggerCronSchedule: { id: 'automations' } })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/trigger?name=automations', undefined, 200), {})
    rest.expectSent([{ operationName: 'TriggerCron', variables: { name: 'automations' } }])
  })

  it('a missing name is sent as "" so the service answers its 404 listing the valid names', async () => {
    const reason = 'invalid name; supported trigger names are automations, cleanups_then_aggregation'
    rest.fail(TriggerCronDocument, new FleetError('NOT_FOUND', reason))
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/trigger', undefined, 404), 'Resource Not Found', [{ name: 'base', reason }])
    rest.expectSent([{ operationName: 'TriggerCron', variables: { name: '' } }])
  })

  it('a name past 255 characters is a 400 before any operation; a non-admin gets the registry\'s 403', async () => {
    const body = await rest.doJSON<{ errors: { name: string }[] }>('POST', `/api/latest/fleet/trigger?name=${'x'.repeat(256)}`, undefined, 400)
    assert.equal(body.errors[0].name, 'name')
    assert.deepEqual(rest.sent, [])
    rest.fail(TriggerCronDocument, forbidden())
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/trigger?name=automations', undefined, 403), 'Permission Denied', [{ name: 'base', reason: 'forbidden' }])
  })
})
