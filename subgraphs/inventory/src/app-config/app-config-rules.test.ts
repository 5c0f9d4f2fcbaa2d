// The instance-settings rules: the license as reported, the merge of a change
// over the stored settings, and Fleet's checks.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseEnv, sharedShape } from '@fleetgraph/subgraph-kit'
import { NO_EXPIRATION, appConfigChange, licenseOf, publicMdm } from './app-config-rules.js'
import type { AppConfigRow } from './app-config.type.js'

const SET_UP = new Date('2026-03-01T10:20:30.456Z')
const stored: AppConfigRow = {
  org_name: 'Acme', org_logo_url: '', org_logo_url_light_background: '', contact_url: 'https://fleetdm.com/company/contact',
  server_url: 'https://fleet.example.com', license_tier: 'free', live_query_disabled: false, enable_host_users: true,
  transparency_url: '', mdm_migration_webhook_url: '', failing_policies_webhook_url: '', host_expiry_enabled: false, host_expiry_window: 0,
  agent_options: null, features: { enable_host_users: true, enable_software_inventory: true }, mdm: {}, created_at: SET_UP,
}

describe('app-config rules', () => {
  it('Premium expires at LICENSE_EXPIRATION, else a year after setup (whole seconds); Free at the zero time', () => {
    assert.deepEqual(licenseOf('premium', SET_UP, new Date('2030-01-01T00:00:00Z')), { tier: 'premium', expiration: new Date('2030-01-01T00:00:00Z') })
    assert.deepEqual(licenseOf('premium', SET_UP, undefined), { tier: 'premium', expiration: new Date('2027-03-01T10:20:30Z') })
    assert.deepEqual(licenseOf('free', SET_UP, new Date('2030-01-01T00:00:00Z')), { tier: 'free', expiration: NO_EXPIRATION })
  })

  it('reads LICENSE_EXPIRATION as an ISO 8601 date or date-time with a zone, and refuses anything else', () => {
    const read = (v: string) => parseEnv({ LICENSE_EXPIRATION: sharedShape.LICENSE_EXPIRATION }, { LICENSE_EXPIRATION: v }).LICENSE_EXPIRATION
    assert.deepEqual(read('2030-06-30'), new Date('2030-06-30T00:00:00Z'))
    assert.deepEqual(read('2030-06-30T12:00:00+02:00'), new Date('2030-06-30T10:00:00Z'))
    assert.equal(read(''), undefined)
    for (const bad of ['2030-02-30', '30/06/2030', '2030-06-30T12:00:00', 'tomorrow', '2030-6-1']) {
      assert.throws(() => read(bad), /LICENSE_EXPIRATION: .* is not an ISO 8601 date/, bad)
    }
  })

  it('merges features key by key, replaces agent options, and keeps the rest', () => {
    const c = appConfigChange(stored, { features: { enable_software_inventory: false }, agentOptions: { config: {} } }, false)
    assert.deepEqual(c.fields, { features: { enable_host_users: true, enable_software_inventory: false }, enable_host_users: true, agent_options: { config: {} } })
    assert.deepEqual([c.problems, c.badRequest], [[], []])
  })

  it("answers Fleet's messages for missing or invalid settings", () => {
    const reasons = (input: Parameters<typeof appConfigChange>[1], row = stored) => appConfigChange(row, input, false).problems.map((p) => `${p.name}: ${p.reason}`)
    assert.deepEqual(reasons({ orgName: ' ' }), ['org_name: organization name must be present'])
    assert.deepEqual(reasons({ serverUrl: '' }), ['server_url: Fleet server URL must be present'])
    assert.deepEqual(reasons({ hostExpiryEnabled: true }), ['host_expiry_settings.host_expiry_window: When enabling host expiry, host expiry window must be a positive number.'])
    assert.deepEqual(reasons({ transparencyUrl: 'https://acme.example/about' }), ['transparency_url: Requires Fleet Premium license'])
    assert.deepEqual(reasons({ transparencyUrl: 'https://fleetdm.com/transparency' }), [], "Fleet's default page counts as unset")
    assert.deepEqual(reasons({ transparencyUrl: 'https://acme.example/about' }, { ...stored, license_tier: 'premium' }), [])
  })

  it('checks agent options unless forced', () => {
    assert.deepEqual(appConfigChange(stored, { agentOptions: { config: 'x', extra: 1 } }, false).badRequest, ['agent_options.config must be an object', 'unsupported key provided: "agent_options.extra"'])
    assert.deepEqual(appConfigChange(stored, { agentOptions: { config: 'x', extra: 1 } }, true).badRequest, [])
  })

  it('never shows the MDM credentials stored in the MDM block', () => {
    const m = publicMdm({ enabled_and_configured: true, scep_challenge: 'secret', enrollment_profile_token: 'tok', end_user_authentication: { entity_id: 'fleet', sso_url: 'https://idp' } }, '')
    assert.equal(m.enabled_and_configured, true)
    assert.ok(!JSON.stringify(m).includes('secret') && !JSON.stringify(m).includes('tok'))
    assert.deepEqual(m.end_user_authentication, { entity_id: 'fleet', issuer_uri: '', metadata: '', metadata_url: '', idp_name: '' })
  })
})
