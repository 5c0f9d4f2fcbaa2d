// Kibana's agents over FleetDM's hosts (issue 14, ADR 0013): the agent list with its kuery fields,
// paging guard and status summary; one agent; agent_status; tags; reassign (Fleet's host transfer);
// unenroll (credentials revoked: the next check-in is refused); the action ledger; uploads; roles; and
// hostile input answered with 400s. Hosts enroll and check in through the osquery remote API.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, eventually, gql, waitFor, checkAnswersAgainstOpenApi, KIBANA_API_PATHS } from '../../support/client.js'
import { createUser, ENROLL_SECRET, PASSWORD, setupInstance } from '../../support/fleet.js'

const XSRF = { 'kbn-xsrf': 'true' }
const DEFAULT_POLICY = 'fleet-default-policy'

async function enroll(base: string, hostname: string, platform: string, secret = ENROLL_SECRET): Promise<string> {
  const r = await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
    enroll_secret: secret, host_identifier: `id-${hostname}`, platform_type: platform === 'windows' ? 'windows' : platform === 'darwin' ? 'darwin' : 'linux',
    host_details: {
      system_info: { hostname, uuid: `uuid-${hostname}`, hardware_serial: `serial-${hostname}`, cpu_type: 'x86_64' },
      os_version: { name: platform === 'darwin' ? 'macOS' : platform === 'windows' ? 'Windows' : 'Ubuntu', version: '22.04', platform },
      osquery_info: { version: '5.10.2' },
    },
  }, 200)
  return r.body.node_key
}

/** One osquery check-in; the status code tells whether the node key is still good. */
const checkIn = (base: string, nodeKey: string, status = 200) => doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKey }, status)

