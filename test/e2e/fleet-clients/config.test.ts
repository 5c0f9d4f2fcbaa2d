// Fleet's app config as its clients use it: GET /config (fleetctl get config,
// the UI's first request, Fleet Desktop/fleetctl reading `license`), PATCH
// /config (fleetctl apply kind: config), roles as Fleet, the GraphQL twin, the
// license expiry (LICENSE_EXPIRATION, else a year after setup), and
// maintainers reading enroll secrets (fleetctl get enroll_secret).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freshDatabase, realServices, startIsolatedStack, startStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, checkAnswersAgainstOpenApi, doJSON, gql } from '../../support/client.js'
import { ENROLL_SECRET, PASSWORD, createUser, setupInstance } from '../../support/fleet.js'

const VERSIONS = ['/api/v1/fleet', '/api/2022-04/fleet', '/api/latest/fleet']
const V = '/api/latest/fleet'

/** The top-level keys fleetctl's EnrichedAppConfig decodes (smtp/sso/agent options: admins only). */
const KEYS = [
  'activity_expiry_settings', 'features', 'fleet_desktop', 'host_expiry_settings', 'integrations', 'license', 'logging', 'mdm',
  'org_info', 'server_settings', 'update_interval', 'vulnerabilities', 'vulnerability_settings', 'webhook_settings',
]
const ADMIN_KEYS = [...KEYS, 'agent_options', 'smtp_settings', 'sso_settings'].sort()

const GQL_CONFIG = `{ appConfig { orgName serverUrl contactUrl liveQueryDisabled hostExpiryEnabled hostExpiryWindow features agentOptions smtpSettings license { tier expiration } } }`

async function login(base: string, email: string): Promise<string> {
  return (await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)).body.token
}

/** A user with one team role and no global role. */
async function teamUser(base: string, admin: string, teamId: number, role: 'admin' | 'maintainer' | 'observer'): Promise<string> {
  const email = `team-${role}-${teamId}@example.com`
  await doJSON(base, 'POST', `${V}/users/admin`, { name: `team ${role}`, email, password: PASSWORD, global_role: null, teams: [{ id: teamId, role }] }, 200, admin)
  return login(base, email)
}

