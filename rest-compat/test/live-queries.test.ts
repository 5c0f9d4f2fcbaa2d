// REST contract: live queries and campaigns (spec "Live query"): status
// checks, target search and count, running a query by ids or by names.
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FleetError, forbidden, notFound } from '@fleetgraph/subgraph-kit/errors'
import {
  CountTargetsDocument, LiveQueryStatusDocument, ResultStoreStatusDocument, RunLiveQueryDocument, RunSavedQueryDocument, SearchHostsDocument,
  SelectDocument,
} from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'
import { campaign, fleetHost, host, T0 } from './support/fixtures.js'

const fleetCampaign = {
  created_at: T0, updated_at: T0,
  Metrics: { TotalHosts: 3, OnlineHosts: 2, OfflineHosts: 1, MissingInActionHosts: 0, NewHosts: 1 },
  id: 55, query_id: 9, status: 0, user_id: 1,
}

describe('REST live queries', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('status routes answer {} when the check passes; FORBIDDEN (disabled) is a 403, SERVICE_UNAVAILABLE a 503', async () => {
    rest.answer(LiveQueryStatusDocument, { liveQueryStatus: true })
    rest.answer(ResultStoreStatusDocument, { resultStoreStatus: true })
    assert.deepEqual(await rest.doJSON('GET', '/api/latest/fleet/status/live_query', undefined, 200), {})
    assert.deepEqual(await rest.doJSON('GET', '/api/latest/fleet/status/result_store', undefined, 200), {})
    rest.expectSent([{ operationName: 'LiveQueryStatus', variables: undefined }, { operationName: 'ResultStoreStatus', variables: undefined }])
    rest.fail(LiveQueryStatusDocument, forbidden('live queries are disabled'))
    assertFleetError(await rest.doJSON('GET', '/api/latest/fleet/status/live_query', undefined, 403), 'Permission Denied', [{ name: 'base', reason: 'live queries are disabled' }])
    rest.fail(ResultStoreStatusDocument, new FleetError('SERVICE_UNAVAILABLE', 'result store unavailable'))
    assertFleetError(await rest.doJSON('GET', '/api/latest/fleet/status/result_store', undefined, 503), 'result store unavailable', [{ name: 'base', reason: 'result store unavailable' }])
  })

  it('POST /queries/run with SQL runs RunLiveQuery on the selected ids (as GraphQL IDs)', async () => {
    rest.answer(RunLiveQueryDocument, { campaign: campaign() })
    const body = await rest.doJSON('POST', '/api/latest/fleet/queries/run', { query: 'SELECT 1', selected: { hosts: [12], labels: [], teams: [7] } }, 200)
    rest.expectSent([{ operationName: 'RunLiveQuery', variables: { sql: 'SELECT 1', targets: { hostIds: ['12'], labelIds: [], teamIds: ['7'] } } }])
    assert.deepEqual(body, { campaign: fleetCampaign })
  })

  it('POST /queries/run with query_id runs the saved query instead', async () => {
    rest.answer(RunSavedQueryDocument, { campaign: campaign({ userId: null }) })
    const body = await rest.doJSON('POST', '/api/v1/fleet/queries/run', { query: 'ignored', query_id: 9, selected: { labels: [1] } }, 200)
    rest.expectSent([{ operationName: 'RunSavedQuery', variables: { queryId: '9', targets: { hostIds: [], labelIds: ['1'], teamIds: [] } } }])
    assert.deepEqual(body, { campaign: { ...fleetCampaign, user_id: null } })
  })

  it('POST /queries/run_by_names (and run_by_identifiers) resolves names first, then runs on the ids', async () => {
    rest.answer(SelectDocument, { selectionByNames: { hostIds: ['12', '13'], labelIds: ['4'], teamIds: [] } })
    rest.answer(RunLiveQueryDocument, { campaign: campaign() })
    for (const route of ['run_by_names', 'run_by_identifiers']) {
      const body = await rest.doJSON('POST', `/api/latest/fleet/queries/${route}`, { query: 'SELECT 1', selected: { hosts: ['mac-01', 'UUID-2'], labels: ['macOS'] } }, 200)
      assert.deepEqual(body, { campaign: fleetCampaign })
      rest.expectSent([
        { operationName: 'Select', variables: { hosts: ['mac-01', 'UUID-2'], labels: ['macOS'] } },
        { operationName: 'RunLiveQuery', variables: { sql: 'SELECT 1', targets: { hostIds: ['12', '13'], labelIds: ['4'], teamIds: [] } } },
      ])
    }
  })

  it('an unknown host name fails the resolution (the registry\'s 400) and nothing runs', async () => {
    rest.fail(SelectDocument, new FleetError('BAD_REQUEST', 'no host named nope'))
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/queries/run_by_names', { query: 'SELECT 1', selected: { hosts: ['nope'] } }, 400),
      'Bad request', [{ name: 'base', reason: 'no host named nope' }])
    rest.expectSent([{ operationName: 'Select', variables: { hosts: ['nope'], labels: [] } }])
  })

  it('refuses malformed selections (400) before any operation', async () => {
    const a = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/queries/run', { query: 'SELECT 1', selected: { hosts: ['12'] } }, 400)
    assert.equal(a.errors[0].name, 'selected.hosts.0')
    const b = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/queries/run', { query: 'SELECT 1', selected: { hosts: [-1] } }, 400)
    assert.equal(b.errors[0].name, 'selected.hosts.0')
    await rest.doJSON('POST', '/api/latest/fleet/queries/run_by_names', { selected: { hosts: [12] } }, 400)
    assert.deepEqual(rest.sent, [])
  })

  it('POST /targets/count answers Fleet\'s counts; POST /hosts/search answers {hosts}', async () => {
    rest.answer(CountTargetsDocument, { countTargets: { count: 3, online: 2, offline: 1 } })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/targets/count', { selected: { hosts: [12] } }, 200),
      { targets_count: 3, targets_online: 2, targets_offline: 1 })
    rest.answer(SearchHostsDocument, { searchHosts: [host()] })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/hosts/search', { query: 'mac', excluded_host_ids: [13] }, 200), { hosts: [fleetHost] })
    await rest.doJSON('POST', '/api/latest/fleet/hosts/search', {}, 200)
    rest.answer(CountTargetsDocument, { countTargets: { count: 1, online: 1, offline: 0 } })
    await rest.doJSON('POST', '/api/latest/fleet/targets/count', { selected: { hosts: [12] }, report_id: 5 }, 200)
    rest.answer(SearchHostsDocument, { searchHosts: [] })
    await rest.doJSON('POST', '/api/latest/fleet/hosts/search', { query_id: 5 }, 200)
    rest.expectSent([
      { operationName: 'CountTargets', variables: { targets: { hostIds: ['12'], labelIds: [], teamIds: [] }, queryId: null } },
      { operationName: 'SearchHosts', variables: { q: 'mac', ex: ['13'], queryId: null } },
      { operationName: 'SearchHosts', variables: { q: '', ex: [], queryId: null } },
      { operationName: 'CountTargets', variables: { targets: { hostIds: ['12'], labelIds: [], teamIds: [] }, queryId: '5' } },
      { operationName: 'SearchHosts', variables: { q: '', ex: [], queryId: '5' } },
    ])
  })

  it('a saved query that does not exist is the registry\'s 404', async () => {
    rest.fail(RunSavedQueryDocument, notFound('query', 9))
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/queries/run', { query_id: 9, selected: {} }, 404),
      'Resource Not Found', [{ name: 'base', reason: 'query 9 was not found in the datastore' }])
  })

  it('GET /results/info tells SockJS clients the websocket transport is there, without any operation', async () => {
    const body = await rest.doJSON<{ websocket: boolean; cookie_needed: boolean; origins: string[]; entropy: number }>('GET', '/api/latest/fleet/results/info', undefined, 200)
    assert.deepEqual({ ...body, entropy: 0 }, { websocket: true, cookie_needed: false, origins: ['*:*'], entropy: 0 })
    assert.ok(Number.isInteger(body.entropy))
    assert.deepEqual(rest.sent, [])
  })
})
