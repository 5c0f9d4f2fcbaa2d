// Hostile GraphQL against the public gateway (issue 11): each attack is refused
// with a 4xx and a code before planning (so before any subgraph or database
// work), while /healthz keeps answering; NUL characters are a 422; schema
// details go to signed-in users only; the configured body limit is the one that
// applies; same-named fields merge as the spec says.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { request as httpRequest } from 'node:http'
import { getIntrospectionQuery } from 'graphql'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { gql, subscribe, wsClient } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

// Above the runtime's built-in 25,000,000 bytes, so the body tests tell the two limits apart.
const BODY_LIMIT = 30_000_000

const fanOut = (n: number) => {
  let doc = 'fragment F0 on Query { hostList { id } } '
  for (let i = 1; i <= n; i++) doc += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} } `
  return `${doc}{ ...F${n} }`
}
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i + 1}: ${field}`).join(' ')} }`
const nestedInline = (n: number) => `{ ${'... on Query { '.repeat(n)}hostList { id }${' }'.repeat(n)} }`
const nested = (n: number) => `{ ${'hosts { '.repeat(n)}id${' }'.repeat(n)} }`
const cycle = (n: number) => `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % n} }`).join(' ')}`
const directives = (n: number) => `{ hostList { ${'id @include(if: true) '.repeat(n)}} }`

interface Answer { status: number; body: any }

async function post(base: string, body: string, token?: string): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  })
  const text = await res.text()
  let parsed: any = text
  try { parsed = JSON.parse(text) } catch { /* keep the text */ }
  return { status: res.status, body: parsed }
}
const query = (base: string, q: string, token?: string, variables?: Record<string, unknown>) => post(base, JSON.stringify({ query: q, variables }), token)
const codes = (a: Answer) => (a.body?.errors ?? []).map((e: any) => e.extensions?.code)

/**
 * Sends the attack while polling /healthz, one probe after another, until the attack is answered.
 * Every probe must answer 200: with a blocked event loop none would answer at all (the test then
 * ends on its timeout), and a probe that fails means the attack hurt the process.
 */
async function underAttack(base: string, attack: () => Promise<Answer>): Promise<Answer> {
  let answered = false
  const reply = attack().finally(() => { answered = true })
  const probes: number[] = []
  do {
    const res = await fetch(`${base}/healthz`)
    await res.arrayBuffer()
    probes.push(res.status)
  } while (!answered)
  assert.deepEqual(probes.filter((s) => s !== 200), [], `health probes during the attack: ${probes.join()}`)
  return reply
}