describe('GET/PATCH /config, license expiry, enroll secrets for maintainers (premium, LICENSE_EXPIRATION set)', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let maintainer: string
  let observer: string
  let teamAdmin: string
  let teamMaintainer: string
  let teamId: number

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium', LICENSE_EXPIRATION: '2031-06-30' })
    base = stack.url
    admin = (await setupInstance(base)).token
    maintainer = (await createUser(base, admin, 'maintainer')).token
    observer = (await createUser(base, admin, 'observer')).token
    teamId = (await doJSON(base, 'POST', `${V}/spec/teams`, { specs: [{ name: 'Laptops', secrets: [{ secret: 'laptops-secret' }] }] }, 200, admin)).body.team_ids_by_name.Laptops
    teamAdmin = await teamUser(base, admin, teamId, 'admin')
    teamMaintainer = await teamUser(base, admin, teamId, 'maintainer')
    // every /config answer below, errors included, must match the served OpenAPI document
    await checkAnswersAgainstOpenApi(base, /^\/api\/[^/]+\/fleet\/config/)
  })
  after(async () => { await stack.stop() })

  describe('GET /config', () => {
    it('answers every API version with the keys and types fleetctl decodes', async () => {
      for (const prefix of VERSIONS) {
        const c = (await doJSON(base, 'GET', `${prefix}/config`, undefined, 200, admin)).body
        assert.deepEqual(Object.keys(c).sort(), ADMIN_KEYS, prefix)
        assert.deepEqual(c.org_info, {
          org_name: 'Acme', org_logo_url: '', org_logo_url_light_background: '', contact_url: 'https://fleetdm.com/company/contact',
        })
        assert.equal(c.server_settings.server_url, 'https://fleet.example.com')
        for (const k of ['live_query_disabled', 'query_reports_disabled', 'scripts_disabled', 'deferred_save_host', 'enable_analytics']) {
          assert.equal(typeof c.server_settings[k], 'boolean', k)
        }
        assert.deepEqual(c.host_expiry_settings, { host_expiry_enabled: false, host_expiry_window: 0 })
        assert.equal(c.features.enable_host_users, true)
        assert.equal(c.features.enable_software_inventory, true)
        assert.equal(c.fleet_desktop.transparency_url, 'https://fleetdm.com/transparency')
        assert.equal(c.smtp_settings.enable_smtp, false)
        assert.equal(c.smtp_settings.port, 587)
        assert.equal(c.sso_settings.enable_sso, false)
        assert.equal(typeof c.webhook_settings.host_status_webhook.enable_host_status_webhook, 'boolean')
        assert.deepEqual(c.webhook_settings.failing_policies_webhook, { enable_failing_policies_webhook: false, destination_url: '', policy_ids: null, host_batch_size: 0 })
        assert.equal(c.webhook_settings.interval, '24h0m0s')
        assert.equal(c.mdm.enabled_and_configured, false)
        assert.equal(c.mdm.macos_migration.enable, false)
        assert.ok(!('scep_challenge' in c.mdm) && !('enrollment_profile_token' in c.mdm), 'MDM credentials are never shown')
        // Go's time.Duration decodes from nanoseconds
        assert.ok(Number.isInteger(c.update_interval.osquery_detail) && c.update_interval.osquery_detail > 0)
        assert.ok(Number.isInteger(c.update_interval.osquery_policy))
        assert.equal(typeof c.vulnerabilities.disable_data_sync, 'boolean')
        assert.equal(typeof c.logging.result.plugin, 'string')
        assert.deepEqual(c.license, { tier: 'premium', expiration: '2031-06-30T00:00:00Z' })
        assert.ok(c.agent_options.config, 'global admins see the agent options')
      }
    })

    it('observers and maintainers read it without agent options, SMTP or SSO settings; team admins see SMTP/SSO (Fleet\'s obfuscated view)', async () => {
      for (const token of [observer, maintainer, teamMaintainer]) {
        const c = (await doJSON(base, 'GET', `${V}/config`, undefined, 200, token)).body
        assert.deepEqual(Object.keys(c).sort(), [...KEYS].sort())
        assert.equal(c.license.tier, 'premium')
      }
      const t = (await doJSON(base, 'GET', `${V}/config`, undefined, 200, teamAdmin)).body
      assert.deepEqual(Object.keys(t).sort(), [...KEYS, 'smtp_settings', 'sso_settings'].sort())
      assertFleetError((await doJSON(base, 'GET', `${V}/config`, undefined, 401)).body, 'Authorization header required')
    })
  })

  describe('PATCH /config', () => {
    it('merges the given keys over the stored config and answers the new config; GraphQL sees the change', async () => {
      const r = await doJSON(base, 'PATCH', `${V}/config`, {
        org_info: { org_name: 'Acme Corp', contact_url: 'https://help.acme.example' },
        host_expiry_settings: { host_expiry_enabled: true, host_expiry_window: 30 },
        features: { enable_software_inventory: false },
      }, 200, admin)
      assert.equal(r.body.org_info.org_name, 'Acme Corp')
      assert.equal(r.body.org_info.contact_url, 'https://help.acme.example')
      assert.equal(r.body.server_settings.server_url, 'https://fleet.example.com', 'keys left out keep their value')
      assert.deepEqual(r.body.host_expiry_settings, { host_expiry_enabled: true, host_expiry_window: 30 })
      assert.equal(r.body.features.enable_software_inventory, false)
      assert.equal(r.body.features.enable_host_users, true, 'features merge key by key')
      assert.deepEqual(r.body.license, { tier: 'premium', expiration: '2031-06-30T00:00:00Z' })

      const g = (await gql(base, GQL_CONFIG, undefined, observer)).data!.appConfig
      assert.equal(g.orgName, 'Acme Corp')
      assert.equal(g.contactUrl, 'https://help.acme.example')
      assert.equal(g.hostExpiryEnabled, true)
      assert.equal(g.hostExpiryWindow, 30)
      assert.equal(g.features.enable_software_inventory, false)
      assert.equal(g.agentOptions, null, 'observers get no agent options over GraphQL either')
      assert.equal(g.smtpSettings, null)
      assert.deepEqual(g.license, { tier: 'premium', expiration: '2031-06-30T00:00:00.000Z' })
    })

    it('a GraphQL change shows in GET /config', async () => {
      const m = await gql(base, `mutation($i: AppConfigInput!) { updateAppConfig(input: $i) { orgName liveQueryDisabled } }`,
        { i: { orgName: 'Acme via GraphQL', liveQueryDisabled: true } }, admin)
      assert.deepEqual(m.data!.updateAppConfig, { orgName: 'Acme via GraphQL', liveQueryDisabled: true })
      const c = (await doJSON(base, 'GET', `${V}/config`, undefined, 200, maintainer)).body
      assert.equal(c.org_info.org_name, 'Acme via GraphQL')
      assert.equal(c.server_settings.live_query_disabled, true)
      await doJSON(base, 'PATCH', `${V}/config`, { server_settings: { live_query_disabled: false } }, 200, admin)
    })

    it('?dry_run=true validates without saving (the answer is the unchanged config); invalid input is still refused', async () => {
      const before = (await doJSON(base, 'GET', `${V}/config`, undefined, 200, admin)).body
      const r = await doJSON(base, 'PATCH', `${V}/config?dry_run=true`, { org_info: { org_name: 'Dry Run Inc' } }, 200, admin)
      assert.equal(r.body.org_info.org_name, before.org_info.org_name)
      assert.deepEqual((await doJSON(base, 'GET', `${V}/config`, undefined, 200, admin)).body, before)
      const bad = await doJSON(base, 'PATCH', `${V}/config?dry_run=true`, { org_info: { org_name: '' } }, 422, admin)
      assertFleetError(bad.body, 'Validation Failed')
    })

    it('validates agent_options unless ?force=true', async () => {
      const options = { config: { options: { distributed_interval: 15 } }, overrides: {}, not_an_option: 1 }
      const r = await doJSON(base, 'PATCH', `${V}/config`, { agent_options: options }, 400, admin)
      assertFleetError(r.body)
      assert.match(JSON.stringify(r.body.errors), /not_an_option/)
      const wrongType = await doJSON(base, 'PATCH', `${V}/config`, { agent_options: { config: 'nope' } }, 400, admin)
      assertFleetError(wrongType.body)
      const forced = await doJSON(base, 'PATCH', `${V}/config?force=true`, { agent_options: options }, 200, admin)
      assert.deepEqual(forced.body.agent_options, options)
      const ok = { config: { options: { distributed_interval: 10, logger_tls_period: 10 } }, overrides: {} }
      assert.deepEqual((await doJSON(base, 'PATCH', `${V}/config`, { agent_options: ok }, 200, admin)).body.agent_options, ok)
    })

    it('unknown keys and wrong types are 400s in Fleet\'s error shape (strict decoding)', async () => {
      const top = await doJSON(base, 'PATCH', `${V}/config`, { org_info: { org_name: 'X' }, not_a_setting: true }, 400, admin)
      assertFleetError(top.body, 'Bad request')
      assert.match(JSON.stringify(top.body.errors), /unsupported key provided: \\"not_a_setting\\"/)
      const nested = await doJSON(base, 'PATCH', `${V}/config`, { org_info: { org_nam: 'typo' } }, 400, admin)
      assert.match(JSON.stringify(nested.body.errors), /org_nam/)
      assertFleetError((await doJSON(base, 'PATCH', `${V}/config`, { host_expiry_settings: { host_expiry_window: 'thirty' } }, 400, admin)).body)
      assertFleetError((await doJSON(base, 'PATCH', `${V}/config`, '[1, 2]', 400, admin)).body)
      assertFleetError((await doJSON(base, 'PATCH', `${V}/config`, undefined, 400, admin)).body)
      assert.notEqual((await doJSON(base, 'GET', `${V}/config`, undefined, 200, admin)).body.org_info.org_name, 'X', 'nothing was saved')
    })

    it('invalid settings are 422s with Fleet\'s messages', async () => {
      const reasons = async (body: unknown) => {
        const r = await doJSON(base, 'PATCH', `${V}/config`, body, 422, admin)
        assertFleetError(r.body, 'Validation Failed')
        return r.body.errors.map((e: any) => `${e.name}: ${e.reason}`)
      }
      assert.deepEqual(await reasons({ org_info: { org_name: '  ' } }), ['org_name: organization name must be present'])
      assert.deepEqual(await reasons({ server_settings: { server_url: '' } }), ['server_url: Fleet server URL must be present'])
      assert.match((await reasons({ server_settings: { server_url: 'not a url' } }))[0], /^server_url: Couldn't update settings: /)
      assert.deepEqual(await reasons({ host_expiry_settings: { host_expiry_enabled: true, host_expiry_window: 0 } }),
        ['host_expiry_settings.host_expiry_window: When enabling host expiry, host expiry window must be a positive number.'])
      assert.match((await reasons({ org_info: { contact_url: 'javascript:alert(1)' } }))[0], /^contact_url: /)
    })

    it('only global admins write: maintainers, observers and team admins get 403, no token 401', async () => {
      for (const token of [maintainer, observer, teamAdmin]) {
        assertFleetError((await doJSON(base, 'PATCH', `${V}/config`, { org_info: { org_name: 'Mine' } }, 403, token)).body, 'Permission Denied')
      }
      assertFleetError((await doJSON(base, 'PATCH', `${V}/config`, { org_info: { org_name: 'Mine' } }, 401)).body)
      assert.notEqual((await doJSON(base, 'GET', `${V}/config`, undefined, 200, admin)).body.org_info.org_name, 'Mine')
    })

    it('hostile bodies get 4xx: larger than the body limit, nested too deep, a huge string', async () => {
      const huge = JSON.stringify({ org_info: { org_name: 'x'.repeat(2 * 1024 * 1024) } })
      assertFleetError((await doJSON(base, 'PATCH', `${V}/config`, huge, 413, admin)).body)
      const deep = '['.repeat(5000) + ']'.repeat(5000)
      assertFleetError((await doJSON(base, 'PATCH', `${V}/config`, `{"agent_options": {"config": {"x": ${deep}}}}`, 400, admin)).body)
      const long = await doJSON(base, 'PATCH', `${V}/config`, { org_info: { org_name: 'y'.repeat(20_000) } }, 400, admin)
      assertFleetError(long.body)
      const name = await doJSON(base, 'PATCH', `${V}/config`, { org_info: { org_name: 'z'.repeat(300) } }, 422, admin)
      assertFleetError(name.body, 'Validation Failed')
      assert.equal((await doJSON(base, 'GET', `${V}/config`, undefined, 200, admin)).status, 200, 'the server still answers')
    })

    it('GET\'s answer applies back unchanged (fleetctl get config, then apply)', async () => {
      const c = (await doJSON(base, 'GET', `${V}/config`, undefined, 200, admin)).body
      const back = await doJSON(base, 'PATCH', `${V}/config`, c, 200, admin)
      assert.deepEqual(back.body, c)
    })

    it('webhook destinations: failing policies and the MDM migration webhook round-trip through Fleet\'s keys', async () => {
      const r = await doJSON(base, 'PATCH', `${V}/config`, {
        webhook_settings: { failing_policies_webhook: { enable_failing_policies_webhook: true, destination_url: 'https://hooks.example.com/p' } },
        mdm: { macos_migration: { enable: true, mode: 'voluntary', webhook_url: 'https://hooks.example.com/m' } },
      }, 200, admin)
      assert.equal(r.body.webhook_settings.failing_policies_webhook.destination_url, 'https://hooks.example.com/p')
      assert.equal(r.body.webhook_settings.failing_policies_webhook.enable_failing_policies_webhook, true)
      assert.deepEqual(r.body.mdm.macos_migration, { enable: true, mode: 'voluntary', webhook_url: 'https://hooks.example.com/m' })
      const g = (await gql(base, '{ appConfig { failingPoliciesWebhookUrl mdmMigrationWebhookUrl } }', undefined, admin)).data!.appConfig
      assert.deepEqual(g, { failingPoliciesWebhookUrl: 'https://hooks.example.com/p', mdmMigrationWebhookUrl: 'https://hooks.example.com/m' })
      const off = await doJSON(base, 'PATCH', `${V}/config`, { webhook_settings: { failing_policies_webhook: { enable_failing_policies_webhook: false } } }, 200, admin)
      assert.equal(off.body.webhook_settings.failing_policies_webhook.enable_failing_policies_webhook, false)
    })
  })

  describe('enroll secrets (Fleet\'s policy.rego: global admins and maintainers; team admins and maintainers for their team)', () => {
    it('global maintainers read and write the global secrets (fleetctl get/apply enroll_secret); observers get 403', async () => {
      const r = await doJSON(base, 'GET', `${V}/spec/enroll_secret`, undefined, 200, maintainer)
      assert.ok(r.body.spec.secrets.some((s: any) => s.secret === ENROLL_SECRET))
      await doJSON(base, 'POST', `${V}/spec/enroll_secret`, { spec: { secrets: [{ secret: ENROLL_SECRET }, { secret: 'maintainer-added' }] } }, 200, maintainer)
      const after = (await doJSON(base, 'GET', `${V}/spec/enroll_secret`, undefined, 200, maintainer)).body.spec.secrets.map((s: any) => s.secret)
      assert.deepEqual(after.sort(), [ENROLL_SECRET, 'maintainer-added'].sort())
      for (const token of [observer, teamMaintainer]) {
        assertFleetError((await doJSON(base, 'GET', `${V}/spec/enroll_secret`, undefined, 403, token)).body, 'Permission Denied')
      }
      const g = await gql(base, '{ enrollSecrets { secret } }', undefined, maintainer)
      assert.ok(g.data!.enrollSecrets.length >= 2)
    })

    it("team maintainers read their team's secrets over GraphQL; team observers do not", async () => {
      const doc = '{ teams(first: 5) { nodes { name enrollSecrets { secret } } } }'
      const m = await gql(base, doc, undefined, teamMaintainer)
      assert.deepEqual(m.data!.teams.nodes, [{ name: 'Laptops', enrollSecrets: [{ secret: 'laptops-secret' }] }])
      const g = await gql(base, doc, undefined, maintainer)
      assert.deepEqual(g.data!.teams.nodes[0].enrollSecrets, [{ secret: 'laptops-secret' }])
      const o = await gql(base, doc, undefined, await teamUser(base, admin, teamId, 'observer'))
      assert.equal(o.errors?.[0]?.extensions?.code, 'FORBIDDEN')
    })
  })
})

