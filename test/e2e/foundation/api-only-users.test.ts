// API-only users get their token when they are created, as in Fleet: POST /users/admin with
// `api_only` (not SSO) answers {user, token}, newer Fleet's POST /users/api_only generates the email
// and password and answers {user, token}, and the GraphQL twins return the same. The token works on
// every surface (GraphQL, FleetDM REST, Kibana); only admins create such users.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { PASSWORD, createUser, setupInstance } from '../../support/fleet.js'

const email = (what: string) => `${what}-${randomBytes(4).toString('hex')}@example.com`

/** The token signs its user in on GraphQL, FleetDM REST and a Kibana route. */
async function assertWorksEverywhere(base: string, token: string, userId: number) {
  assert.equal((await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, token)).body.user.id, userId)
  const me = await gql(base, '{ me { databaseId apiOnly } }', undefined, token)
  assert.deepEqual(me.data?.me, { databaseId: userId, apiOnly: true })
  assert.equal((await doJSON(base, 'GET', '/api/fleet/agents/setup', undefined, 200, token)).body.isReady, true)
}

describe('API-only users', () => {
  let stack: TestStack
  let base: string, admin: string

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
  })
  after(async () => { await stack.stop() })

  it('POST /users/admin with api_only answers {user, token}, and the token works on every surface', async () => {
    const r = await doJSON(base, 'POST', '/api/v1/fleet/users/admin', { name: 'Bot', email: email('bot'), password: PASSWORD, global_role: 'observer', api_only: true }, 200, admin)
    assert.deepEqual(Object.keys(r.body).sort(), ['token', 'user'])
    assert.equal(r.body.user.api_only, true)
    assert.equal(typeof r.body.token, 'string')
    await assertWorksEverywhere(base, r.body.token, r.body.user.id)
  })

  it('POST /users/admin answers only {user} for other users, SSO API-only users included', async () => {
    const person = await doJSON(base, 'POST', '/api/v1/fleet/users/admin', { name: 'P', email: email('p'), password: PASSWORD, global_role: 'observer' }, 200, admin)
    assert.deepEqual(Object.keys(person.body), ['user'])
    const sso = await doJSON(base, 'POST', '/api/latest/fleet/users/admin', { name: 'S', email: email('s'), sso_enabled: true, api_only: true, global_role: 'observer' }, 200, admin)
    assert.deepEqual(Object.keys(sso.body), ['user'])
  })

  it('POST /users/api_only generates the email and password and answers {user, token}', async () => {
    const r = await doJSON(base, 'POST', '/api/latest/fleet/users/api_only', { name: 'Integration', global_role: 'maintainer' }, 200, admin)
    assert.deepEqual(Object.keys(r.body).sort(), ['token', 'user'])
    assert.equal(r.body.user.name, 'Integration')
    assert.equal(r.body.user.api_only, true)
    assert.equal(r.body.user.global_role, 'maintainer')
    assert.equal(r.body.user.force_password_reset, false)
    assert.match(r.body.user.email, /^api-only-[0-9a-f]{12}@example\.com$/)
    await assertWorksEverywhere(base, r.body.token, r.body.user.id)
  })

  it('POST /users/api_only takes team roles as `fleets`', async () => {
    const r = await doJSON(base, 'POST', '/api/v1/fleet/users/api_only', { name: 'Team bot', fleets: [{ id: 99999, role: 'observer' }] }, 422, admin)
    assertFleetError(r.body, 'Validation Failed')
    assert.deepEqual(r.body.errors, [{ name: 'teams[0].id', reason: 'team 99999 does not exist' }])
  })

  it('POST /users/api_only answers validation errors in Fleet\'s shape (422), and 400 for wrong types', async () => {
    const empty = await doJSON(base, 'POST', '/api/v1/fleet/users/api_only', {}, 422, admin)
    assertFleetError(empty.body, 'Validation Failed')
    assert.deepEqual(empty.body.errors.map((e: any) => e.name).sort(), ['global_role', 'name'])
    const role = await doJSON(base, 'POST', '/api/v1/fleet/users/api_only', { name: 'X', global_role: 'superuser' }, 422, admin)
    assert.deepEqual(role.body.errors, [{ name: 'global_role', reason: 'invalid global role: superuser' }])
    const both = await doJSON(base, 'POST', '/api/v1/fleet/users/api_only', { name: 'X', global_role: 'observer', fleets: [{ id: 1, role: 'observer' }] }, 422, admin)
    assert.ok(both.body.errors.some((e: any) => e.name === 'teams'), JSON.stringify(both.body))
    const endpoints = await doJSON(base, 'POST', '/api/v1/fleet/users/api_only', { name: 'X', global_role: 'observer', api_endpoints: [{ method: 'GET', path: '/api/v1/fleet/hosts' }] }, 422, admin)
    assert.equal(endpoints.body.errors[0].name, 'api_endpoints')
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/users/api_only', { name: 7 }, 400, admin)).body, 'Bad request')
  })

  it('answers 403 to non-admins and 401 without credentials', async () => {
    for (const role of ['observer', 'maintainer'] as const) {
      const u = await createUser(base, admin, role)
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/users/api_only', { name: 'X', global_role: 'observer' }, 403, u.token)).body, 'Permission Denied')
      const g = await gql(base, 'mutation { createApiOnlyUser(input: { name: "X", globalRole: "observer" }) { token } }', undefined, u.token)
      assert.equal(g.errors?.[0]?.extensions?.code, 'FORBIDDEN')
      assert.equal(g.data?.createApiOnlyUser ?? null, null)
    }
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/users/api_only', { name: 'X', global_role: 'observer' }, 401)).body, 'Authorization header required')
  })

  it('GraphQL: createUser returns the token of an API-only user (null otherwise); createApiOnlyUser returns {user, token}', async () => {
    const create = 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { databaseId apiOnly } token } }'
    const bot = await gql(base, create, { i: { name: 'G bot', email: email('gbot'), password: PASSWORD, globalRole: 'observer', apiOnly: true } }, admin)
    assert.equal(bot.data?.createUser.user.apiOnly, true)
    await assertWorksEverywhere(base, bot.data!.createUser.token, bot.data!.createUser.user.databaseId)
    const person = await gql(base, create, { i: { name: 'G person', email: email('gp'), password: PASSWORD, globalRole: 'observer' } }, admin)
    assert.equal(person.data?.createUser.token, null)

    const api = await gql(base, 'mutation { createApiOnlyUser(input: { name: "G integration", globalRole: "observer" }) { user { databaseId apiOnly email } token } }', undefined, admin)
    assert.equal(api.errors, undefined)
    assert.match(api.data!.createApiOnlyUser.user.email, /^api-only-/)
    await assertWorksEverywhere(base, api.data!.createApiOnlyUser.token, api.data!.createApiOnlyUser.user.databaseId)
  })

  it('an API-only user still cannot log in with a password; its token ends at logout', async () => {
    const mail = email('bot')
    const r = await doJSON(base, 'POST', '/api/v1/fleet/users/admin', { name: 'Bot', email: mail, password: PASSWORD, global_role: 'observer', api_only: true }, 200, admin)
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/login', { email: mail, password: PASSWORD }, 401)).body, 'Authentication failed')
    await doJSON(base, 'POST', '/api/v1/fleet/logout', undefined, 200, r.body.token)
    await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 401, r.body.token)
  })
})
