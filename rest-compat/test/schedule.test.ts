// REST contract: a pack's scheduled queries (spec "Packs"), on the v1 paths
// (/schedule) and the 2022-04/latest ones (/packs/schedule).
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { notFound } from '@fleetgraph/subgraph-kit/errors'
import {
  DeleteScheduledDocument, GetScheduledDocument, ModifyScheduledDocument, PackScheduledDocument, ScheduleQueryDocument,
} from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'
import { scheduled, T0, T1 } from './support/fixtures.js'

const fleetScheduled = {
  created_at: T0, updated_at: T1, id: 31, pack_id: 3, name: 'processes', query_id: 8, query_name: 'processes',
  query: 'SELECT * FROM processes', interval: 60, snapshot: true, removed: null, platform: '', version: '', shard: null, denylist: null,
}

describe('REST scheduled queries', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('GET /packs/{id}/scheduled lists with page and per_page; an empty description is omitted', async () => {
    rest.answer(PackScheduledDocument, { scheduledQueries: [scheduled(), scheduled({ id: '32', description: 'all of them' })] })
    const body = await rest.doJSON<{ scheduled: Record<string, unknown>[] }>('GET', '/api/latest/fleet/packs/3/scheduled?page=2&per_page=5&order_key=name&order_direction=desc', undefined, 200)
    rest.expectSent([{ operationName: 'PackScheduled', variables: { packId: '3', page: 2, perPage: 5, orderKey: 'name', orderDirection: 'desc' } }])
    assert.deepEqual(body.scheduled[0], fleetScheduled)
    assert.deepEqual(body.scheduled[1], { ...fleetScheduled, id: 32, description: 'all of them' })
  })

  it('POST /schedule (v1) and /packs/schedule add a query with ids as GraphQL IDs and unset options as null', async () => {
    rest.answer(ScheduleQueryDocument, { scheduleQuery: scheduled() })
    const expected = { input: { packId: '3', queryId: '8', interval: 60, snapshot: true, removed: null, platform: null, version: null, shard: null } }
    assert.deepEqual(await rest.doJSON('POST', '/api/v1/fleet/schedule', { pack_id: 3, query_id: 8, interval: 60, snapshot: true }, 200), { scheduled: fleetScheduled })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/packs/schedule', { pack_id: 3, query_id: 8, interval: 60, snapshot: true }, 200), { scheduled: fleetScheduled })
    rest.expectSent([{ operationName: 'ScheduleQuery', variables: expected }, { operationName: 'ScheduleQuery', variables: expected }])
  })

  it('an interval past 32 bits is a 400 naming it, before any operation', async () => {
    const body = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/packs/schedule', { pack_id: 3, query_id: 8, interval: 2 ** 31 }, 400)
    assert.equal(body.errors[0].name, 'interval')
    assert.deepEqual(rest.sent, [])
  })

  it('GET /schedule/{id} and /packs/schedule/{id}; NOT_FOUND is a 404', async () => {
    rest.answer(GetScheduledDocument, { scheduledQuery: scheduled() })
    assert.deepEqual(await rest.doJSON('GET', '/api/v1/fleet/schedule/31', undefined, 200), { scheduled: fleetScheduled })
    assert.deepEqual(await rest.doJSON('GET', '/api/latest/fleet/packs/schedule/31', undefined, 200), { scheduled: fleetScheduled })
    rest.expectSent([{ operationName: 'GetScheduled', variables: { id: '31' } }, { operationName: 'GetScheduled', variables: { id: '31' } }])
    rest.fail(GetScheduledDocument, notFound('scheduled query', 99))
    assertFleetError(await rest.doJSON('GET', '/api/latest/fleet/packs/schedule/99', undefined, 404),
      'Resource Not Found', [{ name: 'base', reason: 'scheduled query 99 was not found in the datastore' }])
  })

  it('PATCH sends only the keys the body holds: an explicit null clears the shard', async () => {
    rest.answer(ModifyScheduledDocument, { updateScheduledQuery: scheduled({ interval: 120 }) })
    const body = await rest.doJSON('PATCH', '/api/v1/fleet/schedule/31', { interval: 120, shard: null }, 200)
    rest.expectSent([{ operationName: 'ModifyScheduled', variables: { id: '31', input: { interval: 120, shard: null } } }])
    assert.deepEqual(body, { scheduled: { ...fleetScheduled, interval: 120 } })
    await rest.doJSON('PATCH', '/api/latest/fleet/packs/schedule/31', {}, 200)
    rest.expectSent([{ operationName: 'ModifyScheduled', variables: { id: '31', input: {} } }])
  })

  it('DELETE on both paths answers {}', async () => {
    rest.answer(DeleteScheduledDocument, { deleteScheduledQuery: true })
    assert.deepEqual(await rest.doJSON('DELETE', '/api/v1/fleet/schedule/31', undefined, 200), {})
    assert.deepEqual(await rest.doJSON('DELETE', '/api/latest/fleet/packs/schedule/31', undefined, 200), {})
    rest.expectSent([{ operationName: 'DeleteScheduled', variables: { id: '31' } }, { operationName: 'DeleteScheduled', variables: { id: '31' } }])
  })
})
