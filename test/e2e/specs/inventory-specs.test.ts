// Spec routes owned by inventory ("Get or apply configuration files"): labels,
// teams and enroll secrets, through REST (Fleet's JSON) and their GraphQL twins.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, eventually, gql } from '../../support/client.js'
import { ENROLL_SECRET, createUser, enrollHost, setupInstance } from '../../support/fleet.js'

const V1 = '/api/v1/fleet'
const LATEST = '/api/latest/fleet'
const SQLISH = `Robert'); DROP TABLE labels; -- "quoted" \\ 100%`

/** Enrolls an agent with `secret`; returns the HTTP status (200, or 401 for an unknown secret). */
async function enrollWith(base: string, secret: string, hostname: string, expected: number) {
  await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
    enroll_secret: secret, host_identifier: `id-${hostname}`, host_details: { system_info: { hostname } },
  }, expected)
}

function reasons(body: any): string[] { return body.errors.map((e: any) => e.reason) }

describe('spec routes: labels, enroll secrets and teams (premium)', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let maintainer: string
  let observer: string

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    maintainer = (await createUser(base, admin, 'maintainer')).token
    observer = (await createUser(base, admin, 'observer')).token
    for (const h of ['web-1', 'web-2', `db'1`]) await enrollHost(base, h)
  })
  after(async () => { await stack.stop() })

  // ------------------------------------------------------------ labels

  describe('labels', () => {
    it('GET /spec/labels lists the builtin labels with the documented keys', async () => {
      const r = await doJSON(base, 'GET', `${V1}/spec/labels`, undefined, 200, observer)
      assert.deepEqual(Object.keys(r.body), ['specs'])
      const all = r.body.specs.find((s: any) => s.name === 'All Hosts')
      assert.deepEqual(all, {
        id: all.id, name: 'All Hosts', description: 'All hosts which have enrolled in Fleet', query: 'SELECT 1;',
        label_type: 'builtin', label_membership_type: 'dynamic',
      })
      assert.equal(typeof all.id, 'number')
      const mac = r.body.specs.find((s: any) => s.name === 'macOS')
      assert.deepEqual(Object.keys(mac), ['id', 'name', 'description', 'query', 'platform', 'label_type', 'label_membership_type'])
      assert.equal(mac.platform, 'darwin')
      const names = r.body.specs.map((s: any) => s.name)
      for (const n of ['All Hosts', 'macOS', 'Ubuntu Linux', 'CentOS Linux', 'MS Windows', 'Red Hat Linux', 'All Linux', 'chrome']) assert.ok(names.includes(n), n)
    })

    it('applies the documented example and returns {}; GET by name has the documented shape', async () => {
      const r = await doJSON(base, 'POST', `${V1}/spec/labels`, {
        specs: [
          { name: 'Ubuntu', description: 'Filters Ubuntu hosts', query: "SELECT 1 FROM os_version WHERE platform = 'ubuntu';", label_membership_type: 'dynamic' },
          { name: 'local_machine', description: 'Includes only my local machine', label_membership_type: 'manual', hosts: ['snacbook-pro.local'] },
        ],
      }, 200, admin)
      assert.deepEqual(r.body, {})
      const local = await doJSON(base, 'GET', `${V1}/spec/labels/local_machine`, undefined, 200, observer)
      assert.deepEqual(local.body, {
        specs: { id: local.body.specs.id, name: 'local_machine', description: 'Includes only my local machine', query: '', label_membership_type: 'manual' },
      })
      const ubuntu = await doJSON(base, 'GET', `${LATEST}/spec/labels/Ubuntu`, undefined, 200, admin)
      assert.deepEqual(ubuntu.body.specs, {
        id: ubuntu.body.specs.id, name: 'Ubuntu', description: 'Filters Ubuntu hosts',
        query: "SELECT 1 FROM os_version WHERE platform = 'ubuntu';", label_membership_type: 'dynamic',
      })
      const list = await doJSON(base, 'GET', `${LATEST}/spec/labels`, undefined, 200, admin)
      assert.deepEqual(list.body.specs.find((s: any) => s.name === 'Ubuntu'), ubuntu.body.specs)
    })

    it('manual labels: membership is replaced by the named hosts; unknown hostnames are ignored', async () => {
      const spec = { name: 'manual-a', description: 'd', label_membership_type: 'manual', hosts: ['web-2', 'web-1', 'nope.local'] }
      await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [spec] }, 200, admin)
      let got = await doJSON(base, 'GET', `${V1}/spec/labels/manual-a`, undefined, 200, admin)
      assert.deepEqual(got.body.specs.hosts, ['web-1', 'web-2'])
      assert.deepEqual(Object.keys(got.body.specs), ['id', 'name', 'description', 'query', 'label_membership_type', 'hosts'])
      await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [{ ...spec, hosts: [`db'1`] }] }, 200, admin)
      got = await doJSON(base, 'GET', `${V1}/spec/labels/manual-a`, undefined, 200, admin)
      assert.deepEqual(got.body.specs.hosts, [`db'1`])
      await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [{ ...spec, hosts: [] }] }, 200, admin)
      got = await doJSON(base, 'GET', `${V1}/spec/labels/manual-a`, undefined, 200, admin)
      assert.equal('hosts' in got.body.specs, false)
    })

    it('applying the same specs twice gives the same result (upsert by name)', async () => {
      const specs = [
        { name: 'idem-dyn', description: 'x', query: 'SELECT 1;', platform: 'darwin' },
        { name: 'idem-man', description: 'y', label_membership_type: 'manual', hosts: ['web-1'] },
      ]
      await doJSON(base, 'POST', `${V1}/spec/labels`, { specs }, 200, admin)
      const first = (await doJSON(base, 'GET', `${V1}/spec/labels`, undefined, 200, admin)).body
      await doJSON(base, 'POST', `${V1}/spec/labels`, { specs }, 200, admin)
      const second = (await doJSON(base, 'GET', `${V1}/spec/labels`, undefined, 200, admin)).body
      assert.deepEqual(second, first)
      const dyn = first.specs.find((s: any) => s.name === 'idem-dyn')
      assert.deepEqual(dyn, { id: dyn.id, name: 'idem-dyn', description: 'x', query: 'SELECT 1;', platform: 'darwin', label_membership_type: 'dynamic' })
      // GET output applies back unchanged (id and label_type are accepted and ignored)
      await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: first.specs.filter((s: any) => s.name.startsWith('idem-')) }, 200, admin)
      assert.deepEqual((await doJSON(base, 'GET', `${V1}/spec/labels`, undefined, 200, admin)).body, first)
    })

    it('an update overwrites description, query and platform', async () => {
      await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [{ name: 'upd', description: 'old', query: 'SELECT 1;', platform: 'linux' }] }, 200, maintainer)
      await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [{ name: 'upd', query: 'SELECT 2;' }] }, 200, maintainer)
      const got = await doJSON(base, 'GET', `${V1}/spec/labels/upd`, undefined, 200, admin)
      assert.deepEqual(got.body.specs, { id: got.body.specs.id, name: 'upd', description: '', query: 'SELECT 2;', label_membership_type: 'dynamic' })
    })

    it('stores names and queries with quotes or SQL literally', async () => {
      const q = `SELECT 1 FROM users WHERE username = 'o''brien' -- ; DROP TABLE hosts;`
      await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [{ name: SQLISH, description: '"é" ✓', query: q }] }, 200, admin)
      const got = await doJSON(base, 'GET', `${V1}/spec/labels/${encodeURIComponent(SQLISH)}`, undefined, 200, admin)
      assert.equal(got.body.specs.name, SQLISH)
      assert.equal(got.body.specs.query, q)
      assert.equal(got.body.specs.description, '"é" ✓')
      const all = await doJSON(base, 'GET', `${V1}/spec/labels`, undefined, 200, admin)
      assert.ok(all.body.specs.some((s: any) => s.name === 'All Hosts'))
    })

    it('refuses to change or shadow a builtin label (422)', async () => {
      for (const spec of [
        { name: 'All Hosts', query: 'SELECT 2;' },
        { name: 'all hosts', query: 'SELECT 2;' },
        { name: 'custom', query: 'SELECT 2;', label_type: 'builtin' },
      ]) {
        const r = await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [spec] }, 422, admin)
        assertFleetError(r.body, 'Validation Failed')
        assert.deepEqual(r.body.errors, [{ name: 'base', reason: `cannot modify built-in label '${spec.name}'` }])
      }
      const all = await doJSON(base, 'GET', `${V1}/spec/labels/${encodeURIComponent('All Hosts')}`, undefined, 200, admin)
      assert.equal(all.body.specs.query, 'SELECT 1;')
      await doJSON(base, 'GET', `${V1}/spec/labels/custom`, undefined, 404, admin)
    })

    it('422 for dynamic labels with hosts, manual labels without hosts, empty names and dynamic labels without a query', async () => {
      const cases: [any, string][] = [
        [{ name: 'dyn-hosts', query: 'SELECT 1;', hosts: ['web-1'] }, 'hosts'],
        [{ name: 'man-nohosts', label_membership_type: 'manual' }, 'hosts'],
        [{ name: 'man-nullhosts', label_membership_type: 'manual', hosts: null }, 'hosts'],
        [{ name: '', query: 'SELECT 1;' }, 'name'],
        [{ query: 'SELECT 1;' }, 'name'],
        [{ name: 'no-query', label_membership_type: 'dynamic' }, 'query'],
      ]
      for (const [spec, field] of cases) {
        const r = await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [spec] }, 422, admin)
        assertFleetError(r.body, 'Validation Failed')
        assert.deepEqual(r.body.errors.map((e: any) => e.name), [field], JSON.stringify(r.body))
      }
    })

    it('400 for an invalid label_membership_type, wrong JSON types or a missing body', async () => {
      const bad = await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [{ name: 'x', query: 'SELECT 1;', label_membership_type: 'sometimes' }] }, 400, admin)
      assertFleetError(bad.body, 'Bad request')
      assertFleetError((await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [{ name: 5 }] }, 400, admin)).body, 'Bad request')
      assertFleetError((await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: 'x' }, 400, admin)).body, 'Bad request')
      assertFleetError((await doJSON(base, 'POST', `${V1}/spec/labels`, undefined, 400, admin)).body, 'Bad request')
      await doJSON(base, 'GET', `${V1}/spec/labels/x`, undefined, 404, admin)
    })

    it('a failed apply writes nothing', async () => {
      const r = await doJSON(base, 'POST', `${V1}/spec/labels`, {
        specs: [
          { name: 'atomic-ok', query: 'SELECT 1;' },
          { name: 'upd', query: 'SELECT 99;' },
          { name: 'macOS', query: 'SELECT 1;' },
        ],
      }, 422, admin)
      assertFleetError(r.body, 'Validation Failed')
      const missing = await doJSON(base, 'GET', `${V1}/spec/labels/atomic-ok`, undefined, 404, admin)
      assertFleetError(missing.body, 'Resource Not Found')
      assert.equal((await doJSON(base, 'GET', `${V1}/spec/labels/upd`, undefined, 200, admin)).body.specs.query, 'SELECT 2;')
    })

    it('roles: observers read but get 403 on apply; no token is 401', async () => {
      const r = await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [{ name: 'obs', query: 'SELECT 1;' }] }, 403, observer)
      assertFleetError(r.body, 'Permission Denied')
      await doJSON(base, 'GET', `${V1}/spec/labels/obs`, undefined, 404, observer)
      assertFleetError((await doJSON(base, 'GET', `${V1}/spec/labels`, undefined, 401)).body, 'Authorization header required')
      assertFleetError((await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [] }, 401)).body, 'Authorization header required')
    })

    it('404 in Fleet shape for an unknown label name', async () => {
      const r = await doJSON(base, 'GET', `${LATEST}/spec/labels/${encodeURIComponent('no such label')}`, undefined, 404, admin)
      assertFleetError(r.body, 'Resource Not Found')
      assert.match(r.body.errors[0].reason, /no such label/)
    })

    it('GraphQL twin: applyLabelSpecs, labelSpecs and labelSpec', async () => {
      const m = await gql(base, `mutation($s: [LabelSpecInput!]!) { applyLabelSpecs(specs: $s) }`, {
        s: [{ name: 'gql-manual', description: 'g', labelMembershipType: 'manual', hosts: ['web-2'] }],
      }, maintainer)
      assert.deepEqual(m, { data: { applyLabelSpecs: true } })
      const one = await gql(base, `query($n: String!) { labelSpec(name: $n) { name query platform labelType labelMembershipType hosts } }`, { n: 'gql-manual' }, observer)
      assert.deepEqual(one.data?.labelSpec, { name: 'gql-manual', query: '', platform: '', labelType: 'regular', labelMembershipType: 'manual', hosts: ['web-2'] })
      const all = await gql(base, `{ labelSpecs { name labelType hosts } }`, undefined, observer)
      assert.deepEqual(all.data?.labelSpecs.find((l: any) => l.name === 'All Hosts'), { name: 'All Hosts', labelType: 'builtin', hosts: null })
      const denied = await gql(base, `mutation { applyLabelSpecs(specs: [{ name: "x", query: "SELECT 1;" }]) }`, undefined, observer)
      assert.equal(denied.errors?.[0].extensions.code, 'FORBIDDEN')
      const builtin = await gql(base, `mutation { applyLabelSpecs(specs: [{ name: "chrome", query: "SELECT 1;" }]) }`, undefined, admin)
      assert.equal(builtin.errors?.[0].extensions.code, 'VALIDATION_FAILED')
      const badType = await gql(base, `mutation { applyLabelSpecs(specs: [{ name: "x", query: "SELECT 1;", labelMembershipType: "both" }]) }`, undefined, admin)
      assert.equal(badType.errors?.[0].extensions.code, 'BAD_REQUEST')
      const missing = await gql(base, `{ labelSpec(name: "nope") { id } }`, undefined, admin)
      assert.equal(missing.errors?.[0].extensions.code, 'NOT_FOUND')
    })
  })

  // ------------------------------------------------------------ enroll secrets

  describe('enroll secrets', () => {
    it('GET /spec/enroll_secret returns the global secrets with the documented keys', async () => {
      const r = await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 200, admin)
      assert.deepEqual(Object.keys(r.body), ['spec'])
      assert.deepEqual(Object.keys(r.body.spec), ['secrets'])
      assert.equal(r.body.spec.secrets.length, 1)
      const [s] = r.body.spec.secrets
      assert.deepEqual(Object.keys(s), ['secret', 'created_at'])
      assert.equal(s.secret, ENROLL_SECRET)
      assert.match(s.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    })

    it('POST replaces every global secret; old secrets stop enrolling, new ones work', async () => {
      const r = await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, { spec: { secrets: [{ secret: 'global-a' }, { secret: SQLISH }] } }, 200, admin)
      assert.deepEqual(r.body, {})
      const got = await doJSON(base, 'GET', `${LATEST}/spec/enroll_secret`, undefined, 200, admin)
      assert.deepEqual(got.body.spec.secrets.map((s: any) => s.secret).sort(), ['global-a', SQLISH].sort())
      await enrollWith(base, ENROLL_SECRET, 'old-secret-host', 401)
      await enrollWith(base, 'global-a', 'new-secret-host', 200)
      await enrollWith(base, SQLISH, 'sqlish-secret-host', 200)
    })

    it('applying the same secrets twice changes nothing (created_at kept)', async () => {
      const body = { spec: { secrets: [{ secret: 'global-a' }, { secret: 'global-b' }] } }
      await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, body, 200, admin)
      const first = (await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 200, admin)).body
      await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, body, 200, admin)
      // GET output applies back as is
      await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, first, 200, admin)
      assert.deepEqual((await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 200, admin)).body, first)
    })

    it('422 for more than 50, empty or duplicate secrets; nothing is written', async () => {
      const many = Array.from({ length: 51 }, (_, i) => ({ secret: `s-${i}` }))
      await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, { spec: { secrets: many.slice(0, 50) } }, 200, admin)
      const before = (await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 200, admin)).body
      assert.equal(before.spec.secrets.length, 50)
      const tooMany = await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, { spec: { secrets: many } }, 422, admin)
      assertFleetError(tooMany.body, 'Validation Failed')
      assert.deepEqual(tooMany.body.errors, [{ name: 'secrets', reason: 'too many secrets' }])
      const empty = await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, { spec: { secrets: [{ secret: 'fresh-1' }, { secret: '' }] } }, 422, admin)
      assertFleetError(empty.body, 'Validation Failed')
      assert.equal(empty.body.errors[0].name, 'secrets')
      const dup = await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, { spec: { secrets: [{ secret: 'fresh-1' }, { secret: 'fresh-1' }] } }, 422, admin)
      assertFleetError(dup.body, 'Validation Failed')
      assert.deepEqual((await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 200, admin)).body, before)
    })

    it('400 for a body without spec.secrets or with wrong types', async () => {
      assertFleetError((await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, {}, 400, admin)).body, 'Bad request')
      assertFleetError((await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, { spec: { secrets: ['plain'] } }, 400, admin)).body, 'Bad request')
      assertFleetError((await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, '{"spec":', 400, admin)).body, 'Bad request')
    })

    it('dry_run=true validates and writes nothing', async () => {
      const before = (await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 200, admin)).body
      await doJSON(base, 'POST', `${V1}/spec/enroll_secret?dry_run=true`, { spec: { secrets: [{ secret: 'dry-secret' }] } }, 200, admin)
      await doJSON(base, 'POST', `${V1}/spec/enroll_secret?dry_run=1`, { spec: { secrets: [{ secret: '' }] } }, 422, admin)
      assert.deepEqual((await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 200, admin)).body, before)
    })

    it('global admins and maintainers only (Fleet\'s policy.rego): observers get 403', async () => {
      await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 200, maintainer)
      assertFleetError((await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 403, observer)).body, 'Permission Denied')
      assertFleetError((await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, { spec: { secrets: [{ secret: 'x' }] } }, 403, observer)).body, 'Permission Denied')
      assertFleetError((await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 401)).body, 'Authorization header required')
    })

    it('GraphQL twin: enrollSecrets and applyEnrollSecretSpec', async () => {
      const m = await gql(base, `mutation($s: [String!]!) { applyEnrollSecretSpec(secrets: $s) }`, { s: ['gql-global'] }, admin)
      assert.deepEqual(m, { data: { applyEnrollSecretSpec: true } })
      const q = await gql(base, `{ enrollSecrets { secret createdAt teamId } }`, undefined, admin)
      assert.equal(q.data?.enrollSecrets.length, 1)
      assert.deepEqual({ ...q.data?.enrollSecrets[0], createdAt: undefined }, { secret: 'gql-global', createdAt: undefined, teamId: null })
      const tooMany = await gql(base, `mutation($s: [String!]!) { applyEnrollSecretSpec(secrets: $s) }`, { s: Array.from({ length: 51 }, (_, i) => `g${i}`) }, admin)
      assert.equal(tooMany.errors?.[0].extensions.code, 'VALIDATION_FAILED')
      assert.deepEqual(tooMany.errors?.[0].extensions.errors, [{ name: 'secrets', reason: 'too many secrets' }])
      const denied = await gql(base, `{ enrollSecrets { secret } }`, undefined, observer)
      assert.equal(denied.errors?.[0].extensions.code, 'FORBIDDEN')
      // restore the fixture secret for later enrollments
      await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, { spec: { secrets: [{ secret: ENROLL_SECRET }] } }, 200, admin)
    })
  })

  // ------------------------------------------------------------ teams

  describe('teams', () => {
    const docExample = {
      specs: [{
        name: 'Client Platform Engineering',
        features: { enable_host_users: false, enable_software_inventory: true, additional_queries: { foo: 'SELECT * FROM bar;' } },
        agent_options: {
          spec: {
            config: {
              options: { pack_delimiter: '/', logger_tls_period: 10, distributed_plugin: 'tls', disable_distributed: false, logger_tls_endpoint: '/api/v1/osquery/log', distributed_interval: 10, distributed_tls_max_attempts: 3 },
              decorators: { load: ['SELECT uuid AS host_uuid FROM system_info;', 'SELECT hostname AS hostname FROM system_info;'] },
            },
            overrides: {},
          },
        },
        secrets: [{ secret: 'doc-team-secret-1' }, { secret: 'doc-team-secret-2' }],
        mdm: {
          macos_updates: { minimum_version: '12.3.1', deadline: '2023-12-01' },
          macos_settings: { custom_settings: ['path/to/profile1.mobileconfig'], enable_disk_encryption: true },
        },
      }],
    }
    let cpeId: number

    async function teamOfHost(hostname: string): Promise<string | null> {
      const r = await gql(base, `{ hostList { hostname team { name } } }`, undefined, admin)
      return r.data.hostList.find((h: any) => h.hostname === hostname)?.team?.name ?? null
    }
    async function teamNames(): Promise<string[]> {
      return (await gql(base, `{ teamList { name } }`, undefined, admin)).data.teamList.map((t: any) => t.name)
    }

    it('applies the documented example: {"team_ids_by_name": {name: id}}; its secrets enroll into the team', async () => {
      const r = await doJSON(base, 'POST', `${V1}/spec/teams`, docExample, 200, admin)
      assert.deepEqual(Object.keys(r.body), ['team_ids_by_name', 'fleet_ids_by_name'], 'both of Fleet\'s names for the key (2026 rename)')
      assert.deepEqual(Object.keys(r.body.team_ids_by_name), ['Client Platform Engineering'])
      cpeId = r.body.team_ids_by_name['Client Platform Engineering']
      assert.equal(typeof cpeId, 'number')
      await enrollWith(base, 'doc-team-secret-2', 'cpe-host', 200)
      assert.equal(await teamOfHost('cpe-host'), 'Client Platform Engineering')
    })

    it('applying the same spec twice keeps the team (same id, same secrets)', async () => {
      const r = await doJSON(base, 'POST', `${LATEST}/spec/teams`, docExample, 200, admin)
      assert.deepEqual(r.body, { team_ids_by_name: { 'Client Platform Engineering': cpeId }, fleet_ids_by_name: { 'Client Platform Engineering': cpeId } })
      await enrollWith(base, 'doc-team-secret-1', 'cpe-host-2', 200)
      assert.deepEqual((await teamNames()).filter((n) => n === 'Client Platform Engineering'), ['Client Platform Engineering'])
    })

    it('secrets: absent keeps them, a list replaces them, [] removes them all', async () => {
      await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'secrets-team', secrets: [{ secret: 'st-1' }] }] }, 200, admin)
      await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'secrets-team' }] }, 200, admin)
      await enrollWith(base, 'st-1', 'st-host-1', 200)
      await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'secrets-team', secrets: [{ secret: 'st-2' }] }] }, 200, admin)
      await enrollWith(base, 'st-1', 'st-host-2', 401)
      await enrollWith(base, 'st-2', 'st-host-3', 200)
      assert.equal(await teamOfHost('st-host-3'), 'secrets-team')
      await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'secrets-team', secrets: [] }] }, 200, admin)
      await enrollWith(base, 'st-2', 'st-host-4', 401)
    })

    it('matches teams by name without case and accepts agent_options null (cleared)', async () => {
      const r = await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'client platform engineering', agent_options: null }] }, 200, admin)
      assert.deepEqual(r.body, { team_ids_by_name: { 'client platform engineering': cpeId }, fleet_ids_by_name: { 'client platform engineering': cpeId } })
      await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'Client Platform Engineering' }] }, 200, admin)
    })

    it("sends a team's agent options to its hosts, and a changed spec on their next config request once the change is heard", async () => {
      const spec = (interval: number) => ({ specs: [{ name: 'agents-team', secrets: [{ secret: 'agents-team-secret' }], agent_options: { config: { options: { distributed_interval: interval } } } }] })
      await doJSON(base, 'POST', `${V1}/spec/teams`, spec(33), 200, admin)
      const enrolled = await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
        enroll_secret: 'agents-team-secret', host_identifier: 'id-agents-host', host_details: { system_info: { hostname: 'agents-host' } },
      }, 200)
      const config = async () => (await doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: enrolled.body.node_key }, 200)).body
      await eventually(async () => assert.equal((await config()).options.distributed_interval, 33))
      await doJSON(base, 'POST', `${V1}/spec/teams`, spec(44), 200, admin)
      await eventually(async () => assert.equal((await config()).options.distributed_interval, 44))
      // a host without a team gets the instance's options
      const globalHost = await enrollHost(base, 'agents-global-host')
      const global = (await doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: globalHost }, 200)).body
      assert.equal(global.options.distributed_interval, 10)
    })

    it('dry_run=true validates, writes nothing and returns an empty map', async () => {
      const r = await doJSON(base, 'POST', `${V1}/spec/teams?dry_run=true`, { specs: [{ name: 'dry-team', secrets: [{ secret: 'dry-team-secret' }] }] }, 200, admin)
      assert.deepEqual(r.body, { team_ids_by_name: {}, fleet_ids_by_name: {} })
      assert.ok(!(await teamNames()).includes('dry-team'))
      await enrollWith(base, 'dry-team-secret', 'dry-host', 401)
      const bad = await doJSON(base, 'POST', `${V1}/spec/teams?dry_run=1`, { specs: [{ name: 'No team' }] }, 422, admin)
      assertFleetError(bad.body, 'Validation Failed')
    })

    it('400 for unknown keys unless force=true', async () => {
      const top = await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'forced-team', unknown_key: 1 }] }, 400, admin)
      assertFleetError(top.body, 'Bad request')
      assert.match(top.body.errors[0].reason, /unknown field "unknown_key"/)
      const mdm = await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'forced-team', mdm: { macos_updates: { whatever: 'x' } } }] }, 400, admin)
      assertFleetError(mdm.body, 'Bad request')
      const ao = await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'forced-team', agent_options: { config: {}, bogus: true } }] }, 400, admin)
      assertFleetError(ao.body, 'Bad request')
      assert.ok(!(await teamNames()).includes('forced-team'))
      const forced = await doJSON(base, 'POST', `${V1}/spec/teams?force=true`, {
        specs: [{ name: 'forced-team', unknown_key: 1, mdm: { macos_updates: { whatever: 'x' } }, agent_options: { config: {}, bogus: true } }],
      }, 200, admin)
      assert.equal(typeof forced.body.team_ids_by_name['forced-team'], 'number')
    })

    it('400 for agent_options or features of the wrong type, even with force', async () => {
      for (const spec of [
        { name: 'typed-team', agent_options: 'not an object' },
        { name: 'typed-team', agent_options: { config: 'not an object' } },
        { name: 'typed-team', features: { enable_host_users: 'yes' } },
        { name: 'typed-team', secrets: 'nope' },
      ]) {
        assertFleetError((await doJSON(base, 'POST', `${V1}/spec/teams?force=true`, { specs: [spec] }, 400, admin)).body, 'Bad request')
      }
      assert.ok(!(await teamNames()).includes('typed-team'))
    })

    it('422 for reserved or empty names, too many secrets and bad macOS update settings', async () => {
      const cases: [any, string, string?][] = [
        [{ name: 'All teams' }, 'name'],
        [{ name: 'no TEAM' }, 'name'],
        [{ name: '' }, 'name'],
        [{}, 'name'],
        [{ name: 'many-secrets', secrets: Array.from({ length: 51 }, (_, i) => ({ secret: `ms-${i}` })) }, 'secrets', 'too many secrets'],
        [{ name: 'empty-secret', secrets: [{ secret: '' }] }, 'secrets'],
        [{ name: 'taken-secret', secrets: [{ secret: ENROLL_SECRET }] }, 'secrets'],
        [{ name: 'stolen-secret', secrets: [{ secret: 'doc-team-secret-1' }] }, 'secrets'],
        [{ name: 'nudge', mdm: { macos_updates: { minimum_version: '13.1' } } }, 'mdm.macos_updates.deadline'],
      ]
      for (const [spec, field, reason] of cases) {
        const r = await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [spec] }, 422, admin)
        assertFleetError(r.body, 'Validation Failed')
        assert.equal(r.body.errors[0].name, field, JSON.stringify(r.body))
        if (reason) assert.equal(r.body.errors[0].reason, reason)
      }
      const names = await teamNames()
      for (const n of ['many-secrets', 'empty-secret', 'taken-secret', 'stolen-secret', 'nudge']) assert.ok(!names.includes(n), n)
    })

    it('a failed apply writes nothing', async () => {
      const r = await doJSON(base, 'POST', `${V1}/spec/teams`, {
        specs: [{ name: 'atomic-team', secrets: [{ secret: 'atomic-secret' }] }, { name: 'Client Platform Engineering', secrets: [] }, { name: 'All Teams' }],
      }, 422, admin)
      assertFleetError(r.body, 'Validation Failed')
      assert.ok(!(await teamNames()).includes('atomic-team'))
      await enrollWith(base, 'atomic-secret', 'atomic-host', 401)
      await enrollWith(base, 'doc-team-secret-1', 'cpe-host-3', 200)
    })

    it('stores names with quotes or SQL literally', async () => {
      const r = await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: SQLISH }] }, 200, admin)
      assert.deepEqual(Object.keys(r.body.team_ids_by_name), [SQLISH])
      assert.ok((await teamNames()).includes(SQLISH))
    })

    it('admins only: maintainers and observers get 403; no token is 401', async () => {
      for (const token of [maintainer, observer]) {
        assertFleetError((await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'not-allowed' }] }, 403, token)).body, 'Permission Denied')
      }
      await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'not-allowed' }] }, 401)
      assert.ok(!(await teamNames()).includes('not-allowed'))
    })

    it('GraphQL twin: applyTeamSpecs with dryRun and force', async () => {
      const doc = `mutation($s: [TeamSpecInput!]!, $d: Boolean, $f: Boolean) { applyTeamSpecs(specs: $s, dryRun: $d, force: $f) { name id } }`
      const dry = await gql(base, doc, { s: [{ name: 'gql-team' }], d: true }, admin)
      assert.deepEqual(dry, { data: { applyTeamSpecs: [] } })
      const ok = await gql(base, doc, { s: [{ name: 'gql-team', secrets: ['gql-team-secret'], features: { enable_host_users: false } }] }, admin)
      assert.equal(ok.errors, undefined, JSON.stringify(ok.errors))
      assert.equal(ok.data.applyTeamSpecs[0].name, 'gql-team')
      await enrollWith(base, 'gql-team-secret', 'gql-team-host', 200)
      assert.equal(await teamOfHost('gql-team-host'), 'gql-team')
      const unknown = await gql(base, doc, { s: [{ name: 'gql-team', agentOptions: { nope: 1 } }] }, admin)
      assert.equal(unknown.errors?.[0].extensions.code, 'BAD_REQUEST')
      const forced = await gql(base, doc, { s: [{ name: 'gql-team', agentOptions: { nope: 1 } }], f: true }, admin)
      assert.deepEqual(forced.data?.applyTeamSpecs, ok.data.applyTeamSpecs)
      const reserved = await gql(base, doc, { s: [{ name: 'All teams' }] }, admin)
      assert.equal(reserved.errors?.[0].extensions.code, 'VALIDATION_FAILED')
      const denied = await gql(base, doc, { s: [{ name: 'gql-team' }] }, maintainer)
      assert.equal(denied.errors?.[0].extensions.code, 'FORBIDDEN')
    })

    it('a global enroll secret already used by a team is refused (422)', async () => {
      const r = await doJSON(base, 'POST', `${V1}/spec/enroll_secret`, { spec: { secrets: [{ secret: ENROLL_SECRET }, { secret: 'doc-team-secret-1' }] } }, 422, admin)
      assertFleetError(r.body, 'Validation Failed')
      assert.equal(r.body.errors[0].name, 'secrets')
      const got = await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 200, admin)
      assert.deepEqual(got.body.spec.secrets.map((s: any) => s.secret), [ENROLL_SECRET])
    })
  })
})

