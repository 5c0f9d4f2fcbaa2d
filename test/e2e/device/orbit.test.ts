// Fleet's orbit agent: enrollment (one host per device, whichever of orbit and
// osquery enrolls first) and the device token Fleet Desktop authenticates with.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { ENROLL_SECRET, enrollHost, setupInstance } from '../../support/fleet.js'

describe('orbit enrollment and device tokens', () => {
  let stack: TestStack
  let base: string
  let admin: string

  const orbitEnroll = async (hardwareUuid: string, extra: Record<string, unknown> = {}) =>
    (await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET, hardware_uuid: hardwareUuid, ...extra }, 200)).body.orbit_node_key as string
  const storeToken = (orbitNodeKey: string, token: string, status = 200) =>
    doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: orbitNodeKey, device_auth_token: token }, status)
  const hostsWithUuid = async (uuid: string) =>
    ((await gql(base, '{ hostList { id uuid hostname platform hardwareSerial } }', undefined, admin)).data!.hostList as any[]).filter((h) => h.uuid === uuid)

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
  })
  after(async () => { await stack.stop() })

  it('creates a host for a new device, with the identity orbit reports', async () => {
    const key = await orbitEnroll('U-NEW', { hardware_serial: 'C02NEW', hostname: 'new.local', platform: 'darwin' })
    assert.ok(key.length >= 32)
    const [h, ...rest] = await hostsWithUuid('U-NEW')
    assert.equal(rest.length, 0)
    assert.deepEqual({ hostname: h.hostname, platform: h.platform, hardwareSerial: h.hardwareSerial }, { hostname: 'new.local', platform: 'darwin', hardwareSerial: 'C02NEW' })
  })

  it('joins the host osquery enrolled with the same hardware uuid', async () => {
    await enrollHost(base, 'osq-first')
    const [before] = await hostsWithUuid('uuid-osq-first')
    await orbitEnroll('uuid-osq-first', { hostname: 'ignored', platform: 'darwin' })
    const after = await hostsWithUuid('uuid-osq-first')
    assert.equal(after.length, 1)
    assert.equal(after[0].id, before.id)
    assert.equal(after[0].hostname, 'osq-first', "osquery's details are kept")
  })

  it("lets osquery's later enrollment (another identifier, same uuid) update the orbit host instead of adding one", async () => {
    await orbitEnroll('uuid-orbit-first', { hostname: 'orbit-first', platform: 'ubuntu' })
    const [h] = await hostsWithUuid('uuid-orbit-first')
    const nodeKey = await enrollHost(base, 'orbit-first')
    const after = await hostsWithUuid('uuid-orbit-first')
    assert.equal(after.length, 1)
    assert.equal(after[0].id, h.id)
    // the osquery node key works for that host, and enrolling again stays on it
    await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKey }, 200)
    await enrollHost(base, 'orbit-first')
    assert.equal((await hostsWithUuid('uuid-orbit-first')).length, 1)
  })

  it("refuses a bad enroll secret with 401 in osquery's shape (node_invalid), and bad input with 400", async () => {
    const r = await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: 'wrong', hardware_uuid: 'U-X' }, 401)
    assert.equal(r.body.node_invalid, true)
    assert.match(r.body.error, /orbit enroll failed/)
    assert.equal((await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { hardware_uuid: 'U-X' }, 401)).body.node_invalid, true)
    assert.ok((await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET }, 400)).body.error)
    assert.ok((await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET, hardware_uuid: 7 }, 400)).body.error)
    assert.ok((await doJSON(base, 'POST', '/api/fleet/orbit/enroll', '{not json', 400)).body.error)
    assert.ok((await doJSON(base, 'POST', '/api/fleet/orbit/enroll', '', 400)).body.error)
    assert.equal((await hostsWithUuid('U-X')).length, 0)
  })

  it('stores the device token: the device routes accept it, a replaced token stops working at once', async () => {
    const key = await orbitEnroll('U-TOK', { hostname: 'tok.local', platform: 'darwin' })
    const t1 = randomUUID(), t2 = randomUUID()
    assert.deepEqual((await storeToken(key, t1)).body, {})
    const r = await doJSON(base, 'GET', `/api/v1/fleet/device/${t1}`, undefined, 200)
    assert.equal(r.body.host.hostname, 'tok.local')
    await storeToken(key, t1) // the same token again: still fine
    await storeToken(key, t2)
    assertFleetError((await doJSON(base, 'GET', `/api/v1/fleet/device/${t1}`, undefined, 401)).body, 'Authentication required')
    assert.equal((await doJSON(base, 'GET', `/api/latest/fleet/device/${t2}`, undefined, 200)).body.host.id, r.body.host.id)
  })

  it('answers 409 when another host already uses the token', async () => {
    const a = await orbitEnroll('U-A'), b = await orbitEnroll('U-B')
    const t = randomUUID()
    await storeToken(a, t)
    const r = await storeToken(b, t, 409)
    assertFleetError(r.body, 'Conflict')
    assert.equal(r.body.errors[0].reason, 'auth token conflicts with another host')
    assert.equal((await doJSON(base, 'GET', `/api/v1/fleet/device/${t}`, undefined, 200)).body.host.uuid, 'U-A')
  })

  it("refuses an unknown orbit node key with osquery's 401 node_invalid, before looking at the token", async () => {
    for (const body of [{ orbit_node_key: 'nope', device_auth_token: 'x' }, { device_auth_token: 'x' }, { orbit_node_key: 'nope', device_auth_token: '' }]) {
      const r = await doJSON(base, 'POST', '/api/fleet/orbit/device_token', body, 401)
      assert.equal(r.body.node_invalid, true)
      assert.match(r.body.error, /orbit node key/)
    }
  })

  it('validates the token (empty, over 255 characters, characters a URL path would mangle) with 400', async () => {
    const key = await orbitEnroll('U-VAL')
    for (const token of ['', 'x'.repeat(256), 'with space', 'tab\tbed', 'a/b', 'new\nline']) {
      assertFleetError((await storeToken(key, token, 400)).body, 'Bad request')
    }
    assertFleetError((await doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: key, device_auth_token: 5 }, 400)).body)
    assertFleetError((await doJSON(base, 'POST', '/api/fleet/orbit/device_token', '{"orbit_node_key":', 400)).body)
    assertFleetError((await doJSON(base, 'POST', '/api/fleet/orbit/device_token', '', 400)).body, 'Bad request')
    await storeToken(key, 'x'.repeat(255))
  })
})
