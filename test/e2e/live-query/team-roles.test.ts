// Live queries by team users (Premium), as Fleet's policy.rego allows them: a team's admins and
// maintainers run new and saved queries on their team's hosts; its observers run only saved queries
// that let observers run them. Hosts of other teams (or of no team) are never targeted for them.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { createTeamUser, enrollHost, setupInstance } from '../../support/fleet.js'

const V = '/api/latest/fleet'

describe('live queries by team users', () => {
  let stack: TestStack
  let base: string
  let admin: string, teamMaintainer: string, teamObserver: string
  let teamId: number, closedQuery: number, openQuery: number
  const ids: Record<string, number> = {}

  const run = (token: string, body: unknown, status: number) => doJSON(base, 'POST', `${V}/queries/run`, body, status, token)

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    teamId = (await doJSON(base, 'POST', `${V}/spec/teams`, { specs: [{ name: 'Web', secrets: [{ secret: 'web-secret' }] }] }, 200, admin)).body.team_ids_by_name.Web
    await enrollHost(base, 'global.local')
    for (const h of ['web-1.local', 'web-2.local']) {
      await doJSON(base, 'POST', '/api/v1/osquery/enroll', { enroll_secret: 'web-secret', host_identifier: `id-${h}`, host_details: { system_info: { hostname: h, uuid: `uuid-${h}` } } }, 200)
    }
    for (const h of (await gql(base, '{ hostList { id: databaseId hostname } }', undefined, admin)).data!.hostList) ids[h.hostname] = Number(h.id)
    teamMaintainer = await createTeamUser(base, admin, teamId, 'maintainer')
    teamObserver = await createTeamUser(base, admin, teamId, 'observer')
    const create = async (name: string, observerCanRun: boolean) => Number((await gql(base,
      'mutation($i: CreateSavedQueryInput!) { createSavedQuery(input: $i) { id: databaseId } }', { i: { name, query: 'SELECT 1', observerCanRun } }, admin)).data!.createSavedQuery.id)
    closedQuery = await create('maintainers only', false)
    openQuery = await create('observers too', true)
  })
  after(async () => { await stack.stop() })

  it("a team maintainer runs new SQL and any saved query on the team's hosts only", async () => {
    const allHosts = { hosts: Object.values(ids) }
    const adHoc = await run(teamMaintainer, { query: 'SELECT 2', selected: allHosts }, 200)
    assert.equal(adHoc.body.campaign.Metrics.TotalHosts, 2, "the team's two hosts, not the host in no team")
    const saved = await run(teamMaintainer, { query_id: closedQuery, selected: { teams: [teamId] } }, 200)
    assert.equal(saved.body.campaign.Metrics.TotalHosts, 2)
    const byName = await doJSON(base, 'POST', `${V}/queries/run_by_identifiers`, { query: 'SELECT 3', selected: { hosts: ['web-1.local', 'global.local'] } }, 200, teamMaintainer)
    assert.equal(byName.body.campaign.Metrics.TotalHosts, 1)
    // only hosts it may not target: nothing to run on
    assert.equal((await run(teamMaintainer, { query: 'SELECT 2', selected: { hosts: [ids['global.local']] } }, 400)).body.errors[0].reason, 'no hosts targeted')
  })

  it('a team observer runs only saved queries that let observers run them, on its team\'s hosts', async () => {
    assertFleetError((await run(teamObserver, { query: 'SELECT 2', selected: { teams: [teamId] } }, 403)).body, 'Permission Denied')
    assertFleetError((await run(teamObserver, { query_id: closedQuery, selected: { teams: [teamId] } }, 403)).body, 'Permission Denied')
    const open = await run(teamObserver, { query_id: openQuery, selected: { hosts: Object.values(ids) } }, 200)
    assert.equal(open.body.campaign.Metrics.TotalHosts, 2)
  })
})
