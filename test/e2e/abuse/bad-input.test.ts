// Every bad input is a 4xx (issue 11): NUL bytes are a 422 naming the field,
// integers out of range and negative paging a 400, on REST in Fleet's error
// shape and on GraphQL with a registry code. One regression test per finding;
// test/e2e/abuse/fuzz-inputs.test.ts searches for the ones not listed here.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { ENROLL_SECRET, setupInstance } from '../../support/fleet.js'

const V = '/api/v1/fleet'

/** Sends an operation straight to one subgraph (no gateway), as the gateway would forward it. */
async function subgraphGql(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  })
  assert.ok(res.status < 500, `subgraph answered ${res.status}`)
  return res.json() as Promise<{ data?: any; errors?: any[] }>
}

/** The one coded error of a GraphQL answer (no partial data, never the masked 500). */
function codeOf(r: { data?: any; errors?: any[] }): string {
  assert.equal(r.errors?.length, 1, `expected one error: ${JSON.stringify(r)}`)
  assert.equal(typeof r.errors![0].message, 'string')
  return r.errors![0].extensions?.code
}

describe('bad input is a 4xx', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let packId: number

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' }) // team specs (jsonb) are Premium
    base = stack.url
    admin = (await setupInstance(base)).token
    packId = (await doJSON(base, 'POST', `${V}/packs`, { name: 'bad-input-pack' }, 200, admin)).body.pack.id
  })
  after(async () => { await stack.stop() })

  describe('NUL bytes (PostgreSQL cannot store them)', () => {
    it('returns 422 naming `name` when a pack name holds a NUL byte, and stores nothing', async () => {
      const r = await doJSON(base, 'POST', `${V}/packs`, { name: 'a\u0000b' }, 422, admin)
      assertFleetError(r.body, 'Validation Failed')
      assert.deepEqual(r.body.errors.map((e: any) => e.name), ['name'])
      const packs = await doJSON(base, 'GET', `${V}/packs`, undefined, 200, admin)
      assert.deepEqual(packs.body.packs.map((p: any) => p.name), ['bad-input-pack'])
    })

    it('returns 422 naming the nested field (dotted path) when a spec holds a NUL byte', async () => {
      const r = await doJSON(base, 'POST', `${V}/spec/queries`, { specs: [{ name: 'q', query: 'SELECT 1\u0000' }] }, 422, admin)
      assertFleetError(r.body, 'Validation Failed')
      assert.deepEqual(r.body.errors.map((e: any) => e.name), ['specs.0.query'])
    })

    it('returns 422 naming the key when an object key holds a NUL byte', async () => {
      const r = await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
        enroll_secret: ENROLL_SECRET, host_identifier: 'nul-key-host', host_details: { system_info: { hostname: 'k', 'ext\u0000ra': 'x' } },
      }, 422)
      assert.equal(r.body.error, 'host_details.system_info.ext\\u0000ra must not contain NUL (\\u0000) characters')
    })

    it('returns 422 naming the parameter when a query string holds a NUL byte', async () => {
      const r = await doJSON(base, 'GET', `${V}/users?query=a%00b`, undefined, 422, admin)
      assertFleetError(r.body, 'Validation Failed')
      assert.deepEqual(r.body.errors.map((e: any) => e.name), ['query'])
    })

    it('returns 422 naming the path parameter when a path segment holds a NUL byte', async () => {
      const r = await doJSON(base, 'GET', `${V}/spec/packs/a%00b`, undefined, 422, admin)
      assertFleetError(r.body, 'Validation Failed')
      assert.deepEqual(r.body.errors.map((e: any) => e.name), ['name'])
    })

    it("returns 422 in osquery's error shape when an agent's enroll request holds a NUL byte", async () => {
      const r = await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
        enroll_secret: ENROLL_SECRET, host_identifier: 'nul-host',
        host_details: { system_info: { hostname: 'nul\u0000host' } },
      }, 422)
      assert.match(r.body.error, /host_details\.system_info\.hostname/)
      assert.match(r.body.uuid, /^[0-9a-f-]{36}$/)
    })

    it('the subgraphs answer VALIDATION_FAILED, not a masked 500, when the database refuses a NUL byte', async () => {
      const packs = stack.subgraphs['packs-and-queries']
      const inventory = stack.subgraphs.inventory
      assert.ok(packs && inventory, `subgraph URLs not announced: ${JSON.stringify(stack.subgraphs)}`)
      // text columns (SQLSTATE 22021), through Prisma, in a mutation and in a query
      assert.equal(codeOf(await subgraphGql(packs, 'mutation($n: String!) { createPack(input: { name: $n }) { id } }', { n: 'a\u0000b' }, admin)), 'VALIDATION_FAILED')
      assert.equal(codeOf(await subgraphGql(packs, 'query($n: String!) { savedQuery(name: $n) { id } }', { n: 'a\u0000b' }, admin)), 'VALIDATION_FAILED')
      // jsonb (SQLSTATE 22P05, "unsupported Unicode escape sequence"): a team's agent options, unchecked with force
      const team = await subgraphGql(inventory, 'mutation($s: [TeamSpecInput!]!) { applyTeamSpecs(specs: $s, force: true) { id } }', {
        s: [{ name: 'jsonb-nul', agentOptions: { config: { options: { x: 'a\u0000b' } } } }],
      }, admin)
      assert.equal(codeOf(team), 'VALIDATION_FAILED')
    })
  })

  describe('values too long or of the wrong type', () => {
    it('answers VALIDATION_FAILED naming `name` for a 300,000-character pack, query or policy name', async () => {
      const n = 'x'.repeat(300_000)
      for (const [op, vars] of [
        ['mutation($n: String!) { createPack(input: { name: $n }) { id } }', { n }],
        ['mutation($n: String!) { applyQuerySpecs(specs: [{ name: $n, query: "SELECT 1" }]) }', { n }],
        ['mutation($n: String!) { applyPolicySpecs(specs: [{ name: $n, query: "SELECT 1" }]) }', { n }],
        ['mutation($n: String!) { applyPackSpecs(specs: [{ name: $n }]) }', { n }],
      ] as const) {
        const r = await gql(base, op, vars, admin)
        assert.equal(codeOf(r), 'VALIDATION_FAILED', op)
        assert.deepEqual(r.errors![0].extensions.errors.map((e: any) => e.name), ['name'])
      }
    })

    it('returns 400 naming the field for a body integer past 32 bits (not a failed GraphQL coercion)', async () => {
      const r = await doJSON(base, 'POST', `${V}/schedule`, { pack_id: packId, query_id: 1, interval: 2 ** 40 }, 400, admin)
      assertFleetError(r.body, 'Bad request')
      assert.deepEqual(r.body.errors.map((e: any) => e.name), ['interval'])
    })

    it('answers a coded 400 for a variable a subgraph scalar refuses (a string for a JSONObject)', async () => {
      // The gateway's copy of the scalar lets it through; the subgraph's coercion refuses it, in process
      // (BAD_REQUEST from the subgraph's formatError) or over HTTP (Apollo Server's BAD_USER_INPUT).
      const r = await gql(base, 'mutation($s: [TeamSpecInput!]!) { applyTeamSpecs(specs: $s) { id } }', { s: [{ name: 't', features: 'not an object' }] }, admin)
      assert.ok(['BAD_REQUEST', 'BAD_USER_INPUT'].includes(codeOf(r)), JSON.stringify(r))
    })
  })

  describe('JSON nested too deep', () => {
    it('returns 400 for a body nested 5,000 levels deep', async () => {
      const deep = '['.repeat(5000) + ']'.repeat(5000)
      const body = `{"enroll_secret": "${ENROLL_SECRET}", "host_identifier": "deep", "host_details": {"system_info": {"x": ${deep}}}}`
      const r = await doJSON(base, 'POST', '/api/v1/osquery/enroll', body, 400)
      assert.match(r.body.error, /nested deeper than 100 levels/)
      const p = await doJSON(base, 'POST', `${V}/spec/teams`, `{"specs": [{"name": "t", "agent_options": {"x": ${deep}}}]}`, 400, admin)
      assertFleetError(p.body, 'Bad request')
    })
  })

  describe('integers out of range', () => {
    it('returns 400 naming page when page is 2^31 on a list route', async () => {
      for (const path of [`${V}/packs`, `${V}/users`, `${V}/packs/${packId}/scheduled`]) {
        const r = await doJSON(base, 'GET', `${path}?page=2147483648&per_page=10`, undefined, 400, admin)
        assertFleetError(r.body, 'Bad request')
        assert.deepEqual(r.body.errors.map((e: any) => e.name), ['page'])
      }
    })

    it('returns 400 naming per_page when per_page is 2^31 or beyond 2^64', async () => {
      for (const n of ['2147483648', '18446744073709551616']) {
        const r = await doJSON(base, 'GET', `${V}/packs?per_page=${n}`, undefined, 400, admin)
        assertFleetError(r.body, 'Bad request')
        assert.deepEqual(r.body.errors.map((e: any) => e.name), ['per_page'])
      }
    })

    it('returns 400 for paging values that are not whole decimal numbers, as strconv refuses them', async () => {
      for (const q of ['page=-1', 'page=1e3', 'page=0x10', 'per_page=1.5', 'team_id=2147483648']) {
        const r = await doJSON(base, 'GET', `${V}/users?${q}`, undefined, 400, admin)
        assertFleetError(r.body, 'Bad request')
      }
      await doJSON(base, 'GET', `${V}/users?page=&per_page=`, undefined, 200, admin) // empty: the default, as in Fleet
    })

    it('returns 400 naming id for a numeric path id past 2^31 - 1, and 404 for one that is not a number', async () => {
      for (const id of ['2147483648', '99999999999999', '184467440737095516160']) {
        const r = await doJSON(base, 'GET', `${V}/packs/${id}`, undefined, 400, admin)
        assertFleetError(r.body, 'Bad request')
        assert.deepEqual(r.body.errors.map((e: any) => e.name), ['id'])
      }
      await doJSON(base, 'GET', `${V}/packs/2147483647`, undefined, 404, admin)
      await doJSON(base, 'DELETE', `${V}/packs/id/abc`, undefined, 404, admin)
    })
  })

  describe('negative paging on GraphQL', () => {
    it('scheduledQueries answers BAD_REQUEST for a negative page or a perPage below 1, as the other paged fields do', async () => {
      const q = 'query($p: ID!, $page: Int, $perPage: Int) { scheduledQueries(packId: $p, page: $page, perPage: $perPage) { id } }'
      for (const v of [{ page: -1, perPage: 5 }, { page: 0, perPage: -1 }, { page: 0, perPage: 0 }, { page: -2147483648, perPage: 2147483647 }]) {
        const r = await gql(base, q, { p: String(packId), ...v }, admin)
        assert.equal(codeOf(r), 'BAD_REQUEST', JSON.stringify(v))
      }
      assert.deepEqual((await gql(base, q, { p: String(packId), page: 2147483647, perPage: 2147483647 }, admin)).data, { scheduledQueries: [] })
      // the other paging arguments keep their coded 4xx
      assert.equal(codeOf(await gql(base, '{ packs(filter: { page: -1, perPage: 10 }) { id } }', undefined, admin)), 'BAD_REQUEST')
      assert.equal(codeOf(await gql(base, '{ userList(filter: { page: -1, perPage: 10 }) { id } }', undefined, admin)), 'VALIDATION_FAILED')
    })
  })
})
