// Login is rate-limited (issue 11, item 7): 10 failures per account in 15
// minutes, then 429 with Retry-After in Fleet's error shape on REST and a
// TOO_MANY_REQUESTS error on GraphQL, whatever the password; a success clears
// the account's count; one client address has its own budget across accounts.
// With PostgreSQL and Redis, two replicas count together.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freshDatabase, realServices, startIsolatedStack, startStack, type TestStack } from '../../support/stack.js'
import { assertFleetError } from '../../support/client.js'
import { PASSWORD, createUser, setupInstance } from '../../support/fleet.js'

const WRONG = 'wrong password 1!'
let addresses = 0
/** A client address of its own (sent as X-Forwarded-For), so each test's per-address budget starts empty. */
const newAddress = () => `198.51.100.${++addresses}`

async function restLogin(base: string, email: string, password: string, address: string) {
  const res = await fetch(`${base}/api/v1/fleet/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ email, password }),
  })
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() as any }
}

async function gqlLogin(base: string, email: string, password: string, address: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: password } }),
  })
  return res.json() as Promise<{ data?: any; errors?: any[] }>
}

/** `n` failed REST logins for `email`, each answered 401. */
async function failRest(base: string, email: string, n: number, address: () => string) {
  for (let i = 0; i < n; i++) assert.equal((await restLogin(base, email, WRONG, address())).status, 401, `failure ${i + 1}`)
}

function assertLimited(r: { status: number; retryAfter: string | null; body: any }) {
  assert.equal(r.status, 429, JSON.stringify(r.body))
  const seconds = Number(r.retryAfter)
  assert.ok(Number.isInteger(seconds) && seconds >= 1 && seconds <= 900, `Retry-After: ${r.retryAfter}`)
  assertFleetError(r.body)
  assert.equal(r.body.message, `limit exceeded, retry after: ${seconds}s`)
}

describe('login rate limit', () => {
  let stack: TestStack
  let base: string
  let admin: string

  before(async () => {
    // a small per-address budget keeps the spraying test short; the per-account limit is the default (10)
    stack = await startIsolatedStack({ LOGIN_MAX_FAILURES_PER_ADDRESS: '15' })
    base = stack.url
    admin = (await setupInstance(base)).token
  })
  after(async () => { await stack.stop() })

  it('answers the 11th bad password for one account with 429 and Retry-After in Fleet\'s shape, and then refuses the right password too', async () => {
    const { email } = await createUser(base, admin, 'observer')
    await failRest(base, email, 10, newAddress) // from ten addresses: the account's count is what stops them
    assertLimited(await restLogin(base, email, WRONG, newAddress()))
    assertLimited(await restLogin(base, email, PASSWORD, newAddress()))
  })

  it('counts GraphQL and REST attempts together; the GraphQL login answers a TOO_MANY_REQUESTS error', async () => {
    const { email } = await createUser(base, admin, 'observer')
    await failRest(base, email, 5, newAddress)
    for (let i = 0; i < 5; i++) assert.equal((await gqlLogin(base, email, WRONG, newAddress())).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED')
    const r = await gqlLogin(base, email, WRONG, newAddress())
    assert.ok(!r.data?.login, "no token")
    assert.equal(r.errors?.length, 1)
    assert.equal(r.errors![0].extensions.code, 'TOO_MANY_REQUESTS')
    assert.ok(r.errors![0].extensions.retryAfter >= 1, JSON.stringify(r.errors))
    assert.match(r.errors![0].message, /^limit exceeded, retry after: \d+s$/)
  })

  it('clears an account\'s failures when it logs in successfully', async () => {
    const { email } = await createUser(base, admin, 'observer')
    await failRest(base, email, 9, newAddress)
    assert.equal((await restLogin(base, email, PASSWORD, newAddress())).status, 200)
    await failRest(base, email, 10, newAddress) // a fresh budget of 10
    assertLimited(await restLogin(base, email, WRONG, newAddress()))
  })

  it('limits one client address across accounts, and only that address', async () => {
    const sprayer = newAddress()
    const someone = () => `nobody-${randomBytes(4).toString('hex')}@example.com`
    for (let i = 0; i < 15; i++) assert.equal((await restLogin(base, someone(), WRONG, sprayer)).status, 401, `failure ${i + 1}`)
    assertLimited(await restLogin(base, someone(), WRONG, sprayer))
    assert.equal((await restLogin(base, someone(), WRONG, newAddress())).status, 401)
  })

  it('lets no more than the budget through when guesses arrive all at once', async () => {
    // each try is taken from the budgets before the password is hashed: 40 concurrent guesses at one
    // account used to all pass the check together, each then counted as a failure after the fact
    const { email } = await createUser(base, admin, 'observer')
    const answers = await Promise.all(Array.from({ length: 40 }, () => restLogin(base, email, WRONG, newAddress())))
    const statuses = answers.map((r) => r.status)
    assert.equal(statuses.filter((s) => s === 401).length, 10, JSON.stringify(statuses))
    assert.equal(statuses.filter((s) => s === 429).length, 30)
    // the sprayer's side: 40 concurrent guesses from one address at many accounts
    const sprayer = newAddress()
    const spray = await Promise.all(Array.from({ length: 40 }, () => restLogin(base, `nobody-${randomBytes(4).toString('hex')}@example.com`, WRONG, sprayer)))
    assert.equal(spray.filter((r) => r.status === 401).length, 15)
  })

  it('a successful login does not spend the client address\'s budget', async () => {
    const { email } = await createUser(base, admin, 'observer')
    const client = newAddress()
    for (let i = 0; i < 20; i++) assert.equal((await restLogin(base, email, PASSWORD, client)).status, 200, `login ${i + 1}`)
    for (let i = 0; i < 15; i++) assert.equal((await restLogin(base, `nobody-${randomBytes(4).toString('hex')}@example.com`, WRONG, client)).status, 401, `failure ${i + 1}`)
    assertLimited(await restLogin(base, email, WRONG, client))
  })
})

const { databaseUrl, redisUrl } = realServices()

if (databaseUrl && redisUrl) {
  describe('login rate limit across replicas', () => {
    let db: Awaited<ReturnType<typeof freshDatabase>>
    let dataDir: string
    let a: TestStack, b: TestStack
    let admin: string

    before(async () => {
      db = await freshDatabase(databaseUrl)
      dataDir = mkdtempSync(path.join(tmpdir(), 'fg-login-'))
      const env = { DATABASE_URL: db.url, REDIS_URL: redisUrl, DATA_DIR: dataDir }
      ;[a, b] = await Promise.all([startStack(env), startStack(env)])
      admin = (await setupInstance(a.url)).token
    })
    after(async () => {
      await Promise.all([a?.stop(), b?.stop()])
      await db?.drop()
      rmSync(dataDir, { recursive: true, force: true })
    })

    it('counts guesses sent to two replicas sharing one Redis together', async () => {
      const { email } = await createUser(a.url, admin, 'observer')
      for (let i = 0; i < 10; i++) assert.equal((await restLogin(i % 2 ? b.url : a.url, email, WRONG, newAddress())).status, 401, `failure ${i + 1}`)
      assertLimited(await restLogin(a.url, email, WRONG, newAddress()))
      assertLimited(await restLogin(b.url, email, PASSWORD, newAddress()))
    })
  })
}