describe('GraphQL operation limits', { timeout: 180_000 }, () => {
  let stack: TestStack
  let base: string
  let admin: string
  let observer: string
  let observerEmail: string

  before(async () => {
    stack = await startIsolatedStack({ GRAPHQL_BODY_LIMIT_BYTES: String(BODY_LIMIT) })
    base = stack.url
    admin = (await setupInstance(base)).token
    const o = await createUser(base, admin, 'observer')
    observer = o.token
    observerEmail = o.email
    for (const name of ['limits-a.local', 'limits-b.local']) await enrollHost(base, name)
  })
  after(async () => { await stack.stop() })

  it('refuses fragment fan-out (N=40, unauthenticated) with 400 COST_LIMIT_EXCEEDED while /healthz answers', async () => {
    const r = await underAttack(base, () => query(base, fanOut(40)))
    assert.equal(r.status, 400, JSON.stringify(r.body))
    assert.ok(codes(r).includes('COST_LIMIT_EXCEEDED'), JSON.stringify(r.body))
  })

  it('refuses 10,000 aliases from an observer with 400 MAX_TOKENS_EXCEEDED while /healthz answers', async () => {
    const r = await underAttack(base, () => query(base, aliases(10_000, 'hostList { id hostname }'), observer))
    assert.equal(r.status, 400, JSON.stringify(r.body))
    assert.deepEqual(codes(r), ['MAX_TOKENS_EXCEEDED'])
  })

  it('refuses more aliases than the limit, within the token budget, with 400 MAX_ALIASES_EXCEEDED', async () => {
    const r = await query(base, aliases(100, 'setupRequired'), observer)
    assert.equal(r.status, 400, JSON.stringify(r.body))
    assert.deepEqual(codes(r), ['MAX_ALIASES_EXCEEDED'])
  })

  it('refuses 49 nested inline fragments with 400 MAX_DEPTH_EXCEEDED (no planner error)', async () => {
    const r = await underAttack(base, () => query(base, nestedInline(49), admin))
    assert.equal(r.status, 400, JSON.stringify(r.body))
    assert.equal(codes(r)[0], 'MAX_DEPTH_EXCEEDED')
  })

  it('refuses 3,000 nested selections with 400 MAX_TOKENS_EXCEEDED (no stack overflow)', async () => {
    const r = await underAttack(base, () => query(base, nested(3000), admin))
    assert.equal(r.status, 400, JSON.stringify(r.body))
    assert.deepEqual(codes(r), ['MAX_TOKENS_EXCEEDED'])
  })

  it('refuses a 10,000-fragment cycle with 400 MAX_TOKENS_EXCEEDED (no stack overflow)', async () => {
    const r = await underAttack(base, () => query(base, cycle(10_000), admin))
    assert.equal(r.status, 400, JSON.stringify(r.body))
    assert.deepEqual(codes(r), ['MAX_TOKENS_EXCEEDED'])
  })

  it('refuses too many directives with 400 MAX_DIRECTIVES_EXCEEDED', async () => {
    const r = await query(base, directives(60), admin)
    assert.equal(r.status, 400, JSON.stringify(r.body))
    assert.deepEqual(codes(r), ['MAX_DIRECTIVES_EXCEEDED'])
  })

  it('applies the limits to graphql-ws operations too: a subscription fan-out and a deep query', async () => {
    const client = wsClient(base, admin)
    const codesOver = async (q: string) => {
      const sub = subscribe(client, q)
      await sub.next(1).catch(() => undefined)
      const errors = sub.events[0]?.errors ?? (sub.error as any[])
      assert.ok(Array.isArray(errors), `expected errors, got ${JSON.stringify(sub.events)} / ${String(sub.error)}`)
      return errors.map((e: any) => e.extensions?.code)
    }
    try {
      const fanOutSubscription = fanOut(40).replace('fragment F0 on Query { hostList { id } }', 'fragment F0 on Subscription { packEvents { kind } }')
        .replace(/on Query/g, 'on Subscription').replace(/\{ \.\.\.F40 \}$/, 'subscription { ...F40 }')
      assert.ok((await codesOver(fanOutSubscription)).includes('COST_LIMIT_EXCEEDED'))
      assert.deepEqual(await codesOver(nested(3000)), ['MAX_TOKENS_EXCEEDED'])
    } finally {
      await client.dispose()
    }
  })

  it('answers a NUL character in a variable with 422 BAD_USER_INPUT naming its path, and stores nothing', async () => {
    const r = await query(base, 'mutation($input: CreatePackInput!) { createPack(input: $input) { id } }', admin, { input: { name: 'nul\u0000pack' } })
    assert.equal(r.status, 422, JSON.stringify(r.body))
    assert.deepEqual(codes(r), ['BAD_USER_INPUT'])
    assert.match(r.body.errors[0].message, /\$input\.name/)
    const packs = await gql(base, '{ packs { name } }', undefined, admin)
    assert.equal(packs.data!.packs.some((p: any) => p.name.startsWith('nul')), false)
  })

  it('answers a NUL character in an inline literal with 422 BAD_USER_INPUT naming its argument path', async () => {
    const r = await query(base, 'mutation { createPack(input: { name: "nul\\u0000pack" }) { id } }', admin)
    assert.equal(r.status, 422, JSON.stringify(r.body))
    assert.deepEqual(codes(r), ['BAD_USER_INPUT'])
    assert.match(r.body.errors[0].message, /^input\.name\b/)
  })

  it('refuses introspection to an unauthenticated caller with 401 UNAUTHENTICATED', async () => {
    const r = await query(base, '{ __schema { types { name } } }')
    assert.equal(r.status, 401, JSON.stringify(r.body))
    assert.deepEqual(codes(r), ['UNAUTHENTICATED'])
    assert.equal(r.body.data, undefined)
  })

  it('refuses introspection to a bearer token that is no valid session', async () => {
    const r = await query(base, '{ __type(name: "Host") { fields { name } } }', 'not-a-session-token')
    assert.equal(r.status, 401, JSON.stringify(r.body))
    assert.deepEqual(codes(r), ['UNAUTHENTICATED'])
  })

  it('serves the full introspection query to a signed-in user', async () => {
    const r = await query(base, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }), observer)
    assert.equal(r.status, 200, JSON.stringify(r.body).slice(0, 500))
    assert.equal(r.body.errors, undefined)
    assert.ok(r.body.data.__schema.types.some((t: any) => t.name === 'Host'))
  })

  it('hides field suggestions from an unauthenticated caller and shows them to a signed-in one', async () => {
    const anonymous = await query(base, '{ hostz { id } }')
    assert.match(anonymous.body.errors[0].message, /Cannot query field "hostz"/)
    assert.doesNotMatch(anonymous.body.errors[0].message, /Did you mean/)
    const signedIn = await query(base, '{ hostz { id } }', observer)
    assert.match(signedIn.body.errors[0].message, /Did you mean .*"hosts"/)
  })

  it('accepts a body just under GRAPHQL_BODY_LIMIT_BYTES past the runtime\u2019s own 25 MB default', async () => {
    const envelope = JSON.stringify({ query: '{ setupRequired }', variables: { padding: '' } })
    const body = envelope.replace('"padding":""', `"padding":"${'x'.repeat(BODY_LIMIT - 1 - envelope.length)}"`)
    assert.equal(body.length, BODY_LIMIT - 1)
    const r = await post(base, body)
    assert.equal(r.status, 200, JSON.stringify(r.body).slice(0, 300))
    assert.deepEqual(r.body, { data: { setupRequired: false } })
  })

  it('answers a body one byte over GRAPHQL_BODY_LIMIT_BYTES with 413, before reading it', async () => {
    // Only the start of the body is sent: the answer must come from the declared length alone.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(BODY_LIMIT + 1) } }, (res) => {
        let body = ''
        res.on('data', (d) => { body += d })
        res.on('end', () => { resolve({ status: res.statusCode!, body }); req.destroy() })
      })
      req.on('error', reject)
      req.write('{"query":"{ setupRequired }","padding":"')
    })
    assert.equal(answer.status, 413)
    assert.equal(JSON.parse(answer.body).errors[0].extensions.code, 'PAYLOAD_TOO_LARGE')
  })

  it('merges same-named fields: { users { id } users { email } } is one list of merged users', async () => {
    const merged = await gql(base, '{ userList { id } userList { email } }', undefined, admin)
    const single = await gql(base, '{ userList { id email } }', undefined, admin)
    assert.equal(merged.errors, undefined, JSON.stringify(merged.errors))
    assert.deepEqual(merged.data, single.data)
    assert.ok(merged.data!.userList.some((u: any) => u.email === observerEmail))
  })

  it('merges same-named fields: { hosts { id } hosts { id } } does not double the list', async () => {
    const twice = await gql(base, '{ hostList { id } hostList { id hostname } }', undefined, admin)
    const once = await gql(base, '{ hostList { id hostname } }', undefined, admin)
    assert.equal(twice.data!.hostList.length, 2)
    assert.deepEqual(twice.data, once.data)
  })

  it('lets a large legitimate operation through', async () => {
    const r = await gql(base, `query Dashboard {
      setupRequired
      me { id email globalRole }
      online: hostList { ...HostRow }
      everyone: userList { id email name globalRole }
      packs { id name hosts { ...HostRow } }
      labelList { id name labelType }
    }
    fragment HostRow on Host { id hostname status platform osVersion }`, undefined, admin)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    assert.equal(r.data!.online.length, 2)
  })
})
