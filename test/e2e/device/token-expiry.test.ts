// Device tokens expire a fixed time after the agent last changed them (Fleet:
// one hour; DEVICE_TOKEN_TTL_SECONDS shortens it here). Writing the same token
// again does not extend it; orbit rotates to a new one.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, waitFor } from '../../support/client.js'
import { ENROLL_SECRET, setupInstance } from '../../support/fleet.js'

describe('device token expiry', () => {
  let stack: TestStack
  let base: string
  let orbitKey: string
  const store = (t: string) => doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: orbitKey, device_auth_token: t }, 200)
  const status = async (t: string) => (await fetch(`${base}/api/v1/fleet/device/${t}/api_features`)).status

  before(async () => {
    stack = await startIsolatedStack({ DEVICE_TOKEN_TTL_SECONDS: '2' })
    base = stack.url
    await setupInstance(base)
    orbitKey = (await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET, hardware_uuid: 'U-EXP' }, 200)).body.orbit_node_key
  })
  after(async () => { await stack.stop() })

  it('accepts a fresh token, then answers 401 once it is older than the TTL', async () => {
    const t = randomUUID()
    await store(t)
    assert.equal(await status(t), 200)
    await waitFor(async () => (await status(t)) === 401)
    assertFleetError((await doJSON(base, 'GET', `/api/v1/fleet/device/${t}`, undefined, 401)).body, 'Authentication required')
    // the same token written again stays expired (Fleet keeps its time); a new one works
    await store(t)
    assert.equal(await status(t), 401)
    const fresh = randomUUID()
    await store(fresh)
    assert.equal(await status(fresh), 200)
  })
})
