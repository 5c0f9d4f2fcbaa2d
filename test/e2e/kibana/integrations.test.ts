// Kibana's osquery_manager package policies, package registry (EPM) and Fleet settings on the shared model
// (issue 14, ADR 0013): an integration's osquery options are its agent policy's agent options (seen by
// hosts through FleetDM's osquery API and in GraphQL), its packs the packs targeting the policy; any other
// package is refused; EPM knows osquery_manager only; outputs, proxies and Fleet Server hosts are stored
// settings in Kibana's shapes.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, eventually, gql, checkAnswersAgainstOpenApi, KIBANA_API_PATHS } from '../../support/client.js'
import { createUser, setupInstance } from '../../support/fleet.js'

const XSRF = { 'kbn-xsrf': 'true' }
const boom = (statusCode: number, error: string, message: string) => ({ statusCode, error, message })
const OSQUERY = { name: 'osquery_manager', version: '1.15.0' }

describe('Kibana osquery_manager integrations, EPM and Fleet settings', () => {
  let stack: TestStack
  let base: string, admin: string, observer: string
  const asAdmin = (method: string, path: string, body: unknown, status: number) => doJSON(base, method, path, body, status, admin, XSRF)
  const op = async (query: string, variables?: Record<string, unknown>) => {
    const r = await gql(base, query, variables, admin)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  const createPolicy = async (name: string) => (await asAdmin('POST', '/api/fleet/agent_policies', { name, namespace: 'default' }, 200)).body.item
  /** A host enrolled with the policy's Default key: its node key. */
  const enrollOn = async (policyId: string, hostname: string) => {
    const keys = (await asAdmin('GET', `/api/fleet/enrollment_api_keys?kuery=${encodeURIComponent(`policy_id:"${policyId}"`)}`, undefined, 200)).body.items
    return (await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
      enroll_secret: keys[0].api_key, host_identifier: `id-${hostname}`, platform_type: 'linux',
      host_details: { system_info: { hostname, uuid: `uuid-${hostname}` }, os_version: { name: 'Ubuntu', version: '22.04', platform: 'ubuntu' } },
    }, 200)).body.node_key as string
  }
  const legacyBody = (name: string, policyId: string, options: Record<string, unknown>) => ({
    name, policy_id: policyId, package: OSQUERY, enabled: true,
    inputs: [{ type: 'osquery', enabled: true, streams: [], config: { osquery: { value: { options } } } }],
  })

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    await checkAnswersAgainstOpenApi(base, KIBANA_API_PATHS)
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
  })
  after(async () => { await stack.stop() })

  describe('osquery_manager package policies', () => {
    it("writes its osquery options into the agent policy's agent options, seen by hosts (FleetDM's osquery config) and GraphQL", async () => {
      const policy = await createPolicy('Integration policy')
      const nodeKey = await enrollOn(policy.id, 'int-host')
      const created = (await asAdmin('POST', '/api/fleet/package_policies', legacyBody('osquery-1', policy.id, { distributed_interval: 15, logger_tls_period: 20 }), 200)).body.item
      assert.deepEqual(
        [created.name, created.namespace, created.package, created.policy_id, created.policy_ids, created.revision, created.enabled],
        ['osquery-1', 'default', { name: 'osquery_manager', title: 'Osquery Manager', version: '1.15.0' }, policy.id, [policy.id], 1, true],
      )
      assert.equal(typeof created.version, 'string')
      assert.deepEqual(created.inputs[0].config.osquery.value, { options: { distributed_interval: 15, logger_tls_period: 20 }, packs: {} })
      assert.deepEqual([created.inputs[0].type, created.inputs[0].policy_template], ['osquery', 'osquery_manager'])

      await eventually(async () => assert.deepEqual((await doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: nodeKey }, 200)).body.options, { distributed_interval: 15, logger_tls_period: 20 }))
      const g = (await op(`{ agentPolicy(id: "${policy.id}") { agentOptions packagePolicies { id osqueryOptions packageVersion } } }`)).agentPolicy
      assert.deepEqual((g.agentOptions as any).config.options, { distributed_interval: 15, logger_tls_period: 20 })
      assert.deepEqual(g.packagePolicies, [{ id: created.id, osqueryOptions: { distributed_interval: 15, logger_tls_period: 20 }, packageVersion: '1.15.0' }])
      // The agent policy lists it: by id in lists, whole on a single GET.
      assert.deepEqual((await asAdmin('GET', `/api/fleet/agent_policies?kuery=${encodeURIComponent(`name:"Integration policy"`)}`, undefined, 200)).body.items[0].package_policies, [created.id])
      assert.equal((await asAdmin('GET', `/api/fleet/agent_policies/${policy.id}`, undefined, 200)).body.item.package_policies[0].name, 'osquery-1')

      // Its packs: the packs targeting the policy, with their scheduled queries.
      const teamId = (await op(`{ teamsByAgentPolicyIds(agentPolicyIds: ["${policy.id}"]) { databaseId } }`)).teamsByAgentPolicyIds[0].databaseId
      const pack = (await doJSON(base, 'POST', '/api/latest/fleet/packs', { name: 'integration pack', team_ids: [teamId] }, 200, admin)).body.pack
      await doJSON(base, 'POST', '/api/latest/fleet/spec/queries', { specs: [{ name: 'int-uptime', query: 'SELECT * FROM uptime' }] }, 200, admin)
      const queryId = (await op('{ savedQuery(name: "int-uptime") { databaseId } }')).savedQuery.databaseId
      await doJSON(base, 'POST', '/api/latest/fleet/packs/schedule', { pack_id: pack.id, query_id: queryId, interval: 120, snapshot: true }, 200, admin)
      const got = (await asAdmin('GET', `/api/fleet/package_policies/${created.id}`, undefined, 200)).body.item
      assert.deepEqual(got.inputs[0].config.osquery.value.packs, {
        'integration pack': { queries: { 'int-uptime': { query: 'SELECT * FROM uptime', interval: 120, platform: '', version: '', snapshot: true } } },
      })
      await eventually(async () => assert.deepEqual((await doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: nodeKey }, 200)).body.packs, got.inputs[0].config.osquery.value.packs))

      // An update: its revision, and the options hosts get.
      const updated = (await asAdmin('PUT', `/api/fleet/package_policies/${created.id}`, { ...legacyBody('osquery-1 renamed', policy.id, { distributed_interval: 25 }) }, 200)).body.item
      assert.deepEqual([updated.name, updated.revision, updated.inputs[0].config.osquery.value.options], ['osquery-1 renamed', 2, { distributed_interval: 25 }])
      await eventually(async () => assert.deepEqual((await doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: nodeKey }, 200)).body.options, { distributed_interval: 25 }))
    })

    it('accepts the simplified body (policy_ids, blank namespace, streams) and answers in either format', async () => {
      const policy = await createPolicy('Simplified policy')
      const body = {
        policy_ids: [policy.id], package: OSQUERY, name: 'osquery_manager-3', description: '', namespace: '',
        inputs: { 'osquery_manager-osquery': { enabled: true, streams: { 'osquery_manager.action.responses': { enabled: true, vars: {} }, 'osquery_manager.result': { enabled: true, vars: {} } } } },
      }
      const simplified = (await asAdmin('POST', '/api/fleet/package_policies?format=simplified', body, 200)).body.item
      assert.deepEqual(simplified.inputs, { 'osquery_manager-osquery': { enabled: true, streams: body.inputs['osquery_manager-osquery'].streams } })
      assert.deepEqual([simplified.namespace, simplified.policy_ids], ['default', [policy.id]])
      const legacy = (await asAdmin('GET', `/api/fleet/package_policies/${simplified.id}`, undefined, 200)).body.item
      // Stored as JSON objects: the streams' order is not kept.
      assert.deepEqual(legacy.inputs[0].streams.map((s: any) => s.data_stream).sort((a: any, b: any) => a.dataset.localeCompare(b.dataset)), [
        { type: 'logs', dataset: 'osquery_manager.action.responses' }, { type: 'logs', dataset: 'osquery_manager.result' },
      ])
      // An update keeps what its body leaves out, as Kibana's does.
      const renamed = (await asAdmin('PUT', `/api/fleet/package_policies/${simplified.id}`, { name: 'osquery_manager-3 renamed' }, 200)).body.item
      assert.deepEqual([renamed.name, renamed.inputs[0].streams.length, renamed.revision], ['osquery_manager-3 renamed', 2, 2])
    })

    it('keeps client-chosen ids, refuses taken names and ids (409), a second integration on a policy and other packages (400)', async () => {
      const policy = await createPolicy('Conflict policy')
      const other = await createPolicy('Conflict policy 2')
      const made = (await asAdmin('POST', '/api/fleet/package_policies', { ...legacyBody('taken-name', policy.id, {}), id: 'my-osquery' }, 200)).body.item
      assert.equal(made.id, 'my-osquery')
      assert.deepEqual((await asAdmin('POST', '/api/fleet/package_policies', legacyBody('taken-name', other.id, {}), 409)).body,
        boom(409, 'Conflict', 'An integration policy with the name taken-name already exists. Please rename it or choose a different name.'))
      assert.deepEqual((await asAdmin('POST', '/api/fleet/package_policies', { ...legacyBody('fresh', other.id, {}), id: 'my-osquery' }, 409)).body,
        boom(409, 'Conflict', 'Saved object [ingest-package-policies/my-osquery] conflict'))
      assert.deepEqual((await asAdmin('POST', '/api/fleet/package_policies', legacyBody('second', policy.id, {}), 400)).body,
        boom(400, 'Bad Request', "Unable to create integration policy. Integration 'osquery_manager' already exists on this agent policy."))
      for (const name of ['system', 'endpoint']) {
        const r = await asAdmin('POST', '/api/fleet/package_policies', { name: `${name}-1`, policy_id: policy.id, package: { name, version: '1.0.0' }, inputs: [] }, 400)
        assert.match(r.body.message, /^this server manages osquery agents only: /)
      }
      assert.deepEqual((await asAdmin('POST', '/api/fleet/package_policies', legacyBody('nowhere', 'no-such-policy', {}), 404)).body,
        boom(404, 'Not Found', 'Saved object [ingest-agent-policies/no-such-policy] not found'))
      assert.equal((await asAdmin('POST', '/api/fleet/package_policies', { name: 'two', policy_ids: [policy.id, other.id], package: OSQUERY }, 400)).body.statusCode, 400)
    })

    it('lists with kuery, bulk-gets, upgrades (nothing to do) and dry-runs, and deletes', async () => {
      const policy = await createPolicy('Lifecycle policy')
      const pp = (await asAdmin('POST', '/api/fleet/package_policies', { ...legacyBody('lifecycle', policy.id, {}), package: { name: 'osquery_manager', version: '1.14.0' } }, 200)).body.item
      const byPackage = (await asAdmin('GET', `/api/fleet/package_policies?perPage=100&kuery=${encodeURIComponent('ingest-package-policies.package.name:osquery_manager')}`, undefined, 200)).body
      assert.ok(byPackage.items.some((i: any) => i.id === pp.id))
      const byPolicy = (await asAdmin('GET', `/api/fleet/package_policies?kuery=${encodeURIComponent(`fleet-package-policies.policy_id:"${policy.id}"`)}`, undefined, 200)).body
      assert.deepEqual([byPolicy.total, byPolicy.items.map((i: any) => i.name)], [1, ['lifecycle']])
      assert.equal((await asAdmin('GET', `/api/fleet/package_policies?kuery=${encodeURIComponent('package.name:nginx')}`, undefined, 200)).body.total, 0)
      assert.deepEqual((await asAdmin('POST', '/api/fleet/package_policies/_bulk_get', { ids: [pp.id, 'gone'], ignoreMissing: true }, 200)).body.items.map((i: any) => i.id), [pp.id])
      assert.deepEqual((await asAdmin('POST', '/api/fleet/package_policies/_bulk_get', { ids: ['gone'] }, 404)).body, boom(404, 'Not Found', 'Package policy gone not found'))
      assert.deepEqual((await asAdmin('GET', '/api/fleet/package_policies/gone', undefined, 404)).body, boom(404, 'Not Found', 'Package policy gone not found'))

      const dry = (await asAdmin('POST', '/api/fleet/package_policies/upgrade/dryrun', { packagePolicyIds: [pp.id] }, 200)).body
      assert.deepEqual([dry.length, dry[0].name, dry[0].hasErrors, dry[0].diff.length, dry[0].diff[1].package.version], [1, 'lifecycle', false, 2, '1.15.0'])
      assert.deepEqual((await asAdmin('POST', '/api/fleet/package_policies/upgrade', { packagePolicyIds: [pp.id] }, 200)).body, [{ id: pp.id, name: 'lifecycle', success: true }])
      assert.equal((await asAdmin('GET', `/api/fleet/package_policies/${pp.id}`, undefined, 200)).body.item.package.version, '1.15.0')
      // Already at the installed version: reported upgraded, nothing changes.
      const revision = (await asAdmin('GET', `/api/fleet/package_policies/${pp.id}`, undefined, 200)).body.item.revision
      assert.deepEqual((await asAdmin('POST', '/api/fleet/package_policies/upgrade', { packagePolicyIds: [pp.id] }, 200)).body, [{ id: pp.id, name: 'lifecycle', success: true }])
      assert.equal((await asAdmin('GET', `/api/fleet/package_policies/${pp.id}`, undefined, 200)).body.item.revision, revision)
      assert.deepEqual((await asAdmin('POST', '/api/fleet/package_policies/upgrade', { packagePolicyIds: ['gone'] }, 404)).body, boom(404, 'Not Found', 'Package policy gone not found'))

      const deleted = (await asAdmin('POST', '/api/fleet/package_policies/delete', { packagePolicyIds: [pp.id, 'gone'] }, 200)).body
      assert.deepEqual(deleted[0], {
        id: pp.id, name: 'lifecycle', success: true, policy_id: policy.id, policy_ids: [policy.id], package: { name: 'osquery_manager', title: 'Osquery Manager', version: '1.15.0' },
      })
      assert.deepEqual([deleted[1].id, deleted[1].success, deleted[1].statusCode], ['gone', false, 404])
      const again = (await asAdmin('POST', '/api/fleet/package_policies', legacyBody('lifecycle', policy.id, {}), 200)).body.item
      assert.deepEqual((await asAdmin('DELETE', `/api/fleet/package_policies/${again.id}`, undefined, 200)).body, { id: again.id })
      assert.deepEqual((await asAdmin('DELETE', `/api/fleet/package_policies/${again.id}`, undefined, 200)).body, { id: again.id })
    })

    it("puts the default policy's integration on the global agent options, with the All Hosts packs", async () => {
      const pp = (await asAdmin('POST', '/api/fleet/package_policies', legacyBody('global-osquery', 'fleet-default-policy', { distributed_interval: 12 }), 200)).body.item
      const allHosts = (await op('{ labelList { id: databaseId name } }')).labelList.find((l: any) => l.name === 'All Hosts').id
      const pack = (await doJSON(base, 'POST', '/api/latest/fleet/packs', { name: 'everyone', label_ids: [allHosts] }, 200, admin)).body.pack
      await doJSON(base, 'POST', '/api/latest/fleet/spec/queries', { specs: [{ name: 'all-uptime', query: 'SELECT 1' }] }, 200, admin)
      const queryId = (await op('{ savedQuery(name: "all-uptime") { databaseId } }')).savedQuery.databaseId
      await doJSON(base, 'POST', '/api/latest/fleet/packs/schedule', { pack_id: pack.id, query_id: queryId, interval: 60 }, 200, admin)
      const got = (await asAdmin('GET', `/api/fleet/package_policies/${pp.id}`, undefined, 200)).body.item
      assert.deepEqual(got.inputs[0].config.osquery.value, {
        options: { distributed_interval: 12 }, packs: { everyone: { queries: { 'all-uptime': { query: 'SELECT 1', interval: 60, platform: '', version: '' } } } },
      })
      assert.equal(got.policy_id, 'fleet-default-policy')
    })

    it('lets observers read integrations but not write them', async () => {
      await doJSON(base, 'GET', '/api/fleet/package_policies', undefined, 200, observer)
      await doJSON(base, 'POST', '/api/fleet/package_policies', legacyBody('observer', 'fleet-default-policy', {}), 403, observer, XSRF)
      await doJSON(base, 'POST', '/api/fleet/package_policies/delete', { packagePolicyIds: ['x'] }, 403, observer, XSRF)
    })
  })

  describe('EPM: osquery_manager only', () => {
    it('reports the package installed, installs idempotently, serves its manifest, and 404s other packages', async () => {
      const got = (await asAdmin('GET', '/api/fleet/epm/packages/osquery_manager', undefined, 200)).body
      assert.deepEqual([got.item.name, got.item.version, got.item.status, got.item.title], ['osquery_manager', '1.15.0', 'installed', 'Osquery Manager'])
      assert.equal((await asAdmin('GET', '/api/fleet/epm/packages/osquery_manager/1.15.0', undefined, 200)).body.item.version, '1.15.0')
      for (let i = 0; i < 2; i++) {
        assert.deepEqual((await asAdmin('POST', '/api/fleet/epm/packages/osquery_manager/1.15.0', undefined, 200)).body, { _meta: { install_source: 'registry' }, items: [] })
      }
      const manifest = await fetch(`${base}/api/fleet/epm/packages/osquery_manager/1.15.0/manifest.yml`, { headers: { authorization: `Bearer ${admin}` } })
      assert.equal(manifest.status, 200)
      assert.match(manifest.headers.get('content-type') ?? '', /yaml/)
      const text = await manifest.text()
      assert.match(text, /^name: osquery_manager$/m)
      assert.match(text, /^version: 1\.15\.0$/m)
      assert.equal((await asAdmin('GET', '/api/fleet/epm/packages/osquery_manager/1.15.0/docs/README.md', undefined, 404)).body.statusCode, 404)
      for (const [method, path] of [['GET', '/api/fleet/epm/packages/nginx'], ['GET', '/api/fleet/epm/packages/nginx/1.5.0'], ['POST', '/api/fleet/epm/packages/nginx/1.5.0'], ['DELETE', '/api/fleet/epm/packages/system/1.0.0']] as const) {
        const r = await asAdmin(method, path, undefined, 404)
        assert.deepEqual([r.body.statusCode, r.body.error], [404, 'Not Found'], `${method} ${path}`)
      }
      await doJSON(base, 'POST', '/api/fleet/epm/packages/osquery_manager/1.15.0', undefined, 403, observer, XSRF)
    })

    it('refuses to uninstall while an integration is on a policy with hosts, unless forced; a new integration installs it again', async () => {
      const policy = await createPolicy('EPM policy')
      await enrollOn(policy.id, 'epm-host')
      await asAdmin('POST', '/api/fleet/package_policies', legacyBody('epm-osquery', policy.id, {}), 200)
      assert.deepEqual((await asAdmin('DELETE', '/api/fleet/epm/packages/osquery_manager/1.15.0', undefined, 400)).body,
        boom(400, 'Bad Request', 'Unable to remove package with existing package policy(s) in use by agent(s)'))
      assert.deepEqual((await asAdmin('DELETE', '/api/fleet/epm/packages/osquery_manager/1.15.0?force=true', undefined, 200)).body, { items: [] })
      assert.equal((await asAdmin('GET', '/api/fleet/epm/packages/osquery_manager', undefined, 200)).body.item.status, 'not_installed')
      assert.equal((await asAdmin('GET', '/api/fleet/package_policies?perPage=100', undefined, 200)).body.total, 0)
      assert.deepEqual((await asAdmin('DELETE', '/api/fleet/epm/packages/osquery_manager/1.15.0', undefined, 400)).body, boom(400, 'Bad Request', 'osquery_manager is not installed'))
      await asAdmin('POST', '/api/fleet/package_policies', legacyBody('epm-osquery', policy.id, {}), 200)
      assert.equal((await asAdmin('GET', '/api/fleet/epm/packages/osquery_manager', undefined, 200)).body.item.status, 'installed')
    })
  })

  describe('Fleet settings', () => {
    it("answers outputs (this server), setup, and the default Fleet Server host (the public URL), storing a PUT", async () => {
      const outputs = (await asAdmin('GET', '/api/fleet/outputs', undefined, 200)).body
      assert.deepEqual([outputs.total, outputs.items[0].id, outputs.items[0].hosts, outputs.items[0].is_default], [1, 'fleet-default-output', ['https://fleet.example.com'], true])
      assert.equal((await asAdmin('GET', '/api/fleet/outputs/fleet-default-output', undefined, 200)).body.item.id, 'fleet-default-output')
      assert.equal((await asAdmin('GET', '/api/fleet/outputs/other', undefined, 404)).body.statusCode, 404)
      assert.deepEqual((await doJSON(base, 'POST', '/api/fleet/setup', undefined, 200, observer, XSRF)).body, { isInitialized: true, nonFatalErrors: [] })

      const hosts = (await doJSON(base, 'GET', '/api/fleet/fleet_server_hosts', undefined, 200, observer)).body
      assert.deepEqual(hosts.items, [{ id: 'fleet-default-fleet-server-host', name: 'Default', host_urls: ['https://fleet.example.com'], is_default: true, is_internal: false, is_preconfigured: false, proxy_id: null }])
      const put = (await asAdmin('PUT', '/api/fleet/fleet_server_hosts/fleet-default-fleet-server-host', { name: 'Public', host_urls: ['https://fleet.example.com:8443'] }, 200)).body.item
      assert.deepEqual([put.name, put.host_urls, put.is_default], ['Public', ['https://fleet.example.com:8443'], true])
      assert.deepEqual((await asAdmin('GET', '/api/fleet/fleet_server_hosts/fleet-default-fleet-server-host', undefined, 200)).body.item, put)
      assert.equal((await asAdmin('PUT', '/api/fleet/fleet_server_hosts/fleet-default-fleet-server-host', { host_urls: ['ftp://nope'] }, 400)).body.statusCode, 400)
      assert.equal((await asAdmin('PUT', '/api/fleet/fleet_server_hosts/other', { name: 'x' }, 404)).body.statusCode, 404)
      await doJSON(base, 'PUT', '/api/fleet/fleet_server_hosts/fleet-default-fleet-server-host', { name: 'x' }, 403, observer, XSRF)
    })

    it('stores proxies: none at first, then created, changed and deleted', async () => {
      assert.deepEqual((await asAdmin('GET', '/api/fleet/proxies', undefined, 200)).body, { items: [], total: 0, page: 1, perPage: 0 })
      const p = (await asAdmin('POST', '/api/fleet/proxies', { id: 'corp-proxy', name: 'Corp', url: 'http://proxy.example.com:3128', proxy_headers: { 'X-Team': 'sec' } }, 200)).body.item
      assert.deepEqual(p, { id: 'corp-proxy', name: 'Corp', url: 'http://proxy.example.com:3128', proxy_headers: { 'X-Team': 'sec' }, certificate_authorities: null, certificate: null, certificate_key: null, is_preconfigured: false })
      assert.equal((await asAdmin('POST', '/api/fleet/proxies', { id: 'corp-proxy', name: 'Again', url: 'http://p:1' }, 409)).body.statusCode, 409)
      assert.equal((await asAdmin('PUT', '/api/fleet/proxies/corp-proxy', { name: 'Corporate' }, 200)).body.item.name, 'Corporate')
      assert.deepEqual((await asAdmin('GET', '/api/fleet/proxies', undefined, 200)).body.items.map((x: any) => x.name), ['Corporate'])
      assert.deepEqual((await asAdmin('DELETE', '/api/fleet/proxies/corp-proxy', undefined, 200)).body, { id: 'corp-proxy' })
      assert.equal((await asAdmin('GET', '/api/fleet/proxies/corp-proxy', undefined, 404)).body.statusCode, 404)
      assert.equal((await asAdmin('POST', '/api/fleet/proxies', { name: 'bad', url: 'not a url' }, 400)).body.statusCode, 400)
    })
  })
})
