// The public origin: one HTTP(S) server for every path family in routes.ts, with WebSocket
// upgrades, the per-client connection cap, header/request/keep-alive timeouts, and a graceful
// drain on shutdown. It hosts the services it is handed (the gateway, the agent API); it starts none.
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { createRestApp, createResultSockets } from '@fleetgraph/rest-compat'
import type { FederatedGateway } from '@fleetgraph/gateway'
import { createLogger, startEventLoopLagMetric, withClientAddress } from '@fleetgraph/subgraph-kit'
import { clientAddressResolver } from './client-address.js'
import { connectionCap } from './connections.js'
import { graphqlEndpoint } from './graphql.js'
import { apiDocsHandler } from './api-docs.js'
import { graphiqlHandler } from './graphiql.js'
import { serveMetrics } from './metrics.js'
import { createPathProxy, type PathProxy } from './path-proxy.js'
import { dispatchRequest, dispatchUpgrade, routeTable, type HttpHandler, type Route } from './routes.js'
import { tlsOptions, type OriginConfig } from './config.js'

/**
 * The osquery agent API as the origin mounts it: its handler when it runs in this process,
 * otherwise the URL of the process it runs in (requests on `path` are proxied there).
 */
export type AgentApiMount = { path: RegExp } & (
  | { handler: { handle: HttpHandler } }
  /** `unreachable` answers, in the agent API's own error shape, when its process cannot be reached. */
  | { url: string; unreachable: (res: ServerResponse, error: Error) => void }
)

export interface OriginServices {
  gateway: FederatedGateway
  agentApi: AgentApiMount
}

export type OriginSettings = Pick<OriginConfig, 'HOST' | 'PORT' | 'BODY_LIMIT_BYTES' | 'GRAPHQL_BODY_LIMIT_BYTES' | 'TLS_CERT' | 'TLS_KEY' | 'METRICS_BASIC_AUTH'>
  & Partial<Pick<OriginConfig, 'HTTP_HEADERS_TIMEOUT_SECONDS' | 'HTTP_REQUEST_TIMEOUT_SECONDS' | 'MAX_CONNECTIONS_PER_CLIENT' | 'RESULTS_AUTH_TIMEOUT_SECONDS' | 'TRUSTED_PROXIES'>>

export interface Origin {
  url: string
  server: Server
  /** The route table this origin serves (routes.ts). */
  routes: Route[]
  /**
   * Stops accepting, closes sockets and streams, and gives in-flight requests up to `drainMs` (5 s)
   * to finish. The services it was handed are the caller's to close.
   */
  close(drainMs?: number): Promise<void>
}

export async function startOrigin(cfg: OriginSettings, services: OriginServices): Promise<Origin> {
  const log = createLogger('origin')
  const { gateway, agentApi } = services
  const { execute, subscribe } = gateway.executor
  const results = createResultSockets({ execute, subscribe, authTimeoutMs: (cfg.RESULTS_AUTH_TIMEOUT_SECONDS ?? 10) * 1000 })
  const rest = createRestApp({ execute, bodyLimitBytes: cfg.BODY_LIMIT_BYTES, log: (f) => log.error('rest error', f) }).callback()
  const addressOf = clientAddressResolver(cfg.TRUSTED_PROXIES ?? ['loopback'])
  const graphql = graphqlEndpoint(gateway, cfg.GRAPHQL_BODY_LIMIT_BYTES, addressOf)
  const proxy: PathProxy | undefined = 'url' in agentApi ? createPathProxy(agentApi.path, agentApi.url, agentApi.unreachable) : undefined
  const metricsAuth = cfg.METRICS_BASIC_AUTH

  const routes = routeTable({
    agentApi: proxy
      ? { path: agentApi.path, handle: proxy.handle, owner: `the agent API's own process (${(agentApi as { url: string }).url}), through origin src/path-proxy.ts` }
      : { path: agentApi.path, handle: (agentApi as { handler: { handle: HttpHandler } }).handler.handle, owner: 'the osquery agent API in this process (mounted by stack/src/agent-api.ts)' },
    results,
    graphiql: graphiqlHandler('/graphql', (e) => log.error('GraphiQL page failed', { error: String(e) })),
    apiDocs: apiDocsHandler((e) => log.error('API reference failed', { error: String(e) })),
    graphql,
    metrics: metricsAuth ? (req, res) => serveMetrics(req, res, metricsAuth, (e) => log.error('metrics failed', { error: String(e) })) : undefined,
    health: (_req, res) => {
      void gateway.health().then((h) => {
        res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json' })
        res.end(JSON.stringify(h))
      })
    },
    rest: (req, res) => void rest(req, res),
  })
  const route = dispatchRequest(routes)
  const upgrade = dispatchUpgrade(routes)

  const stopLagMetric = metricsAuth ? startEventLoopLagMetric() : () => {}
  const tls = tlsOptions(cfg)
  const connections = connectionCap(cfg.MAX_CONNECTIONS_PER_CLIENT ?? 1024, log)
  const handler: RequestListener = (req, res) => {
    if (connections.refused(req.socket)) return connections.refuse(res)
    // The client's address reaches the services (rate limits) when they run in this process.
    withClientAddress(addressOf(req), () => route(req, res))
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
  server.on('upgrade', (req, socket, head) => {
    if (connections.refused(req.socket)) return connections.refuseUpgrade(socket)
    upgrade(req, socket, head)
  })

  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(cfg.PORT, cfg.HOST, () => resolve()) })
  const { port } = server.address() as AddressInfo
  const url = `${tls ? 'https' : 'http'}://${cfg.HOST}:${port}`
  log.info('public origin listening', { url })
  return {
    url, server, routes,
    close: async (drainMs = 5000) => {
      stopLagMetric()
      results.close()
      await graphql.close()
      // Stop accepting, drop idle keep-alive sockets now, and give in-flight requests drainMs. Then
      // every socket goes, upgraded ones included (closeAllConnections knows only HTTP connections).
      const closed = new Promise<void>((r) => server.close(() => r()))
      server.closeIdleConnections()
      const cut = setTimeout(() => { server.closeAllConnections(); connections.destroyAll() }, drainMs)
      await closed
      clearTimeout(cut)
      proxy?.close()
    },
  }
}
