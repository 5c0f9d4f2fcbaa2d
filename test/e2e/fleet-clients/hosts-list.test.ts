// GET /api/{version}/fleet/hosts, Fleet's host list: what `fleetctl get hosts` reads (GetHosts in
// server/service/client_hosts.go decodes `{hosts: [HostResponse]}`) and the Fleet UI's host table
// pages through. Fleet's list options (page from 0, per_page, order_key, order_direction, query) and
// its host filters (status, team_id / fleet_id, policy_id with policy_response), each answer checked
// against the served OpenAPI document.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, checkAnswersAgainstOpenApi, doJSON, gql, waitFor } from '../../support/client.js'
import { createTeamUser, createUser, enrollHost, setupInstance } from '../../support/fleet.js'
import { fleetctlClient } from '../../support/go-clients.js'

const V = '/api/latest/fleet'

describe('GET /hosts (fleetctl get hosts, the Fleet UI host list)', () => {
  let stack: TestStack
  let base: string
  let admin: string, observer: string, teamObserver: string
  let teamId: number, policyId: number
  const keys: Record<string, string> = {}
  const list = async (qs = '', token = admin, status = 200) => doJSON(base, 'GET', `${V}/hosts${qs}`, undefined, status, token)
  const names = async (qs = '', token = admin) => (await list(qs, token)).body.hosts.map((h: any) => h.hostname)

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    await checkAnswersAgainstOpenApi(base, /^\/api\/(v1|latest)\/fleet\//)
    const team = await doJSON(base, 'POST', `${V}/spec/teams`, { specs: [{ name: 'Servers', secrets: [{ secret: 'servers-secret' }] }] }, 200, admin)
    teamId = team.body.team_ids_by_name.Servers
    // enrolled out of hostname order: the default order (id) and hostname order differ
    for (const h of ['hl-charlie', 'hl-alpha', 'hl-bravo']) keys[h] = await enrollHost(base, h)
    for (const h of ['hl-team-2', 'hl-team-1']) {
      keys[h] = (await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
        enroll_secret: 'servers-secret', host_identifier: `id-${h}`, platform_type: 'darwin',
        host_details: { system_info: { hostname: h, uuid: `uuid-${h}` }, os_version: { platform: 'darwin' }, osquery_info: { version: '5.12.1' } },
      }, 200)).body.node_key
    }
    teamObserver = await createTeamUser(base, admin, teamId, 'observer')
    // a policy hl-alpha passes and hl-bravo fails
    await doJSON(base, 'POST', `${V}/spec/policies`, { specs: [{ name: 'disk encrypted', query: 'SELECT 1' }] }, 200, admin)
    policyId = Number((await gql(base, '{ policyList { id: databaseId } }', undefined, admin)).data!.policyList[0].id)
    const q = `fleet_policy_query_${policyId}`
    for (const [h, rows] of [['hl-alpha', [{ 1: '1' }]], ['hl-bravo', []]] as const) {
      await doJSON(base, 'POST', '/api/v1/osquery/distributed/write', { node_key: keys[h], queries: { [q]: rows }, statuses: { [q]: 0 }, messages: {} }, 200)
    }
  })
  after(async () => { await stack.stop() })

  it('answers fleetctl get hosts: every host, in enrollment order, in the shape GetHosts decodes', async () => {
    const fleetctl = fleetctlClient(base, admin)
    const hosts = (await fleetctl.send('GET', `${V}/hosts`)).body.hosts
    assert.deepEqual(hosts.map((h: any) => h.hostname), ['hl-charlie', 'hl-alpha', 'hl-bravo', 'hl-team-2', 'hl-team-1'])
    const team1 = hosts.find((h: any) => h.hostname === 'hl-team-1')
    assert.deepEqual([team1.uuid, team1.platform, team1.osquery_version, team1.status, team1.team_id, team1.team_name],
      ['uuid-hl-team-1', 'darwin', '5.12.1', 'new', teamId, 'Servers'])
    assert.equal(hosts[0].team_name, null)
    assert.equal(hosts[0].display_text, 'hl-charlie')
    // `fleetctl get hosts --team` (and the 2026 spelling)
    const teams = (await fleetctl.send('GET', `${V}/hosts`, undefined, 200, { team_id: String(teamId) })).body.hosts
    assert.deepEqual(teams.map((h: any) => h.hostname), ['hl-team-2', 'hl-team-1'])
    assert.deepEqual(await names(`?fleet_id=${teamId}`), ['hl-team-2', 'hl-team-1'])
    assert.deepEqual(await names('?team_id=0'), ['hl-charlie', 'hl-alpha', 'hl-bravo'], 'team_id=0: hosts in no team')
    assertFleetError((await list(`?team_id=${teamId}&fleet_id=${teamId}`, admin, 400)).body)
    assert.deepEqual(await names(`?team_id=${teamId + 1000}`), [])
    // the v1 prefix serves the same list
    assert.equal((await doJSON(base, 'GET', '/api/v1/fleet/hosts', undefined, 200, admin)).body.hosts.length, 5)
  })

  it("sorts and pages with Fleet's list options", async () => {
    assert.deepEqual(await names('?order_key=hostname'), ['hl-alpha', 'hl-bravo', 'hl-charlie', 'hl-team-1', 'hl-team-2'])
    assert.deepEqual(await names('?order_key=hostname&order_direction=desc'), ['hl-team-2', 'hl-team-1', 'hl-charlie', 'hl-bravo', 'hl-alpha'])
    assert.deepEqual(await names('?order_key=id&order_direction=desc'), ['hl-team-1', 'hl-team-2', 'hl-bravo', 'hl-alpha', 'hl-charlie'])
    assert.deepEqual(await names('?order_key=display_name&per_page=2'), ['hl-alpha', 'hl-bravo'])
    assert.deepEqual(await names('?order_key=hostname&per_page=2&page=1'), ['hl-charlie', 'hl-team-1'])
    assert.deepEqual(await names('?order_key=hostname&per_page=2&page=2'), ['hl-team-2'])
    assert.deepEqual(await names('?order_key=hostname&per_page=2&page=3'), [])
    // a page without per_page: Fleet's default of 20 per page
    assert.equal((await names('?page=0')).length, 5)
    assert.deepEqual(await names('?page=1'), [])
    assert.equal((await names('?page=')).length, 5, 'an empty page is no page')
    // by status (online before new), then hostname: the two hosts that answered the policy are online
    const byStatus = ['hl-alpha', 'hl-bravo', 'hl-charlie', 'hl-team-1', 'hl-team-2']
    await waitFor(async () => JSON.stringify(await names('?order_key=status')) === JSON.stringify(byStatus))
    assert.deepEqual(await names('?order_key=status&order_direction=desc'), [...byStatus].reverse())
    for (const key of ['seen_time', 'last_enrolled_at']) assert.equal((await names(`?order_key=${key}`)).length, 5, key)
  })

  it('filters by search text, status and policy answer', async () => {
    assert.deepEqual(await names('?query=BRAVO'), ['hl-bravo'])
    assert.deepEqual(await names('?query=uuid-hl-team'), ['hl-team-2', 'hl-team-1'])
    assert.deepEqual(await names('?query=%20%20'), (await names()), 'blank text does not filter')
    await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: keys['hl-charlie'] }, 200)
    await waitFor(async () => (await names('?status=online')).includes('hl-charlie'))
    assert.ok(!(await names('?status=new')).includes('hl-charlie'))
    assert.deepEqual(await names('?status=mia'), [])
    assert.deepEqual(await names('?status=missing'), [], 'Fleet\'s older name for mia')
    assert.deepEqual(await names(`?policy_id=${policyId}`), ['hl-alpha', 'hl-bravo'])
    assert.deepEqual(await names(`?policy_id=${policyId}&policy_response=passing`), ['hl-alpha'])
    assert.deepEqual(await names(`?policy_id=${policyId}&policy_response=failing`), ['hl-bravo'])
  })

  it('lists only the hosts the caller can see: observers all, team users their teams\', no token 401', async () => {
    assert.equal((await list('', observer)).body.hosts.length, 5)
    assert.deepEqual(await names('', teamObserver), ['hl-team-2', 'hl-team-1'])
    assert.deepEqual(await names('?team_id=0', teamObserver), [])
    assertFleetError((await doJSON(base, 'GET', `${V}/hosts`, undefined, 401)).body)
  })

  it('refuses bad list options with a 400 in Fleet\'s shape, and hostile ones cost nothing', async () => {
    for (const qs of [
      '?per_page=0', '?per_page=10001', '?per_page=-1', '?per_page=1e3', '?page=x', '?order_key=memory', '?order_key=constructor', '?order_key=__proto__',
      '?order_direction=desc', '?order_key=hostname&order_direction=up', '?status=gone', '?team_id=-1', `?policy_response=passing`,
      '?policy_response=maybe&policy_id=1', `?query=${'x'.repeat(1_025)}`, '?team_id=99999999999',
    ]) {
      const r = await list(qs, admin, 400)
      assertFleetError(r.body)
    }
    assert.match((await list('?order_direction=desc', admin, 400)).body.errors[0].reason, /order_key must be specified with order_direction/)
    assert.match((await list('?policy_response=passing', admin, 400)).body.errors[0].reason, /policy_id/)
    // the last page an int can name: empty, at once
    assert.deepEqual((await list('?page=2147483647&per_page=10000')).body, { hosts: [] })
    // unknown parameters are ignored, as Fleet ignores them
    assert.equal((await list('?populate_software=true&device_mapping=true&mdm_id=3')).body.hosts.length, 5)
  })

  it('has a GraphQL twin: hostList with filter, orderBy (ID too) and a numbered page; the hosts connection sorts by ID', async () => {
    const r = await gql(base, `{ hostList(filter: { teamId: "${teamId}" }, orderBy: { field: ID, direction: DESC }, page: 0, perPage: 1) { hostname } }`, undefined, admin)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    assert.deepEqual(r.data.hostList, [{ hostname: 'hl-team-1' }])
    const bad = await gql(base, '{ hostList(perPage: 10001) { hostname } }', undefined, admin)
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_REQUEST')
    const c = await gql(base, '{ hosts(first: 2, orderBy: { field: ID }) { nodes { hostname } pageInfo { endCursor } } }', undefined, admin)
    assert.deepEqual(c.data.hosts.nodes.map((h: any) => h.hostname), ['hl-charlie', 'hl-alpha'])
    const next = await gql(base, 'query($a: String) { hosts(first: 5, after: $a, orderBy: { field: ID }) { nodes { hostname } } }', { a: c.data.hosts.pageInfo.endCursor }, admin)
    assert.deepEqual(next.data.hosts.nodes.map((h: any) => h.hostname), ['hl-bravo', 'hl-team-2', 'hl-team-1'])
  })
})
