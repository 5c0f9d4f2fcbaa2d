// Setup, login, logout, me and users, through REST and GraphQL (HTTP and graphql-ws).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql, subscribe, wsClient } from '../../support/client.js'
import { PASSWORD, createUser } from '../../support/fleet.js'

const setupBody = (email: string) => ({
  admin: { admin: true, email, name: 'First Admin', password: PASSWORD, password_confirmation: PASSWORD },
  org_info: { org_name: 'Acme Corp' }, server_url: 'https://fleet.example.com',
})

describe('setup and authentication', () => {
  let stack: TestStack
  let base: string
  let adminToken: string

  before(async () => { stack = await startIsolatedStack(); base = stack.url })
  after(async () => { await stack.stop() })

  it('rejects an invalid setup with 422 and writes nothing', async () => {
    const r = await doJSON(base, 'POST', '/api/v1/setup', { ...setupBody('not-an-email'), admin: { email: 'bad', name: '', password: 'short' } }, 422)
    assertFleetError(r.body, 'Validation Failed')
    const names = r.body.errors.map((e: any) => e.name).sort()
    assert.deepEqual(names, ['email', 'name', 'password'])
    const q = await gql(base, '{ setupRequired }')
    assert.equal(q.data?.setupRequired, true)
  })

  it('concurrent setup calls leave exactly one admin; the others get 404', async () => {
    const calls = await Promise.all(Array.from({ length: 5 }, (_, i) =>
      fetch(`${base}/api/v1/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(setupBody(`admin${i}@example.com`)) })
        .then(async (r) => ({ status: r.status, body: await r.json() as any }))))
    const ok = calls.filter((c) => c.status === 200)
    assert.equal(ok.length, 1, JSON.stringify(calls.map((c) => c.status)))
    for (const c of calls.filter((c) => c.status !== 200)) { assert.equal(c.status, 404); assertFleetError(c.body, 'Resource Not Found') }
    const s = ok[0].body
    assert.equal(s.admin.global_role, 'admin')
    assert.equal(s.org_info.org_name, 'Acme Corp')
    assert.equal(s.server_url, 'https://fleet.example.com')
    assert.equal(s.osquery_enroll_secret, null)
    assert.equal(typeof s.token, 'string')
    adminToken = s.token
    const users = await doJSON(base, 'GET', '/api/v1/fleet/users', undefined, 200, adminToken)
    assert.equal(users.body.users.length, 1)
  })

  it('a later setup call is refused with 404', async () => {
    const r = await doJSON(base, 'POST', '/api/v1/setup', setupBody('late@example.com'), 404)
    assertFleetError(r.body, 'Resource Not Found')
  })

  it('GET /me answers with the user and the setup token works', async () => {
    const r = await doJSON(base, 'GET', '/api/latest/fleet/me', undefined, 200, adminToken)
    assert.equal(r.body.user.global_role, 'admin')
    assert.deepEqual(r.body.available_teams, [])
    for (const k of ['created_at', 'updated_at', 'id', 'name', 'email', 'force_password_reset', 'gravatar_url', 'sso_enabled', 'global_role', 'api_only', 'teams']) assert.ok(k in r.body.user, k)
    assert.ok(!('password_hash' in r.body.user))
  })

  it('answers 401 in Fleet shape without a header and with a bad token', async () => {
    const none = await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 401)
    assertFleetError(none.body, 'Authorization header required')
    const bad = await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 401, 'not-a-token')
    assertFleetError(bad.body, 'Authentication required')
  })

  it('login returns {user, token}; a wrong password is 401 "Authentication failed"', async () => {
    const email = (await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, adminToken)).body.user.email
    const ok = await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)
    assert.equal(typeof ok.body.token, 'string')
    assert.equal(ok.body.user.global_role, 'admin')
    const bad = await doJSON(base, 'POST', '/api/v1/fleet/login', { email: ok.body.user.email, password: 'wrong password 1!' }, 401)
    assertFleetError(bad.body, 'Authentication failed')
    const unknown = await doJSON(base, 'POST', '/api/v1/fleet/login', { email: 'nobody@example.com', password: PASSWORD }, 401)
    assertFleetError(unknown.body, 'Authentication failed')
  })

  it('logout ends the session', async () => {
    const me = await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, adminToken)
    const l = await doJSON(base, 'POST', '/api/v1/fleet/login', { email: me.body.user.email, password: PASSWORD }, 200)
    await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, l.body.token)
    const out = await doJSON(base, 'POST', '/api/v1/fleet/logout', undefined, 200, l.body.token)
    assert.deepEqual(out.body, {})
    await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 401, l.body.token)
    await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, adminToken)
  })

  it('an admin creates users with each global role; they can log in', async () => {
    for (const role of ['admin', 'maintainer', 'observer'] as const) {
      const u = await createUser(base, adminToken, role)
      const me = await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, u.token)
      assert.equal(me.body.user.global_role, role)
      assert.equal(me.body.user.email, u.email)
    }
  })

  it('creating users: 403 for non-admins, 409 for a taken email, 422 for bad fields, 400 for wrong types', async () => {
    const obs = await createUser(base, adminToken, 'observer')
    const mnt = await createUser(base, adminToken, 'maintainer')
    const body = { name: 'X', email: 'x@example.com', password: PASSWORD, global_role: 'observer' }
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/users/admin', body, 403, obs.token)).body, 'Permission Denied')
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/users/admin', body, 403, mnt.token)).body, 'Permission Denied')
    assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/users/admin', { ...body, email: obs.email }, 409, adminToken)).body, 'Resource Already Exists')
    const v = await doJSON(base, 'POST', '/api/v1/fleet/users/admin', { ...body, global_role: 'superuser', password: 'short' }, 422, adminToken)
    assertFleetError(v.body, 'Validation Failed')
    assert.deepEqual(v.body.errors.map((e: any) => e.name).sort(), ['global_role', 'password'])
    const t = await doJSON(base, 'POST', '/api/v1/fleet/users/admin', { ...body, name: 42 }, 400, adminToken)
    assertFleetError(t.body, 'Bad request')
    assert.equal(t.body.errors[0].name, 'name')
    // nothing half-written: the email is still free
    await doJSON(base, 'POST', '/api/v1/fleet/users/admin', body, 200, adminToken)
  })

  it('lists users with order and paging; bad order_direction is 400', async () => {
    const all = await doJSON(base, 'GET', '/api/v1/fleet/users?order_key=email&order_direction=desc', undefined, 200, adminToken)
    const emails = all.body.users.map((u: any) => u.email)
    assert.deepEqual(emails, [...emails].sort().reverse())
    const page = await doJSON(base, 'GET', '/api/v1/fleet/users?order_key=email&per_page=2&page=1', undefined, 200, adminToken)
    assert.deepEqual(page.body.users.map((u: any) => u.email), [...emails].sort().slice(2, 4))
    assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/users?order_direction=up', undefined, 400, adminToken)).body, 'Bad request')
    await doJSON(base, 'GET', '/api/v1/fleet/users', undefined, 401)
  })

  it('GraphQL enforces the same identity: header over HTTP, connectionParams over graphql-ws', async () => {
    const anon = await gql(base, '{ me { email } }')
    assert.equal(anon.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED')
    const me = await gql(base, '{ me { email globalRole } }', undefined, adminToken)
    assert.equal(me.data?.me.globalRole, 'ADMIN')
    const obs = await createUser(base, adminToken, 'observer')
    const denied = await gql(base, 'mutation { createUser(input: {name: "y", email: "y@example.com", password: "correct horse 1!", globalRole: "observer"}) { user { id } } }', undefined, obs.token)
    assert.equal(denied.errors?.[0]?.extensions?.code, 'FORBIDDEN')

    const anonWs = wsClient(base)
    const s1 = subscribe(anonWs, 'subscription { packEvents { kind } }')
    await s1.next(1).catch(() => {})
    assert.equal((s1.error as any)?.[0]?.extensions?.code ?? (s1.events[0]?.errors?.[0]?.extensions?.code), 'UNAUTHENTICATED')
    await anonWs.dispose()

    const authedWs = wsClient(base, adminToken)
    const viaWs = await new Promise<any>((resolve, reject) => authedWs.subscribe({ query: '{ me { email } }' }, { next: resolve, error: reject, complete: () => {} }))
    const email = (await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, adminToken)).body.user.email
    assert.equal(viaWs.data.me.email, email)
    await authedWs.dispose()
  })
})
