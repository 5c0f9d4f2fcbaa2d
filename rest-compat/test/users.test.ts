// REST contract: Users (list all users, create a user without an invitation, create an API-only user).
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { forbidden, validationFailed } from '@fleetgraph/subgraph-kit/errors'
import { CreateApiOnlyUserDocument, CreateUserDocument, UsersDocument } from '../src/generated/graphql.js'
import { assertFleetError, restHarness, type RestHarness } from './support/rest.js'
import { fleetUser, user } from './support/fixtures.js'

describe('REST users', () => {
  let rest: RestHarness
  before(async () => { rest = await restHarness() })
  after(() => rest.close())
  beforeEach(() => rest.reset())

  it('GET /users passes list options and team_id (as an ID) and maps each user', async () => {
    rest.answer(UsersDocument, { userList: [user(), user({ id: '2', email: 'b@example.com', teams: [] })] })
    const body = await rest.doJSON<{ users: { id: number; email: string; teams: unknown[] }[] }>(
      'GET', '/api/latest/fleet/users?query=adm&order_key=email&page=0&per_page=50&team_id=7', undefined, 200)
    rest.expectSent([{
      operationName: 'Users',
      variables: { filter: { query: 'adm', orderKey: 'email', orderDirection: null, page: 0, perPage: 50, teamId: '7' } },
    }])
    assert.deepEqual(body.users[0], fleetUser)
    assert.deepEqual(body.users[1].teams, [])
  })

  it('GET /users with no options sends a filter of nulls', async () => {
    rest.answer(UsersDocument, { userList: [] })
    assert.deepEqual(await rest.doJSON('GET', '/api/v1/fleet/users', undefined, 200), { users: [] })
    rest.expectSent([{ operationName: 'Users', variables: { filter: { query: null, orderKey: null, orderDirection: null, page: null, perPage: null, teamId: null } } }])
  })

  it('refuses query parameters Go\'s strconv would refuse: per_page=0, page=-1, page=1e3, team_id=x', async () => {
    for (const q of ['per_page=0', 'page=-1', 'page=1e3', 'team_id=x', 'page=2147483648']) {
      const name = q.split('=')[0]
      const body = await rest.doJSON<{ errors: { name: string }[] }>('GET', `/api/latest/fleet/users?${q}`, undefined, 400)
      assert.equal(body.errors[0].name, name, q)
    }
    assert.deepEqual(rest.sent, [])
  })

  it('POST /users/admin maps the body to CreateUserInput (team ids as IDs) and answers the user, without a token for other users', async () => {
    rest.answer(CreateUserDocument, { createUser: { user: user({ id: '9', email: 'new@example.com', globalRole: null }), token: null } })
    const body = await rest.doJSON('POST', '/api/latest/fleet/users/admin', {
      name: 'New', email: 'new@example.com', password: 'pw!', teams: [{ id: 7, role: 'observer' }], api_only: true, admin_forced_password_reset: true,
    }, 200)
    rest.expectSent([{
      operationName: 'CreateUser',
      variables: { input: {
        name: 'New', email: 'new@example.com', password: 'pw!', globalRole: null, teams: [{ teamId: '7', role: 'observer' }],
        apiOnly: true, ssoEnabled: null, forcePasswordReset: true, position: null,
      } },
    }])
    assert.deepEqual(body, { user: { ...fleetUser, id: 9, email: 'new@example.com', global_role: null } })
  })

  it('POST /users/admin answers {user, token} when the payload carries an API-only user\'s token', async () => {
    rest.answer(CreateUserDocument, { createUser: { user: user({ id: '9', apiOnly: true }), token: 'tok' } })
    const body = await rest.doJSON('POST', '/api/v1/fleet/users/admin', { name: 'Bot', email: 'bot@example.com', password: 'pw!', global_role: 'observer', api_only: true }, 200)
    assert.deepEqual(body, { user: { ...fleetUser, id: 9, api_only: true }, token: 'tok' })
  })

  it('POST /users/admin refuses api_endpoints with 422, as Fleet does on this route', async () => {
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/users/admin', { name: 'N', email: 'n@x.y', api_endpoints: [] }, 422),
      'Validation Failed', [{ name: 'api_endpoints', reason: 'This endpoint does not accept API endpoint values' }])
    assert.deepEqual(rest.sent, [])
  })

  it('POST /users/api_only maps name, global_role and fleets (ids as IDs) and answers {user, token}', async () => {
    rest.answer(CreateApiOnlyUserDocument, { createApiOnlyUser: { user: user({ id: '10', apiOnly: true, teams: [] }), token: 'tok' } })
    const body = await rest.doJSON('POST', '/api/2022-04/fleet/users/api_only', { name: 'Bot', fleets: [{ id: 7, role: 'observer' }], api_endpoints: null }, 200)
    rest.expectSent([{ operationName: 'CreateApiOnlyUser', variables: { input: { name: 'Bot', globalRole: null, teams: [{ teamId: '7', role: 'observer' }] } } }])
    assert.deepEqual(body, { user: { ...fleetUser, id: 10, api_only: true, teams: [] }, token: 'tok' })
  })

  it('POST /users/api_only sends a missing name as empty (the service\'s 422) and refuses an api_endpoints list with 422', async () => {
    rest.fail(CreateApiOnlyUserDocument, validationFailed([{ name: 'name', reason: 'cannot be empty' }]))
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/users/api_only', { global_role: 'observer' }, 422),
      'Validation Failed', [{ name: 'name', reason: 'cannot be empty' }])
    rest.expectSent([{ operationName: 'CreateApiOnlyUser', variables: { input: { name: '', globalRole: 'observer', teams: null } } }])
    const refused = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/users/api_only',
      { name: 'Bot', global_role: 'observer', api_endpoints: [{ method: 'GET', path: '/api/v1/fleet/hosts' }] }, 422)
    assert.equal(refused.errors[0].name, 'api_endpoints')
    assert.deepEqual(rest.sent, [])
  })

  it('maps FORBIDDEN to 403 "Permission Denied" and VALIDATION_FAILED to 422 with the field errors', async () => {
    rest.fail(CreateUserDocument, forbidden())
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/users/admin', { name: 'N', email: 'n@x.y' }, 403),
      'Permission Denied', [{ name: 'base', reason: 'forbidden' }])
    rest.fail(CreateUserDocument, validationFailed([{ name: 'email', reason: 'is not a valid email' }]))
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/users/admin', { name: 'N', email: 'nope' }, 422),
      'Validation Failed', [{ name: 'email', reason: 'is not a valid email' }])
  })

  it('refuses a body with a wrongly typed field (400 naming it) or a NUL character (422 naming it)', async () => {
    const typed = await rest.doJSON<{ errors: { name: string }[] }>('POST', '/api/latest/fleet/users/admin', { name: 'N', email: 'n@x.y', api_only: 'yes' }, 400)
    assert.equal(typed.errors[0].name, 'api_only')
    assertFleetError(await rest.doJSON('POST', '/api/latest/fleet/users/admin', { name: 'N\u0000', email: 'n@x.y' }, 422),
      'Validation Failed', [{ name: 'name', reason: 'must not contain NUL (\\u0000) characters' }])
    assert.deepEqual(rest.sent, [])
  })
})
