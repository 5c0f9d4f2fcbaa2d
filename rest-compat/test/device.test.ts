// REST contract: hosts as Fleet Desktop sees them (spec "Device-authenticated
// routes"): the token in the path is the credential, forwarded as
// `Authorization: Device <token>` in place of any header the client sent.
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FleetError, unauthenticated } from '@fleetgraph/subgraph-kit/errors'
import {
  DeviceApiFeaturesDocument, DeviceDesktopDocument, DeviceEnrollmentProfileDocument, DeviceHostDocument, DeviceMacadminsDocument,
  DeviceMappingDocument, DevicePingDocument, DevicePoliciesDocument, DeviceTransparencyDocument, MigrateDeviceMdmDocument, RefetchDeviceDocument,
  type FleetDeviceHostFragment,
} from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'
import { fleetHost, host, T0 } from './support/fixtures.js'

const D = '/api/latest/fleet/device/tok-abc'

const device = (): FleetDeviceHostFragment => ({
  host: {
    ...host(), team: { name: 'Workstations' },
    packs: [
      { id: 3, name: 'compliance', description: '', platform: 'darwin', disabled: false, type: null, createdAt: T0, updatedAt: T0 },
      { id: 1, name: 'Global', description: 'system pack', platform: '', disabled: false, type: 'global', createdAt: T0, updatedAt: T0 },
    ],
    packStats: [
      {
        pack: { id: 3, name: 'compliance', type: null },
        queryStats: [{
          scheduledQueryId: 8, scheduledQueryName: 'uptime', queryName: 'uptime query', description: '', interval: 300,
          executions: 2, systemTime: 10, userTime: 20, wallTime: 30, lastExecuted: T0,
        }],
      },
      { pack: { id: 1, name: 'Global', type: 'global' }, queryStats: [] },
    ],
  },
  software: [
    { id: '5', name: 'Safari.app', version: '17.5', source: 'apps', bundleIdentifier: 'com.apple.Safari', generatedCpe: '', lastOpenedAt: T0 },
    { id: '6', name: 'curl', version: '8.6', source: 'homebrew_packages', bundleIdentifier: '', generatedCpe: 'cpe:2.3:a:haxx:curl', lastOpenedAt: null },
  ],
  users: [{ uid: 501, username: 'ana', type: 'person', groupname: 'staff', shell: '/bin/zsh' }],
  labels: [{ id: '1', name: 'All Hosts', description: '', query: 'SELECT 1', platform: '', labelType: 'builtin', labelMembershipType: 'dynamic', createdAt: T0, updatedAt: T0 }],
  batteries: [{ cycleCount: 120, health: 'Normal' }],
  mdm: { enrollmentStatus: 'On (manual)', serverUrl: 'https://fleet.example.com/mdm/apple/mdm', name: 'Fleet', encryptionKeyAvailable: false },
  disk: { gigsAvailable: 120.5, percentAvailable: 48, encryptionEnabled: true },
  depAssignedToFleet: false,
  license: { tier: 'premium', expiration: '2030-01-01T00:00:00Z' },
  org: { orgLogoUrl: 'https://example.com/logo.png', orgLogoUrlLightBackground: '', contactUrl: 'https://example.com/help' },
  appleMdmEnabledAndConfigured: true,
})

