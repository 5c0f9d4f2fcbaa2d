// Fleet Desktop's tray loop and the orbit requests it relies on, replayed request by request as the
// real clients send them, each answer checked the way the client reads it.
// Fleet sources replayed (fleetdm/fleet): desktop.go (orbit/cmd/desktop), device_client.go,
// base_client.go, orbit_client.go, token_rotation.go / token.go (orbit/pkg/token).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, checkAnswersAgainstOpenApi, doJSON, gql } from '../../support/client.js'
import { deviceClient } from '../../support/go-clients.js'
import { ENROLL_SECRET, enrollHost, setupInstance } from '../../support/fleet.js'

/** orbit's requests (orbit_client.go): JSON, and the capabilities it supports in X-Fleet-Capabilities. */
const ORBIT_HEADERS = { 'content-type': 'application/json', 'x-fleet-capabilities': 'orbit_endpoints,token_rotation' }

describe('Fleet Desktop and orbit on Fleet Premium, replayed', () => {
  let stack: TestStack
  let base: string
  let nodeKey: string
  let orbitNodeKey: string
  let token: string
  const desktop = () => deviceClient(base)
  const dev = (path: string, t = token) => `/api/latest/fleet/device/${t}${path}`
  /** orbit rotates the token: a new random one stored with its node key, then written to the file Desktop reads. */
  const rotate = async () => {
    const t = randomUUID()
    await doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: orbitNodeKey, device_auth_token: t }, 200, undefined, ORBIT_HEADERS)
    return t
  }

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    const admin = (await setupInstance(base)).token
    await doJSON(base, 'POST', '/api/latest/fleet/spec/policies', {
      specs: [
        { name: 'disk encrypted', query: 'SELECT 1 FROM disk_encryption WHERE encrypted = 1;', description: '', critical: false, platform: 'linux', calendar_events_enabled: false },
        { name: 'firewall on', query: 'SELECT 1 FROM firewall;', description: '', critical: true, calendar_events_enabled: false },
      ],
    }, 200, admin)
    assert.equal((await gql(base, '{ policyList { name } }', undefined, admin)).data!.policyList.length, 2)
    // osquery and orbit on one device (the same hardware UUID): one host
    nodeKey = await enrollHost(base, 'desk.local')
    orbitNodeKey = (await doJSON(base, 'POST', '/api/fleet/orbit/enroll', {
      enroll_secret: ENROLL_SECRET, hardware_uuid: 'uuid-desk.local', hardware_serial: 'serial-desk.local', hostname: 'desk.local', platform: 'ubuntu',
    }, 200, undefined, ORBIT_HEADERS)).body.orbit_node_key
    token = await rotate()
    // every answer must also match the OpenAPI document the server serves
    await checkAnswersAgainstOpenApi(base, /^\/api\/((v1|latest|2022-04)\/)?fleet\//)
  })
  after(async () => { await stack.stop() })

  it("orbit fetches its config: POST /api/fleet/orbit/config with its node key answers Fleet's OrbitConfig", async () => {
    const r = await doJSON(base, 'POST', '/api/fleet/orbit/config', { orbit_node_key: orbitNodeKey }, 200, undefined, ORBIT_HEADERS)
    assert.equal(typeof r.body.notifications, 'object', 'OrbitConfig.notifications is what orbit acts on')
    for (const k of ['renew_enrollment_profile', 'rotate_disk_encryption_key', 'needs_mdm_migration']) {
      if (k in r.body.notifications) assert.equal(typeof r.body.notifications[k], 'boolean', k)
    }
    if (r.body.command_line_startup_flags != null) assert.equal(typeof r.body.command_line_startup_flags, 'object')
    const bad = await doJSON(base, 'POST', '/api/fleet/orbit/config', { orbit_node_key: 'not-a-key' }, 401, undefined, ORBIT_HEADERS)
    assert.equal(bad.body.node_invalid, true, 'orbit re-enrolls when node_invalid')
  })

  it('orbit pings: HEAD /api/fleet/orbit/ping answers 200 (orbit tolerates only 200 and 404)', async () => {
    await doJSON(base, 'HEAD', '/api/fleet/orbit/ping', undefined, 200, undefined, ORBIT_HEADERS)
  })

  it('orbit checks the token it wrote: HEAD /device/{token}/ping is 200, an unknown token 401', async () => {
    await desktop().send('HEAD', dev('/ping'), 200)
    await desktop().send('HEAD', dev('/ping', randomUUID()), 401)
  })

  it('Desktop enables its tray: GET /device/{token}/desktop is 200 and says there is no Self-service (the item stays hidden)', async () => {
    const r = await desktop().send('GET', dev('/desktop'))
    // a null self_service shows "Self-service", whose page this server does not have
    assert.equal(r.body.self_service, false)
    assert.equal(r.body.failing_policies_count, 0)
    assert.deepEqual(r.body.notifications, { needs_mdm_migration: false, renew_enrollment_profile: false })
    assert.equal(r.body.config.mdm.macos_migration.mode, '')
    assert.equal(r.body.config.org_info.org_name, 'Acme')
  })

  it("Desktop's refresh counts the policies the host failed (the tray shows \"My device (1)\")", async () => {
    const read = await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKey }, 200)
    const asked = Object.keys(read.body.queries).filter((q) => q.startsWith('fleet_policy_query_'))
    assert.equal(asked.length, 2)
    const ids = Object.fromEntries((await desktop().send('GET', dev('/policies'))).body.policies.map((p: any) => [p.name, p.id]))
    const pass = `fleet_policy_query_${ids['disk encrypted']}`, fail = `fleet_policy_query_${ids['firewall on']}`
    await doJSON(base, 'POST', '/api/v1/osquery/distributed/write', { node_key: nodeKey, queries: { [pass]: [{ 1: '1' }], [fail]: [] }, statuses: { [pass]: 0, [fail]: 0 }, messages: {} }, 200)
    const r = await desktop().send('GET', dev('/desktop'))
    assert.equal(r.body.failing_policies_count, 1)
  })

  it('a rotated token: the old one answers 401 (Desktop rereads the token file and retries), the new one 200', async () => {
    const old = token
    token = await rotate()
    assertFleetError((await desktop().send('GET', dev('/desktop', old), 401)).body)
    assert.equal((await desktop().send('GET', dev('/desktop'))).body.failing_policies_count, 1)
  })

  it('Desktop pings HEAD /api/fleet/device/ping (no token): 200; it reports errors only to a server that advertises error_reporting', async () => {
    const r = await desktop().send('HEAD', '/api/fleet/device/ping', 200)
    const capabilities = (r.headers.get('x-fleet-capabilities') ?? '').split(',')
    // with that capability Desktop would POST /device/{token}/debug/errors, which this server does not serve
    assert.ok(!capabilities.includes('error_reporting'), `capabilities: ${capabilities}`)
  })

  it('"About Fleet" opens /device/{token}/transparency in the browser: a redirect to the transparency page', async () => {
    const r = await fetch(base + dev('/transparency'), { redirect: 'manual' })
    assert.equal(r.status, 307)
    assert.match(r.headers.get('location') ?? '', /^https:\/\//)
  })
})

describe('Fleet Desktop on Fleet Free, replayed', () => {
  let stack: TestStack
  let base: string
  let token: string

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    await setupInstance(base)
    const key = (await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET, hardware_uuid: 'uuid-free' }, 200, undefined, ORBIT_HEADERS)).body.orbit_node_key
    token = randomUUID()
    await doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: key, device_auth_token: token }, 200, undefined, ORBIT_HEADERS)
  })
  after(async () => { await stack.stop() })

  it('GET /device/{token}/desktop is 402, which Desktop reads as Free: "My device" on, no Self-service, no policy count', async () => {
    const r = await deviceClient(base).send('GET', `/api/latest/fleet/device/${token}/desktop`, 402)
    // (not a 404: on a 404 Desktop would fall back to GET /device/{token}/policies, Premium too)
    assertFleetError(r.body, 'Requires Fleet Premium license')
    await deviceClient(base).send('GET', `/api/latest/fleet/device/${randomUUID()}/desktop`, 401)
  })
})
