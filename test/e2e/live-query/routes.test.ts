// Spec "Live query": status checks, target counts, run by ids and by names.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

describe('live query routes', () => {
  let stack: TestStack
  let base: string
  let admin: string, observer: string
  const ids: Record<string, number> = {}
  let allHosts: number

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    for (const h of ['one.local', 'two.local', 'three.local']) await enrollHost(base, h)
    for (const h of (await gql(base, '{ hostList { id: databaseId hostname } }', undefined, admin)).data!.hostList) ids[h.hostname] = Number(h.id)
    allHosts = Number((await gql(base, '{ labelList { id: databaseId name } }', undefined, admin)).data!.labelList.find((l: any) => l.name === 'All Hosts').id)
    await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [{ name: 'saved', query: 'SELECT 7' }] }, 200, admin)
  })
  after(async () => { await stack.stop() })

  it('status routes answer {} to logged-in users and 401 otherwise', async () => {
    assert.deepEqual((await doJSON(base, 'GET', '/api/v1/fleet/status/live_query', undefined, 200, observer)).body, {})
    assert.deepEqual((await doJSON(base, 'GET', '/api/latest/fleet/status/result_store', undefined, 200, observer)).body, {})
    assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/status/live_query', undefined, 401)).body)
  })

  it('searches hosts: at most 10, newest first, by hostname, with exclusions', async () => {
    const all = await doJSON(base, 'POST', '/api/latest/fleet/hosts/search', {}, 200, admin)
    // observers target hosts only with a saved query they may run (query_id): test/e2e/fleet-clients/inputs.test.ts
    assert.deepEqual((await doJSON(base, 'POST', '/api/latest/fleet/hosts/search', {}, 200, observer)).body, { hosts: [] })
    assert.deepEqual(all.body.hosts.map((h: any) => h.hostname), ['three.local', 'two.local', 'one.local'])
    for (const k of ['id', 'hostname', 'uuid', 'platform', 'os_version', 'status', 'display_text', 'seen_time', 'primary_ip', 'memory', 'cpu_brand']) assert.ok(k in all.body.hosts[0], k)
    const one = await doJSON(base, 'POST', '/api/v1/fleet/hosts/search', { query: 'ONE.loc' }, 200, admin)
    assert.deepEqual(one.body.hosts.map((h: any) => h.hostname), ['one.local'])
    const ex = await doJSON(base, 'POST', '/api/v1/fleet/hosts/search', { excluded_host_ids: [ids['one.local']] }, 200, admin)
    assert.equal(ex.body.hosts.length, 2)
    assert.deepEqual((await doJSON(base, 'POST', '/api/v1/fleet/hosts/search', { query: 'nothing-matches' }, 200, admin)).body, { hosts: [] })
    await doJSON(base, 'POST', '/api/v1/fleet/hosts/search', {}, 401)
  })

  it('counts targets by Fleet\'s selection rules', async () => {
    const count = async (selected: unknown) => (await doJSON(base, 'POST', '/api/latest/fleet/targets/count', { selected }, 200, admin)).body
    assert.deepEqual(await count({}), { targets_count: 0, targets_online: 0, targets_offline: 0 })
    assert.equal((await count({ labels: [allHosts] })).targets_count, 3)
    assert.equal((await count({ hosts: [ids['one.local']] })).targets_count, 1)
    assert.equal((await count({ teams: [0] })).targets_count, 3, 'team 0 means hosts in no team')
    assert.equal((await count({ teams: [999] })).targets_count, 0)
    assert.equal((await count({ teams: [999], hosts: [ids['two.local']] })).targets_count, 1, 'listed hosts are always in')
    const c = await count({ labels: [allHosts] })
    assert.equal(c.targets_online + c.targets_offline, 3)
  })

  it('runs a saved query by query_id; unknown ids are 404; observers need observer_can_run', async () => {
    const queryId = Number((await gql(base, '{ savedQuery(name: "saved") { id: databaseId } }', undefined, admin)).data!.savedQuery.id)
    const r = await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query_id: queryId, selected: { hosts: [ids['one.local']] } }, 200, admin)
    assert.equal(r.body.campaign.query_id, queryId)
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query_id: 999999, selected: { hosts: [ids['one.local']] } }, 404, admin)).body, 'Resource Not Found')
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query_id: queryId, selected: { hosts: [ids['one.local']] } }, 403, observer)).body, 'Permission Denied')
  })

  it('runs by names: hosts by hostname (unknown ones ignored), labels by name (unknown ones a 400)', async () => {
    const r = await doJSON(base, 'POST', '/api/v1/fleet/queries/run_by_names', { query: 'SELECT 1', selected: { hosts: ['two.local', 'ghost.local'] } }, 200, admin)
    assert.equal(r.body.campaign.Metrics.TotalHosts, 1)
    const byLabel = await doJSON(base, 'POST', '/api/latest/fleet/queries/run_by_identifiers', { query: 'SELECT 1', selected: { labels: ['All Hosts'] } }, 200, admin)
    assert.equal(byLabel.body.campaign.Metrics.TotalHosts, 3)
    const bad = await doJSON(base, 'POST', '/api/v1/fleet/queries/run_by_names', { query: 'SELECT 1', selected: { labels: ['Nope', 'Neither'] } }, 400, admin)
    assert.equal(bad.body.errors[0].reason, 'Invalid label name(s): Nope, Neither.')
    const none = await doJSON(base, 'POST', '/api/v1/fleet/queries/run_by_names', { query: 'SELECT 1', selected: { hosts: ['ghost.local'] } }, 400, admin)
    assert.equal(none.body.errors[0].reason, 'no hosts targeted')
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/queries/run_by_names', { query: 'SELECT 1', selected: { hosts: 'two.local' } }, 400, admin)).body)
  })
})
