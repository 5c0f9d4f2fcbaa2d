// Kibana's conventions on its API paths (issue 14, first slice): Boom error payloads, kbn-xsrf on
// destructive methods after authentication, elastic-api-version accepted and echoed, Fleet roles as
// Kibana privileges, Boom 404s for unknown Kibana routes and for Kibana's other API families, while
// FleetDM's routes (orbit under /api/fleet/orbit included) keep Fleet's shapes.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, checkAnswersAgainstOpenApi, KIBANA_API_PATHS } from '../../support/client.js'
import { createUser, setupInstance } from '../../support/fleet.js'

const XSRF = { 'kbn-xsrf': 'true' }
const boom = (statusCode: number, error: string, message: string) => ({ statusCode, error, message })

describe('Kibana conventions', () => {
  let stack: TestStack
  let base: string, admin: string, observer: string, maintainer: string

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    await checkAnswersAgainstOpenApi(base, KIBANA_API_PATHS)
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    maintainer = (await createUser(base, admin, 'maintainer')).token
  })
  after(async () => { await stack.stop() })

  it('answers GET /api/fleet/agents/setup to any Fleet user, echoing the API version', async () => {
    const r = await doJSON(base, 'GET', '/api/fleet/agents/setup', undefined, 200, observer)
    assert.deepEqual(r.body, { isReady: true, missing_requirements: [], missing_optional_features: [], is_secrets_storage_enabled: true, is_space_awareness_enabled: false })
    assert.equal(r.headers.get('elastic-api-version'), '2023-10-31')
    const v = await doJSON(base, 'GET', '/api/fleet/agents/setup', undefined, 200, admin, { 'elastic-api-version': '2023-10-31' })
    assert.equal(v.headers.get('elastic-api-version'), '2023-10-31')
  })

  it('refuses other API versions with Kibana\'s messages', async () => {
    const unknown = await doJSON(base, 'GET', '/api/fleet/agents/setup', undefined, 400, admin, { 'elastic-api-version': '2024-01-01' })
    assert.deepEqual(unknown.body, boom(400, 'Bad Request', 'No version "2024-01-01" available for [get] [/api/fleet/agents/setup]. Available versions are: [2023-10-31]'))
    const invalid = await doJSON(base, 'GET', '/api/fleet/agents/setup', undefined, 400, admin, { 'elastic-api-version': '1' })
    assert.deepEqual(invalid.body, boom(400, 'Bad Request', 'Invalid version. Received "1", expected a valid date string formatted as YYYY-MM-DD.'))
  })

  it('authenticates first (401), then wants kbn-xsrf on destructive methods (400), then the privilege (403)', async () => {
    const anonymous = await doJSON(base, 'POST', '/api/fleet/logstash_api_keys', undefined, 401)
    assert.deepEqual(Object.keys(anonymous.body).sort(), ['error', 'message', 'statusCode'])
    assert.equal(anonymous.body.error, 'Unauthorized')
    const noXsrf = await doJSON(base, 'POST', '/api/fleet/logstash_api_keys', undefined, 400, admin)
    assert.deepEqual(noXsrf.body, boom(400, 'Bad Request', 'Request must contain a kbn-xsrf header.'))
    const read = await doJSON(base, 'POST', '/api/fleet/logstash_api_keys', undefined, 403, observer, XSRF)
    assert.equal(read.body.statusCode, 403)
    assert.equal(read.body.error, 'Forbidden')
    // kbn-version stands in for kbn-xsrf, as in Kibana.
    for (const [token, headers] of [[admin, XSRF], [maintainer, { 'kbn-version': '9.0.0' }]] as const) {
      const r = await doJSON(base, 'POST', '/api/fleet/logstash_api_keys', undefined, 400, token, headers)
      assert.equal(r.body.error, 'Bad Request')
      assert.match(r.body.message, /^No Logstash output exists/)
    }
  })

  it('answers a Boom 404 for unknown Kibana routes and for the other Kibana APIs in seed 003', async () => {
    for (const [method, path] of [
      ['GET', '/api/fleet/no_such_route'], ['POST', '/api/fleet/agents/x/no_such_action'], ['GET', '/api/osquery/nothing'],
      ['GET', '/api/alerting/rules/_find'], ['POST', '/api/alerting/rule/abc/_update_api_key'], ['GET', '/api/apm/settings/agent-configuration/agent_name'],
      ['DELETE', '/api/data_views/data_view/v1'], ['DELETE', '/api/security/role/r1'], ['GET', '/api/cases/_find'], ['POST', '/api/detection_engine/rules/_bulk_action'],
      ['POST', '/api/endpoint/action/isolate'], ['GET', '/api/security_ai_assistant/anonymization_fields/_find'], ['POST', '/api/observability_ai_assistant/chat/complete'], ['GET', '/api/actions/connectors'],
    ] as const) {
      const r = await doJSON(base, method, path, undefined, 404, admin, XSRF)
      assert.deepEqual(r.body, boom(404, 'Not Found', 'Not Found'), `${method} ${path}`)
    }
  })

  it('serves the default space under its /s/default prefix; other spaces do not exist (Boom 404)', async () => {
    const r = await doJSON(base, 'GET', '/s/default/api/fleet/agents/setup?x=1', undefined, 200, observer)
    assert.equal(r.body.isReady, true)
    assert.equal(r.headers.get('elastic-api-version'), '2023-10-31')
    const noXsrf = await doJSON(base, 'POST', '/s/default/api/fleet/logstash_api_keys', undefined, 400, admin)
    assert.deepEqual(noXsrf.body, boom(400, 'Bad Request', 'Request must contain a kbn-xsrf header.'))
    for (const path of ['/s/marketing/api/fleet/agents/setup', '/s/%E0%A4%A/api/fleet/agents/setup', '/s/default/api/fleet/no_such_route', '/s/default/api/cases/_find']) {
      assert.deepEqual((await doJSON(base, 'GET', path, undefined, 404, admin)).body, boom(404, 'Not Found', 'Not Found'), path)
    }
    // FleetDM's orbit routes are not Kibana's in any space.
    assertFleetError((await doJSON(base, 'GET', '/s/default/api/fleet/orbit/no_such_route', undefined, 404)).body)
  })

  it("keeps FleetDM's shapes on FleetDM's paths, orbit's under /api/fleet/orbit included", async () => {
    assertFleetError((await doJSON(base, 'GET', '/api/latest/fleet/no_such_route', undefined, 404, admin)).body)
    assertFleetError((await doJSON(base, 'GET', '/api/fleet/orbit/no_such_route', undefined, 404)).body)
    const orbit = await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: 'wrong', hardware_uuid: 'u1' }, 401)
    assert.equal(typeof orbit.body.error, 'string')
    assert.equal(orbit.headers.get('elastic-api-version'), null)
  })
})