describe('spec routes: teams on Fleet Free', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let observer: string

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
  })
  after(async () => { await stack.stop() })

  it('POST /spec/teams is 402 "Requires Fleet Premium license" for any logged-in user', async () => {
    for (const token of [admin, observer]) {
      const r = await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'free-team' }] }, 402, token)
      assertFleetError(r.body, 'Requires Fleet Premium license')
      assert.deepEqual(reasons(r.body), ['Requires Fleet Premium license'])
    }
    await doJSON(base, 'POST', `${V1}/spec/teams?dry_run=true`, { specs: [{ name: 'free-team' }] }, 402, admin)
    await doJSON(base, 'POST', `${V1}/spec/teams`, { specs: [{ name: 'free-team' }] }, 401)
    const g = await gql(base, `mutation { applyTeamSpecs(specs: [{ name: "free-team" }]) { id } }`, undefined, admin)
    assert.equal(g.errors?.[0].extensions.code, 'PAYMENT_REQUIRED')
    assert.deepEqual((await gql(base, `{ teamList { name } }`, undefined, admin)).data.teamList, [])
  })

  it('labels and enroll secrets work on Free', async () => {
    await doJSON(base, 'POST', `${V1}/spec/labels`, { specs: [{ name: 'free-label', query: 'SELECT 1;' }] }, 200, admin)
    await doJSON(base, 'GET', `${V1}/spec/labels/free-label`, undefined, 200, observer)
    await doJSON(base, 'GET', `${V1}/spec/enroll_secret`, undefined, 200, admin)
  })
})
