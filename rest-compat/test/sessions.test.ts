// REST contract: Authentication (log in, log out, me) and Setup.
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FleetError, unauthenticated } from '@fleetgraph/subgraph-kit/errors'
import { LoginDocument, LogoutDocument, MeDocument, SetupDocument } from '../src/generated/graphql.js'
import { assertFleetError, BEARER, restHarness, type RestHarness } from './support/rest.js'
import { fleetUser, user } from './support/fixtures.js'

describe('REST sessions, me and setup', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('POST /login sends the credentials and answers user, available_teams and token', async () => {
    rest.answer(LoginDocument, { login: { token: 'tok-1', user: user() } })
    const body = await rest.doJSON('POST', '/api/latest/fleet/login', { email: 'admin@example.com', password: 'pw!' }, 200)
    rest.expectSent([{ operationName: 'Login', variables: { email: 'admin@example.com', password: 'pw!' } }])
    assert.deepEqual(body, { user: fleetUser, available_teams: [{ id: 7, name: 'Workstations', description: 'laptops' }], token: 'tok-1' })
  })

  it('a wrong password is the registry\'s 401 with the reason as message; a missing field is a 400 before any operation', async () => {
    rest.fail(LoginDocument, unauthenticated('Authentication failed'))
    assertFleetError(await rest.doJSON('POST', '/api/v1/fleet/login', { email: 'a@b.c', password: 'no' }, 401),
      'Authentication failed', [{ name: 'base', reason: 'Authentication failed' }])
    rest.reset()
    const body = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/v1/fleet/login', { email: 'a@b.c' }, 400)
    assert.equal(body.errors[0].name, 'password')
    assert.deepEqual(rest.sent, [])
  })

  it('POST /logout forwards the bearer token and answers {}', async () => {
    rest.answer(LogoutDocument, { logout: true })
    assert.deepEqual(await rest.doJSON('POST', '/api/latest/fleet/logout', undefined, 200), {})
    const [sent] = rest.expectSent([{ operationName: 'Logout', variables: undefined }])
    assert.equal(sent.authorization, BEARER)
  })

  it('GET /me answers the user and the teams the caller can see', async () => {
    rest.answer(MeDocument, { me: user({ globalRole: null }), teams: [{ id: '7', name: 'Workstations', description: 'laptops' }] })
    const body = await rest.doJSON('GET', '/api/2022-04/fleet/me', undefined, 200)
    rest.expectSent([{ operationName: 'Me', variables: undefined }])
    assert.deepEqual(body, { user: { ...fleetUser, global_role: null }, available_teams: [{ id: 7, name: 'Workstations', description: 'laptops' }] })
  })

  it('GET /me without a session: 401 as the registry says; an unknown code is a masked 500 that is logged', async () => {
    rest.fail(MeDocument, unauthenticated())
    assertFleetError(await rest.doJSON('GET', '/api/latest/fleet/me', undefined, 401, { authorization: '' }),
      'Authentication required', [{ name: 'base', reason: 'Authentication required' }])
    rest.fail(MeDocument, { message: 'connection reset by peer', extensions: { code: 'SOMETHING_ELSE' } })
    const body = assertFleetError(await rest.doJSON('GET', '/api/latest/fleet/me', undefined, 500),
      'Internal server error', [{ name: 'base', reason: 'Internal server error' }])
    assert.equal(rest.logged.at(-1)?.uuid, body.uuid)
  })

  it('POST /api/v1/setup maps Fleet\'s setup body to SetupInput and answers without echoing the enroll secret', async () => {
    rest.answer(SetupDocument, { setup: { token: 'tok-0', serverUrl: 'https://fleet.example.com', orgInfo: { orgName: 'Acme', orgLogoUrl: '' }, admin: user() } })
    const body = await rest.doJSON('POST', '/api/v1/setup', {
      admin: { admin: true, email: 'admin@example.com', name: 'Admin', password: 'pw!', password_confirmation: 'pw!' },
      org_info: { org_name: 'Acme' }, server_url: 'https://fleet.example.com', osquery_enroll_secret: 's3cret',
    }, 200)
    rest.expectSent([{
      operationName: 'Setup',
      variables: { input: {
        admin: { name: 'Admin', email: 'admin@example.com', password: 'pw!', passwordConfirmation: 'pw!' },
        orgInfo: { orgName: 'Acme', orgLogoUrl: null }, serverUrl: 'https://fleet.example.com', osqueryEnrollSecret: 's3cret',
      } },
    }])
    assert.deepEqual(body, { admin: fleetUser, org_info: { org_name: 'Acme', org_logo_url: '' }, server_url: 'https://fleet.example.com', osquery_enroll_secret: null, token: 'tok-0' })
  })

  it('setup after setup is the registry\'s 404; a setup body without org_info is a 400', async () => {
    rest.fail(SetupDocument, new FleetError('NOT_FOUND', 'setup has already been done'))
    const admin = { email: 'a@b.c', name: 'A', password: 'pw' }
    assertFleetError(await rest.doJSON('POST', '/api/setup', { admin, org_info: { org_name: 'A' }, server_url: 'https://x' }, 404),
      'Resource Not Found', [{ name: 'base', reason: 'setup has already been done' }])
    rest.reset()
    const body = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/v1/setup', { admin, server_url: 'https://x' }, 400)
    assert.equal(body.errors[0].name, 'org_info')
    assert.deepEqual(rest.sent, [])
  })
})