describe('REST device routes', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('GET /device/{token} answers the host detail with software, users, labels, batteries, mdm and the org', async () => {
    rest.answer(DeviceHostDocument, { device: device() })
    const body = await rest.doJSON('GET', D, undefined, 200)
    const [sent] = rest.expectSent([{ operationName: 'DeviceHost', variables: undefined }])
    assert.equal(sent.authorization, 'Device tok-abc') // the client's bearer token does not ride along
    assert.deepEqual(body, {
      host: {
        ...fleetHost,
        software: [
          { id: 5, name: 'Safari.app', version: '17.5', source: 'apps', bundle_identifier: 'com.apple.Safari', last_opened_at: T0, generated_cpe: '', vulnerabilities: null },
          { id: 6, name: 'curl', version: '8.6', source: 'homebrew_packages', generated_cpe: 'cpe:2.3:a:haxx:curl', vulnerabilities: null },
        ],
        // user packs only, as Fleet's host detail (the system pack is its schedule's)
        pack_stats: [{
          pack_id: 3, pack_name: 'compliance', type: 'pack',
          query_stats: [{
            scheduled_query_name: 'uptime', scheduled_query_id: 8, query_name: 'uptime query', pack_name: 'compliance', pack_id: 3,
            average_memory: 0, denylisted: false, executions: 2, interval: 300, last_executed: T0, output_size: 0,
            system_time: 10, user_time: 20, wall_time: 30,
          }],
        }],
        team_name: 'Workstations', gigs_disk_space_available: 120.5, percent_disk_space_available: 48,
        disk_encryption_enabled: true, dep_assigned_to_fleet: false,
        users: [{ uid: 501, username: 'ana', type: 'person', groupname: 'staff', shell: '/bin/zsh' }],
        labels: [{ created_at: T0, updated_at: T0, id: 1, name: 'All Hosts', description: '', query: 'SELECT 1', platform: '', label_type: 'builtin', label_membership_type: 'dynamic' }],
        packs: [{
          created_at: T0, updated_at: T0, id: 3, name: 'compliance', platform: 'darwin', disabled: false, type: null,
          label_ids: null, host_ids: null, team_ids: null,
        }],
        batteries: [{ cycle_count: 120, health: 'Normal' }],
        mdm: {
          encryption_key_available: false, enrollment_status: 'On (manual)', name: 'Fleet', server_url: 'https://fleet.example.com/mdm/apple/mdm',
          macos_settings: { disk_encryption: null, action_required: null }, macos_setup: null, profiles: [],
        },
      },
      org_logo_url: 'https://example.com/logo.png', org_logo_url_light_background: '', org_contact_url: 'https://example.com/help',
      license: { tier: 'premium', expiration: '2030-01-01T00:00:00Z' },
      global_config: { mdm: { enabled_and_configured: true } },
    })
  })

  it('an unknown token is the registry\'s 401; a client over its failure budget gets 429 with Retry-After', async () => {
    rest.fail(DeviceHostDocument, unauthenticated('invalid device token'))
    assertFleetError(await rest.doJSON('GET', D, undefined, 401), 'invalid device token', [{ name: 'base', reason: 'invalid device token' }])
    rest.fail(DeviceHostDocument, new FleetError('TOO_MANY_REQUESTS', 'too many failed device authentications', { retryAfter: 30 }))
    const res = await rest.doRaw('GET', D, undefined, 429)
    assert.equal(res.headers.get('retry-after'), '30')
    assertFleetError(await res.json(), 'too many failed device authentications', [{ name: 'base', reason: 'too many failed device authentications' }])
  })

  it('POST /refetch, GET /device_mapping, /api_features', async () => {
    rest.answer(RefetchDeviceDocument, { refetchDevice: true })
    rest.answer(DeviceMappingDocument, { device: { id: '12', deviceMapping: [{ email: 'ana@example.com', source: 'google_chrome_profiles' }] } })
    rest.answer(DeviceApiFeaturesDocument, { device: { apiFeatures: { lock_unlock: true } } })
    assert.deepEqual(await rest.doJSON('POST', `${D}/refetch`, undefined, 200), {})
    assert.deepEqual(await rest.doJSON('GET', `${D}/device_mapping`, undefined, 200),
      { host_id: 12, device_mapping: [{ email: 'ana@example.com', source: 'google_chrome_profiles' }] })
    assert.deepEqual(await rest.doJSON('GET', `${D}/api_features`, undefined, 200), { features: { lock_unlock: true } })
    const sent = rest.expectSent([
      { operationName: 'RefetchDevice', variables: undefined },
      { operationName: 'DeviceMapping', variables: undefined },
      { operationName: 'DeviceApiFeatures', variables: undefined },
    ])
    assert.ok(sent.every((s) => s.authorization === 'Device tok-abc'))
  })

  it('GET /macadmins: null without facts; Munki and MDM when reported (an empty MDM name omitted)', async () => {
    rest.answer(DeviceMacadminsDocument, { device: { macadmins: null } })
    assert.deepEqual(await rest.doJSON('GET', `${D}/macadmins`, undefined, 200), { macadmins: null })
    rest.answer(DeviceMacadminsDocument, { device: { macadmins: {
      munkiVersion: '6.3', munkiIssues: [{ name: 'Office', type: 'error' }], mdm: { enrollmentStatus: 'On (automatic)', serverUrl: 'https://mdm.example.com', name: '' },
    } } })
    assert.deepEqual(await rest.doJSON('GET', `${D}/macadmins`, undefined, 200), { macadmins: {
      munki: { version: '6.3' }, munki_issues: [{ name: 'Office', type: 'error' }],
      mobile_device_management: { enrollment_status: 'On (automatic)', server_url: 'https://mdm.example.com' },
    } })
    rest.expectSent([{ operationName: 'DeviceMacadmins', variables: undefined }, { operationName: 'DeviceMacadmins', variables: undefined }])
  })

  it('GET /desktop and /policies', async () => {
    rest.answer(DeviceDesktopDocument, { device: {
      desktop: { notifications: { needsMdmMigration: true, renewEnrollmentProfile: false }, macosMigrationMode: 'voluntary', selfService: false },
      org: { orgName: 'Acme', orgLogoUrl: '', orgLogoUrlLightBackground: '', contactUrl: 'https://example.com/help' },
      host: { failingPolicyCount: 2 },
    } })
    assert.deepEqual(await rest.doJSON('GET', `${D}/desktop`, undefined, 200), {
      failing_policies_count: 2,
      self_service: false,
      notifications: { needs_mdm_migration: true, renew_enrollment_profile: false },
      config: {
        org_info: { org_name: 'Acme', org_logo_url: '', org_logo_url_light_background: '', contact_url: 'https://example.com/help' },
        mdm: { macos_migration: { mode: 'voluntary' } },
      },
    })
    const policy = { id: 4, name: 'FileVault', query: 'SELECT 1', description: 'd', resolution: 'r', platform: 'darwin', critical: true }
    // The graph's PolicyResponse enum (null: not answered) becomes Fleet's "pass" | "fail" | "".
    rest.answer(DevicePoliciesDocument, { device: { host: { policies: [
      { ...policy, response: 'FAILING' }, { ...policy, id: 5, response: 'PASSING' }, { ...policy, id: 6, response: null },
    ] } } })
    assert.deepEqual(await rest.doJSON('GET', `${D}/policies`, undefined, 200), { policies: [
      { ...policy, id: 4, response: 'fail' }, { ...policy, id: 5, response: 'pass' }, { ...policy, id: 6, response: '' },
    ] })
    rest.expectSent([{ operationName: 'DeviceDesktop', variables: undefined }, { operationName: 'DevicePolicies', variables: undefined }])
  })

  it('GET /transparency is a 307 to the URL; the enrollment profile an attachment; migrate_mdm a 204', async () => {
    rest.answer(DeviceTransparencyDocument, { device: { transparencyUrl: 'https://fleetdm.com/transparency' } })
    const t = await rest.doRaw('GET', `${D}/transparency`, undefined, 307)
    assert.equal(t.headers.get('location'), 'https://fleetdm.com/transparency')
    const profile = '<?xml version="1.0"?><plist/>'
    rest.answer(DeviceEnrollmentProfileDocument, { deviceAppleEnrollmentProfile: Buffer.from(profile).toString('base64') })
    const p = await rest.doRaw('GET', `${D}/mdm/apple/manual_enrollment_profile`, undefined, 200)
    assert.equal(p.headers.get('content-type'), 'application/x-apple-aspen-config')
    assert.equal(p.headers.get('content-disposition'), 'attachment; filename="fleet-mdm-enrollment-profile.mobileconfig"')
    assert.equal(await p.text(), profile)
    rest.answer(MigrateDeviceMdmDocument, { migrateDeviceMdm: true })
    const m = await rest.doRaw('POST', `${D}/migrate_mdm`, undefined, 204)
    assert.equal(await m.text(), '')
    rest.expectSent([
      { operationName: 'DeviceTransparency', variables: undefined },
      { operationName: 'DeviceEnrollmentProfile', variables: undefined },
      { operationName: 'MigrateDeviceMdm', variables: undefined },
    ])
  })

  it('MDM_NOT_CONFIGURED on the enrollment profile is a 400 with Fleet\'s message', async () => {
    rest.fail(DeviceEnrollmentProfileDocument, new FleetError('MDM_NOT_CONFIGURED', 'MDM is off'))
    const body = await rest.doJSON<{ message: string }>('GET', `${D}/mdm/apple/manual_enrollment_profile`, undefined, 400)
    assert.match(body.message, /^MDM features aren't turned on in Fleet/)
  })
  it('HEAD and GET /ping check the token with DevicePing: 200 without capabilities, or the registry\'s 401', async () => {
    rest.answer(DevicePingDocument, { device: { id: '12' } })
    const head = await rest.doRaw('HEAD', `${D}/ping`, undefined, 200)
    assert.equal(head.headers.get('x-fleet-capabilities'), null)
    assert.equal(await head.text(), '')
    rest.answer(DevicePingDocument, { device: { id: '12' } })
    assert.deepEqual(await rest.doJSON('GET', `${D}/ping`, undefined, 200), {})
    const [sent] = rest.expectSent([{ operationName: 'DevicePing', variables: undefined }, { operationName: 'DevicePing', variables: undefined }])
    assert.equal(sent.authorization, 'Device tok-abc')
    rest.fail(DevicePingDocument, unauthenticated('invalid device token'))
    assertFleetError(await rest.doJSON('GET', `${D}/ping`, undefined, 401), 'invalid device token', [{ name: 'base', reason: 'invalid device token' }])
  })
})
