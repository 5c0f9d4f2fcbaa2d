// Kibana's agent policies and enrollment API keys on the shared model (issue 14, ADR 0013): seed 004's
// curl flow verbatim, agent policies = teams (client-chosen ids, 409s, the default policy, delete refused
// with hosts, copy), revisions raised by every surface and served to hosts, enrollment keys = enroll
// secrets (revoked and expired keys refused at osquery and orbit enroll), role checks and hostile input.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, eventually, gql, checkAnswersAgainstOpenApi, KIBANA_API_PATHS } from '../../support/client.js'
import { PASSWORD, createUser, setupInstance } from '../../support/fleet.js'

const XSRF = { 'kbn-xsrf': 'true' }
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const boom = (statusCode: number, error: string, message: string) => ({ statusCode, error, message })

describe('Kibana agent policies and enrollment API keys', () => {
  let stack: TestStack
  let base: string, admin: string, observer: string, maintainer: string
  const asAdmin = (method: string, path: string, body: unknown, status: number) => doJSON(base, method, path, body, status, admin, XSRF)
  const op = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const r = await gql(base, query, variables, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  const createPolicy = async (name: string, extra: Record<string, unknown> = {}) =>
    (await asAdmin('POST', '/api/fleet/agent_policies', { name, namespace: 'default', ...extra }, 200)).body.item
  const revisionOf = async (id: string) => (await asAdmin('GET', `/api/fleet/agent_policies/${id}`, undefined, 200)).body.item.revision as number
  const keysOf = async (policyId: string) =>
    (await asAdmin('GET', `/api/fleet/enrollment_api_keys?kuery=${encodeURIComponent(`fleet-enrollment-api-keys.policy_id:"${policyId}"`)}`, undefined, 200)).body.items
  const osqueryEnroll = (secret: string, name: string, status: number) => doJSON(base, 'POST', '/api/v1/osquery/enroll', {
    enroll_secret: secret, host_identifier: `id-${name}`, platform_type: 'linux',
    host_details: { system_info: { hostname: name, uuid: `uuid-${name}` }, os_version: { name: 'Ubuntu', version: '22.04', platform: 'ubuntu' } },
  }, status)
  const orbitEnroll = (secret: string, uuid: string, status: number) => doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: secret, hardware_uuid: uuid }, status)
  const config = async (nodeKey: string) => (await doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: nodeKey }, 200)).body

  before(async () => {
    // Agent policies are teams, a Fleet Premium feature.
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    await checkAnswersAgainstOpenApi(base, KIBANA_API_PATHS)
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    maintainer = (await createUser(base, admin, 'maintainer')).token
  })
  after(async () => { await stack.stop() })

  describe("seed 004's curl flow, verbatim", () => {
    it('creates an agent policy, refuses the nginx integration with a Boom 400, and lists the policy\'s Default enrollment token', async () => {
      // Headers and bodies as the seed shows them, with the seed's `Authorization: ApiKey …`: an API-only
      // admin's token, as Kibana's base64 of "<id>:<key>".
      const partner = (await doJSON(base, 'POST', '/api/latest/fleet/users/api_only', { name: 'Seed 004', global_role: 'admin' }, 200, admin)).body
      const Authorization = `ApiKey ${Buffer.from(`${partner.user.id}:${partner.token}`).toString('base64')}`
      const created = await doJSON(base, 'POST', '/api/fleet/agent_policies?sys_monitoring=true', {
        name: 'Agent policy 1', description: '', namespace: 'default', monitoring_enabled: ['logs', 'metrics'],
      }, 200, undefined, { Accept: '*/*', 'Cache-Control': 'no-cache', Connection: 'keep-alive', Authorization, 'Content-Type': 'application/json', 'kbn-xsrf': 'xxx' })
      const item = created.body.item
      assert.match(item.id, UUID)
      assert.deepEqual(
        { name: item.name, description: item.description, namespace: item.namespace, monitoring_enabled: item.monitoring_enabled, status: item.status, is_managed: item.is_managed, revision: item.revision },
        { name: 'Agent policy 1', description: '', namespace: 'default', monitoring_enabled: ['logs', 'metrics'], status: 'active', is_managed: false, revision: 1 },
      )
      assert.equal(typeof item.updated_at, 'string')
      assert.equal(item.updated_by, partner.user.email)
      assert.equal(typeof item.schema_version, 'string')
      assert.equal(created.headers.get('elastic-api-version'), '2023-10-31')

      const nginx = {
        name: 'nginx-demo-123', policy_id: '2b820230-4b54-11ed-b107-4bfe66d759e4', package: { name: 'nginx', version: '1.5.0' },
        inputs: { 'nginx-logfile': { streams: { 'nginx.access': { vars: { tags: ['test'] } }, 'nginx.error': { vars: { tags: ['test'] } } } } },
      }
      const headers = { Authorization, 'Content-Type': 'application/json', 'kbn-xsrf': 'xx' }
      for (const body of [nginx, { ...nginx, policy_id: item.id }]) {
        const r = await doJSON(base, 'POST', '/api/fleet/package_policies', body, 400, undefined, headers)
        assert.equal(r.body.statusCode, 400)
        assert.equal(r.body.error, 'Bad Request')
        assert.match(r.body.message, /^this server manages osquery agents only: /)
      }

      const keys = await doJSON(base, 'GET', '/api/fleet/enrollment_api_keys', undefined, 200, undefined, { Authorization, 'Content-Type': 'application/json', 'kbn-xsrf': 'xx' })
      assert.deepEqual({ page: keys.body.page, perPage: keys.body.perPage }, { page: 1, perPage: 20 })
      const mine = keys.body.items.filter((k: any) => k.policy_id === item.id)
      assert.equal(mine.length, 1)
      const [key] = mine
      assert.equal(key.name, `Default (${key.id})`)
      assert.match(key.id, UUID)
      assert.deepEqual([key.active, typeof key.api_key, typeof key.api_key_id, typeof key.created_at], [true, 'string', 'string', 'string'])
      assert.deepEqual(keys.body.list, keys.body.items)
    })
  })

  describe('agent policies = teams', () => {
    it('serves the default policy (the global configuration) in lists and by id, and never deletes it', async () => {
      const d = (await asAdmin('GET', '/api/fleet/agent_policies/fleet-default-policy', undefined, 200)).body.item
      assert.deepEqual([d.id, d.is_default, d.name, d.status, d.inactivity_timeout, d.is_protected], ['fleet-default-policy', true, 'No team', 'active', 1209600, false])
      const list = (await asAdmin('GET', '/api/fleet/agent_policies?perPage=100&kuery=ingest-agent-policies.is_default:true', undefined, 200)).body
      assert.deepEqual(list.items.map((p: any) => p.id), ['fleet-default-policy'])
      assert.deepEqual(
        (await asAdmin('POST', '/api/fleet/agent_policies/delete', { agentPolicyId: 'fleet-default-policy' }, 400)).body,
        boom(400, 'Bad Request', 'The default agent policy cannot be deleted'),
      )
      // A PUT changes what Kibana stores of it (with the global configuration), and its revision.
      const put = (await asAdmin('PUT', '/api/fleet/agent_policies/fleet-default-policy', { name: 'No team', namespace: 'global', description: 'hosts on no team' }, 200)).body.item
      assert.deepEqual([put.namespace, put.description, put.revision], ['global', 'hosts on no team', d.revision + 1])
    })

    it('creates a team FleetDM and GraphQL see, with a client-chosen id, and refuses a taken name or id (409)', async () => {
      const p = await createPolicy('Terraform policy', { id: 'tf-policy-1', description: 'made by terraform', inactivity_timeout: 3600, unknown_attribute: { kept: true } })
      assert.deepEqual([p.id, p.inactivity_timeout, p.unknown_attribute, p.package_policies], ['tf-policy-1', 3600, { kept: true }, []])
      const team = (await op(admin, '{ teamsByAgentPolicyIds(agentPolicyIds: ["tf-policy-1"]) { name description agentPolicyId policyRevision } }')).teamsByAgentPolicyIds
      assert.deepEqual(team, [{ name: 'Terraform policy', description: 'made by terraform', agentPolicyId: 'tf-policy-1', policyRevision: 1 }])
      assert.deepEqual((await asAdmin('POST', '/api/fleet/agent_policies', { name: 'terraform POLICY', namespace: 'default' }, 409)).body,
        boom(409, 'Conflict', "Agent Policy 'tf-policy-1' already exists with name 'terraform POLICY'"))
      assert.deepEqual((await asAdmin('POST', '/api/fleet/agent_policies', { id: 'tf-policy-1', name: 'other', namespace: 'default' }, 409)).body,
        boom(409, 'Conflict', 'Saved object [ingest-agent-policies/tf-policy-1] conflict'))
      assert.equal((await asAdmin('POST', '/api/fleet/agent_policies', { name: 'No team', namespace: 'default' }, 409)).body.message,
        "Agent Policy 'fleet-default-policy' already exists with name 'No team'")
      assert.equal((await asAdmin('POST', '/api/fleet/agent_policies', { id: 'fleet-default-policy', name: 'x', namespace: 'default' }, 400)).body.statusCode, 400)
    })

    it("answers Kibana's 400s for a missing or invalid namespace and a blank name, and its 404 for an unknown id", async () => {
      assert.deepEqual((await asAdmin('POST', '/api/fleet/agent_policies', { name: 'no namespace' }, 400)).body,
        boom(400, 'Bad Request', '[request body.namespace]: expected value of type [string] but got [undefined]'))
      assert.equal((await asAdmin('POST', '/api/fleet/agent_policies', { name: 'bad namespace', namespace: 'Not-Valid' }, 400)).body.message, 'Namespace must be lowercase')
      assert.equal((await asAdmin('POST', '/api/fleet/agent_policies', { name: '', namespace: 'default' }, 400)).body.message,
        '[request body.name]: value has length [0] but it must have a minimum length of [1].')
      assert.deepEqual((await asAdmin('GET', '/api/fleet/agent_policies/no-such-policy', undefined, 404)).body,
        boom(404, 'Not Found', 'Saved object [ingest-agent-policies/no-such-policy] not found'))
    })

    it('updates a policy, raising its revision unless bumpRevision is false, and keeps Kibana attributes', async () => {
      const p = await createPolicy('Updatable', { monitoring_enabled: ['logs'] })
      const u = (await asAdmin('PUT', `/api/fleet/agent_policies/${p.id}`, { name: 'Updated', namespace: 'prod', description: 'd', inactivity_timeout: 60 }, 200)).body.item
      assert.deepEqual([u.name, u.namespace, u.description, u.inactivity_timeout, u.monitoring_enabled, u.revision], ['Updated', 'prod', 'd', 60, ['logs'], 2])
      const quiet = (await asAdmin('PUT', `/api/fleet/agent_policies/${p.id}`, { name: 'Updated', namespace: 'prod', description: 'quiet', bumpRevision: false }, 200)).body.item
      assert.deepEqual([quiet.description, quiet.revision], ['quiet', 2])
      assert.deepEqual((await op(admin, `{ teamsByAgentPolicyIds(agentPolicyIds: ["${p.id}"]) { name description } }`)).teamsByAgentPolicyIds, [{ name: 'Updated', description: 'quiet' }])
    })

    it('lists with paging, sorting and kuery, and bulk-gets by id', async () => {
      for (const n of ['kq-alpha', 'kq-beta', 'kq-gamma']) await createPolicy(n, { namespace: n === 'kq-beta' ? 'beta' : 'default' })
      const byName = (await asAdmin('GET', `/api/fleet/agent_policies?sortField=name&sortOrder=asc&perPage=2&page=1&kuery=${encodeURIComponent('name:kq-*')}`, undefined, 200)).body
      assert.deepEqual([byName.total, byName.page, byName.perPage, byName.items.map((p: any) => p.name)], [3, 1, 2, ['kq-alpha', 'kq-beta']])
      const page2 = (await asAdmin('GET', `/api/fleet/agent_policies?sortField=name&sortOrder=asc&perPage=2&page=2&kuery=${encodeURIComponent('name:kq-*')}`, undefined, 200)).body
      assert.deepEqual(page2.items.map((p: any) => p.name), ['kq-gamma'])
      const ns = (await asAdmin('GET', `/api/fleet/agent_policies?kuery=${encodeURIComponent('fleet-agent-policies.namespace:beta and not is_default:true')}`, undefined, 200)).body
      assert.deepEqual(ns.items.map((p: any) => p.name), ['kq-beta'])
      const counted = (await asAdmin('GET', `/api/fleet/agent_policies?withAgentCount=true&full=true&kuery=${encodeURIComponent('name:"kq-alpha"')}`, undefined, 200)).body.items
      assert.deepEqual([counted[0].agents, counted[0].package_policies], [0, []])
      const ids = [byName.items[0].id, page2.items[0].id]
      const bulk = (await asAdmin('POST', '/api/fleet/agent_policies/_bulk_get', { ids: [...ids, 'missing'], ignoreMissing: true }, 200)).body.items
      assert.deepEqual(bulk.map((p: any) => p.name), ['kq-alpha', 'kq-gamma'])
      assert.deepEqual((await asAdmin('POST', '/api/fleet/agent_policies/_bulk_get', { ids: [...ids, 'missing'] }, 404)).body, boom(404, 'Not Found', 'Agent policy missing not found'))
      assert.equal((await asAdmin('GET', '/api/fleet/agent_policies?perPage=101&full=true', undefined, 400)).body.message,
        '[request query]: perPage should be less or equal to 100 when fetching full policies or agent count.')
      assert.match((await asAdmin('GET', `/api/fleet/agent_policies?kuery=${encodeURIComponent('no_such_field:1')}`, undefined, 400)).body.message,
        /^KQLSyntaxError: This key 'no_such_field' does NOT exist in ingest-agent-policies saved object index patterns/)
    })
  })

  describe('revisions', () => {
    it('rise on agent options changed through FleetDM, pack targets and the integration, and the served one is recorded on the host', async () => {
      const p = await createPolicy('Revision policy')
      const [key] = await keysOf(p.id)
      const nodeKey = (await osqueryEnroll(key.api_key, 'rev-host', 200)).body.node_key
      const host = async () => (await op(admin, '{ hostList { hostname agentPolicyRevision agentPolicyOutdated team { agentPolicyId } } }')).hostList.find((h: any) => h.hostname === 'rev-host')
      assert.deepEqual(await host(), { hostname: 'rev-host', agentPolicyRevision: null, agentPolicyOutdated: true, team: { agentPolicyId: p.id } })
      await config(nodeKey)
      assert.deepEqual([(await host()).agentPolicyRevision, (await host()).agentPolicyOutdated], [1, false])

      // FleetDM's team spec changes the team's agent options.
      await doJSON(base, 'POST', '/api/latest/fleet/spec/teams', { specs: [{ name: 'Revision policy', agent_options: { config: { options: { distributed_interval: 33 } } } }] }, 200, admin)
      assert.equal(await revisionOf(p.id), 2)
      assert.equal((await host()).agentPolicyOutdated, true)
      await eventually(async () => assert.equal((await config(nodeKey)).options.distributed_interval, 33))
      assert.deepEqual([(await host()).agentPolicyRevision, (await host()).agentPolicyOutdated], [2, false])

      // A FleetDM pack targeting the team, then its scheduled query.
      const teamId = (await op(admin, `{ teamsByAgentPolicyIds(agentPolicyIds: ["${p.id}"]) { databaseId } }`)).teamsByAgentPolicyIds[0].databaseId
      const pack = (await doJSON(base, 'POST', '/api/latest/fleet/packs', { name: 'revision pack', team_ids: [teamId] }, 200, admin)).body.pack
      assert.equal(await revisionOf(p.id), 3)
      await doJSON(base, 'POST', '/api/latest/fleet/spec/queries', { specs: [{ name: 'rev-uptime', query: 'SELECT * FROM uptime' }] }, 200, admin)
      const queryId = (await op(admin, '{ savedQuery(name: "rev-uptime") { databaseId } }')).savedQuery.databaseId
      await doJSON(base, 'POST', '/api/latest/fleet/packs/schedule', { pack_id: pack.id, query_id: queryId, interval: 60 }, 200, admin)
      assert.equal(await revisionOf(p.id), 4)
      await doJSON(base, 'PATCH', `/api/latest/fleet/packs/${pack.id}`, { team_ids: [] }, 200, admin)
      assert.equal(await revisionOf(p.id), 5)

      // Its osquery_manager integration (created, then its options changed).
      const pp = (await asAdmin('POST', '/api/fleet/package_policies', { name: 'rev-osquery', policy_id: p.id, package: { name: 'osquery_manager', version: '1.15.0' }, inputs: [] }, 200)).body.item
      assert.equal(await revisionOf(p.id), 6)
      await asAdmin('PUT', `/api/fleet/package_policies/${pp.id}`, { inputs: [{ type: 'osquery', enabled: true, config: { osquery: { value: { options: { distributed_interval: 44 } } } } }] }, 200)
      assert.ok(await revisionOf(p.id) > 6)
      await eventually(async () => assert.equal((await config(nodeKey)).options.distributed_interval, 44))
      const after = await host()
      assert.deepEqual([after.agentPolicyRevision, after.agentPolicyOutdated], [await revisionOf(p.id), false])
    })
  })

  describe('deleting and copying', () => {
    it('refuses to delete a policy a host is on, and deletes an empty one with its keys', async () => {
      const busy = await createPolicy('Busy policy')
      const [key] = await keysOf(busy.id)
      await osqueryEnroll(key.api_key, 'busy-host', 200)
      assert.deepEqual((await asAdmin('POST', '/api/fleet/agent_policies/delete', { agentPolicyId: busy.id }, 400)).body,
        boom(400, 'Bad Request', 'Cannot delete an agent policy that is assigned to any active or inactive agents'))

      const empty = await createPolicy('Empty policy')
      const [emptyKey] = await keysOf(empty.id)
      assert.deepEqual((await asAdmin('POST', '/api/fleet/agent_policies/delete', { agentPolicyId: empty.id }, 200)).body, { id: empty.id, name: 'Empty policy' })
      await asAdmin('GET', `/api/fleet/agent_policies/${empty.id}`, undefined, 404)
      await osqueryEnroll(emptyKey.api_key, 'late-host', 401)
      assert.deepEqual(await keysOf(empty.id), [])
    })

    it('copies a policy: its agent options and attributes, the packs targeting it, its integration, a key of its own', async () => {
      const src = await createPolicy('Copy source', { monitoring_enabled: ['metrics'] })
      const teamId = (await op(admin, `{ teamsByAgentPolicyIds(agentPolicyIds: ["${src.id}"]) { databaseId } }`)).teamsByAgentPolicyIds[0].databaseId
      await doJSON(base, 'POST', '/api/latest/fleet/packs', { name: 'copied pack', team_ids: [teamId] }, 200, admin)
      await asAdmin('POST', '/api/fleet/package_policies', {
        name: 'copy-osquery', policy_id: src.id, package: { name: 'osquery_manager', version: '1.15.0' },
        inputs: [{ type: 'osquery', enabled: true, config: { osquery: { value: { options: { logger_tls_period: 77 } } } } }],
      }, 200)
      const copy = (await asAdmin('POST', `/api/fleet/agent_policies/${src.id}/copy`, { name: 'Copy target' }, 200)).body.item
      assert.notEqual(copy.id, src.id)
      assert.deepEqual([copy.name, copy.monitoring_enabled, copy.package_policies.map((pp: any) => pp.name)], ['Copy target', ['metrics'], ['copy-osquery (copy)']])
      assert.equal(copy.package_policies[0].inputs[0].config.osquery.value.options.logger_tls_period, 77)
      const packs = (await op(admin, `{ teamsByAgentPolicyIds(agentPolicyIds: ["${copy.id}"]) { packs { nodes { name } } } }`)).teamsByAgentPolicyIds[0].packs.nodes
      assert.deepEqual(packs.map((p: any) => p.name), ['copied pack'])
      const keys = await keysOf(copy.id)
      assert.deepEqual(keys.map((k: any) => k.name), [`Default (${keys[0].id})`])
      assert.equal((await asAdmin('POST', `/api/fleet/agent_policies/${src.id}/copy`, { name: 'Copy target' }, 409)).body.statusCode, 409)
    })
  })

  describe('enrollment API keys = enroll secrets', () => {
    it('creates named keys (409 on a taken name), gets one, and revokes it: refused at osquery and orbit enroll as an unknown secret is', async () => {
      const p = await createPolicy('Key policy')
      const created = (await asAdmin('POST', '/api/fleet/enrollment_api_keys', { policy_id: p.id, name: 'laptops' }, 200)).body
      assert.equal(created.action, 'created')
      const k = created.item
      assert.deepEqual([k.name, k.policy_id, k.active], [`laptops (${k.id})`, p.id, true])
      assert.deepEqual((await asAdmin('POST', '/api/fleet/enrollment_api_keys', { policy_id: p.id, name: 'laptops' }, 409)).body,
        boom(409, 'Conflict', `An enrollment key named laptops already exists for agent policy ${p.id}`))
      assert.deepEqual((await asAdmin('POST', '/api/fleet/enrollment_api_keys', { policy_id: 'nope' }, 404)).body, boom(404, 'Not Found', 'Agent policy "nope" not found'))
      assert.deepEqual((await asAdmin('GET', `/api/fleet/enrollment_api_keys/${k.id}`, undefined, 200)).body.item, k)

      await osqueryEnroll(k.api_key, 'key-host-1', 200)
      await orbitEnroll(k.api_key, 'uuid-orbit-key-1', 200)
      assert.deepEqual((await asAdmin('DELETE', `/api/fleet/enrollment_api_keys/${k.id}`, undefined, 200)).body, { action: 'deleted' })
      assert.equal((await asAdmin('GET', `/api/fleet/enrollment_api_keys/${k.id}`, undefined, 200)).body.item.active, false)
      const unknownOsquery = (await osqueryEnroll('never-issued', 'key-host-2', 401)).body
      const revokedOsquery = (await osqueryEnroll(k.api_key, 'key-host-2', 401)).body
      assert.deepEqual([revokedOsquery.error, revokedOsquery.node_invalid], [unknownOsquery.error, unknownOsquery.node_invalid])
      const unknownOrbit = (await orbitEnroll('never-issued', 'uuid-orbit-key-2', 401)).body
      const revokedOrbit = (await orbitEnroll(k.api_key, 'uuid-orbit-key-2', 401)).body
      assert.equal(revokedOrbit.error, unknownOrbit.error)
      assert.deepEqual((await asAdmin('GET', '/api/fleet/enrollment_api_keys/0f0e0d0c-0b0a-4909-8807-060504030201', undefined, 404)).body,
        boom(404, 'Not Found', 'EnrollmentAPIKey 0f0e0d0c-0b0a-4909-8807-060504030201 not found'))
    })

    it('refuses an expired key at enroll, and keeps revoked keys out of FleetDM\'s secret lists', async () => {
      const expired = (await asAdmin('POST', '/api/fleet/enrollment_api_keys', { policy_id: 'fleet-default-policy', name: 'short', expiration: '1ms' }, 200)).body.item
      assert.equal(typeof expired.expire_at, 'string')
      await osqueryEnroll(expired.api_key, 'expired-host', 401)
      await orbitEnroll(expired.api_key, 'uuid-expired-host', 401)
      const global = (await asAdmin('POST', '/api/fleet/enrollment_api_keys', { policy_id: 'fleet-default-policy', name: 'global' }, 200)).body.item
      const fleetdm = async () => (await doJSON(base, 'GET', '/api/latest/fleet/spec/enroll_secret', undefined, 200, admin)).body.spec.secrets.map((s: any) => s.secret)
      assert.ok((await fleetdm()).includes(global.api_key))
      assert.ok(!(await fleetdm()).includes(expired.api_key))
      await asAdmin('DELETE', `/api/fleet/enrollment_api_keys/${global.id}`, undefined, 200)
      assert.ok(!(await fleetdm()).includes(global.api_key))
    })

    it('filters keys by kuery, newest first', async () => {
      const p = await createPolicy('Kuery keys')
      await asAdmin('POST', '/api/fleet/enrollment_api_keys', { policy_id: p.id, name: 'second' }, 200)
      const keys = await keysOf(p.id)
      assert.deepEqual(keys.map((k: any) => k.name.replace(/ \(.*\)$/, '')), ['second', 'Default'])
      const active = (await asAdmin('GET', `/api/fleet/enrollment_api_keys?kuery=${encodeURIComponent(`policy_id:"${p.id}" and active:true and name:second*`)}`, undefined, 200)).body
      assert.deepEqual([active.total, active.items[0].name.startsWith('second (')], [1, true])
    })
  })

  describe('roles', () => {
    it('lets observers read policies only (403 on writes and on enrollment keys)', async () => {
      await doJSON(base, 'GET', '/api/fleet/agent_policies', undefined, 200, observer)
      await doJSON(base, 'GET', '/api/fleet/agent_policies/fleet-default-policy', undefined, 200, observer)
      for (const [method, path, body] of [
        ['POST', '/api/fleet/agent_policies', { name: 'obs', namespace: 'default' }],
        ['PUT', '/api/fleet/agent_policies/fleet-default-policy', { name: 'No team', namespace: 'default' }],
        ['POST', '/api/fleet/agent_policies/delete', { agentPolicyId: 'x' }],
        ['GET', '/api/fleet/enrollment_api_keys', undefined],
        ['POST', '/api/fleet/enrollment_api_keys', { policy_id: 'fleet-default-policy' }],
      ] as const) {
        const r = await doJSON(base, method, path, body, 403, observer, XSRF)
        assert.equal(r.body.error, 'Forbidden', `${method} ${path}`)
      }
      // Global maintainers have Kibana's all.
      await doJSON(base, 'POST', '/api/fleet/agent_policies', { name: 'by maintainer', namespace: 'default' }, 200, maintainer, XSRF)
    })

    it("scopes a team maintainer to their team's policy and keys", async () => {
      const own = await createPolicy('Team A')
      const other = await createPolicy('Team B')
      const teamId = (await op(admin, `{ teamsByAgentPolicyIds(agentPolicyIds: ["${own.id}"]) { databaseId } }`)).teamsByAgentPolicyIds[0].databaseId
      const email = `team-maint-${Date.now()}@example.com`
      await doJSON(base, 'POST', '/api/latest/fleet/users/admin', { name: 'tm', email, password: PASSWORD, teams: [{ id: teamId, role: 'maintainer' }] }, 200, admin)
      const tm = (await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)).body.token
      const listed = (await doJSON(base, 'GET', '/api/fleet/agent_policies?perPage=100', undefined, 200, tm)).body.items.map((p: any) => p.id)
      assert.deepEqual(listed, [own.id])
      await doJSON(base, 'PUT', `/api/fleet/agent_policies/${own.id}`, { name: 'Team A', namespace: 'team_a' }, 200, tm, XSRF)
      await doJSON(base, 'PUT', `/api/fleet/agent_policies/${other.id}`, { name: 'Team B', namespace: 'x' }, 404, tm, XSRF)
      await doJSON(base, 'GET', '/api/fleet/agent_policies/fleet-default-policy', undefined, 404, tm)
      await doJSON(base, 'POST', '/api/fleet/agent_policies', { name: 'by team maintainer', namespace: 'default' }, 403, tm, XSRF)
      await doJSON(base, 'POST', '/api/fleet/agent_policies/delete', { agentPolicyId: own.id }, 403, tm, XSRF)
      const keys = (await doJSON(base, 'GET', '/api/fleet/enrollment_api_keys?perPage=100', undefined, 200, tm)).body.items
      assert.deepEqual([...new Set(keys.map((k: any) => k.policy_id))], [own.id])
      await doJSON(base, 'POST', '/api/fleet/enrollment_api_keys', { policy_id: own.id, name: 'tm key' }, 200, tm, XSRF)
      await doJSON(base, 'POST', '/api/fleet/enrollment_api_keys', { policy_id: other.id, name: 'tm key' }, 404, tm, XSRF)
    })
  })

  describe('hostile input', () => {
    it('answers 400, not 500, to huge kueries, huge id lists and long names', async () => {
      assert.equal((await asAdmin('GET', `/api/fleet/agent_policies?kuery=${'a'.repeat(10_001)}`, undefined, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('GET', `/api/fleet/agent_policies?kuery=${encodeURIComponent(Array.from({ length: 300 }, (_, i) => `name:n${i}`).join(' or '))}`, undefined, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('GET', `/api/fleet/agent_policies?kuery=${encodeURIComponent('('.repeat(50) + 'name:x' + ')'.repeat(50))}`, undefined, 400)).body.statusCode, 400)
      const ids = Array.from({ length: 10_000 }, (_, i) => `id-${i}`)
      assert.equal((await asAdmin('POST', '/api/fleet/agent_policies/_bulk_get', { ids }, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('POST', '/api/fleet/package_policies/_bulk_get', { ids }, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('POST', '/api/fleet/package_policies/delete', { packagePolicyIds: ids }, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('POST', '/api/fleet/agent_policies', { name: 'n'.repeat(300), namespace: 'default' }, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('POST', '/api/fleet/agent_policies', { id: 'i'.repeat(300), name: 'long id', namespace: 'default' }, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('POST', '/api/fleet/agent_policies', { name: 'big', namespace: 'default', blob: 'x'.repeat(200_000) }, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('GET', `/api/fleet/agent_policies/${'p'.repeat(5000)}`, undefined, 404)).body.statusCode, 404)
      assert.equal((await asAdmin('POST', '/api/fleet/enrollment_api_keys', { policy_id: 'fleet-default-policy', name: 'n'.repeat(500) }, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('POST', '/api/fleet/enrollment_api_keys', { policy_id: 'fleet-default-policy', expiration: 'forever' }, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('GET', '/api/fleet/agent_policies?page=0', undefined, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('GET', '/api/fleet/agent_policies?sortField=nope', undefined, 400)).body.statusCode, 400)
    })
  })
})
