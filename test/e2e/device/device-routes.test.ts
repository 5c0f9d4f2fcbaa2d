// Fleet Desktop's device-authenticated routes on Fleet Free: each route's
// shape and status, refetch through to the agent's next check-in, and the wall
// between device tokens and user tokens in both directions.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, eventually, gql } from '../../support/client.js'
import { ENROLL_SECRET, enrollHost, setupInstance } from '../../support/fleet.js'

const MDM_OFF = /^MDM features aren't turned on in Fleet\. For more information about setting up MDM, please visit https:\/\/fleetdm\.com\/docs\/using-fleet/

describe('device routes (Fleet Free)', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let nodeKey: string
  let token: string
  let hostId: number
  const dev = (path = '', v = 'v1') => `/api/${v}/fleet/device/${token}${path}`
  const agent = (path: string, body: unknown) => doJSON(base, 'POST', `/api/v1/osquery/${path}`, body, 200)
  const gqlAs = async (authorization: string, query: string) =>
    (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query }) })).json() as Promise<any>

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
    nodeKey = await enrollHost(base, 'desk.local')
    // the agent reports its details and its labels
    await agent('distributed/read', { node_key: nodeKey })
    await agent('distributed/write', {
      node_key: nodeKey,
      queries: {
        fleet_detail_query_system_info: [{ hostname: 'desk.local', uuid: 'uuid-desk.local', hardware_serial: 'serial-desk.local', cpu_brand: 'Test CPU', physical_memory: '1024' }],
        fleet_detail_query_os_version: [{ name: 'Ubuntu', version: '22.04', platform: 'ubuntu', platform_like: 'debian', build: '', codename: 'jammy' }],
        fleet_label_query_1: [{ '1': '1' }],
      },
      statuses: {}, messages: {},
    })
    const orbitKey = (await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET, hardware_uuid: 'uuid-desk.local' }, 200)).body.orbit_node_key
    token = randomUUID()
    await doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: orbitKey, device_auth_token: token }, 200)
    hostId = Number((await gql(base, '{ hostList { id: databaseId } }', undefined, admin)).data!.hostList[0].id)
  })
  after(async () => { await stack.stop() })

  it("GET /device/{token}: the device's host with its inventory, license and MDM status, on every API version", async () => {
    for (const v of ['v1', 'latest', '2022-04']) {
      const { body } = await doJSON(base, 'GET', dev('', v), undefined, 200)
      assert.deepEqual(Object.keys(body).sort(), ['global_config', 'host', 'license', 'org_contact_url', 'org_logo_url', 'org_logo_url_light_background'])
      assert.deepEqual(body.license, { tier: 'free', expiration: body.license.expiration })
      assert.match(body.license.expiration, /^0001-01-01T00:00:00/)
      assert.deepEqual(body.global_config, { mdm: { enabled_and_configured: false } })
      const h = body.host
      assert.equal(h.id, hostId)
      assert.equal(h.hostname, 'desk.local')
      assert.equal(h.os_version, 'Ubuntu 22.04')
      assert.equal(h.display_text, 'desk.local')
      assert.equal(h.uuid, 'uuid-desk.local')
      for (const k of ['software', 'users', 'batteries', 'packs']) assert.deepEqual(h[k], [], k)
      assert.deepEqual(h.labels.map((l: any) => [l.id, l.name, l.label_type, l.label_membership_type]), [[1, 'All Hosts', 'builtin', 'dynamic']])
      assert.ok(h.labels[0].created_at && h.labels[0].updated_at)
      assert.equal(h.pack_stats, null)
      assert.equal(h.team_name, null)
      assert.equal(h.dep_assigned_to_fleet, false)
      assert.deepEqual(h.mdm, {
        encryption_key_available: false, enrollment_status: null, name: '', server_url: null,
        macos_settings: { disk_encryption: null, action_required: null }, macos_setup: null, profiles: [],
      })
      for (const k of ['gigs_disk_space_available', 'percent_disk_space_available', 'cpu_physical_cores', 'uptime', 'memory', 'distributed_interval']) {
        assert.equal(typeof h[k], 'number', k)
      }
      assert.ok(['online', 'offline', 'new', 'mia'].includes(h.status))
    }
  })

  it('POST /device/{token}/refetch: {} and the next distributed/read asks the host for its details again', async () => {
    assert.equal(Object.keys((await agent('distributed/read', { node_key: nodeKey })).body.queries).filter((q) => q.startsWith('fleet_detail_query_')).length, 0)
    assert.deepEqual((await doJSON(base, 'POST', dev('/refetch'), undefined, 200)).body, {})
    assert.equal((await doJSON(base, 'GET', dev(), undefined, 200)).body.host.refetch_requested, true)
    // the agent API hears of the request through the database, within a round trip (ADR 0007)
    await eventually(async () => {
      const read = await agent('distributed/read', { node_key: nodeKey })
      assert.ok(read.body.queries.fleet_detail_query_system_info)
      assert.ok(read.body.queries.fleet_detail_query_os_version)
    })
    // answering clears the request
    await agent('distributed/write', {
      node_key: nodeKey, statuses: {}, messages: {},
      queries: { fleet_detail_query_os_version: [{ name: 'Ubuntu', version: '24.04', platform: 'ubuntu' }] },
    })
    const h = (await doJSON(base, 'GET', dev(), undefined, 200)).body.host
    assert.equal(h.refetch_requested, false)
    assert.equal(h.os_version, 'Ubuntu 24.04')
  })

  it('GET /device/{token}/device_mapping and /macadmins: the empty shapes for a device without them', async () => {
    assert.deepEqual((await doJSON(base, 'GET', dev('/device_mapping'), undefined, 200)).body, { host_id: hostId, device_mapping: [] })
    assert.deepEqual((await doJSON(base, 'GET', dev('/macadmins'), undefined, 200)).body, { macadmins: null })
  })

  it('GET /device/{token}/desktop and /policies: 402 on Free', async () => {
    for (const p of ['/desktop', '/policies']) {
      const r = await doJSON(base, 'GET', dev(p), undefined, 402)
      assertFleetError(r.body, 'Requires Fleet Premium license')
    }
  })

  it('GET /device/{token}/api_features: {"features": {}}', async () => {
    assert.deepEqual((await doJSON(base, 'GET', dev('/api_features'), undefined, 200)).body, { features: {} })
  })

  it("GET /device/{token}/transparency: 307 to Fleet's page on Free", async () => {
    const r = await fetch(base + dev('/transparency'), { redirect: 'manual' })
    assert.equal(r.status, 307)
    assert.equal(r.headers.get('location'), 'https://fleetdm.com/transparency')
  })

  it("the MDM routes answer Fleet's 400 while MDM is not set up (migrate_mdm too, before any license check)", async () => {
    for (const [method, p] of [['GET', '/mdm/apple/manual_enrollment_profile'], ['POST', '/migrate_mdm']]) {
      const r = await doJSON(base, method, dev(p), undefined, 400)
      assertFleetError(r.body)
      assert.match(r.body.message, MDM_OFF)
      assert.match(r.body.errors[0].reason, MDM_OFF)
    }
  })

  it('answers 401 in Fleet\'s shape to an unknown token on every route', async () => {
    const routes: [string, string][] = [
      ['GET', ''], ['POST', '/refetch'], ['GET', '/device_mapping'], ['GET', '/macadmins'], ['GET', '/desktop'], ['GET', '/policies'],
      ['GET', '/api_features'], ['GET', '/transparency'], ['GET', '/mdm/apple/manual_enrollment_profile'], ['POST', '/migrate_mdm'],
    ]
    for (const [method, p] of routes) {
      const r = await doJSON(base, method, `/api/v1/fleet/device/not-a-token${p}`, undefined, 401, undefined, { 'x-forwarded-for': '10.9.9.9' })
      assertFleetError(r.body, 'Authentication required')
    }
  })

  it("never lets a device token act as a user: GET /me and GraphQL user fields refuse it, in either scheme", async () => {
    for (const authorization of [`Device ${token}`, `Bearer ${token}`]) {
      assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 401, undefined, { authorization })).body, 'Authentication required')
      const g = await gqlAs(authorization, '{ hostList { id: databaseId } }')
      assert.equal(g.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED')
    }
    // the device's own query works with the device scheme only
    assert.equal((await gqlAs(`Device ${token}`, '{ device { id host { hostname } } }')).data.device.host.hostname, 'desk.local')
    assert.equal((await gqlAs(`Bearer ${token}`, '{ device { id } }')).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED')
  })

  it("never lets a user token act as a device: in the path, in the Device scheme, or alongside a bad path token", async () => {
    assertFleetError((await doJSON(base, 'GET', `/api/v1/fleet/device/${encodeURIComponent(admin)}`, undefined, 401)).body, 'Authentication required')
    assert.equal((await gqlAs(`Device ${admin}`, '{ device { id } }')).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED')
    assert.equal((await gqlAs(`Bearer ${admin}`, '{ device { id } }')).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED')
    await doJSON(base, 'GET', '/api/v1/fleet/device/not-a-token', undefined, 401, admin, { 'x-forwarded-for': '10.9.9.8' })
    await doJSON(base, 'GET', '/api/v1/fleet/device/not-a-token/desktop', undefined, 401, admin, { 'x-forwarded-for': '10.9.9.8' })
  })

  it('answers odd input with 4xx in Fleet\'s shape, never a 500', async () => {
    const xff = { 'x-forwarded-for': '10.9.9.7' }
    assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/device/%E0%A4%A', undefined, 401, undefined, xff)).body)
    assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/device/a%20b', undefined, 401, undefined, xff)).body)
    assertFleetError((await doJSON(base, 'GET', `/api/v1/fleet/device/${'x'.repeat(5000)}`, undefined, 401, undefined, xff)).body)
    assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/device/', undefined, 404, undefined, xff)).body)
    assertFleetError((await doJSON(base, 'GET', `/api/v7/fleet/device/${token}`, undefined, 404, undefined, xff)).body)
    assertFleetError((await doJSON(base, 'DELETE', dev(), undefined, 404, undefined, xff)).body)
    // the refetch route takes no body: a broken one is ignored, as in Fleet
    await doJSON(base, 'POST', dev('/refetch'), '{not json', 200)
  })
})
