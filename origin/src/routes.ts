// Every URL the public origin serves, in one table: the path family, the code behind it, and who
// owns that code (in the spirit of Fleet's server/service/handler.go). The first entry whose
// pattern matches takes the request; an entry may decline it (its handler returns false) and the
// next match gets it. Anything no family claims gets Fleet's JSON 404 from the REST app.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { KIBANA_PATH } from '@fleetgraph/rest-compat'

/** Handles a request and returns true, or returns false when the request is not its own. */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => boolean
/** Takes a WebSocket upgrade and returns true, or returns false when the path is not its own. */
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean

export interface Route {
  /** The path family as a newcomer would search for it. */
  family: string
  /** Where the code behind it lives. */
  owner: string
  match: RegExp
  /** Plain HTTP requests (void: taken; false: declined, the next matching route gets it). */
  http?: (req: IncomingMessage, res: ServerResponse) => boolean | void
  /** WebSocket upgrades (false: declined). A path no route upgrades is closed. */
  upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean | void
}

/** What the table routes to; the origin builds these from the running services (server.ts). */
export interface RouteHandlers {
  /** The osquery agent API: its handler in this process, or the path proxy to where it runs. */
  agentApi: { path: RegExp; handle: HttpHandler; owner: string }
  /** The live-query result streams (rest-compat's createResultSockets). */
  results: { handleRequest: HttpHandler; handleUpgrade: UpgradeHandler }
  /** GraphiQL for browsers (graphiql.ts); declines anything that is not a browser's GET. */
  graphiql: HttpHandler
  /** The REST routes' OpenAPI document and its reference page (api-docs.ts); declines what is not a GET or HEAD of them. */
  apiDocs: HttpHandler
  /** GraphQL over HTTP and graphql-ws (graphql.ts). */
  graphql: { http(req: IncomingMessage, res: ServerResponse): void; upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void }
  /** /metrics; undefined when METRICS_BASIC_AUTH is unset (then the path is a 404, as in Fleet). */
  metrics?: (req: IncomingMessage, res: ServerResponse) => void
  health(req: IncomingMessage, res: ServerResponse): void
  /** The REST compatibility app (Koa, rest-compat's createRestApp). */
  rest(req: IncomingMessage, res: ServerResponse): void
}

