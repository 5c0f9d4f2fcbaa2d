// The route table through a real origin: each path family reaches the code the table names, upgrades
// are routed, unknown paths get Fleet's 404, /metrics stays behind basic auth. The gateway is a fake
// with the gateway's interface (no subgraphs needed): what is under test is the routing.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocket } from 'ws'
import type { FederatedGateway, OperationRequest, OperationResult } from '@fleetgraph/gateway'
import { agentApiUnreachable } from '@fleetgraph/agent-api'
import { createLogger, setLogLevel } from '@fleetgraph/subgraph-kit'
import { startOrigin, type AgentApiMount, type Origin, type OriginSettings } from '../src/index.js'
import { API_DOCS_CSP, ASSETS_PATH } from '../src/api-docs.js'
import { openApiDocument } from '@fleetgraph/rest-compat'

setLogLevel('warn')

const AGENT_PATH = /^\/api(?:\/v1)?\/osquery\/(enroll|config|distributed\/read|distributed\/write|log)$/
const GOOD_TOKEN = 'Bearer good'
// The agent API's own answer for "its process cannot be reached", as the stack mounts it.
const agentUnreachable = agentApiUnreachable(createLogger('test'))

/** What the origin needs of the gateway, answering from memory. */
function fakeGateway(opts: { healthy?: boolean } = {}) {
  const executed: OperationRequest[] = []
  const gateway = {
    runtime: ((_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ data: { servedBy: 'gateway runtime' } }))
    }) as unknown as FederatedGateway['runtime'],
    executor: {
      async execute(req: OperationRequest): Promise<OperationResult> {
        executed.push(req)
        if (/\bme\b/.test(req.query) && req.authorization === GOOD_TOKEN) return { data: { me: { id: '1' } } }
        return { errors: [{ message: 'not signed in', extensions: { code: 'UNAUTHENTICATED' } }] }
      },
      async *subscribe(req: OperationRequest): AsyncIterable<OperationResult> {
        executed.push(req)
        yield { data: { campaignEvents: { __typename: 'CampaignTotals', count: 1, online: 1, offline: 0, missingInAction: 0 } } }
      },
    },
    // graphql-ws acknowledges a connection without running anything.
    wsOptions: () => ({}),
    health: async () => ({ ok: opts.healthy ?? true, checks: { supergraph: opts.healthy ?? true } }),
    dispose: async () => {},
  } satisfies FederatedGateway
  return { gateway, executed }
}

const inProcessAgent: AgentApiMount = {
  path: AGENT_PATH,
  handler: {
    handle(req, res) {
      if (!AGENT_PATH.test((req.url ?? '').split('?')[0])) return false
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ servedBy: 'agent api' }))
      return true
    },
  },
}

const SETTINGS: OriginSettings = {
  HOST: '127.0.0.1', PORT: 0, BODY_LIMIT_BYTES: 1024 * 1024, GRAPHQL_BODY_LIMIT_BYTES: 2048,
  TLS_CERT: undefined, TLS_KEY: undefined, METRICS_BASIC_AUTH: undefined,
}

async function startTestOrigin(opts: { settings?: Partial<OriginSettings>; agentApi?: AgentApiMount; healthy?: boolean } = {}): Promise<Origin & AsyncDisposable & { executed: OperationRequest[] }> {
  const { gateway, executed } = fakeGateway({ healthy: opts.healthy })
  const origin = await startOrigin({ ...SETTINGS, ...opts.settings }, { gateway, agentApi: opts.agentApi ?? inProcessAgent })
  return Object.assign(origin, { executed, [Symbol.asyncDispose]: () => origin.close(100) })
}

/** A plain HTTP server standing in for the agent API's own process. */
async function startAgentProcess(): Promise<{ url: string } & AsyncDisposable> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ servedBy: 'agent api process', path: req.url }))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    [Symbol.asyncDispose]: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()) }),
  }
}

