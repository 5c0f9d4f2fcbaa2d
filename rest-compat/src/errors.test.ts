// The REST app's one error path, in process with a stand-in executor: every
// failure leaves in Fleet's shape, and every 500 has a uuid in its body and in
// the log (issue 11).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Koa from 'koa'
import { createRestApp } from './app.js'
import { errorMiddleware } from './errors.js'
import type { GraphQLExecutor } from './executor.js'

type Logged = Record<string, unknown>
type FleetErrorBody = { message: string; errors: { name: string; reason: string }[]; uuid: string }

async function serve(app: Koa): Promise<{ base: string; server: Server }> {
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()))

describe('REST error middleware', () => {
  const logged: Logged[] = []
  let execute: GraphQLExecutor = async () => ({ data: {} })
  let base: string
  let server: Server

  before(async () => {
    ;({ base, server } = await serve(createRestApp({ execute: (r) => execute(r), bodyLimitBytes: 4 * 1024 * 1024, log: (f) => logged.push(f) })))
  })
  after(async () => { await close(server) })

  it('answers 500 in Fleet shape with a uuid that is also logged when a handler throws a plain error', async () => {
    execute = async () => { throw new Error('database exploded') }
    logged.length = 0
    const res = await fetch(`${base}/api/v1/fleet/me`)
    assert.equal(res.status, 500)
    const body = await res.json() as FleetErrorBody
    assert.deepEqual(body.errors, [{ name: 'base', reason: 'Internal server error' }])
    assert.match(body.uuid, /^[0-9a-f-]{36}$/)
    assert.equal(logged.length, 1)
    assert.equal(logged[0].uuid, body.uuid)
    assert.equal(logged[0].path, '/api/v1/fleet/me')
    assert.match(String(logged[0].error), /database exploded/)
    assert.doesNotMatch(JSON.stringify(body), /exploded/)
  })

  it("keeps a subgraph's uuid on a masked GraphQL 500 and logs it", async () => {
    execute = async () => ({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', uuid: '11111111-2222-3333-4444-555555555555' } }] })
    logged.length = 0
    const res = await fetch(`${base}/api/v1/fleet/me`)
    assert.equal(res.status, 500)
    assert.equal((await res.json() as FleetErrorBody).uuid, '11111111-2222-3333-4444-555555555555')
    assert.equal(logged[0]?.uuid, '11111111-2222-3333-4444-555555555555')
  })

  it('answers 400 in Fleet shape, without logging, for a body that is not JSON', async () => {
    logged.length = 0
    const res = await fetch(`${base}/api/v1/fleet/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email": ' })
    assert.equal(res.status, 400)
    const body = await res.json() as FleetErrorBody
    assert.equal(body.message, 'Bad request')
    assert.match(body.errors[0].reason, /^json decoder error/)
    assert.match(body.uuid, /^[0-9a-f-]{36}$/)
    assert.equal(logged.length, 0)
  })

  it("answers Kibana's routes in Boom shape: a 500 in Kibana's words, a 503 with its reason and Retry-After", async () => {
    execute = async () => { throw new Error('database exploded') }
    const crash = await fetch(`${base}/api/fleet/agents/setup`)
    assert.equal(crash.status, 500)
    assert.deepEqual(await crash.json(), { statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred. Check the server logs for details.' })
    execute = async () => ({ errors: [{ message: 'database unavailable', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: 5 } }] })
    const away = await fetch(`${base}/api/fleet/agents/setup`)
    assert.equal(away.status, 503)
    const body = await away.json() as { statusCode: number; error: string; message: string }
    assert.deepEqual([body.statusCode, body.error], [503, 'Service Unavailable'])
    assert.notEqual(body.message, 'An internal server error occurred. Check the server logs for details.')
    assert.equal(away.headers.get('retry-after'), '5')
  })

  it('logs a uuid when a streamed response fails after it started (nothing else can report it)', async () => {
    let ranges = 0
    execute = async (r) => {
      if (/query Installer\b/.test(r.query)) return { data: { installer: { id: '1', size: 3 * 1024 * 1024, filename: 'fleet.pkg' } } }
      if (ranges++ === 0) return { data: { installer: { content: Buffer.alloc(1024 * 1024).toString('base64') } } }
      throw new Error('database went away mid-download')
    }
    logged.length = 0
    const res = await fetch(`${base}/api/v1/fleet/download_installer/pkg`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=t&enroll_secret=s',
    })
    assert.equal(res.status, 200)
    await assert.rejects(res.arrayBuffer()) // cut short: the client must not take it for a whole installer
    const deadline = Date.now() + 5000
    while (!logged.length && Date.now() < deadline) await new Promise((r) => setImmediate(r))
    assert.equal(logged.length, 1)
    assert.match(String(logged[0].uuid), /^[0-9a-f-]{36}$/)
    assert.equal(logged[0].path, '/api/v1/fleet/download_installer/pkg')
    assert.match(String(logged[0].error), /went away mid-download/)
  })
})

describe('REST error middleware, mounted first', () => {
  it('turns errors thrown by middleware that runs before routing into Fleet-shaped answers', async () => {
    const logged: Logged[] = []
    const app = new Koa()
    app.silent = true
    app.use(errorMiddleware((f) => logged.push(f)))
    app.use(async (ctx, next) => {
      if (ctx.path === '/teapot') ctx.throw(418, 'short and stout')
      if (ctx.path === '/crash') throw new TypeError('cannot read properties of undefined')
      await next()
    })
    const { base, server } = await serve(app)
    try {
      const teapot = await fetch(`${base}/teapot`)
      assert.equal(teapot.status, 418)
      assert.deepEqual((await teapot.json() as FleetErrorBody).errors, [{ name: 'base', reason: 'short and stout' }])
      const crash = await fetch(`${base}/crash`)
      assert.equal(crash.status, 500)
      const body = await crash.json() as FleetErrorBody
      assert.equal(body.message, 'Internal server error')
      assert.deepEqual(logged.map((l) => l.uuid), [body.uuid])
    } finally {
      await close(server)
    }
  })
})
