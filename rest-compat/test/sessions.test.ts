// REST contract: Authentication (log in, log out, me).
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { unauthenticated } from '@fleetgraph/subgraph-kit/errors'
import { LoginDocument, LogoutDocument, MeDocument } from '../src/generated/graphql.js'
import { assertFleetError, BEARER, restHarness, type RestHarness } from './support/rest.js'
import { fleetUser, user } from './support/fixtures.js'

describe('REST sessions and me', () => {
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
    rest.answer(MeDocument, { me: user({ globalRole: null }), teamList: [{ id: '7', name: 'Workstations', description: 'laptops' }] })
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
})
