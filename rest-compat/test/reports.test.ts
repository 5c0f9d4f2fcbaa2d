// REST contract: reports (saved queries; Fleet's "queries" before 2026) — list and get, both spellings.
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { GetReportDocument, ListReportsDocument, type FleetReportFragment } from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'

const report = (over: Partial<FleetReportFragment> = {}): FleetReportFragment => ({
  id: 8, name: 'uptime', description: '', query: 'SELECT * FROM uptime', observerCanRun: true, platform: '', interval: 0,
  minOsqueryVersion: '', logging: 'snapshot', createdAt: '2026-01-02T03:04:05.678Z', updatedAt: '2026-01-02T03:04:05.678Z',
  author: { id: 1, name: 'Admin', email: 'admin@example.com' }, ...over,
})

describe('REST reports', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('GET /reports and /queries pass the list options as the filter and answer under both keys', async () => {
    for (const path of ['reports', 'queries']) {
      rest.answer(ListReportsDocument, { savedQueryList: [report()], savedQueryCount: 3 })
      const body = await rest.doJSON<any>('GET', `/api/latest/fleet/${path}?query=up&order_key=name&order_direction=desc&page=1&per_page=1&fleet_id=4&merge_inherited=1&platform=macos`, undefined, 200)
      assert.deepEqual(body.queries, body.reports)
      assert.deepEqual(body.reports[0], {
        created_at: '2026-01-02T03:04:05Z', updated_at: '2026-01-02T03:04:05Z', id: 8, team_id: null, fleet_id: null, interval: 0, platform: '',
        min_osquery_version: '', automations_enabled: false, logging: 'snapshot', name: 'uptime', description: '', query: 'SELECT * FROM uptime',
        saved: true, observer_can_run: true, discard_data: false, author_id: 1, author_name: 'Admin', author_email: 'admin@example.com',
      })
      assert.deepEqual([body.count, body.inherited_query_count, body.inherited_report_count], [3, 3, 3])
      assert.deepEqual(body.meta, { has_next_results: true, has_previous_results: true })
      rest.expectSent([{ operationName: 'ListReports', variables: { filter: {
        search: 'up', platform: 'macos', orderKey: 'name', orderDirection: 'desc', page: 1, perPage: 1, teamId: '4', mergeInherited: true,
      } } }])
      rest.reset()
    }
  })

  it('team_id and fleet_id are one parameter: either is read, both at once a 400', async () => {
    rest.answer(ListReportsDocument, { savedQueryList: [], savedQueryCount: 0 })
    await rest.doJSON('GET', '/api/latest/fleet/queries?team_id=4', undefined, 200)
    rest.expectSent([{ operationName: 'ListReports', variables: { filter: {
      search: null, platform: null, orderKey: null, orderDirection: null, page: null, perPage: null, teamId: '4', mergeInherited: false,
    } } }])
    assertFleetError(await rest.doJSON('GET', '/api/latest/fleet/reports?team_id=4&fleet_id=4', undefined, 400), 'Bad request',
      [{ name: 'fleet_id', reason: 'Specify only one of "team_id" or "fleet_id"' }])
  })

  it('GET /reports/{id} answers {query, report}', async () => {
    rest.answer(GetReportDocument, { savedQueryById: report({ author: null }) })
    const body = await rest.doJSON<any>('GET', '/api/latest/fleet/reports/8', undefined, 200)
    assert.deepEqual(body.query, body.report)
    assert.deepEqual([body.report.author_id, body.report.author_name], [null, ''])
    rest.expectSent([{ operationName: 'GetReport', variables: { id: '8' } }])
  })
})
