// The in-process executor (executor.ts) against real subgraphs and a real gateway runtime, all in
// this process: what the REST layer and its result streams get is what a client over HTTP gets,
// with the caller's identity and every operation policy applied.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FederatedGateway, OperationResult } from '../src/index.js'
import { startSubgraphs, startTestGateway, type Subgraphs } from './in-process.js'

const SETUP = `mutation { setup(input: {
  admin: { email: "admin@example.com", name: "Admin", password: "correct-horse-9!" },
  orgInfo: { orgName: "Acme" }, serverUrl: "https://fleet.example.com", osqueryEnrollSecret: "enroll-me"
}) { token } }`

/** A live query on one enrolled host: its id, for campaignEvents. */
async function startCampaign(gateway: FederatedGateway, authorization: string): Promise<string> {
  const enroll = await gateway.executor.execute({ query: 'mutation { enrollAgent(input: { enrollSecret: "enroll-me", hostIdentifier: "host-1" }) { nodeKey } }' })
  assert.equal(enroll.errors, undefined, JSON.stringify(enroll.errors))
  const hosts = await gateway.executor.execute({ query: '{ hostList { id } }', authorization })
  const hostId = (hosts.data as { hostList: { id: string }[] }).hostList[0].id
  const run = await gateway.executor.execute({ query: `mutation { runLiveQuery(sql: "select 1", targets: { hostIds: ["${hostId}"] }) { id } }`, authorization })
  assert.equal(run.errors, undefined, JSON.stringify(run.errors))
  return (run.data as { runLiveQuery: { id: string } }).runLiveQuery.id
}

/** One NOT_FOUND per subgraph, each raised in the subgraph that owns the field. */
const NOT_FOUND: Record<string, string> = {
  inventory: '{ host(id: "999999") { id } }',
  'packs-and-queries': '{ pack(id: "999999") { id } }',
  mdm: '{ appleProfiles(teamId: "999999") { identifier } }',
  campaigns: '{ campaign(id: "999999") { id } }',
}

/** The same operation over GraphQL over HTTP, as the runtime answers an HTTP client. */
async function overHttp(gateway: FederatedGateway, query: string, authorization?: string): Promise<OperationResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  if (authorization) headers.authorization = authorization
  const res = await gateway.runtime.fetch('http://localhost/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) })
  return await res.json() as OperationResult
}

/** Error uuids are minted per occurrence: everything else must match. */
const withoutUuids = (r: OperationResult) => JSON.parse(JSON.stringify(r), (k, v) => (k === 'uuid' ? '<uuid>' : v))

/** Collects a subscription's results until `count` arrived or it ended. */
async function take(iterable: AsyncIterable<OperationResult>, count: number): Promise<OperationResult[]> {
  const out: OperationResult[] = []
  for await (const r of iterable) {
    out.push(r)
    if (out.length >= count) break
  }
  return out
}

