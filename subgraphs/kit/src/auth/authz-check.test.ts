// The authorization backstop (ADR 0009) on a schema built only for this test, through the same kit
// helpers and server every subgraph uses: over HTTP, in process, and for subscriptions.
import 'reflect-metadata'
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parse, type ExecutionResult } from 'graphql'
import { Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import { buildFederatedSchema } from '../federation.js'
import { startSubgraphServer, type RunningSubgraph } from '../server.js'
import type { Logger } from '../log.js'
import { requireReader, skipAuthorization, type HasViewer } from './authz.js'
import type { Viewer } from './viewer.js'

type ProbeContext = HasViewer & { rows: string[] }

const sleep0 = () => new Promise<void>((r) => setImmediate(r))

@Resolver()
class ProbeResolver {
  @Query(() => String, { description: 'Forgets to authorize.' })
  forgot(@Ctx() ctx: ProbeContext): string { ctx.rows.push('forgot ran'); return 'secret' }

  @Query(() => String, { description: 'Forgets to authorize, after some async work.' })
  async forgotLater(): Promise<string> { await sleep0(); return 'secret' }

  @Query(() => String)
  async checked(@Ctx() ctx: ProbeContext): Promise<string> { await sleep0(); requireReader(ctx); return 'data' }

  @Query(() => String, { description: 'On the allow-list given to the server.' })
  listed(): string { return 'public' }

  @Query(() => String, { description: 'Public, said in code.' })
  skipped(@Ctx() ctx: ProbeContext): string { skipAuthorization(ctx); return 'open' }

  @Mutation(() => String)
  forgotMutation(): string { return 'written' }

  @Subscription(() => String, { subscribe: () => ticks() })
  forgotTicks(@Root() n: number): string { return `tick ${n}` }

  @Subscription(() => String, { subscribe: ({ context }) => { requireReader(context as ProbeContext); return ticks() } })
  checkedTicks(@Root() n: number): string { return `tick ${n}` }
}

async function* ticks() { yield 1 }

const observer: Viewer = { userId: 1, email: 'o@example.com', name: 'O', globalRole: 'observer', teams: [], sessionId: 1, apiOnly: false }

describe('authorization backstop', () => {
  let sg: RunningSubgraph
  const errors: Record<string, unknown>[] = []
  const log: Logger = { debug() {}, info() {}, warn() {}, error: (_msg, fields) => { errors.push(fields ?? {}) } }
  const ran: string[] = []

  before(async () => {
    const schema = await buildFederatedSchema({ resolvers: [ProbeResolver] })
    sg = await startSubgraphServer<ProbeContext>({
      name: 'probe', schema, host: '127.0.0.1', port: 0, log, ready: async () => true,
      context: async (authorization) => ({ viewer: authorization === 'observer' ? observer : null, rows: ran }),
      publicFields: ['Query.listed'],
    })
  })
  after(async () => { await sg.close() })

  async function post(query: string, authorization?: string) {
    const res = await fetch(sg.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    })
    return (await res.json()) as ExecutionResult
  }
  const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown
  const codes = (r: ExecutionResult) => r.errors?.map((e) => e.extensions?.code) ?? []

  it('fails a query whose resolver forgot to authorize with FORBIDDEN, without its data, and logs the uuid', async () => {
    errors.length = 0
    const r = await post('query Leaky { forgot }', 'observer')
    assert.equal(r.data, null)
    assert.deepEqual(codes(r), ['FORBIDDEN'])
    const uuid = r.errors![0].extensions!.uuid
    assert.equal(typeof uuid, 'string')
    assert.deepEqual(errors, [{ uuid, serviceName: 'probe', field: 'Query.forgot', operation: 'Leaky' }])
    assert.deepEqual(ran, ['forgot ran'], 'the resolver ran: the backstop drops its answer, it does not prevent the call')
  })

  it('fails a resolver that forgot after async work, and a mutation', async () => {
    assert.deepEqual(codes(await post('{ forgotLater }', 'observer')), ['FORBIDDEN'])
    assert.deepEqual(codes(await post('mutation { forgotMutation }', 'observer')), ['FORBIDDEN'])
  })

  it('answers an authorized operation', async () => {
    assert.deepEqual(await post('{ checked }', 'observer'), { data: { checked: 'data' } })
  })

  it("keeps the check's own answer when the check refuses (401, not FORBIDDEN)", async () => {
    assert.deepEqual(codes(await post('{ checked }')), ['UNAUTHENTICATED'])
  })

  it('answers allow-listed fields and fields that skip authorization on purpose, even anonymously', async () => {
    assert.deepEqual(await post('{ listed skipped }'), { data: { listed: 'public', skipped: 'open' } })
  })

  it('judges each root field alone: one authorized field does not cover another', async () => {
    const r = await post('{ checked forgotLater }', 'observer')
    assert.equal(r.data, null)
    assert.deepEqual(codes(r), ['FORBIDDEN'])
  })

  it('leaves federation fields to the gateway-planned operation', async () => {
    const r = await post('{ _service { sdl } }')
    assert.equal(r.errors, undefined)
  })

  it('holds for the in-process executor too', async () => {
    const r = await sg.local({ document: parse('{ forgot }'), authorization: 'observer' }) as ExecutionResult
    assert.deepEqual(codes(r), ['FORBIDDEN'])
    assert.deepEqual(plain(await sg.local({ document: parse('{ checked }'), authorization: 'observer' })), { data: { checked: 'data' } })
  })

  it('refuses a subscription that forgot to authorize, and streams one that did', async () => {
    const refused = await sg.local({ document: parse('subscription { forgotTicks }'), operationType: 'subscription', authorization: 'observer' })
    assert.ok(!(Symbol.asyncIterator in refused))
    assert.deepEqual(codes(refused as ExecutionResult), ['FORBIDDEN'])
    const stream = await sg.local({ document: parse('subscription { checkedTicks }'), operationType: 'subscription', authorization: 'observer' })
    assert.ok(Symbol.asyncIterator in stream)
    const first = await (stream as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]().next()
    assert.deepEqual(plain(first.value), { data: { checkedTicks: 'tick 1' } })
  })
})
