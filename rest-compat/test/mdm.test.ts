// REST contract: Apple MDM (spec "Mobile device management"): DEP key pair,
// CSR, custom settings batch, profile preassignment, and end-user SSO.
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FleetError, invalidArgument } from '@fleetgraph/subgraph-kit/errors'
import {
  BatchProfilesDocument, CompleteSsoDocument, DepKeyPairDocument, MatchDocument, PreassignDocument, RequestCsrDocument, StartSsoDocument,
} from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'

describe('REST Apple MDM', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('POST /mdm/apple/dep/key_pair and /request_csr map the keys to Fleet\'s names', async () => {
    rest.answer(DepKeyPairDocument, { generateDepKeyPair: { publicKey: 'PUB', privateKey: 'PRIV' } })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/mdm/apple/dep/key_pair', undefined, 200), { public_key: 'PUB', private_key: 'PRIV' })
    rest.answer(RequestCsrDocument, { requestAppleMdmCsr: { apnsKey: 'A', scepCert: 'C', scepKey: 'K' } })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/mdm/apple/request_csr', { email_address: 'it@example.com', organization: 'Acme' }, 200),
      { apns_key: 'A', scep_cert: 'C', scep_key: 'K' })
    rest.expectSent([
      { operationName: 'DepKeyPair', variables: undefined },
      { operationName: 'RequestCsr', variables: { e: 'it@example.com', o: 'Acme' } },
    ])
  })

  it('the CSR\'s field checks are the service\'s (422 naming the field); MDM off is Fleet\'s 400', async () => {
    rest.fail(RequestCsrDocument, invalidArgument('email_address', 'missing required argument'))
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/mdm/apple/request_csr', {}, 422),
      'Validation Failed', [{ name: 'email_address', reason: 'missing required argument' }])
    rest.expectSent([{ operationName: 'RequestCsr', variables: { e: null, o: null } }])
    rest.fail(DepKeyPairDocument, new FleetError('MDM_NOT_CONFIGURED', 'off'))
    const body = await rest.doJSON<{ message: string }>('POST', '/api/latest/fleet/mdm/apple/dep/key_pair', undefined, 400)
    assert.match(body.message, /^MDM features aren't turned on in Fleet/)
  })

  it('POST /profiles/batch answers 204; team_id as an ID, dry_run 1 or true', async () => {
    rest.answer(BatchProfilesDocument, { batchApplyAppleProfiles: true })
    await rest.doRaw('POST', '/api/latest/fleet/mdm/apple/profiles/batch?team_id=7&dry_run=1', JSON.stringify({ profiles: ['PD94'] }), 204)
    await rest.doRaw('POST', '/api/latest/fleet/mdm/apple/profiles/batch?team_name=Servers', JSON.stringify({ profiles: null }), 204)
    rest.expectSent([
      { operationName: 'BatchProfiles', variables: { p: ['PD94'], t: '7', n: null, d: true } },
      { operationName: 'BatchProfiles', variables: { p: [], t: null, n: 'Servers', d: false } },
    ])
    const bad = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/mdm/apple/profiles/batch?dry_run=yes', { profiles: [] }, 400)
    assert.equal(bad.errors[0].name, 'dry_run')
    assert.deepEqual(rest.sent, [])
  })

  it('POST /profiles/preassign and /profiles/match answer 204', async () => {
    rest.answer(PreassignDocument, { preassignAppleProfile: true })
    rest.answer(MatchDocument, { matchPreassignedProfiles: true })
    await rest.doRaw('POST', '/api/latest/fleet/mdm/apple/profiles/preassign',
      JSON.stringify({ external_host_identifier: 'ext-1', host_uuid: 'UUID-1', profile: 'PD94', exclude: true }), 204)
    await rest.doRaw('POST', '/api/latest/fleet/mdm/apple/profiles/match', JSON.stringify({ external_host_identifier: 'ext-1' }), 204)
    rest.expectSent([
      { operationName: 'Preassign', variables: { i: { externalHostIdentifier: 'ext-1', hostUuid: 'UUID-1', profile: 'PD94', group: null, exclude: true } } },
      { operationName: 'Match', variables: { id: 'ext-1' } },
    ])
    const body = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/mdm/apple/profiles/match', { external_host_identifier: '' }, 400)
    assert.equal(body.errors[0].name, 'external_host_identifier')
    assert.deepEqual(rest.sent, [])
  })

  it('POST /mdm/sso answers the IdP URL; the callback (form or JSON) is a 303 to where the service says', async () => {
    rest.answer(StartSsoDocument, { startMdmSso: { url: 'https://idp.example.com/sso?SAMLRequest=x' } })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/mdm/sso', undefined, 200), { url: 'https://idp.example.com/sso?SAMLRequest=x' })
    rest.answer(CompleteSsoDocument, { completeMdmSso: { redirectUrl: 'https://fleet.example.com/mdm/sso/callback?eula_token=t' } })
    const form = await rest.doRaw('POST', '/api/latest/fleet/mdm/sso/callback', 'SAMLResponse=PHNhbWw%2B', 303, { 'content-type': 'application/x-www-form-urlencoded' })
    assert.equal(form.headers.get('location'), 'https://fleet.example.com/mdm/sso/callback?eula_token=t')
    await rest.doRaw('POST', '/api/latest/fleet/mdm/sso/callback', JSON.stringify({ SAMLResponse: 'PHNhbWw+' }), 303, { 'content-type': 'application/json' })
    rest.expectSent([
      { operationName: 'StartSso', variables: undefined },
      { operationName: 'CompleteSso', variables: { r: 'PHNhbWw+' } },
      { operationName: 'CompleteSso', variables: { r: 'PHNhbWw+' } },
    ])
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/mdm/sso/callback', { other: 1 }, 400), 'Bad request', [{ name: 'SAMLResponse', reason: 'is required' }])
    assert.deepEqual(rest.sent, [])
  })
})