describe('in-process executor', () => {
  let subgraphs: Subgraphs
  let gateway: FederatedGateway & AsyncDisposable
  let token: string

  before(async () => {
    subgraphs = await startSubgraphs()
    gateway = await startTestGateway(subgraphs)
    const setup = await gateway.executor.execute({ query: SETUP })
    assert.equal(setup.errors, undefined, JSON.stringify(setup.errors))
    token = (setup.data as { setup: { token: string } }).setup.token
  })
  after(async () => {
    await gateway?.[Symbol.asyncDispose]()
    await subgraphs?.[Symbol.asyncDispose]()
  })

  for (const [subgraph, query] of Object.entries(NOT_FOUND)) {
    it(`a NOT_FOUND from ${subgraph} arrives unchanged, as over HTTP`, async () => {
      const auth = `Bearer ${token}`
      const result = await gateway.executor.execute({ query, authorization: auth })
      const error = result.errors?.[0]
      assert.equal(error?.extensions?.code, 'NOT_FOUND', JSON.stringify(result))
      assert.match(String(error?.extensions?.uuid), /^[0-9a-f-]{36}$/)
      // The subgraph's own answer, asked directly: the gateway changes neither message nor code.
      const direct = await fetch(subgraphs.urls[subgraph], {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify({ query }),
      }).then((r) => r.json()) as OperationResult
      assert.equal(error?.message, direct.errors?.[0]?.message)
      assert.equal(direct.errors?.[0]?.extensions?.code, 'NOT_FOUND')
      // And exactly what an HTTP client of the gateway reads (the REST layer read that before).
      assert.deepEqual(withoutUuids(result), withoutUuids(await overHttp(gateway, query, auth)))
    })
  }

  it('forwards the caller\u2019s authorization to the subgraphs, and nothing without it', async () => {
    const me = await gateway.executor.execute({ query: '{ me { email } }', authorization: `Bearer ${token}` })
    assert.deepEqual(me, { data: { me: { email: 'admin@example.com' } } })
    const anonymous = await gateway.executor.execute({ query: '{ me { email } }' })
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED')
    assert.deepEqual(withoutUuids(anonymous), withoutUuids(await overHttp(gateway, '{ me { email } }')))
  })

  it('applies the operation limits and the NUL check, with the codes HTTP clients get', async () => {
    const tooLong = `{ ${Array.from({ length: 1100 }, (_, i) => `a${i}: setupRequired`).join(' ')} }`
    const limited = await gateway.executor.execute({ query: tooLong })
    assert.equal(limited.errors?.[0]?.extensions?.code, 'MAX_TOKENS_EXCEEDED')
    // The runtime's own `http` extension stays inside, as GraphQL over HTTP leaves it out of bodies.
    assert.equal(limited.errors?.[0]?.extensions?.http, undefined)
    const nul = await gateway.executor.execute({
      query: 'query($n: String!) { labelSpec(name: $n) { name } }', variables: { n: 'a\u0000b' }, authorization: `Bearer ${token}`,
    })
    assert.equal(nul.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT')
  })

  it('runs a subscription: its events arrive, and a refusal is one result', async () => {
    const auth = `Bearer ${token}`
    const id = await startCampaign(gateway, auth)
    const query = 'subscription($id: ID!) { campaignEvents(campaignId: $id) { __typename ... on CampaignTotals { count } } }'
    const abort = new AbortController()
    const [first] = await take(gateway.executor.subscribe({ query, variables: { id }, authorization: auth }, abort.signal), 1)
    abort.abort()
    assert.deepEqual(first, { data: { campaignEvents: { __typename: 'CampaignTotals', count: 1 } } })

    const refused = await take(gateway.executor.subscribe({ query, variables: { id: '999999' }, authorization: auth }, new AbortController().signal), 5)
    assert.equal(refused.length, 1)
    assert.equal(refused[0].errors?.[0]?.extensions?.code, 'NOT_FOUND')
  })

  it('ends a subscription when its signal aborts while it waits for the next event', { timeout: 30_000 }, async () => {
    const auth = `Bearer ${token}`
    const id = await startCampaign(gateway, auth)
    const abort = new AbortController()
    const seen: OperationResult[] = []
    const done = (async () => {
      for await (const r of gateway.executor.subscribe({ query: 'subscription($id: ID!) { campaignEvents(campaignId: $id) { __typename } }', variables: { id }, authorization: auth }, abort.signal)) {
        seen.push(r)
        // Aborted from outside the loop, while the executor waits on the source.
        if (seen.length === 1) setImmediate(() => abort.abort())
      }
    })()
    await done
    assert.ok(seen.length >= 1)
  })

  it('forwards the caller\u2019s authorization when the subgraphs are called over HTTP and graphql-ws', async () => {
    await using overNetwork = await startTestGateway(subgraphs, { inProcess: false })
    const auth = `Bearer ${token}`
    const me = await overNetwork.executor.execute({ query: '{ me { email } }', authorization: auth })
    assert.deepEqual(me, { data: { me: { email: 'admin@example.com' } } })
    const notFound = await overNetwork.executor.execute({ query: NOT_FOUND.inventory, authorization: auth })
    assert.equal(notFound.errors?.[0]?.extensions?.code, 'NOT_FOUND')
    // A subscription goes to its subgraph over graphql-ws, with the caller's token in connectionParams.
    const query = 'subscription { campaignEvents(campaignId: "999999") { __typename } }'
    const refused = await take(overNetwork.executor.subscribe({ query, authorization: auth }, new AbortController().signal), 5)
    assert.equal(refused[0]?.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(refused))
    const anonymous = await take(overNetwork.executor.subscribe({ query }, new AbortController().signal), 5)
    assert.equal(anonymous[0]?.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(anonymous))
  })
})
