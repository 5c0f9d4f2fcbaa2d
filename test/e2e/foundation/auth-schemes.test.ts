// `Authorization: ApiKey` and `Basic` next to `Bearer` (ADR 0014), on every surface that takes a
// user's credentials: GraphQL over HTTP and graphql-ws, FleetDM REST, Kibana's routes. ApiKey is
// Kibana's base64 of "<id>:<token>" or the token itself, and resolves exactly as Bearer does. Basic
// checks the email and password as login does, under login's throttle (the same count and limit).
// Malformed values are a 401, never a 500.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { createClient } from 'graphql-ws'
import WebSocket from 'ws'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON } from '../../support/client.js'
import { PASSWORD, createUser, setupInstance } from '../../support/fleet.js'

const WRONG = 'wrong password 1!'
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
const apiKey = (token: string) => `ApiKey ${b64(`kibana-key-id:${token}`)}`
const basic = (email: string, password: string) => `Basic ${b64(`${email}:${password}`)}`

let addresses = 0
/** A client address of its own (X-Forwarded-For), so per-address login budgets do not mix between tests. */
const newAddress = () => `203.0.113.${++addresses}`

/** A request with this Authorization value (and no other credential) from `address`. */
const as = (authorization: string, address = newAddress()) => ({ authorization, 'x-forwarded-for': address })

async function gqlAs(base: string, authorization: string, query: string, address = newAddress()) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...as(authorization, address) }, body: JSON.stringify({ query }),
  })
  return { status: res.status, body: await res.json() as { data?: any; errors?: any[] } }
}