describe('Kibana agents', () => {
  let stack: TestStack
  let base: string, admin: string, observer: string, serversMaintainer: string
  let servers: { id: number; policy: string }, laptops: { id: number; policy: string }
  const keys: Record<string, string> = {}
  const ids: Record<string, string> = {}

  const agents = async (query = '', token = admin) => (await doJSON(base, 'GET', `/api/fleet/agents${query}`, undefined, 200, token)).body
  const names = (body: { items: { local_metadata: { host: { hostname: string } } }[] }) => body.items.map((a) => a.local_metadata.host.hostname).sort()
  const kuery = async (k: string, extra = '') => names(await agents(`?perPage=100${extra}&kuery=${encodeURIComponent(k)}`))
  const teamOf = async (hostname: string) => {
    const r = await gql(base, 'query($a: [String!]!) { hostsByAgentIds(agentIds: $a) { teamId } }', { a: [ids[hostname]] }, admin)
    return r.data.hostsByAgentIds[0].teamId as number | null
  }
  const actions = async (query = '') => (await doJSON(base, 'GET', `/api/fleet/agents/action_status${query}`, undefined, 200, admin)).body.items

  before(async () => {
    // Teams (agent policies) are a Premium feature.
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    await checkAnswersAgainstOpenApi(base, KIBANA_API_PATHS)
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    await doJSON(base, 'POST', '/api/latest/fleet/spec/teams', { specs: [
      { name: 'Servers', secrets: [{ secret: 'servers-secret' }] }, { name: 'Laptops', secrets: [{ secret: 'laptops-secret' }] },
    ] }, 200, admin)
    const teams = (await gql(base, '{ teamList { databaseId name agentPolicyId } }', {}, admin)).data.teamList
    const team = (n: string) => { const t = teams.find((x: any) => x.name === n); return { id: t.databaseId, policy: t.agentPolicyId } }
    servers = team('Servers')
    laptops = team('Laptops')
    const email = `servers-${randomBytes(4).toString('hex')}@example.com`
    await doJSON(base, 'POST', '/api/latest/fleet/users/admin', { name: 'sm', email, password: PASSWORD, teams: [{ id: servers.id, role: 'maintainer' }] }, 200, admin)
    serversMaintainer = (await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)).body.token

    // idle-1 checks in once now and never again: by the last tests it is offline.
    keys['idle-1'] = await enroll(base, 'idle-1', 'ubuntu')
    keys['web-1'] = await enroll(base, 'web-1', 'ubuntu')
    keys['web-2'] = await enroll(base, 'web-2', 'debian')
    keys['mac-1'] = await enroll(base, 'mac-1', 'darwin', 'servers-secret')
    keys['win-1'] = await enroll(base, 'win-1', 'windows', 'laptops-secret')
    for (const k of Object.values(keys)) await checkIn(base, k)
    const all = await waitFor(async () => {
      const body = await agents('?perPage=100')
      return body.items.every((a: any) => a.last_checkin) && body.items.length === 5 && body
    })
    for (const a of all.items) ids[a.local_metadata.host.hostname] = a.id
  })
  after(async () => { await stack.stop() })

  it('lists agents in Kibana\'s envelope and shape, last enrolled first', async () => {
    const body = await agents()
    assert.deepEqual([body.total, body.page, body.perPage], [5, 1, 20])
    assert.deepEqual(body.items.map((a: any) => a.local_metadata.host.hostname), ['win-1', 'mac-1', 'web-2', 'web-1', 'idle-1'])
    const web1 = body.items.find((a: any) => a.id === ids['web-1'])
    assert.match(web1.id, /^[0-9a-f-]{36}$/)
    assert.deepEqual({ ...web1, enrolled_at: undefined, last_checkin: undefined }, {
      id: ids['web-1'], type: 'PERMANENT', active: true, enrolled_at: undefined, policy_id: DEFAULT_POLICY, policy_revision: null,
      last_checkin: undefined, last_checkin_status: 'online', status: 'online', tags: [], packages: ['osquery_manager'],
      local_metadata: {
        host: { hostname: 'web-1', name: 'web-1', id: 'uuid-web-1', architecture: 'x86_64', ip: [], mac: [] },
        os: { family: 'ubuntu', full: 'Ubuntu 22.04', kernel: '', name: 'Ubuntu', platform: 'linux', version: '22.04' },
        elastic: { agent: { id: ids['web-1'], version: '5.10.2', upgradeable: false, snapshot: false, log_level: 'info' } },
      },
      agent: { id: ids['web-1'], version: '5.10.2' }, components: [], user_provided_metadata: {},
    })
    assert.ok(!Number.isNaN(Date.parse(web1.enrolled_at)) && !Number.isNaN(Date.parse(web1.last_checkin)))
    assert.equal(body.items.find((a: any) => a.id === ids['mac-1']).policy_id, servers.policy)
    assert.equal(body.items.find((a: any) => a.id === ids['win-1']).local_metadata.os.platform, 'windows')
  })

  it('filters by every kuery field partner scripts use, with or without the fleet-agents. prefix', async () => {
    assert.deepEqual(await kuery(`fleet-agents.policy_id:"${servers.policy}"`), ['mac-1'])
    assert.deepEqual(await kuery(`policy_id:${DEFAULT_POLICY} and not hostname:idle-1`), ['web-1', 'web-2'])
    assert.deepEqual(await kuery('local_metadata.host.hostname:web-1'), ['web-1'])
    assert.deepEqual(await kuery('fleet-agents.local_metadata.host.hostname:web*'), ['web-1', 'web-2'])
    assert.deepEqual(await kuery('hostname:(mac-1 or win-1)'), ['mac-1', 'win-1'])
    assert.deepEqual(await kuery('local_metadata.os.platform:linux'), ['idle-1', 'web-1', 'web-2'])
    assert.deepEqual(await kuery('platform:darwin'), ['mac-1'])
    assert.deepEqual(await kuery(`agent.id:"${ids['web-2']}" or id:"${ids['win-1']}"`), ['web-2', 'win-1'])
    assert.deepEqual(await kuery('active:true and hostname:web-1'), ['web-1'])
    assert.deepEqual(await kuery('active:false'), [])
    assert.equal((await kuery('local_metadata.elastic.agent.version:5.10.2')).length, 5)
    assert.deepEqual(await kuery('local_metadata.elastic.agent.upgradeable:true'), [])
    assert.equal((await kuery('last_checkin >= now-1h')).length, 5)
    assert.deepEqual(await kuery('enrolled_at < now-1d'), [])
    assert.equal((await kuery('fleet-agents.status:online or status:offline')).length, 5)
    assert.deepEqual(await kuery('status:online and hostname:web-2'), ['web-2'])
    const bad = await doJSON(base, 'GET', '/api/fleet/agents?kuery=os:linux', undefined, 400, admin)
    assert.deepEqual(Object.keys(bad.body).sort(), ['error', 'message', 'statusCode'])
    assert.match(bad.body.message, /This key 'os' does NOT exist in fleet-agents saved object index patterns/)
  })

  it('pages from 1, sorts by Kibana\'s fields, refuses pages past 10,000 agents and counts by status', async () => {
    const seen: string[] = []
    for (const page of [1, 2, 3]) {
      const body = await agents(`?perPage=2&page=${page}&sortField=local_metadata.host.hostname&sortOrder=asc`)
      assert.deepEqual([body.page, body.perPage, body.total], [page, 2, 5])
      seen.push(...body.items.map((a: any) => a.local_metadata.host.hostname))
    }
    assert.deepEqual(seen, ['idle-1', 'mac-1', 'web-1', 'web-2', 'win-1'])
    const guard = await doJSON(base, 'GET', '/api/fleet/agents?page=5001&perPage=2', undefined, 400, admin)
    assert.equal(guard.body.message, 'You cannot use page and perPage page over 10000 agents')
    await doJSON(base, 'GET', '/api/fleet/agents?page=1&perPage=10000', undefined, 200, admin)
    await doJSON(base, 'GET', '/api/fleet/agents?sortField=nonsense', undefined, 400, admin)
    const summary = await agents('?getStatusSummary=true&perPage=0')
    assert.deepEqual(summary.items, [])
    assert.equal(Object.values(summary.statusSummary as Record<string, number>).reduce((a, b) => a + b, 0), 5)
    assert.equal((await agents()).statusSummary, undefined)
  })

  it('gets one agent, or a Boom 404 in Kibana\'s words', async () => {
    const r = await doJSON(base, 'GET', `/api/fleet/agents/${ids['mac-1']}`, undefined, 200, observer)
    assert.equal(r.body.item.id, ids['mac-1'])
    assert.equal(r.body.item.policy_id, servers.policy)
    const missing = await doJSON(base, 'GET', '/api/fleet/agents/no-such-agent', undefined, 404, admin)
    assert.deepEqual(missing.body, { statusCode: 404, error: 'Not Found', message: 'Agent no-such-agent not found' })
  })

  it('counts agents by status for agent_status, by policy and kuery', async () => {
    const all = (await doJSON(base, 'GET', '/api/fleet/agent_status', undefined, 200, observer)).body.results
    assert.equal(all.all, 5)
    assert.equal(all.active, 5)
    assert.equal(all.online + all.offline, 5)
    for (const k of ['events', 'error', 'other', 'updating', 'inactive', 'unenrolled']) assert.equal(all[k], 0, k)
    const one = (await doJSON(base, 'GET', `/api/fleet/agent_status?policyId=${servers.policy}`, undefined, 200, admin)).body.results
    assert.equal(one.all, 1)
    const two = (await doJSON(base, 'GET', `/api/fleet/agent_status?policyIds=${servers.policy}&policyIds=${laptops.policy}`, undefined, 200, admin)).body.results
    assert.equal(two.all, 2)
    const k = (await doJSON(base, 'GET', `/api/fleet/agent_status?kuery=${encodeURIComponent('hostname:web*')}`, undefined, 200, admin)).body.results
    assert.equal(k.all, 2)
  })

  it('replaces tags and metadata with PUT, adds and removes them in bulk (ids or kuery), lists them', async () => {
    const put = await doJSON(base, 'PUT', `/api/fleet/agents/${ids['web-1']}`, { tags: ['prod', 'eu'], user_provided_metadata: { owner: 'ops' } }, 200, admin, XSRF)
    assert.deepEqual(put.body.item.tags, ['prod', 'eu'])
    assert.deepEqual(put.body.item.user_provided_metadata, { owner: 'ops' })
    const byIds = await doJSON(base, 'POST', '/api/fleet/agents/bulk_update_agent_tags', { agents: [ids['web-2']], tagsToAdd: ['prod'] }, 200, admin, XSRF)
    assert.match(byIds.body.actionId, /^[0-9a-f-]{36}$/)
    await doJSON(base, 'POST', '/api/fleet/agents/bulk_update_agent_tags', { agents: 'tags:prod', tagsToAdd: ['web'], tagsToRemove: ['eu'] }, 200, admin, XSRF)
    const tagged = await agents(`?kuery=${encodeURIComponent('fleet-agents.tags:prod')}&sortField=hostname&sortOrder=asc`)
    assert.deepEqual(tagged.items.map((a: any) => [a.local_metadata.host.hostname, a.tags]), [['web-1', ['prod', 'web']], ['web-2', ['prod', 'web']]])
    assert.deepEqual((await doJSON(base, 'GET', '/api/fleet/agents/tags', undefined, 200, observer)).body, { items: ['prod', 'web'] })
    assert.deepEqual((await doJSON(base, 'GET', `/api/fleet/agents/tags?kuery=${encodeURIComponent('hostname:mac-1')}`, undefined, 200, admin)).body, { items: [] })
    assert.deepEqual(await kuery('tags:(web or nothing) and not tags:eu'), ['web-1', 'web-2'])
    const gq = await gql(base, 'query($a: String!) { agent(agentId: $a) { agentTags agentStatus userProvidedMetadata } }', { a: ids['web-1'] }, admin)
    assert.deepEqual(gq.data.agent.agentTags, ['prod', 'web'])
    assert.deepEqual(gq.data.agent.userProvidedMetadata, { owner: 'ops' })
  })

  it('reassigns one agent and many (ids and kuery) through Fleet\'s host transfer, synchronously', async () => {
    assert.deepEqual((await doJSON(base, 'POST', `/api/fleet/agents/${ids['web-1']}/reassign`, { policy_id: servers.policy }, 200, admin, XSRF)).body, {})
    assert.equal(await teamOf('web-1'), servers.id)
    const bulk = await doJSON(base, 'POST', '/api/fleet/agents/bulk_reassign', { policy_id: laptops.policy, agents: [ids['web-1'], ids['web-2']] }, 200, admin, XSRF)
    assert.match(bulk.body.actionId, /^[0-9a-f-]{36}$/)
    assert.equal(await teamOf('web-1'), laptops.id)
    assert.equal(await teamOf('web-2'), laptops.id)
    assert.deepEqual(await kuery(`policy_id:"${laptops.policy}"`), ['web-1', 'web-2', 'win-1'])
    await doJSON(base, 'POST', '/api/fleet/agents/bulk_reassign', { policy_id: DEFAULT_POLICY, agents: `policy_id:"${laptops.policy}" and hostname:web*` }, 200, admin, XSRF)
    assert.equal(await teamOf('web-1'), null)
    assert.equal(await teamOf('web-2'), null)
    // FleetDM's own host transfer moves the same hosts, and Kibana sees the move.
    const host = (await gql(base, 'query($a: [String!]!) { hostsByAgentIds(agentIds: $a) { databaseId } }', { a: [ids['web-2']] }, admin)).data.hostsByAgentIds[0]
    await doJSON(base, 'POST', '/api/latest/fleet/hosts/transfer', { team_id: servers.id, hosts: [host.databaseId] }, 200, admin)
    assert.equal((await doJSON(base, 'GET', `/api/fleet/agents/${ids['web-2']}`, undefined, 200, admin)).body.item.policy_id, servers.policy)
    await doJSON(base, 'POST', '/api/latest/fleet/hosts/transfer', { team_id: null, hosts: [host.databaseId] }, 200, admin)
    await doJSON(base, 'POST', '/api/latest/fleet/hosts/transfer', { team_id: servers.id, hosts: [host.databaseId] }, 404, serversMaintainer)
    assert.equal(await teamOf('web-2'), null)
    const unknownPolicy = await doJSON(base, 'POST', `/api/fleet/agents/${ids['web-1']}/reassign`, { policy_id: 'nope' }, 404, admin, XSRF)
    assert.equal(unknownPolicy.body.message, 'Agent policy nope not found')
    const unknownAgent = await doJSON(base, 'POST', '/api/fleet/agents/nope/reassign', { policy_id: servers.policy }, 404, admin, XSRF)
    assert.equal(unknownAgent.body.message, 'Agent nope not found')
    await doJSON(base, 'POST', `/api/fleet/agents/${ids['web-1']}/reassign`, {}, 400, admin, XSRF)
    // A bulk reassign counts an unknown id as a failure of the action.
    const partial = await doJSON(base, 'POST', '/api/fleet/agents/bulk_reassign', { policy_id: DEFAULT_POLICY, agents: [ids['web-1'], 'ghost'] }, 200, admin, XSRF)
    const [latest] = await actions()
    assert.equal(latest.actionId, partial.body.actionId)
    assert.deepEqual({ ...latest, creationTime: undefined, completionTime: undefined, latestErrors: undefined }, {
      actionId: partial.body.actionId, nbAgentsActionCreated: 2, nbAgentsAck: 1, nbAgentsFailed: 1, nbAgentsActioned: 2,
      status: 'COMPLETE', type: 'POLICY_REASSIGN', creationTime: undefined, completionTime: undefined, newPolicyId: DEFAULT_POLICY, latestErrors: undefined,
    })
    assert.equal(latest.latestErrors.length, 1)
    assert.equal(latest.latestErrors[0].agentId, 'ghost')
    assert.equal(latest.latestErrors[0].error, 'Agent ghost not found')
  })

  it('lists the action ledger newest first, from page 0, complete with counts', async () => {
    const all = await actions('?perPage=100')
    assert.deepEqual(all.map((a: any) => a.type), ['POLICY_REASSIGN', 'POLICY_REASSIGN', 'POLICY_REASSIGN', 'POLICY_REASSIGN', 'UPDATE_TAGS', 'UPDATE_TAGS'])
    assert.ok(all.every((a: any) => a.status === 'COMPLETE' && Date.parse(a.completionTime) >= Date.parse(a.creationTime)))
    assert.deepEqual(all.map((a: any) => a.nbAgentsAck), [1, 2, 2, 1, 2, 1])
    assert.equal(all[2].newPolicyId, laptops.policy)
    assert.deepEqual((await actions('?perPage=2&page=1')).map((a: any) => a.actionId), [all[2].actionId, all[3].actionId])
    assert.deepEqual((await actions(`?date=${new Date(Date.now() - 3600_000).toISOString()}`)).length, 6)
    assert.deepEqual(await actions('?date=2001-01-01'), [])
    assert.equal((await actions('?latest=3600000&perPage=100')).length, 6)
    assert.equal((await actions('?errorSize=0'))[0].latestErrors.length, 0)
  })

  it('unenrolls: the next check-in is refused (node_invalid), the agent leaves the lists, and enrolling again brings it back', async () => {
    assert.deepEqual((await doJSON(base, 'POST', `/api/fleet/agents/${ids['web-2']}/unenroll`, { revoke: true }, 200, admin, XSRF)).body, {})
    // the agent API hears of the revoked key through the database, within a round trip (ADR 0007)
    const refused = await eventually(() => checkIn(base, keys['web-2']!, 401))
    assert.equal(refused.body.node_invalid, true)
    assert.ok(!names(await agents('?perPage=100')).includes('web-2'))
    assert.ok(!names(await agents('?perPage=100&showInactive=true')).includes('web-2'))
    const listed = await agents(`?kuery=${encodeURIComponent('status:unenrolled')}`)
    assert.deepEqual(names(listed), ['web-2'])
    assert.equal(listed.items[0].active, false)
    assert.equal(listed.items[0].status, 'unenrolled')
    assert.ok(!Number.isNaN(Date.parse(listed.items[0].unenrolled_at)))
    assert.equal((await doJSON(base, 'GET', `/api/fleet/agents/${ids['web-2']}`, undefined, 200, admin)).body.item.status, 'unenrolled')
    const counts = (await doJSON(base, 'GET', '/api/fleet/agent_status', undefined, 200, admin)).body.results
    assert.deepEqual([counts.unenrolled, counts.all, counts.active], [1, 5, 4])
    // Still a host for FleetDM and the graph, marked unenrolled.
    const h = (await gql(base, 'query($a: [String!]!) { hostsByAgentIds(agentIds: $a) { hostname unenrolledAt agentStatus } }', { a: [ids['web-2']] }, admin)).data.hostsByAgentIds[0]
    assert.equal(h.agentStatus, 'UNENROLLED')
    assert.ok(h.unenrolledAt)
    // Enrolling again with a valid secret: an active agent again, with the same id.
    keys['web-2'] = await enroll(base, 'web-2', 'debian')
    await checkIn(base, keys['web-2'])
    const back = (await doJSON(base, 'GET', `/api/fleet/agents/${ids['web-2']}`, undefined, 200, admin)).body.item
    assert.equal(back.active, true)
    assert.equal(back.unenrolled_at, undefined)
    assert.ok(names(await agents('?perPage=100')).includes('web-2'))
    // Without revoke (and in bulk, by kuery) the credentials are revoked all the same.
    await doJSON(base, 'POST', `/api/fleet/agents/${ids['win-1']}/unenroll`, undefined, 200, admin, XSRF)
    await eventually(() => checkIn(base, keys['win-1']!, 401))
    const bulk = await doJSON(base, 'POST', '/api/fleet/agents/bulk_unenroll', { agents: 'hostname:web-2', revoke: true }, 200, admin, XSRF)
    await eventually(() => checkIn(base, keys['web-2'], 401))
    const [last, prev] = await actions()
    assert.equal(last.actionId, bulk.body.actionId)
    assert.deepEqual([last.type, last.nbAgentsAck, prev.type], ['FORCE_UNENROLL', 1, 'UNENROLL'])
    await doJSON(base, 'POST', '/api/fleet/agents/nope/unenroll', undefined, 404, admin, XSRF)
  })

  it('answers uploads with none, and 404 for an unknown agent', async () => {
    assert.deepEqual((await doJSON(base, 'GET', `/api/fleet/agents/${ids['mac-1']}/uploads`, undefined, 200, observer)).body, { items: [] })
    await doJSON(base, 'GET', '/api/fleet/agents/nope/uploads', undefined, 404, admin)
  })

  it('deletes an agent as Fleet deletes a host', async () => {
    await enroll(base, 'gone-1', 'ubuntu')
    const id = (await agents(`?kuery=hostname:gone-1`)).items[0].id
    assert.deepEqual((await doJSON(base, 'DELETE', `/api/fleet/agents/${id}`, undefined, 200, admin, XSRF)).body, { action: 'deleted' })
    await doJSON(base, 'GET', `/api/fleet/agents/${id}`, undefined, 404, admin)
    assert.deepEqual((await gql(base, 'query($a: [String!]!) { hostsByAgentIds(agentIds: $a) { id } }', { a: [id] }, admin)).data.hostsByAgentIds, [])
    await doJSON(base, 'DELETE', `/api/fleet/agents/${id}`, undefined, 404, admin, XSRF)
    // FleetDM's host delete is the same service.
    await enroll(base, 'gone-2', 'ubuntu')
    const other = (await agents(`?kuery=hostname:gone-2`)).items[0].id
    const dbId = (await gql(base, 'query($a: [String!]!) { hostsByAgentIds(agentIds: $a) { databaseId } }', { a: [other] }, admin)).data.hostsByAgentIds[0].databaseId
    await doJSON(base, 'DELETE', `/api/latest/fleet/hosts/${dbId}`, undefined, 403, observer)
    assert.deepEqual((await doJSON(base, 'DELETE', `/api/latest/fleet/hosts/${dbId}`, undefined, 200, admin)).body, {})
    await doJSON(base, 'GET', `/api/fleet/agents/${other}`, undefined, 404, admin)
  })

  it('lets observers read only, and team maintainers act on their own team\'s agents only', async () => {
    await doJSON(base, 'GET', '/api/fleet/agents', undefined, 200, observer)
    for (const [method, path, body] of [
      ['PUT', `/api/fleet/agents/${ids['web-1']}`, { tags: ['x'] }], ['DELETE', `/api/fleet/agents/${ids['web-1']}`, undefined],
      ['POST', `/api/fleet/agents/${ids['web-1']}/unenroll`, undefined], ['POST', `/api/fleet/agents/${ids['web-1']}/reassign`, { policy_id: DEFAULT_POLICY }],
      ['POST', '/api/fleet/agents/bulk_reassign', { policy_id: DEFAULT_POLICY, agents: '*' }], ['POST', '/api/fleet/agents/bulk_unenroll', { agents: [ids['web-1']] }],
      ['POST', '/api/fleet/agents/bulk_update_agent_tags', { agents: [ids['web-1']], tagsToAdd: ['x'] }],
    ] as const) {
      const r = await doJSON(base, method, path, body, 403, observer, XSRF)
      assert.equal(r.body.error, 'Forbidden', `${method} ${path}`)
    }
    // The Servers maintainer sees the Servers agent only.
    assert.deepEqual(names(await agents('?perPage=100', serversMaintainer)), ['mac-1'])
    await doJSON(base, 'GET', `/api/fleet/agents/${ids['web-1']}`, undefined, 404, serversMaintainer)
    // … may not move it to a team it does not maintain, nor touch another team's agents.
    await doJSON(base, 'POST', `/api/fleet/agents/${ids['mac-1']}/reassign`, { policy_id: laptops.policy }, 404, serversMaintainer, XSRF)
    await doJSON(base, 'POST', `/api/fleet/agents/${ids['mac-1']}/reassign`, { policy_id: DEFAULT_POLICY }, 403, serversMaintainer, XSRF)
    await doJSON(base, 'POST', `/api/fleet/agents/${ids['web-1']}/reassign`, { policy_id: servers.policy }, 404, serversMaintainer, XSRF)
    assert.equal(await teamOf('mac-1'), servers.id)
    assert.equal(await teamOf('web-1'), null)
    // A kuery matches only the agents it may change.
    await doJSON(base, 'POST', '/api/fleet/agents/bulk_update_agent_tags', { agents: 'hostname:*', tagsToAdd: ['servers'], includeInactive: true }, 200, serversMaintainer, XSRF)
    assert.deepEqual(await kuery('tags:servers', '&showInactive=true'), ['mac-1'])
    const own = (await doJSON(base, 'GET', '/api/fleet/agents/action_status', undefined, 200, serversMaintainer)).body.items
    assert.deepEqual(own.map((a: any) => [a.type, a.nbAgentsAck]), [['UPDATE_TAGS', 1]])
  })

  it('shows a moved agent as updating until it fetches its new policy, whichever surface moved it', async () => {
    const key = await enroll(base, 'mover-1', 'ubuntu')
    await checkIn(base, key)
    const fetchConfig = () => doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: key }, 200)
    const agent = async () => {
      const items = (await agents(`?kuery=${encodeURIComponent('hostname:mover-1')}`)).items
      assert.equal(items.length, 1)
      return items[0]
    }
    await fetchConfig()
    const before = await agent()
    assert.equal(before.status, 'online')
    const current = (id: string) => doJSON(base, 'GET', `/api/fleet/agent_policies/${id}`, undefined, 200, admin).then((r) => r.body.item.revision as number)
    assert.equal(before.policy_revision, await current(DEFAULT_POLICY))
    // Kibana's reassign: updating (and counted so) until the host's next config fetch, then on the new revision.
    await doJSON(base, 'POST', `/api/fleet/agents/${before.id}/reassign`, { policy_id: servers.policy }, 200, admin, XSRF)
    assert.equal((await agent()).status, 'updating')
    assert.deepEqual(await kuery('status:updating'), ['mover-1'])
    const gq = async () => (await gql(base, 'query($a: [String!]!) { hostsByAgentIds(agentIds: $a) { agentPolicyOutdated } }', { a: [before.id] }, admin)).data.hostsByAgentIds[0].agentPolicyOutdated
    assert.equal(await gq(), true)
    // The config fetch reads the host through the agent API's cache, which the move evicts by a
    // database notification: a fetch racing it is served the old policy, and the next one catches up.
    const after = await waitFor(async () => { await fetchConfig(); const a = await agent(); return a.status === 'online' && a })
    assert.deepEqual([after.status, after.policy_id, after.policy_revision], ['online', servers.policy, await current(servers.policy)])
    assert.equal(await gq(), false)
    // FleetDM's host transfer does the same; a transfer to the team it is already on changes nothing.
    const host = (await gql(base, 'query($a: [String!]!) { hostsByAgentIds(agentIds: $a) { databaseId } }', { a: [before.id] }, admin)).data.hostsByAgentIds[0]
    await doJSON(base, 'POST', '/api/latest/fleet/hosts/transfer', { team_id: servers.id, hosts: [host.databaseId] }, 200, admin)
    assert.equal((await agent()).status, 'online')
    await doJSON(base, 'POST', '/api/latest/fleet/hosts/transfer', { team_id: null, hosts: [host.databaseId] }, 200, admin)
    assert.equal((await agent()).status, 'updating')
    await waitFor(async () => { await fetchConfig(); return (await agent()).status === 'online' })
    await doJSON(base, 'DELETE', `/api/fleet/agents/${before.id}`, undefined, 200, admin, XSRF)
  })

  it('answers hostile input with 400s, never a 500', async () => {
    const many = Array.from({ length: 10_000 }, () => '00000000-0000-4000-8000-000000000000')
    for (const path of ['/api/fleet/agents/bulk_unenroll', '/api/fleet/agents/bulk_update_agent_tags']) {
      await doJSON(base, 'POST', path, { agents: many, tagsToAdd: ['x'] }, 400, admin, XSRF)
    }
    await doJSON(base, 'POST', '/api/fleet/agents/bulk_reassign', { policy_id: DEFAULT_POLICY, agents: many }, 400, admin, XSRF)
    const terms = encodeURIComponent('hostname:a or '.repeat(300) + 'hostname:b')
    await doJSON(base, 'GET', `/api/fleet/agents?kuery=${terms}`, undefined, 400, admin)
    await doJSON(base, 'GET', `/api/fleet/agents?kuery=${'a'.repeat(10_001)}`, undefined, 400, admin)
    await doJSON(base, 'GET', `/api/fleet/agents/tags?kuery=${encodeURIComponent(`${'('.repeat(200)}a${')'.repeat(200)}`)}`, undefined, 400, admin)
    await doJSON(base, 'POST', '/api/fleet/agents/bulk_update_agent_tags', { agents: 'hostname:'.repeat(2_000) }, 400, admin, XSRF)
    await doJSON(base, 'GET', '/api/fleet/agents?page=10001', undefined, 400, admin)
    await doJSON(base, 'GET', '/api/fleet/agents?page=100&perPage=101', undefined, 400, admin)
    await doJSON(base, 'GET', '/api/fleet/agents/action_status?page=100&perPage=100', undefined, 400, admin)
    await doJSON(base, 'PUT', `/api/fleet/agents/${ids['mac-1']}`, { tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }, 400, admin, XSRF)
    await doJSON(base, 'PUT', `/api/fleet/agents/${ids['mac-1']}`, { tags: ['x'.repeat(256)] }, 400, admin, XSRF)
    await doJSON(base, 'PUT', `/api/fleet/agents/${ids['mac-1']}`, { user_provided_metadata: { big: 'x'.repeat(20_000) } }, 400, admin, XSRF)
    await doJSON(base, 'POST', '/api/fleet/agents/bulk_update_agent_tags', { agents: [ids['mac-1']], tagsToAdd: ['a', ''] }, 400, admin, XSRF)
    await doJSON(base, 'POST', '/api/fleet/agents/bulk_reassign', { policy_id: DEFAULT_POLICY }, 400, admin, XSRF)
    await doJSON(base, 'POST', '/api/fleet/agents/bulk_reassign', '{not json', 400, admin, XSRF)
    // The server is still answering.
    await doJSON(base, 'GET', '/api/fleet/agents', undefined, 200, admin)
  })

  it('shows a host silent past its check-in interval as offline, and a missing one as left out by default', async () => {
    // idle-1 checked in once, in `before`: offline a minute (its interval plus 60 s) later.
    const offline = await waitFor(async () => {
      const body = await agents(`?kuery=${encodeURIComponent('status:offline and hostname:idle-1')}`)
      return body.total === 1 && body
    }, 120_000, 1_000)
    assert.equal(offline.items[0].status, 'offline')
    assert.equal(offline.items[0].last_checkin_status, 'online')
    const counts = (await doJSON(base, 'GET', `/api/fleet/agent_status?kuery=${encodeURIComponent('hostname:idle-1')}`, undefined, 200, admin)).body.results
    assert.deepEqual([counts.offline, counts.online, counts.all], [1, 0, 1])
    const gq = await gql(base, 'query($a: String!) { agent(agentId: $a) { agentStatus status } }', { a: ids['idle-1'] }, admin)
    assert.deepEqual(gq.data.agent, { agentStatus: 'OFFLINE', status: 'OFFLINE' })
  })
})
