// REST contract: Packs (spec "Packs" — create, modify, get, list, delete by
// name and by id) against a fake executor.
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { alreadyExists, notFound } from '@fleetgraph/subgraph-kit/errors'
import {
  CreatePackDocument, DeletePackByIdDocument, DeletePackDocument, GetPackDocument, ListPacksDocument, ModifyPackDocument,
} from '../src/generated/graphql.js'
import { assertFleetError, BEARER, restHarness, type RestHarness } from './support/rest.js'
import { pack, T0, T1 } from './support/fixtures.js'

const fleetPack = {
  created_at: T0, updated_at: T1, id: 3, name: 'baseline', disabled: false, type: null, query_count: 2, total_hosts_count: 5,
  host_ids: [12], label_ids: [4, 6], team_ids: [],
}

describe('REST packs', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('POST /packs creates a pack from its JSON, ids as GraphQL IDs, and answers Fleet\'s pack', async () => {
    rest.answer(CreatePackDocument, { createPack: pack({ description: 'CIS', platform: 'darwin' }) })
    const body = await rest.doJSON('POST', '/api/latest/fleet/packs', { name: 'baseline', description: 'CIS', host_ids: [12], label_ids: [4, 6] }, 200)
    const [sent] = rest.expectSent([{
      operationName: 'CreatePack',
      variables: { input: { name: 'baseline', description: 'CIS', platform: null, disabled: null, hostIds: ['12'], labelIds: ['4', '6'], teamIds: null } },
    }])
    assert.equal(sent.authorization, BEARER)
    assert.deepEqual(body, { pack: { ...fleetPack, description: 'CIS', platform: 'darwin' } })
  })

  it('omits an empty description and platform, as Go\'s omitempty does', async () => {
    rest.answer(GetPackDocument, { pack: pack() })
    const body = await rest.doJSON<{ pack: Record<string, unknown> }>('GET', '/api/v1/fleet/packs/3', undefined, 200)
    rest.expectSent([{ operationName: 'GetPack', variables: { id: '3' } }])
    assert.deepEqual(body, { pack: fleetPack })
    assert.ok(!('description' in body.pack) && !('platform' in body.pack))
  })

  it('PATCH /packs/{id} sends only the id from the path and what the body holds (the rest null)', async () => {
    rest.answer(ModifyPackDocument, { updatePack: pack({ disabled: true }) })
    const body = await rest.doJSON('PATCH', '/api/2022-04/fleet/packs/3', { disabled: true, team_ids: [2] }, 200)
    rest.expectSent([{
      operationName: 'ModifyPack',
      variables: { id: '3', input: { name: null, description: null, platform: null, disabled: true, hostIds: null, labelIds: null, teamIds: ['2'] } },
    }])
    assert.deepEqual(body, { pack: { ...fleetPack, disabled: true } })
  })

  it('GET /packs passes Fleet\'s list options as the filter', async () => {
    rest.answer(ListPacksDocument, { packList: [pack(), pack({ id: '4', name: 'second' })] })
    const body = await rest.doJSON<{ packs: { id: number }[] }>('GET', '/api/latest/fleet/packs?page=1&per_page=10&order_key=name&order_direction=desc&query=alp', undefined, 200)
    rest.expectSent([{ operationName: 'ListPacks', variables: { filter: { search: 'alp', orderKey: 'name', orderDirection: 'desc', page: 1, perPage: 10 } } }])
    assert.deepEqual(body.packs.map((p) => p.id), [3, 4])
  })

  it('DELETE /packs/{name} and /packs/id/{id} answer {}', async () => {
    rest.answer(DeletePackDocument, { deletePack: true })
    rest.answer(DeletePackByIdDocument, { deletePackById: true })
    assert.deepEqual(await rest.doJSON('DELETE', '/api/latest/fleet/packs/with%20space', undefined, 200), {})
    assert.deepEqual(await rest.doJSON('DELETE', '/api/latest/fleet/packs/id/3', undefined, 200), {})
    rest.expectSent([
      { operationName: 'DeletePack', variables: { name: 'with space' } },
      { operationName: 'DeletePackById', variables: { id: '3' } },
    ])
  })

  it('maps registry errors to Fleet\'s status and body: NOT_FOUND → 404, ALREADY_EXISTS → 409', async () => {
    rest.fail(GetPackDocument, notFound('pack', 9))
    assertFleetError(await rest.doJSON('GET', '/api/latest/fleet/packs/9', undefined, 404),
      'Resource Not Found', [{ name: 'base', reason: 'pack 9 was not found in the datastore' }])
    rest.fail(CreatePackDocument, alreadyExists('pack', 'baseline'))
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/packs', { name: 'baseline' }, 409),
      'Resource Already Exists', [{ name: 'base', reason: 'pack baseline already exists' }])
  })

  it('refuses bad input before any operation: non-numeric id 404, id past 32 bits 400, bad body 400, no body 400', async () => {
    await rest.doJSON('GET', '/api/latest/fleet/packs/abc', undefined, 404)
    assertFleetError(await rest.doJSON('GET', '/api/latest/fleet/packs/4294967296', undefined, 400),
      'Bad request', [{ name: 'id', reason: 'must be at most 2147483647' }])
    const tooLong = await rest.doJSON('POST', '/api/latest/fleet/packs', { name: 'x'.repeat(256) }, 400)
    assert.equal((tooLong as { errors: { name: string }[] }).errors[0].name, 'name')
    const badIds = await rest.doJSON('POST', '/api/latest/fleet/packs', { name: 'p', host_ids: [0] }, 400)
    assert.equal((badIds as { errors: { name: string }[] }).errors[0].name, 'host_ids.0')
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/packs', undefined, 400), 'Bad request', [{ name: 'base', reason: 'Expected JSON Body' }])
    await rest.doJSON('GET', '/api/v9/fleet/packs', undefined, 404)
    assert.deepEqual(rest.sent, [])
  })
})