const json = async (res: Response) => ({ status: res.status, body: await res.json() as Record<string, any> })
const assertFleetError = (body: Record<string, any>) => {
  assert.equal(typeof body.message, 'string')
  assert.equal(typeof body.errors?.[0]?.reason, 'string')
  assert.match(body.uuid, /^[0-9a-f-]{36}$/)
}

/** Opens a WebSocket; resolves with its first `count` text messages (or rejects when the upgrade fails). */
function wsMessages(url: string, send: string[], count: number, protocol?: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocol)
    const got: string[] = []
    ws.on('open', () => { for (const m of send) ws.send(m) })
    ws.on('message', (data) => {
      got.push(data.toString())
      if (got.length === count) { ws.terminate(); resolve(got) }
    })
    ws.on('error', reject)
    ws.on('close', () => reject(new Error(`closed after ${got.length} messages`)))
  })
}

describe('route table', () => {
  it('lists every family with its owner, and ends with the catch-all', async () => {
    await using origin = await startTestOrigin()
    for (const r of origin.routes) {
      assert.ok(r.family && r.owner, JSON.stringify(r))
      assert.ok(r.http || r.upgrade, r.family)
    }
    const families = origin.routes.map((r) => r.family.split(' ')[0]).join(' ')
    for (const p of ['/graphql', '/metrics', '/healthz', '/api/:version/fleet/results/…', '/api/:version/fleet/…', '/api/fleet/orbit/…', '/api/openapi.json,']) {
      assert.ok(families.includes(p), `${p} is not in the table: ${families}`)
    }
    assert.ok(origin.routes.at(-1)!.match.test('/anything/at/all'))
  })

  it('sends the osquery remote API (enrollment included) to the agent API in process', async () => {
    await using origin = await startTestOrigin()
    for (const path of ['/api/v1/osquery/enroll', '/api/v1/osquery/config', '/api/osquery/distributed/read', '/api/v1/osquery/distributed/write', '/api/v1/osquery/log']) {
      assert.deepEqual(await json(await fetch(origin.url + path, { method: 'POST', body: '{}' })), { status: 200, body: { servedBy: 'agent api' } })
    }
    assert.equal(origin.executed.length, 0, 'no agent request went through GraphQL')
  })

  it('proxies the agent API to its own process when it runs elsewhere; 502 in osquery\u2019s shape when that process is down', async () => {
    await using agent = await startAgentProcess()
    await using origin = await startTestOrigin({ agentApi: { path: AGENT_PATH, url: agent.url, unreachable: agentUnreachable } })
    assert.deepEqual(await json(await fetch(`${origin.url}/api/v1/osquery/config?x=1`, { method: 'POST', body: '{}' })), {
      status: 200, body: { servedBy: 'agent api process', path: '/api/v1/osquery/config?x=1' },
    })
    await using unreachable = await startTestOrigin({ agentApi: { path: AGENT_PATH, url: 'http://127.0.0.1:1/graphql', unreachable: agentUnreachable } })
    assert.deepEqual(await json(await fetch(`${unreachable.url}/api/v1/osquery/config`, { method: 'POST', body: '{}' })), {
      status: 502, body: { error: 'agent API unavailable' },
    })
  })

  it('serves /graphql from the gateway runtime, with the body bound before it', async () => {
    await using origin = await startTestOrigin()
    const ok = await json(await fetch(`${origin.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }))
    assert.deepEqual(ok, { status: 200, body: { data: { servedBy: 'gateway runtime' } } })
    const big = await json(await fetch(`${origin.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'x'.repeat(4096) }) }))
    assert.equal(big.status, 413)
    assert.equal(big.body.errors[0].extensions.code, 'PAYLOAD_TOO_LARGE')
    // A body without a declared length (chunked) is refused before a byte of it is read.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(`${origin.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => { res.resume(); resolve(res.statusCode!) })
      req.on('error', reject)
      req.write('{')
      req.end()
    })
    assert.equal(chunked, 411)
  })

  it('serves GraphiQL to a browser GET of /graphql, self-contained under a CSP that allows no other origin', async () => {
    await using origin = await startTestOrigin()
    const page = await fetch(`${origin.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'accept-encoding': 'gzip' } })
    assert.equal(page.status, 200)
    assert.match(page.headers.get('content-type')!, /^text\/html/)
    const html = await page.text()
    assert.match(html, /<title>Fleetgraph GraphiQL<\/title>/)
    assert.match(html, /Authorization/, 'the page shows where the bearer token goes')
    // Nothing is fetched from elsewhere: no script, stylesheet, image or frame with an absolute URL,
    // no CSS url() or @import of one, and no CDN host anywhere in the page.
    assert.deepEqual([...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)].map((m) => m[1]), [])
    assert.deepEqual([...html.matchAll(/url\(\s*["']?(https?:)?\/\/[^)]*\)/gi)].map((m) => m[0]), [])
    assert.doesNotMatch(html, /@import\s+(url\()?["']?https?:/i)
    assert.doesNotMatch(html, /unpkg\.com|jsdelivr|cdnjs|esm\.sh|googleapis|gstatic|skypack/i)
    const csp = page.headers.get('content-security-policy')!
    assert.match(csp, /default-src 'none'/)
    assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/)
    assert.match(csp, /connect-src 'self'(;|$)/)
    assert.doesNotMatch(csp, /https?:|\*|'unsafe-eval'/, 'the policy names no remote origin')
    // The one inline script is the one the policy's hash allows.
    const { createHash } = await import('node:crypto')
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]
    assert.ok(csp.includes(`'sha256-${createHash('sha256').update(script).digest('base64')}'`))
    // Revalidation answers 304 without the body.
    const again = await fetch(`${origin.url}/graphql`, { headers: { accept: 'text/html', 'if-none-match': page.headers.get('etag')! } })
    assert.equal(again.status, 304)
    assert.equal(origin.executed.length, 0)
  })

  it('serves the REST routes\u2019 OpenAPI document: public, cacheable, the one made from the route table', async () => {
    await using origin = await startTestOrigin()
    const res = await fetch(`${origin.url}/api/openapi.json`)
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type')!, /^application\/json/)
    assert.equal(res.headers.get('cache-control'), 'public, max-age=300')
    assert.equal(res.headers.get('access-control-allow-origin'), '*')
    const served = await res.json() as { openapi: string; paths: Record<string, unknown> }
    assert.deepEqual(served, JSON.parse(JSON.stringify(openApiDocument())))
    assert.equal(served.openapi, '3.1.0')
    assert.ok(served.paths['/api/{version}/fleet/packs/{id}'])
    const again = await fetch(`${origin.url}/api/openapi.json`, { headers: { 'if-none-match': res.headers.get('etag')! } })
    assert.equal(again.status, 304)
    const head = await fetch(`${origin.url}/api/openapi.json`, { method: 'HEAD' })
    assert.equal(head.status, 200)
    // Only GET and HEAD: anything else is the REST app's JSON 404, as for any unknown route.
    const post = await json(await fetch(`${origin.url}/api/openapi.json`, { method: 'POST' }))
    assert.equal(post.status, 404)
    assertFleetError(post.body)
    assert.equal(origin.executed.length, 0, 'no GraphQL: the document describes routes, not data')
  })

  it('serves the API reference page with every asset from this origin, under a CSP that allows no other origin', async () => {
    await using origin = await startTestOrigin()
    const page = await fetch(`${origin.url}/api/docs`)
    assert.equal(page.status, 200)
    assert.match(page.headers.get('content-type')!, /^text\/html/)
    const html = await page.text()
    assert.match(html, /<title>Fleetgraph REST API<\/title>/)
    assert.doesNotMatch(html, /<script>/, 'no inline script: the policy allows scripts from this origin only')
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1])
    assert.ok(urls.length >= 4, html)
    for (const u of urls) assert.ok(u.startsWith(`${ASSETS_PATH}/`), `${u} is not one of the page's own assets`)
    const csp = page.headers.get('content-security-policy')!
    assert.equal(csp, API_DOCS_CSP)
    assert.match(csp, /default-src 'none'/)
    assert.match(csp, /script-src 'self'(;|$)/)
    assert.doesNotMatch(csp, /https?:|\*|'unsafe-eval'/, 'the policy names no remote origin')
    const types: Record<string, RegExp> = { js: /^text\/javascript/, css: /^text\/css/, png: /^image\/png/ }
    for (const u of urls) {
      const asset = await fetch(origin.url + u, { headers: { 'accept-encoding': 'gzip' } })
      assert.equal(asset.status, 200, u)
      assert.match(asset.headers.get('content-type')!, types[u.split('.').pop()!], u)
      assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable', u)
      assert.equal(asset.headers.get('x-content-type-options'), 'nosniff')
      const body = await asset.text()
      assert.ok(body.length > 0, u)
      // No asset pulls anything from a CDN (the bundle mentions hosts only in docs links and the validator, turned off).
      assert.doesNotMatch(body, /unpkg\.com|jsdelivr|cdnjs|esm\.sh|fonts\.googleapis|gstatic|skypack/i, u)
    }
    // The bundle's only remote default, the validator badge, is turned off by the page's start script.
    const init = await (await fetch(`${origin.url}${ASSETS_PATH}/init.js`)).text()
    assert.match(init, /validatorUrl: null/)
    assert.match(init, /url: kibana \? "\/api\/docs\/kibana\.json" : "\/api\/docs\/fleet\.json"/)
    // Each surface's part of the document: FleetDM's routes, then Kibana's; together, the whole document's.
    const whole = (await json(await fetch(`${origin.url}/api/openapi.json`))).body
    const parts = await Promise.all(['/api/docs/fleet.json', '/api/docs/kibana.json'].map(async (p) => (await json(await fetch(origin.url + p))).body))
    const ops = (d: any) => Object.entries(d.paths).flatMap(([p, item]: [string, any]) => Object.keys(item).map((m) => `${m} ${p}`))
    assert.ok(ops(parts[1]).every((o) => / \/api\/(fleet|osquery)\//.test(o) && !o.includes('/api/fleet/orbit/')))
    assert.deepEqual([...ops(parts[0]), ...ops(parts[1])].sort(), ops(whole).sort())
    assert.equal((await fetch(`${origin.url}/api/docs/kibana`)).status, 200)
    // Nothing else of node_modules is served.
    for (const other of ['package.json', 'swagger-ui-bundle.js.map', '..%2F..%2Fpackage.json', 'swagger-initializer.js']) {
      assert.equal((await fetch(`${origin.url}${ASSETS_PATH}/${other}`)).status, 404, other)
    }
  })

  it('keeps GET /graphql for GraphQL clients (no text/html in accept) and POSTs with the runtime', async () => {
    await using origin = await startTestOrigin()
    for (const accept of ['application/json', 'application/graphql-response+json', '*/*', 'text/event-stream']) {
      const r = await json(await fetch(`${origin.url}/graphql?query=%7B__typename%7D`, { headers: { accept } }))
      assert.deepEqual(r, { status: 200, body: { data: { servedBy: 'gateway runtime' } } }, accept)
    }
    const post = await json(await fetch(`${origin.url}/graphql`, { method: 'POST', headers: { accept: 'text/html', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }))
    assert.deepEqual(post, { status: 200, body: { data: { servedBy: 'gateway runtime' } } })
  })

  it('routes /graphql upgrades to graphql-ws', async () => {
    await using origin = await startTestOrigin()
    const [ack] = await wsMessages(`${origin.url.replace('http', 'ws')}/graphql`, [JSON.stringify({ type: 'connection_init' })], 1, 'graphql-transport-ws')
    assert.deepEqual(JSON.parse(ack), { type: 'connection_ack' })
  })

  it('routes result-stream upgrades to the results sockets, which run through the gateway\u2019s executor', async () => {
    await using origin = await startTestOrigin()
    const messages = await wsMessages(`${origin.url.replace('http', 'ws')}/api/v1/fleet/results/websocket`, [
      JSON.stringify({ type: 'auth', data: { token: 'good' } }),
      JSON.stringify({ type: 'select_campaign', data: { campaign_id: 7 } }),
    ], 1)
    assert.deepEqual(JSON.parse(messages[0]), { type: 'totals', data: { count: 1, online: 1, offline: 0, missing_in_action: 0 } })
    assert.deepEqual(origin.executed.map((r) => r.authorization), [GOOD_TOKEN, GOOD_TOKEN])
    assert.deepEqual(origin.executed[1].variables, { id: '7' })
  })

  it('serves SockJS over HTTP from the results sockets, and the SockJS info request from REST', async () => {
    await using origin = await startTestOrigin()
    const xhr = await fetch(`${origin.url}/api/latest/fleet/results/123/abcdef/xhr`, { method: 'POST' })
    assert.equal(xhr.status, 200)
    assert.equal(await xhr.text(), 'o\n')
    const info = await json(await fetch(`${origin.url}/api/v1/fleet/results/info`))
    assert.equal(info.status, 200)
    assert.equal(info.body.websocket, true)
  })

  it('closes an upgrade to a path no route upgrades', async () => {
    await using origin = await startTestOrigin()
    await assert.rejects(wsMessages(`${origin.url.replace('http', 'ws')}/api/v1/fleet/me`, [], 1))
    await assert.rejects(wsMessages(`${origin.url.replace('http', 'ws')}/healthz`, [], 1))
  })

  it('answers /healthz from the gateway\u2019s health, 503 when it is not ready', async () => {
    await using ready = await startTestOrigin()
    assert.deepEqual(await json(await fetch(`${ready.url}/healthz`)), { status: 200, body: { ok: true, checks: { supergraph: true } } })
    await using notReady = await startTestOrigin({ healthy: false })
    assert.equal((await fetch(`${notReady.url}/healthz`)).status, 503)
  })

  it('keeps /metrics behind basic auth, and a Fleet 404 when no credentials are configured', async () => {
    await using off = await startTestOrigin()
    const notServed = await json(await fetch(`${off.url}/metrics`))
    assert.equal(notServed.status, 404)
    assertFleetError(notServed.body)
    await using on = await startTestOrigin({ settings: { METRICS_BASIC_AUTH: 'prom:s3cret' } })
    const anonymous = await fetch(`${on.url}/metrics`)
    assert.equal(anonymous.status, 401)
    assert.equal(anonymous.headers.get('www-authenticate'), 'Basic realm="metrics"')
    const wrong = await fetch(`${on.url}/metrics`, { headers: { authorization: `Basic ${Buffer.from('prom:nope').toString('base64')}` } })
    assert.equal(wrong.status, 401)
    const scraped = await fetch(`${on.url}/metrics`, { headers: { authorization: `Basic ${Buffer.from('prom:s3cret').toString('base64')}` } })
    assert.equal(scraped.status, 200)
    assert.match(scraped.headers.get('content-type') ?? '', /^text\/plain/)
    assert.match(await scraped.text(), /^# (HELP|TYPE) /m)
  })

  it('sends the Fleet REST families to the REST app, which asks the gateway with the caller\u2019s token', async () => {
    await using origin = await startTestOrigin()
    const me = await json(await fetch(`${origin.url}/api/latest/fleet/me`, { headers: { authorization: 'Bearer nope' } }))
    assert.equal(me.status, 401)
    assertFleetError(me.body)
    assert.equal(origin.executed.at(-1)?.authorization, 'Bearer nope')
  })

  it('answers unknown paths with Fleet\u2019s JSON 404', async () => {
    await using origin = await startTestOrigin()
    for (const path of ['/nope', '/api/v1/fleet/nope', '/api/v9/fleet/me', '/graphqlx']) {
      const res = await json(await fetch(origin.url + path))
      assert.equal(res.status, 404, path)
      assertFleetError(res.body)
    }
  })
})