/** `me` over graphql-ws with the authorization in connectionParams, as browsers send it. */
async function wsMe(base: string, authorization: string): Promise<any> {
  const client = createClient({ url: `${base.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0, lazy: true })
  try {
    return await new Promise((resolve, reject) => client.subscribe({ query: '{ me { email } }' }, { next: resolve, error: reject, complete: () => {} }))
  } finally {
    await client.dispose()
  }
}

describe('ApiKey and Basic authentication', () => {
  let stack: TestStack
  let base: string, admin: string

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
  })
  after(async () => { await stack.stop() })

  /** An API-only user created with a password, and its token. */
  async function apiOnlyUser() {
    const email = `bot-${randomBytes(4).toString('hex')}@example.com`
    const r = await doJSON(base, 'POST', '/api/v1/fleet/users/admin', { name: 'Bot', email, password: PASSWORD, global_role: 'observer', api_only: true }, 200, admin)
    return { email, token: r.body.token as string, id: r.body.user.id as number }
  }

  /** The credentials sign `email` in on GraphQL (HTTP and graphql-ws), FleetDM REST and a Kibana route. */
  async function assertSignsIn(authorization: string, email: string) {
    assert.equal((await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, undefined, as(authorization))).body.user.email, email)
    assert.equal((await doJSON(base, 'GET', '/api/latest/fleet/users', undefined, 200, undefined, as(authorization))).body.users.length > 0, true)
    assert.deepEqual((await gqlAs(base, authorization, '{ me { email } }')).body, { data: { me: { email } } })
    assert.equal((await doJSON(base, 'GET', '/api/fleet/agents/setup', undefined, 200, undefined, as(authorization))).body.isReady, true)
    assert.deepEqual(await wsMe(base, authorization), { data: { me: { email } } })
  }

  /** The credentials are refused with a 401 on every surface, in its shape. */
  async function assertRefused(authorization: string) {
    assertFleetError((await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 401, undefined, as(authorization))).body, 'Authentication required')
    const g = await gqlAs(base, authorization, '{ me { email } }')
    assert.equal(g.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(g.body))
    const k = await doJSON(base, 'GET', '/api/fleet/agents/setup', undefined, 401, undefined, as(authorization))
    assert.equal(k.body.statusCode, 401)
    assert.equal(k.body.error, 'Unauthorized')
  }

  it("accepts an API-only user's token as Bearer, as ApiKey in Kibana's form and as a raw ApiKey, on every surface", async () => {
    const bot = await apiOnlyUser()
    for (const authorization of [`Bearer ${bot.token}`, apiKey(bot.token), `ApiKey ${bot.token}`, `apikey ${bot.token}`, `APIKEY ${b64(`x:${bot.token}`)}`]) {
      await assertSignsIn(authorization, bot.email)
    }
  })

  it('resolves ApiKey exactly as Bearer: logging out through one ends the token for both', async () => {
    const email = (await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, admin)).body.user.email
    const login = await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)
    await assertSignsIn(apiKey(login.body.token), email)
    await doJSON(base, 'POST', '/api/v1/fleet/logout', undefined, 200, undefined, as(apiKey(login.body.token)))
    await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 401, login.body.token)
    await assertRefused(`ApiKey ${login.body.token}`)
  })

  it('accepts Basic with the right password, for people and API-only users alike, the scheme name in any case', async () => {
    const person = await createUser(base, admin, 'observer')
    await assertSignsIn(basic(person.email, PASSWORD), person.email)
    const bot = await apiOnlyUser()
    await assertSignsIn(basic(bot.email, PASSWORD), bot.email)
    await assertSignsIn(`bAsIc ${b64(`${bot.email}:${PASSWORD}`)}`, bot.email)
  })

  it('refuses Basic with a wrong password, an unknown email, or an SSO user (401)', async () => {
    const person = await createUser(base, admin, 'observer')
    await assertRefused(basic(person.email, WRONG))
    await assertRefused(basic(`nobody-${randomBytes(4).toString('hex')}@example.com`, PASSWORD))
    const sso = `sso-${randomBytes(4).toString('hex')}@example.com`
    await doJSON(base, 'POST', '/api/v1/fleet/users/admin', { name: 'SSO', email: sso, password: PASSWORD, sso_enabled: true, global_role: 'observer' }, 200, admin)
    await assertRefused(basic(sso, PASSWORD))
  })

  it('answers 401, never a 500, to malformed or oversized ApiKey and Basic values', async () => {
    for (const authorization of [
      'ApiKey %%%', `ApiKey ${b64('key-id:')}`, 'ApiKey', 'ApiKey a b',
      'Basic !!!', 'Basic', `Basic ${b64('no-colon')}`, `Basic ${b64(':password')}`, `Basic ${Buffer.from([0x61, 0x3a, 0xc3, 0x28]).toString('base64')}`,
      `Basic ${b64(`${'e'.repeat(4000)}@example.com:${PASSWORD}`)}`, `ApiKey ${'A'.repeat(8000)}`,
    ]) await assertRefused(authorization)
  })

  it('throttles Basic as login, on the same count: 10 failures through either, then 429 even for the right password', async () => {
    const person = await createUser(base, admin, 'observer')
    // Five wrong logins and five wrong Basic requests, one of them a GraphQL query reaching two subgraphs
    // (one failure per request, not per subgraph), each from an address of its own.
    for (let i = 0; i < 5; i++) assert.equal((await fetch(`${base}/api/v1/fleet/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': newAddress() }, body: JSON.stringify({ email: person.email, password: WRONG }) })).status, 401)
    const twoSubgraphs = await gqlAs(base, basic(person.email, WRONG), '{ me { email } packList { id } }')
    assert.deepEqual(new Set(twoSubgraphs.body.errors?.map((e: any) => e.extensions?.code)), new Set(['UNAUTHENTICATED']), JSON.stringify(twoSubgraphs.body))
    for (let i = 0; i < 4; i++) await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 401, undefined, as(basic(person.email, `${WRONG}${i}`)))

    const limited = await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 429, undefined, as(basic(person.email, PASSWORD)))
    const seconds = Number(limited.headers.get('retry-after'))
    assert.ok(seconds >= 1 && seconds <= 900, `Retry-After ${seconds}`)
    assertFleetError(limited.body, `limit exceeded, retry after: ${seconds}s`)
    const g = await gqlAs(base, basic(person.email, PASSWORD), '{ me { email } }')
    assert.equal(g.body.errors?.[0]?.extensions?.code, 'TOO_MANY_REQUESTS')
    await doJSON(base, 'GET', '/api/fleet/agents/setup', undefined, 429, undefined, as(basic(person.email, PASSWORD)))
    assert.equal((await fetch(`${base}/api/v1/fleet/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': newAddress() }, body: JSON.stringify({ email: person.email, password: PASSWORD }) })).status, 429)
    // Tokens are not passwords: the account's sessions are not throttled.
    await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, person.token)
  })

  it('has no session to end under Basic: logout answers 400 and the credentials keep working', async () => {
    const person = await createUser(base, admin, 'observer')
    const r = await doJSON(base, 'POST', '/api/v1/fleet/logout', undefined, 400, undefined, as(basic(person.email, PASSWORD)))
    assertFleetError(r.body, 'Bad request')
    await doJSON(base, 'GET', '/api/v1/fleet/me', undefined, 200, undefined, as(basic(person.email, PASSWORD)))
  })
})