/** The table. Order matters only where patterns overlap (noted on the entry). */
export function routeTable(h: RouteHandlers): Route[] {
  return [
    {
      family: 'POST /api[/v1]/osquery/{enroll,config,distributed/read,distributed/write,log} — the osquery remote API (agents)',
      owner: h.agentApi.owner,
      match: h.agentApi.path,
      http: h.agentApi.handle,
    },
    {
      family: '/api/:version/fleet/results/… — live-query result streams: raw WebSocket (…/results/websocket), SockJS over WebSocket and over HTTP (…/results/:server/:session/{websocket,xhr,xhr_streaming,xhr_send,eventsource})',
      owner: '@fleetgraph/rest-compat src/results/sockets.ts (protocol: src/results/session.ts)',
      match: /^\/api\/[^/]+\/fleet\/results\//,
      // Declines what is not a stream transport: GET …/results/info is a REST route (below).
      http: h.results.handleRequest,
      upgrade: h.results.handleUpgrade,
    },
    {
      family: 'GET /graphql from a browser (accept: text/html) — GraphiQL, every asset inline, no CDN',
      owner: 'origin src/graphiql.ts (the page: @graphql-yoga/render-graphiql; ADR 0012)',
      // Before the GraphQL entry: it declines any request that does not accept text/html (those
      // keep their GraphQL-over-HTTP answers).
      match: /^\/graphql$/,
      http: h.graphiql,
    },
    {
      family: '/graphql — GraphQL over HTTP (POST, GET) and graphql-ws (upgrade)',
      owner: '@fleetgraph/gateway (runtime.ts: the federated runtime and its plugins); body bound and graphql-ws: origin src/graphql.ts',
      match: /^\/graphql$/,
      http: h.graphql.http,
      upgrade: h.graphql.upgrade,
    },
    {
      family: '/metrics — Prometheus scrape, basic auth (METRICS_BASIC_AUTH)',
      owner: 'origin src/metrics.ts; the registry: @fleetgraph/subgraph-kit metrics.ts',
      match: /^\/metrics$/,
      // Unset credentials: not served, so the REST app's 404 answers (as Fleet without prometheus.basic_auth).
      http: (req, res) => (h.metrics ? h.metrics(req, res) : false),
    },
    {
      family: '/healthz — 200 when the supergraph is loaded and every subgraph is ready, else 503',
      owner: '@fleetgraph/gateway src/health.ts',
      match: /^\/healthz$/,
      http: h.health,
    },
    {
      family: '/api/openapi.json, /api/docs (GET) — the REST routes\u2019 OpenAPI 3.1 document and its reference page (Swagger UI, every asset from this origin)',
      owner: 'origin src/api-docs.ts (the document: @fleetgraph/rest-compat src/openapi.ts, from ROUTES; ADR 0015)',
      // Other methods on these paths are declined and get the REST app's 404.
      match: /^\/api\/(openapi\.json|docs(\/.*)?)$/,
      http: h.apiDocs,
    },
    // The REST compatibility layer: one Koa app for every family below; each endpoint is listed,
    // with its Fleet doc reference, in @fleetgraph/rest-compat src/routes.ts (ROUTES).
    {
      family: 'POST /api/v1/setup, /api/setup — first admin',
      owner: '@fleetgraph/rest-compat src/endpoints/setup.ts',
      match: /^\/api(\/v1)?\/setup$/,
      http: h.rest,
    },
    {
      family: '/api/fleet/orbit/… — orbit agent (enroll, device token)',
      owner: '@fleetgraph/rest-compat src/endpoints/orbit.ts',
      match: /^\/api\/fleet\/orbit\//,
      http: h.rest,
    },
    {
      family: '/api/:version/fleet/device/:token/… — Fleet Desktop (device token in the path)',
      owner: '@fleetgraph/rest-compat src/endpoints/device.ts',
      match: /^\/api\/[^/]+\/fleet\/device\//,
      http: h.rest,
    },
    {
      family: '/api/:version/fleet/… — Fleet REST API (:version is v1, latest or 2022-04): sessions, users, specs, packs, schedule, live queries, installers, MDM, cron',
      owner: '@fleetgraph/rest-compat src/routes.ts → src/endpoints/*.ts',
      match: /^\/api\/[^/]+\/fleet\//,
      http: h.rest,
    },
    {
      family: '/api/fleet/…, /api/osquery/… — Kibana\u2019s Fleet and Osquery APIs (Boom errors, kbn-xsrf, elastic-api-version); other Kibana API families (/api/alerting, /api/apm, /api/cases, …) answer a Boom 404',
      owner: '@fleetgraph/rest-compat src/kibana/ (conventions.ts; routes in src/routes.ts)',
      match: KIBANA_PATH,
      http: h.rest,
    },
    {
      family: 'anything else — Fleet\u2019s JSON 404 ({message, errors:[{name, reason}], uuid})',
      owner: '@fleetgraph/rest-compat src/app.ts (the fallback middleware)',
      match: /^/,
      http: h.rest,
    },
  ]
}

const pathOf = (req: IncomingMessage) => (req.url ?? '/').split('?')[0]

/** The request listener for a table: the first matching route that takes the request. */
export function dispatchRequest(routes: Route[]) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = pathOf(req)
    for (const r of routes) {
      if (r.http && r.match.test(path) && r.http(req, res) !== false) return
    }
    // Unreachable while the table ends with a catch-all; a socket must not hang if it ever does not.
    res.writeHead(404).end()
  }
}

/** The upgrade listener for a table: the first matching route that takes the upgrade; none → the socket is closed. */
export function dispatchUpgrade(routes: Route[]) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = pathOf(req)
    for (const r of routes) {
      if (r.upgrade && r.match.test(path) && r.upgrade(req, socket, head) !== false) return
    }
    socket.destroy()
  }
}
