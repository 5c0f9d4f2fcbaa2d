// The public origin: one HTTP server for GraphQL (HTTP and graphql-ws at
// /graphql), the Fleet REST routes (everything under /api) and /healthz.
import type { Duplex } from 'node:stream'
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { randomUUID, timingSafeEqual } from 'node:crypto'
import { WebSocketServer } from 'ws'
import { useServer } from 'graphql-ws/use/ws'
import { getGraphQLWSOptions } from '@graphql-hive/gateway-runtime'
import { createRestApp, createResultSockets, type GraphQLExecutor, type GraphQLSubscriber } from '@fleetgraph/rest-compat'
import { bindToClientAddress, clientAddressOf, createLogger, renderMetrics, startEventLoopLagMetric, withClientAddress } from '@fleetgraph/subgraph-kit'
import { createGateway, policyFrom, type InProcessExecutor, type PolicyConfig } from './runtime.js'
import { isJsonPost, readJsonBody } from './graphql-body.js'
import { checkHealth } from './health.js'
import { tlsOptions, type GatewayConfig } from './config.js'

/** Prometheus scrape endpoint behind basic auth (compared in constant time). */
function serveMetrics(req: IncomingMessage, res: ServerResponse, credentials: string) {
  const given = Buffer.from(/^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '', 'base64')
  const expected = Buffer.from(credentials)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.writeHead(401, { 'www-authenticate': 'Basic realm="metrics"', 'content-type': 'text/plain' })
    return void res.end('unauthorized\n')
  }
  res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' })
  res.end(renderMetrics())
}

export interface PublicServer {
  url: string
  server: Server
  /** Stops accepting, closes sockets and streams, and gives in-flight requests up to `drainMs` (5 s) to finish. */
  close(drainMs?: number): Promise<void>
}

/** A handler mounted ahead of everything else (the osquery agent API); returns false when the path is not its own. */
export type PrefixHandler = (req: IncomingMessage, res: ServerResponse) => boolean

