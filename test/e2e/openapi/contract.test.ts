// The OpenAPI document against the real stack: every answer below, successes and errors, is
// checked against what the document the stack serves (GET /api/openapi.json) says of that path,
// method and status: a JSON body with a JSON Schema 2020-12 validator (ajv), a file by its media
// type, a redirect by its Location, a 204 by its empty body. At least one success of every area
// (the document's tags), and errors in each of the three shapes (Fleet, osquery, Kibana).
//
// The validator: rest-compat/test/support/openapi.ts, which rest-compat's contract tests use too.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { gql } from '../../support/client.js'
import { ENROLL_SECRET, enrollHost, PASSWORD } from '../../support/fleet.js'
import { describeErrors, openApiContract, type OpenApiDoc } from '../../../rest-compat/test/support/openapi.js'

interface Call {
  body?: unknown
  form?: Record<string, string>
  raw?: { type: string; bytes: Buffer }
  token?: string | null
  headers?: Record<string, string>
}

describe('REST answers match the OpenAPI document', () => {
  let stack: TestStack
  let base: string
  let doc: OpenApiDoc
  let contract: ReturnType<typeof openApiContract>
  let admin: string
  /** `METHOD template` → the response keys answers were checked against. */
  const checked = new Map<string, Set<string>>()

  /**
   * Sends a request, asserts the status, and checks the answer against the document.
   * Returns the parsed JSON body (or undefined for answers without one).
   */
  async function call<T = any>(method: string, path: string, status: number, c: Call = {}): Promise<T> {
    const token = c.token === undefined ? admin : c.token
    const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...c.headers }
    let payload: BodyInit | undefined
    if (c.body !== undefined) { headers['content-type'] = 'application/json'; payload = JSON.stringify(c.body) }
    if (c.form) { headers['content-type'] = 'application/x-www-form-urlencoded'; payload = new URLSearchParams(c.form).toString() }
    if (c.raw) { headers['content-type'] = c.raw.type; payload = new Uint8Array(c.raw.bytes) }
    const res = await fetch(base + path, { method, headers, body: payload, redirect: 'manual' })
    const bytes = Buffer.from(await res.arrayBuffer())
    assert.equal(res.status, status, `${method} ${path}: expected ${status}, got ${res.status}: ${bytes.toString('utf8').slice(0, 500)}`)
    const { template, key, response } = contract.responseFor(method, path, res.status)
    const seen = checked.get(`${method} ${template}`) ?? new Set<string>()
    checked.set(`${method} ${template}`, seen.add(key))
    const type = (res.headers.get('content-type') ?? '').split(';')[0]
    const documented = Object.keys(response.content ?? {})
    if (method === 'HEAD' || res.status === 204 || (res.status >= 300 && res.status < 400)) {
      assert.deepEqual(documented, [], `${method} ${template} ${key}: documented with a body`)
      if (response.headers?.Location) assert.ok(res.headers.get('location'), `${method} ${path}: no Location`)
      if (response.headers?.['Content-Length']) assert.ok(res.headers.get('content-length'), `${method} ${path}: no Content-Length`)
      return undefined as T
    }
    assert.deepEqual(documented, [type], `${method} ${template} ${key}: answered ${type}, documented ${documented.join(', ')}`)
    if (type !== 'application/json') return undefined as T
    const body = JSON.parse(bytes.toString('utf8'))
    const r = contract.check(method, path, res.status, body)
    assert.equal(r.errors.length, 0, `${method} ${path} → ${res.status} does not match ${r.template} ${r.response}:\n${describeErrors(r.errors)}\n${JSON.stringify(body).slice(0, 2000)}`)
    return body as T
  }

  const V = '/api/latest/fleet'

  before(async () => {
    // Premium: the Premium routes (team specs, Fleet Desktop's desktop and policies) answer too.
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    const res = await fetch(`${base}/api/openapi.json`)
    assert.equal(res.status, 200)
    doc = await res.json() as OpenApiDoc
    contract = openApiContract(doc)
  })
  after(async () => { await stack?.stop() })

  it('setup and sessions: POST /setup once, log in, me, log out; 401 and 404 in Fleet\u2019s shape', async () => {
    const body = {
      admin: { admin: true, email: 'admin@example.com', name: 'Admin', password: PASSWORD, password_confirmation: PASSWORD },
      org_info: { org_name: 'Acme' }, server_url: 'https://fleet.example.com', osquery_enroll_secret: ENROLL_SECRET,
    }
    admin = (await call('POST', '/api/v1/setup', 200, { token: null, body })).token
    await call('POST', '/api/setup', 404, { token: null, body })
    await call('POST', '/api/v1/fleet/login', 200, { token: null, body: { email: 'admin@example.com', password: PASSWORD } })
    await call('POST', '/api/v1/fleet/login', 401, { token: null, body: { email: 'admin@example.com', password: 'wrong password 1!' } })
    await call('GET', `${V}/me`, 200)
    await call('GET', '/api/v1/fleet/me', 401, { token: null })
    const disposable = (await call('POST', '/api/2022-04/fleet/login', 200, { token: null, body: { email: 'admin@example.com', password: PASSWORD } })).token
    await call('POST', `${V}/logout`, 200, { token: disposable })
    await call('GET', `${V}/me`, 401, { token: disposable })
    await call('GET', '/api/v7/fleet/me', 404)
  })

  it('users: list, create; 409 for a taken email, 400 for a wrongly typed field', async () => {
    await call('GET', `${V}/users?per_page=10`, 200)
    const user = { name: 'Maintainer', email: 'maintainer@example.com', password: PASSWORD, global_role: 'maintainer' }
    await call('POST', `${V}/users/admin`, 200, { body: user })
    await call('POST', `${V}/users/admin`, 409, { body: user })
    await call('POST', `${V}/users/admin`, 400, { body: { ...user, name: 7 } })
  })

  it('configuration: GET and PATCH /config (merge, dry run); 400 for an unknown key, 422 for an invalid setting', async () => {
    await call('GET', `${V}/config`, 200)
    await call('PATCH', `${V}/config`, 200, { body: { org_info: { contact_url: 'https://help.example.com' } } })
    await call('PATCH', `${V}/config?dry_run=true`, 200, { body: { host_expiry_settings: { host_expiry_enabled: true, host_expiry_window: 7 } } })
    await call('PATCH', `${V}/config`, 400, { body: { not_a_setting: 1 } })
    await call('PATCH', `${V}/config`, 422, { body: { org_info: { org_name: '' } } })
  })

  it('configuration files: labels, teams, enroll secrets, queries, policies, packs', async () => {
    await call('POST', `${V}/spec/labels`, 200, { body: { specs: [{ name: 'contract label', query: 'SELECT 1', label_membership_type: 'dynamic' }] } })
    await call('GET', `${V}/spec/labels`, 200)
    await call('GET', `${V}/spec/labels/${encodeURIComponent('contract label')}`, 200)
    await call('GET', `${V}/spec/labels/nope`, 404)
    await call('POST', `${V}/spec/teams`, 200, { body: { specs: [{ name: 'Contract team' }] } })
    await call('POST', `${V}/spec/teams`, 400, { body: { specs: [{ name: 'Contract team', unknown_key: 1 }] } })
    await call('GET', `${V}/spec/enroll_secret`, 200)
    await call('POST', `${V}/spec/enroll_secret?dry_run=true`, 200, { body: { spec: { secrets: [{ secret: ENROLL_SECRET }] } } })
    await call('POST', `${V}/spec/queries`, 200, { body: { specs: [{ name: 'contract query', query: 'SELECT 1' }] } })
    await call('GET', `${V}/spec/queries`, 200)
    await call('GET', `${V}/spec/queries/${encodeURIComponent('contract query')}`, 200)
    await call('POST', `${V}/spec/policies`, 200, { body: { specs: [{ name: 'contract policy', query: 'SELECT 1' }] } })
    await call('POST', `${V}/spec/packs`, 200, { body: { specs: [{ name: 'contract spec pack', queries: [{ query: 'contract query', name: 'q', interval: 60 }] }] } })
    await call('GET', `${V}/spec/packs`, 200)
    await call('GET', `${V}/spec/packs/${encodeURIComponent('contract spec pack')}`, 200)
  })

  it('reports (saved queries, formerly queries): list and get on both spellings; 404 and 400', async () => {
    const list = await call('GET', `${V}/reports?query=contract`, 200)
    await call('GET', `${V}/queries?order_key=name&per_page=5`, 200)
    await call('GET', `${V}/reports/${(list as any).reports[0].id}`, 200)
    await call('GET', `${V}/queries/999999`, 404)
    await call('GET', `${V}/reports?order_key=nope`, 400)
  })

  it('packs and scheduled queries, on the v1 and the 2022-04/latest paths; 404 and 422', async () => {
    const pack = (await call('POST', `${V}/packs`, 200, { body: { name: 'contract pack', description: 'd' } })).pack
    await call('POST', `${V}/packs`, 409, { body: { name: 'contract pack' } })
    await call('GET', `${V}/packs/${pack.id}`, 200)
    await call('GET', '/api/v1/fleet/packs', 200)
    await call('PATCH', `${V}/packs/${pack.id}`, 200, { body: { platform: 'linux' } })
    await call('GET', `${V}/packs/999999`, 404)
    await call('GET', `${V}/packs/not-a-number`, 404)
    const queryId = Number((await gql(base, '{ savedQuery(name: "contract query") { id: databaseId } }', undefined, admin)).data!.savedQuery.id)
    const v1 = (await call('POST', '/api/v1/fleet/schedule', 200, { body: { pack_id: pack.id, query_id: queryId, interval: 60 } })).scheduled
    const latest = (await call('POST', `${V}/packs/schedule`, 200, { body: { pack_id: pack.id, query_id: queryId, interval: 120, shard: 10 } })).scheduled
    await call('POST', '/api/v1/fleet/schedule', 422, { body: { pack_id: 999999, query_id: queryId, interval: 60 } })
    await call('GET', `${V}/packs/${pack.id}/scheduled`, 200)
    await call('GET', `/api/v1/fleet/schedule/${v1.id}`, 200)
    await call('GET', `${V}/packs/schedule/${latest.id}`, 200)
    await call('PATCH', `/api/v1/fleet/schedule/${v1.id}`, 200, { body: { interval: 300 } })
    await call('PATCH', `${V}/packs/schedule/${latest.id}`, 200, { body: { shard: null } })
    await call('DELETE', `/api/v1/fleet/schedule/${v1.id}`, 200)
    await call('DELETE', `${V}/packs/schedule/${latest.id}`, 200)
    await call('DELETE', `${V}/packs/schedule/${latest.id}`, 404)
    await call('DELETE', `${V}/packs/id/${pack.id}`, 200)
    await call('POST', `${V}/packs`, 200, { body: { name: 'contract pack 2' } })
    await call('DELETE', `${V}/packs/${encodeURIComponent('contract pack 2')}`, 200)
  })

  it('live queries: status, targets, runs (by ids, names, identifiers), SockJS info; 400 without targets', async () => {
    await enrollHost(base, 'contract.local')
    const hosts = (await call('POST', `${V}/hosts/search`, 200, { body: { query: 'contract' } })).hosts
    assert.equal(hosts.length, 1)
    await call('GET', `${V}/status/live_query`, 200)
    await call('GET', `${V}/status/result_store`, 200)
    await call('POST', `${V}/targets/count`, 200, { body: { selected: { hosts: [hosts[0].id] } } })
    await call('POST', `${V}/queries/run`, 200, { body: { query: 'SELECT 1', selected: { hosts: [hosts[0].id] } } })
    await call('POST', `${V}/queries/run`, 400, { body: { query: 'SELECT 1', selected: { hosts: [] } } })
    await call('POST', `${V}/queries/run_by_names`, 200, { body: { query: 'SELECT 1', selected: { hosts: ['contract.local'] } } })
    await call('POST', `${V}/queries/run_by_identifiers`, 200, { body: { query: 'SELECT 1', selected: { labels: ['All Hosts'] } } })
    await call('GET', `${V}/results/info`, 200, { token: null })
    // The host itself: moved to no team, then deleted.
    await call('POST', `${V}/hosts/transfer`, 200, { body: { team_id: null, hosts: [hosts[0].id] } })
    await call('DELETE', `${V}/hosts/${hosts[0].id}`, 200)
    await call('DELETE', `${V}/hosts/${hosts[0].id}`, 404)
  })

  it('cron: trigger a schedule by name; 404 naming the valid ones', async () => {
    await call('POST', `${V}/trigger?name=cleanups_then_aggregation`, 200)
    await call('POST', `${V}/trigger?name=nope`, 404)
  })

  it('installers: upload (raw bytes), check (HEAD), download (a file); 400 for an unknown kind', async () => {
    await call('PUT', `${V}/installers/deb?enroll_secret=${ENROLL_SECRET}`, 200, { raw: { type: 'application/octet-stream', bytes: Buffer.from('a tiny installer') } })
    await call('HEAD', `/api/v1/fleet/download_installer/deb?enroll_secret=${ENROLL_SECRET}`, 200)
    await call('POST', '/api/v1/fleet/download_installer/deb', 200, { token: null, form: { token: admin, enroll_secret: ENROLL_SECRET } })
    await call('POST', '/api/v1/fleet/download_installer/exe', 400, { token: null, form: { token: admin, enroll_secret: ENROLL_SECRET } })
    await call('PUT', `${V}/installers/deb`, 400, { raw: { type: 'application/octet-stream', bytes: Buffer.from('x') } })
  })

  it('MDM: DEP key pair, CSR; Fleet errors while MDM is off (its 204s need Apple MDM configured)', async () => {
    await call('POST', `${V}/mdm/apple/dep/key_pair`, 200)
    await call('POST', `${V}/mdm/apple/request_csr`, 200, { body: { email_address: 'admin@example.com', organization: 'Acme' } })
    await call('POST', `${V}/mdm/apple/request_csr`, 422, { body: { email_address: 'not an address', organization: 'Acme' } })
    await call('POST', `${V}/mdm/apple/profiles/batch`, 422, { body: { profiles: [] } })
    await call('POST', `${V}/mdm/apple/profiles/preassign`, 400, { body: { external_host_identifier: 'x', host_uuid: 'nope', profile: 'not base64 plist' } })
    await call('POST', `${V}/mdm/apple/profiles/match`, 400, { body: {} })
    await call('POST', `${V}/mdm/sso`, 400, { token: null })
    await call('POST', `${V}/mdm/sso/callback`, 400, { token: null, body: {} })
  })

  it('orbit and device routes: enroll, device token, Fleet Desktop; osquery\u2019s shape for a bad secret or node key', async () => {
    await call('POST', '/api/fleet/orbit/enroll', 401, { token: null, body: { enroll_secret: 'wrong', hardware_uuid: 'uuid-contract.local' } })
    const orbitKey = (await call('POST', '/api/fleet/orbit/enroll', 200, { token: null, body: { enroll_secret: ENROLL_SECRET, hardware_uuid: 'uuid-contract.local' } })).orbit_node_key
    const deviceToken = randomUUID()
    await call('POST', '/api/fleet/orbit/device_token', 401, { token: null, body: { orbit_node_key: 'nope', device_auth_token: deviceToken } })
    await call('POST', '/api/fleet/orbit/device_token', 200, { token: null, body: { orbit_node_key: orbitKey, device_auth_token: deviceToken } })
    const dev = `${V}/device/${deviceToken}`
    await call('GET', dev, 200, { token: null })
    await call('POST', `${dev}/refetch`, 200, { token: null })
    await call('GET', `${dev}/device_mapping`, 200, { token: null })
    await call('GET', `${dev}/macadmins`, 200, { token: null })
    await call('GET', `${dev}/desktop`, 200, { token: null })
    await call('GET', `${dev}/policies`, 200, { token: null })
    await call('GET', `${dev}/api_features`, 200, { token: null })
    await call('GET', `${dev}/transparency`, 307, { token: null })
    await call('GET', `${dev}/mdm/apple/manual_enrollment_profile`, 400, { token: null })
    await call('POST', `${dev}/migrate_mdm`, 400, { token: null })
    await call('GET', `${V}/device/${randomUUID()}`, 401, { token: null })
  })

  it('Kibana\u2019s Fleet API: agent setup; Boom errors for a missing kbn-xsrf, no credentials, an unknown version', async () => {
    await call('GET', '/api/fleet/agents/setup', 200, { headers: { 'elastic-api-version': '2023-10-31' } })
    await call('GET', '/api/fleet/agents/setup', 401, { token: null })
    await call('GET', '/api/fleet/agents/setup', 400, { headers: { 'elastic-api-version': '1999-01-01' } })
    await call('POST', '/api/fleet/logstash_api_keys', 400, { body: {} })
    await call('POST', '/api/fleet/logstash_api_keys', 400, { body: {}, headers: { 'kbn-xsrf': 'true' } })
    await call('GET', '/api/osquery/saved_queries?page=1&pageSize=5', 200)
    await call('GET', '/api/osquery/packs/999999', 404)
  })

  it('exercised every area of the API with a success, and errors in each of the three shapes', (t) => {
    const successes = new Set<string>()
    const errorShapes = new Set<string>()
    for (const [op, keys] of checked) {
      const [method, template] = op.split(' ')
      const tag = doc.paths[template][method.toLowerCase()].tags?.[0] ?? '?'
      if ([...keys].some((k) => /^[23]/.test(k))) successes.add(tag)
      for (const k of keys) {
        const ref = (doc.paths[template][method.toLowerCase()].responses[k] as { $ref?: string }).$ref
        const schema = JSON.stringify(ref ? doc.components?.responses?.[ref.split('/').pop()!] : doc.paths[template][method.toLowerCase()].responses[k])
        for (const shape of ['FleetError', 'OsqueryError', 'KibanaError']) if (/^[45]/.test(k) && schema.includes(`/${shape}"`)) errorShapes.add(shape)
      }
    }
    assert.deepEqual([...successes].sort(), (doc.tags ?? []).map((x) => x.name).sort(), 'a success in every tag of the document')
    assert.deepEqual([...errorShapes].sort(), ['FleetError', 'KibanaError', 'OsqueryError'])
    const operations = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`))
    const unexercised = operations.filter((o) => !checked.has(o))
    t.diagnostic(`${checked.size} of ${operations.length} operations exercised${unexercised.length ? `; not here: ${unexercised.join(', ')}` : ''}`)
  })

  it('fails an answer that does not match (the checks above can fail)', () => {
    const me = '/api/latest/fleet/me'
    assert.equal(contract.check('GET', me, 200, { available_teams: [] }).errors.length > 0, true, 'a missing member')
    assert.ok(contract.check('GET', me, 200, { user: 'admin', available_teams: [] }).errors.length > 0, 'a member of the wrong type')
    const user = { created_at: '', updated_at: '', id: 1, name: 'a', email: 'a@b', force_password_reset: false, gravatar_url: '', sso_enabled: false, global_role: 'admin', api_only: false, position: '', teams: [] }
    assert.deepEqual(contract.check('GET', me, 200, { user, available_teams: [] }).errors, [], 'the right shape passes')
    const extra = contract.check('GET', me, 200, { user: { ...user, password: 'x' }, available_teams: [] })
    assert.match(describeErrors(extra.errors), /additional properties \(password\)/, 'an undocumented member')
    assert.ok(contract.check('GET', me, 200, { user: { ...user, global_role: 'root' }, available_teams: [] }).errors.length > 0, 'a value outside the enum')
    // Errors too: Fleet's body needs its uuid; Kibana's Boom payload is not Fleet's.
    assert.ok(contract.check('GET', me, 401, { message: 'Authentication required', errors: [] }).errors.length > 0)
    assert.ok(contract.check('GET', '/api/fleet/agents/setup', 401, { message: 'x', errors: [], uuid: 'u' }).errors.length > 0)
    assert.throws(() => contract.check('GET', '/api/latest/fleet/no/such/route', 200, {}), /no GET operation/)
    assert.throws(() => contract.check('POST', `${V}/mdm/apple/profiles/batch`, 204, {}), /has no JSON body/)
  })
})
