// REST contract: the orbit agent API Fleet Desktop needs (enroll, device
// token). Authentication failures leave in osquery's {error, node_invalid}
// shape, which makes orbit re-enroll; other errors in Fleet's REST shape.
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { conflict, unauthenticated } from '@fleetgraph/subgraph-kit/errors'
import { EnrollOrbitDocument, OrbitConfigDocument, SetDeviceAuthTokenDocument } from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'

describe('REST orbit', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('POST /api/fleet/orbit/enroll maps the body to EnrollOrbitInput (missing strings as Go\'s "") and answers the node key', async () => {
    rest.answer(EnrollOrbitDocument, { enrollOrbit: { orbitNodeKey: 'onk-1' } })
    assert.deepEqual(await rest.doJSON('POST', '/api/fleet/orbit/enroll', { enroll_secret: 's3', hardware_uuid: 'UUID-1', platform: 'darwin' }, 200),
      { orbit_node_key: 'onk-1' })
    rest.expectSent([{ operationName: 'EnrollOrbit', variables: { input: {
      enrollSecret: 's3', hardwareUuid: 'UUID-1', hardwareSerial: null, hostname: null, platform: 'darwin', computerName: null, hardwareModel: null, osqueryIdentifier: null,
    } } }])
    rest.answer(EnrollOrbitDocument, { enrollOrbit: { orbitNodeKey: 'onk-2' } })
    await rest.doJSON('POST', '/api/fleet/orbit/enroll', {}, 200)
    assert.deepEqual((rest.sent[0].variables as { input: { enrollSecret: string; hardwareUuid: string } }).input.enrollSecret, '')
  })

  it('enroll errors use osquery\'s shape: a bad secret is 401 with node_invalid', async () => {
    rest.fail(EnrollOrbitDocument, unauthenticated('enroll secret invalid'))
    const body = await rest.doJSON<Record<string, unknown>>('POST', '/api/fleet/orbit/enroll', { enroll_secret: 'nope', hardware_uuid: 'U' }, 401)
    assert.deepEqual({ ...body, uuid: 'u' }, { error: 'enroll secret invalid', uuid: 'u', node_invalid: true })
  })

  it('POST /api/fleet/orbit/device_token stores the token and answers {}', async () => {
    rest.answer(SetDeviceAuthTokenDocument, { setDeviceAuthToken: true })
    assert.deepEqual(await rest.doJSON('POST', '/api/fleet/orbit/device_token', { orbit_node_key: 'onk-1', device_auth_token: 'tok' }, 200), {})
    rest.expectSent([{ operationName: 'SetDeviceAuthToken', variables: { key: 'onk-1', token: 'tok' } }])
  })

  it('device_token: an unknown node key is osquery\'s 401 node_invalid; a taken token is REST\'s 409', async () => {
    rest.fail(SetDeviceAuthTokenDocument, unauthenticated('invalid orbit node key'))
    const a = await rest.doJSON<Record<string, unknown>>('POST', '/api/fleet/orbit/device_token', { orbit_node_key: 'x', device_auth_token: 'tok' }, 401)
    assert.deepEqual({ ...a, uuid: 'u' }, { error: 'invalid orbit node key', uuid: 'u', node_invalid: true })
    rest.fail(SetDeviceAuthTokenDocument, conflict('device token already in use'))
    assertFleetError(await rest.doJSON('POST', '/api/fleet/orbit/device_token', { orbit_node_key: 'onk-1', device_auth_token: 'tok' }, 409),
      'Conflict', [{ name: 'base', reason: 'device token already in use' }])
  })

  it('an oversized field is refused before any operation', async () => {
    const body = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/fleet/orbit/device_token', { orbit_node_key: 'k'.repeat(1025) }, 400)
    assert.equal(body.errors[0].name, 'orbit_node_key')
    const enroll = await rest.doJSON<{ error: string }>('POST', '/api/fleet/orbit/enroll', { hostname: 'h'.repeat(256) }, 400)
    assert.match(enroll.error, /^hostname: /)
    assert.deepEqual(rest.sent, [])
  })
  it('POST /api/fleet/orbit/config maps OrbitConfig to Fleet\'s JSON with Go\'s omitempty, and the capabilities header', async () => {
    rest.answer(OrbitConfigDocument, { orbitConfig: {
      commandLineStartupFlags: { verbose: true }, extensions: null, scriptExecutionTimeout: null, updateChannels: { orbit: 'stable', osqueryd: 'stable', desktop: 'edge' },
      notifications: { renewEnrollmentProfile: false, needsMdmMigration: true },
    } })
    const res = await rest.doRaw('POST', '/api/fleet/orbit/config', JSON.stringify({ orbit_node_key: 'onk-1' }), 200, { 'content-type': 'application/json' })
    assert.equal(res.headers.get('x-fleet-capabilities'), 'orbit_endpoints,token_rotation')
    assert.deepEqual(await res.json(), {
      command_line_startup_flags: { verbose: true }, notifications: { needs_mdm_migration: true },
      update_channels: { orbit: 'stable', osqueryd: 'stable', desktop: 'edge' },
    })
    rest.expectSent([{ operationName: 'OrbitConfig', variables: { key: 'onk-1' } }])
  })

  it('config: an unknown node key is osquery\'s 401 node_invalid, without capabilities', async () => {
    rest.fail(OrbitConfigDocument, unauthenticated('authentication error: invalid orbit node key'))
    const res = await rest.doRaw('POST', '/api/fleet/orbit/config', JSON.stringify({ orbit_node_key: 'nope' }), 401, { 'content-type': 'application/json' })
    assert.equal(res.headers.get('x-fleet-capabilities'), null)
    assert.equal((await res.json() as { node_invalid: boolean }).node_invalid, true)
  })

  it('the ping answers 200 with the capabilities and runs no operation', async () => {
    for (const method of ['HEAD', 'GET', 'POST']) {
      const res = await rest.doRaw(method, '/api/fleet/orbit/ping', undefined, 200)
      assert.equal(res.headers.get('x-fleet-capabilities'), 'orbit_endpoints,token_rotation')
    }
    rest.expectSent([])
  })
})