export async function startPublicServer(
  cfg: Pick<GatewayConfig, 'HOST' | 'PORT' | 'BODY_LIMIT_BYTES' | 'GRAPHQL_BODY_LIMIT_BYTES' | 'GATEWAY_DEDUPLICATE_REQUESTS' | 'TLS_CERT' | 'TLS_KEY' | 'METRICS_BASIC_AUTH'> & PolicyConfig
    & Partial<Pick<GatewayConfig, 'HTTP_HEADERS_TIMEOUT_SECONDS' | 'HTTP_REQUEST_TIMEOUT_SECONDS' | 'MAX_CONNECTIONS_PER_CLIENT' | 'RESULTS_AUTH_TIMEOUT_SECONDS'>>,
  subgraphUrls: Record<string, string>,
  local: Record<string, InProcessExecutor> = {},
  handlers: PrefixHandler[] = [],
): Promise<PublicServer> {
  const log = createLogger('gateway')
  const gw = createGateway(subgraphUrls, { deduplicateRequests: cfg.GATEWAY_DEDUPLICATE_REQUESTS, local, policy: policyFrom(cfg) })
  // Load the supergraph before accepting sockets: a WebSocket-first client
  // would otherwise meet a null schema (stack-notes pitfall 9i).
  await gw.getSchema()

  const execute: GraphQLExecutor = async ({ query, variables, operationName, authorization }) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
    if (authorization) headers.authorization = authorization
    const res = await gw.fetch('http://gateway.internal/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables, operationName }) })
    return res.json() as any
  }
  // Subscriptions for the REST layer's result streams: the gateway's own SSE transport, in process.
  const subscribe: GraphQLSubscriber = async function* ({ query, variables, authorization }, signal) {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' }
    if (authorization) headers.authorization = authorization
    const res = await gw.fetch('http://gateway.internal/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal })
    if (!res.body) return
    const decoder = new TextDecoder()
    let buffer = ''
    for await (const chunk of res.body as any as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true })
      let cut: number
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut)
        buffer = buffer.slice(cut + 2)
        const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n')
        if (/^event:\s*complete/m.test(block)) return
        if (data) yield JSON.parse(data)
      }
    }
  }
  const resultSockets = createResultSockets({ execute, subscribe, authTimeoutMs: (cfg.RESULTS_AUTH_TIMEOUT_SECONDS ?? 10) * 1000 })
  const rest = createRestApp({ execute, bodyLimitBytes: cfg.BODY_LIMIT_BYTES, log: (f) => log.error('rest error', f) })
  const restHandler = rest.callback()

  const stopLagMetric = cfg.METRICS_BASIC_AUTH ? startEventLoopLagMetric() : () => {}
  const tls = tlsOptions(cfg)
  const connections = connectionCap(cfg.MAX_CONNECTIONS_PER_CLIENT ?? 1024, log)
  const handler: RequestListener = (req, res) => {
    if (connections.refused(req.socket)) return connections.refuse(res)
    for (const h of handlers) if (h(req, res)) return
    // The client's address reaches the services (rate limits) when they run in this process.
    withClientAddress(clientAddressOf(req), () => route(req, res))
  }
  const route: RequestListener = (req, res) => {
    if (resultSockets.handleRequest(req, res)) return
    const path = (req.url ?? '/').split('?')[0]
    if (path === '/graphql') {
      // Bounded before anything is read: a body must declare its length (411 for chunked uploads, which
      // could otherwise grow without limit), and a declared length over the limit is a 413.
      const refuse = (status: number, code: string, message: string) => {
        res.writeHead(status, { 'content-type': 'application/json', connection: 'close' })
        res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }))
      }
      if (req.method === 'POST' && req.headers['content-length'] === undefined) return refuse(411, 'BAD_REQUEST', 'a request body must declare its Content-Length')
      if (Number(req.headers['content-length'] ?? 0) > cfg.GRAPHQL_BODY_LIMIT_BYTES) {
        return refuse(413, 'PAYLOAD_TOO_LARGE', `request body is larger than ${cfg.GRAPHQL_BODY_LIMIT_BYTES} bytes`)
      }
      // Our limit, not the runtime's built-in 25 MB: JSON bodies reach it already parsed (graphql-body.ts).
      if (isJsonPost(req)) return void readJsonBody(req, cfg.GRAPHQL_BODY_LIMIT_BYTES).then((no) => (no ? refuse(no.status, no.code, no.message) : gw(req, res)), () => res.destroy())
      return void gw(req, res)
    }
    if (path === '/metrics' && cfg.METRICS_BASIC_AUTH) return serveMetrics(req, res, cfg.METRICS_BASIC_AUTH)
    if (path === '/healthz') {
      void checkHealth({ schemaLoaded: async () => !!(await gw.getSchema()), subgraphUrls }).then((h) => {
        res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json' })
        res.end(JSON.stringify(h))
      })
      return
    }
    return void restHandler(req, res)
  }
  const timeouts = {
    // Agents keep connections open between check-ins (10 s apart by default): Node's 5 s default would
    // close them just as an agent reuses them (ECONNRESET). Stay above the check-in interval and below
    // common load-balancer idle timeouts. (Since Node 18 the headers and request timeouts below run
    // from a request's first byte, so they do not cut these idle connections.)
    keepAliveTimeout: 65_000,
    headersTimeout: (cfg.HTTP_HEADERS_TIMEOUT_SECONDS ?? 20) * 1000,
    requestTimeout: (cfg.HTTP_REQUEST_TIMEOUT_SECONDS ?? 300) * 1000,
    // Node checks both timeouts only every 30 s by default: a slow client would be held up to 30 s
    // past its limit. One check a second is a walk over the open connections (cheap at 10,000).
    connectionsCheckingInterval: 1000,
  }
  const server: Server = tls ? createTlsServer({ ...tls, ...timeouts }, handler) : createServer(timeouts, handler)
  server.keepAliveTimeout = timeouts.keepAliveTimeout
  server.on('connection', (socket: Socket) => connections.admit(socket, !!tls))

  const wss = new WebSocketServer({ noServer: true })
  // Errors relayed from subgraphs are plain objects; graphql-ws expects GraphQLError.toJSON(), so serialise them here.
  const plain = (e: any) => (typeof e?.toJSON === 'function' ? e.toJSON() : { message: e?.message, locations: e?.locations, path: e?.path, extensions: e?.extensions })
  const wsServer = useServer({
    ...getGraphQLWSOptions(gw as any, (ctx: any) => ({ req: ctx.extra?.request, socket: ctx.extra?.socket })),
    onNext: (_c: unknown, _id: unknown, _p: unknown, _a: unknown, result: any) => (result?.errors ? { ...result, errors: result.errors.map(plain) } : result),
    onError: (_c: unknown, _id: unknown, _p: unknown, errors: readonly unknown[]) => errors.map(plain) as any,
  } as any, wss)
  server.on('upgrade', (req, socket, head) => {
    if (connections.refused(req.socket)) return connections.refuseUpgrade(socket)
    const path = (req.url ?? '/').split('?')[0]
    // Each graphql-ws message runs as a request from the client's address (login over graphql-ws is limited too).
    if (path === '/graphql') wss.handleUpgrade(req, socket, head, (ws) => { bindToClientAddress(ws, clientAddressOf(req)); wss.emit('connection', ws, req) })
    else if (!resultSockets.handleUpgrade(req, socket, head)) socket.destroy()
  })
  // Keep-alive pings: load balancers drop idle sockets (graphql-ws has no pings of its own on the server).
  const ping = setInterval(() => { for (const c of wss.clients) c.ping() }, 25_000)
  ping.unref()

  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(cfg.PORT, cfg.HOST, () => resolve()) })
  const { port } = server.address() as AddressInfo
  const url = `${tls ? 'https' : 'http'}://${cfg.HOST}:${port}`
  log.info('public origin listening', { url })
  return {
    url, server,
    close: async (drainMs = 5000) => {
      clearInterval(ping)
      stopLagMetric()
      for (const c of wss.clients) c.terminate()
      resultSockets.close()
      await wsServer.dispose()
      // Stop accepting, drop idle keep-alive sockets now, and give in-flight requests drainMs. Then
      // every socket goes, upgraded ones included (closeAllConnections knows only HTTP connections).
      const closed = new Promise<void>((r) => server.close(() => r()))
      server.closeIdleConnections()
      const cut = setTimeout(() => { server.closeAllConnections(); connections.destroyAll() }, drainMs)
      await closed
      clearTimeout(cut)
      await gw.dispose()
    },
  }
}