describe('license expiry without LICENSE_EXPIRATION: a year after setup, stable across restarts; Free shows the zero time', () => {
  const { databaseUrl, redisUrl } = realServices()
  let dataDir: string
  let db: Awaited<ReturnType<typeof freshDatabase>> | undefined
  let env: NodeJS.ProcessEnv
  let stack: TestStack | undefined

  before(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'fleetgraph-license-'))
    db = databaseUrl ? await freshDatabase(databaseUrl) : undefined
    env = { DATA_DIR: dataDir, DATABASE_URL: db?.url ?? '', REDIS_URL: redisUrl ?? '' }
  })
  after(async () => {
    await stack?.stop()
    await db?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('reports the same expiry, about a year ahead, on GET /config, GraphQL and Fleet Desktop, across a restart', async () => {
    stack = await startStack({ ...env, LICENSE_TIER: 'premium' })
    const admin = (await setupInstance(stack.url)).token
    const first = (await doJSON(stack.url, 'GET', `${V}/config`, undefined, 200, admin)).body.license
    assert.equal(first.tier, 'premium')
    const days = (Date.parse(first.expiration) - Date.now()) / 86_400_000
    assert.ok(days > 360 && days <= 366, `expires in ${days} days`)
    assert.match(first.expiration, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'Fleet\'s RFC 3339 time, whole seconds')
    const g = (await gql(stack.url, '{ appConfig { license { tier expiration } } }', undefined, admin)).data!.appConfig.license
    assert.equal(Date.parse(g.expiration), Date.parse(first.expiration))

    const key = (await doJSON(stack.url, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET, hardware_uuid: 'uuid-lic' }, 200)).body.orbit_node_key
    await doJSON(stack.url, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: key, device_auth_token: 'lic-device-token-0001' }, 200)
    const device = (await doJSON(stack.url, 'GET', `${V}/device/lic-device-token-0001`, undefined, 200)).body.license
    assert.deepEqual(device, first, 'Fleet Desktop reports the same license')

    await stack.stop()
    stack = await startStack({ ...env, LICENSE_TIER: 'premium' })
    const again = (await doJSON(stack.url, 'GET', `${V}/config`, undefined, 200, await login(stack.url, 'admin@example.com'))).body.license
    assert.deepEqual(again, first, 'the default expiry is derived from stored data, not the process start')

    await stack.stop()
    stack = await startStack({ ...env, LICENSE_TIER: 'free' })
    const free = (await doJSON(stack.url, 'GET', `${V}/config`, undefined, 200, await login(stack.url, 'admin@example.com'))).body
    assert.deepEqual(free.license, { tier: 'free', expiration: '0001-01-01T00:00:00Z' })
    const t = await doJSON(stack.url, 'PATCH', `${V}/config`, { fleet_desktop: { transparency_url: 'https://acme.example/about' } }, 422, await login(stack.url, 'admin@example.com'))
    assertFleetError(t.body, 'Validation Failed')
    // GET's default page applies back on Free (fleetctl get config, then apply)
    await doJSON(stack.url, 'PATCH', `${V}/config`, free, 200, await login(stack.url, 'admin@example.com'))
  })

  it('an invalid LICENSE_EXPIRATION stops the server at start with a message naming it', async () => {
    await assert.rejects(startStack({ ...env, LICENSE_EXPIRATION: '31/12/2030' }, { timeoutMs: 30_000 }), /LICENSE_EXPIRATION: "31\/12\/2030" is not an ISO 8601 date/)
    await assert.rejects(startStack({ ...env, LICENSE_EXPIRATION: '2030-02-30' }, { timeoutMs: 30_000 }), /LICENSE_EXPIRATION/)
  })
})