/**
 * At most `max` open connections per client address (the socket's peer: connections are counted
 * before any request names a forwarded address). A connection over the cap is refused at once: over
 * TLS it is closed before the handshake (nothing spent on it); over plain HTTP its first request is
 * answered 429 with Retry-After in Fleet's error shape, so the client and its operator can see why,
 * and it is closed if no request arrives within a second. Every socket is tracked, so shutdown can
 * end the ones HTTP no longer knows (WebSockets).
 */
function connectionCap(max: number, log: ReturnType<typeof createLogger>) {
  const perAddress = new Map<string, number>()
  const refusedSockets = new WeakSet<Socket>()
  const open = new Set<Socket>()
  let refusals = 0
  return {
    admit(socket: Socket, tls: boolean) {
      const address = socket.remoteAddress ?? 'unknown'
      const n = perAddress.get(address) ?? 0
      if (max && n >= max) {
        // One line per burst of refusals, not one per connection.
        if (refusals++ % 1000 === 0) log.warn('connection refused: client over MAX_CONNECTIONS_PER_CLIENT', { address, max, refusals })
        if (tls) return void socket.destroy()
        refusedSockets.add(socket)
        setTimeout(() => socket.destroy(), 1000).unref()
        return
      }
      perAddress.set(address, n + 1)
      open.add(socket)
      socket.once('close', () => {
        open.delete(socket)
        const left = (perAddress.get(address) ?? 1) - 1
        if (left > 0) perAddress.set(address, left)
        else perAddress.delete(address)
      })
    },
    refused: (socket: Socket) => refusedSockets.has(socket),
    refuse(res: ServerResponse) {
      const reason = 'too many connections from this address'
      const body = JSON.stringify({ message: reason, errors: [{ name: 'base', reason }], uuid: randomUUID() })
      res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'retry-after': '5', connection: 'close' })
      res.end(body)
    },
    refuseUpgrade(socket: Duplex) {
      socket.end('HTTP/1.1 429 Too Many Requests\r\nRetry-After: 5\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      socket.destroy()
    },
    destroyAll() { for (const s of open) s.destroy() },
  }
}
