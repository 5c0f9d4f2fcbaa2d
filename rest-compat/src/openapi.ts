// The OpenAPI 3.1 document of every REST route, made from the route table alone (ADR 0015): each
// route's path and method, the zod schemas its endpoint declares (RequestShape: params, query,
// body, response) and the route's error shape. zod-openapi renders the schemas with zod's own
// JSON Schema (2020-12) conversion: request schemas as they accept input, response schemas as
// they describe output (objects closed with additionalProperties: false, so an unlisted field
// in an answer fails the contract tests). Nothing here is written by hand per route: a route
// added to ROUTES with its schemas is in the document.
//
// The origin serves the result at GET /api/openapi.json; the build writes it to
// rest-compat/openapi.json, committed and diff-checked (scripts/check-generated.mjs).
import { z } from 'zod'
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from 'zod-openapi'
import type { oas31 } from 'zod-openapi'
import type { ErrorStyle, RequestShape } from './endpoint.js'
import { fleetErrorBody, kibanaErrorBody, osqueryErrorBody } from './errors.js'
import { isKibanaPath, KIBANA_API_VERSION } from './kibana/conventions.js'
import { API_VERSIONS, ROUTES, type Route } from './routes.js'

/** Where the origin serves the document and its reference page. */
export const OPENAPI_PATH = '/api/openapi.json'
export const API_DOCS_PATH = '/api/docs'

/**
 * The reference page shows one surface at a time (Swagger UI stops rendering a document past about a
 * hundred paths): FleetDM's routes at /api/docs, Kibana's at /api/docs/kibana, each from its own part of
 * the document. /api/openapi.json stays the whole document.
 */
export const API_SURFACES = {
  fleet: { page: API_DOCS_PATH, document: `${API_DOCS_PATH}/fleet.json`, title: "FleetDM's REST API and fleetd's routes", routes: (r: Route) => !isKibanaPath(r.path) },
  kibana: { page: `${API_DOCS_PATH}/kibana`, document: `${API_DOCS_PATH}/kibana.json`, title: "Kibana's Fleet and Osquery APIs", routes: (r: Route) => isKibanaPath(r.path) },
} as const
export type ApiSurface = keyof typeof API_SURFACES

/** The areas of the API, in the order the reference page lists them; a route's tag is the first that matches its path. */
export const TAGS: readonly { name: string; description: string; match: RegExp }[] = [
  { name: 'Setup', description: 'The first admin (works once)', match: /^\/api(\/v1)?\/setup$/ },
  { name: 'Authentication', description: 'Sessions: log in, log out, the signed-in user', match: /\/fleet\/(login|logout|me)$/ },
  { name: 'Users', description: 'Users and their roles', match: /\/fleet\/users(\/|$)/ },
  { name: 'Configuration', description: 'The app config (fleetctl get config, apply kind: config) and the license', match: /\/fleet\/config$/ },
  { name: 'Configuration files', description: 'fleetctl get/apply: labels, teams, enroll secrets, queries, packs, policies', match: /\/fleet\/spec\// },
  { name: 'Packs', description: 'Packs and their scheduled queries', match: /\/fleet\/(packs|schedule)(\/|$)/ },
  { name: 'Live query', description: 'Targets and live query campaigns; results stream over WebSocket, SockJS or GraphQL subscriptions', match: /\/fleet\/(status|hosts\/search|targets|(queries|reports)\/run|results)/ },
  { name: 'Reports', description: 'Saved queries ("reports" since 2026; the old "queries" paths still answer)', match: /\/fleet\/(reports|queries)(\/|$)/ },
  { name: 'Hosts', description: 'List hosts, transfer hosts to a team, delete a host', match: /\/fleet\/hosts(\/(transfer$|[^/]+$)|$)/ },
  { name: 'Cron', description: 'Trigger cron schedules', match: /\/fleet\/trigger$/ },
  { name: 'Installers', description: 'Downloadable installers (fleetd packages)', match: /\/fleet\/(download_installer|installers)\// },
  { name: 'MDM', description: 'Apple MDM setup, custom settings and end-user SSO', match: /\/fleet\/mdm\// },
  { name: 'Device', description: 'Fleet Desktop: the device token in the path is the credential', match: /\/fleet\/device\// },
  { name: 'Orbit', description: "fleetd's orbit agent: enrollment and the device token", match: /^\/api\/fleet\/orbit\// },
  { name: 'Kibana Fleet', description: `Kibana's Fleet API (elastic-api-version ${KIBANA_API_VERSION}; destructive methods need kbn-xsrf)`, match: /^\/api\/fleet\// },
  { name: 'Kibana Osquery', description: `Kibana's Osquery API (elastic-api-version ${KIBANA_API_VERSION}; destructive methods need kbn-xsrf)`, match: /^\/api\/osquery\// },
]
/** The tag of a route no entry of TAGS matches (openapi.test.ts keeps every route out of it). */
export const OTHER_TAG = 'Other'

export const tagOf = (path: string): string => TAGS.find((t) => t.match.test(path))?.name ?? OTHER_TAG

/** Koa's `/packs/:id` as OpenAPI's `/packs/{id}`. */
export const openApiPath = (koaPath: string): string => koaPath.replace(/[:*](\w+)/g, '{$1}')

/** A stable operationId: the method and the path's words (`get_api_version_fleet_packs_id`). */
export const operationIdOf = (r: Pick<Route, 'method' | 'path'>): string =>
  `${r.method}_${r.path.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '')}`

/**
 * Path parameters checked centrally (app.ts) rather than by each endpoint: `:version` is one of the
 * API versions (documented as an enum, one operation per route rather than one per version),
 * `:id` is decimal digits.
 */
const CENTRAL_PARAMS: Record<string, z.ZodType> = {
  version: z.enum([...API_VERSIONS] as [string, ...string[]]).meta({ description: 'The API version: all three answer the same', param: { id: 'ApiVersion' } }),
  id: z.string().regex(/^[0-9]+$/).meta({ description: 'A numeric id (anything else is a 404, a number over 2147483647 a 400)', param: { id: 'Id' } }),
}

/** Kibana's request headers: the API version (optional, one value) and, on destructive methods, kbn-xsrf. */
const KIBANA_VERSION_HEADER = z.literal(KIBANA_API_VERSION).optional()
  .meta({ description: 'Absent or this version; echoed on every answer', param: { id: 'ElasticApiVersion' } })
const KIBANA_XSRF_HEADER = z.string().meta({ description: 'Any value; required on destructive methods (or kbn-version), checked after authentication', param: { id: 'KbnXsrf' } })
const SAFE_METHODS = new Set(['get', 'head'])

/** Each error shape's answers, as reusable responses (components.responses): client errors and server errors. */
const ERROR_RESPONSES: Record<ErrorStyle, { client: string; server: string; schema: z.ZodType }> = {
  fleet: {
    schema: fleetErrorBody,
    client: "Fleet's error body: 400 bad input, 401 not signed in, 403 not allowed, 404 not found, 409 conflict, 413 body too large, 422 validation failed, 429 too many attempts (Retry-After)",
    server: "Fleet's error body: an unexpected failure, logged with the body's uuid; 503 with Retry-After while a dependency is down",
  },
  osquery: {
    schema: osqueryErrorBody,
    client: "osquery's agent error body; a 401 carries node_invalid (the agent enrolls again)",
    server: "osquery's agent error body: an unexpected failure, logged with the body's uuid",
  },
  kibana: {
    schema: kibanaErrorBody,
    client: "Kibana's Boom payload: 400 bad input, an unknown elastic-api-version or a missing kbn-xsrf, 401 not signed in, 403 without the privilege, 404 not found",
    server: "Kibana's Boom payload: an unexpected failure (logged), or 503 with Retry-After while a dependency is down",
  },
}
const RESPONSE_ID: Record<ErrorStyle, string> = { fleet: 'Fleet', osquery: 'Osquery', kibana: 'Kibana' }

const BODY_MEDIA: Record<NonNullable<RequestShape['bodyType']>, string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  binary: 'application/octet-stream',
}

const SUCCESS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 303: 'See Other: follow Location', 307: 'Temporary Redirect: follow Location',
}

const isObject = (s: z.ZodType | undefined): s is z.ZodObject => s instanceof z.ZodObject
/** The object a query-string schema reads: itself, or the object a transform reads (renames.ts `withRenamedKeys`). */
const queryObjectOf = (s: z.ZodType | undefined): z.ZodObject | undefined =>
  (isObject(s) ? s : s instanceof z.ZodPipe && isObject(s.in as z.ZodType) ? s.in as z.ZodObject : undefined)

/** The route's error shape: its own, else Kibana's on Kibana's paths (as the app decides), else Fleet's. */
const errorStyleOf = (r: Route): ErrorStyle => r.errors ?? (isKibanaPath(r.path) ? 'kibana' : 'fleet')

const errorResponseOf = (style: ErrorStyle, kind: 'client' | 'server', id?: string) => {
  const e = ERROR_RESPONSES[style]
  return { ...(id ? { id } : {}), description: e[kind], content: { 'application/json': { schema: e.schema } } }
}
/**
 * The shared error responses, one object each: zod-openapi registers an object with an `id` once
 * (components.responses) and refers to it wherever the same object appears.
 */
const SHARED_ERRORS = Object.fromEntries((Object.keys(ERROR_RESPONSES) as ErrorStyle[]).map((style) => [style, {
  client: errorResponseOf(style, 'client', `${RESPONSE_ID[style]}ClientError`),
  server: errorResponseOf(style, 'server', `${RESPONSE_ID[style]}ServerError`),
}])) as Record<ErrorStyle, Record<'client' | 'server', ReturnType<typeof errorResponseOf>>>

function responsesOf(r: Route, shape: RequestShape): ZodOpenApiResponsesObject {
  const status = shape.status ?? 200
  const success = shape.response
    ? { description: SUCCESS_TEXT[status], content: { 'application/json': { schema: shape.response } } }
    : shape.responseType
      ? { description: `${SUCCESS_TEXT[status]}: the file`, content: { [shape.responseType]: {} } }
      : status === 303 || status === 307
        ? { description: SUCCESS_TEXT[status], headers: z.object({ Location: z.string() }) }
        : r.method === 'head'
          ? { description: `${SUCCESS_TEXT[status]}: headers only`, headers: z.object({ 'Content-Length': z.string() }) }
          : { description: SUCCESS_TEXT[status] }
  if (shape.responseHeaders) Object.assign(success, { headers: shape.responseHeaders })
  const style = errorStyleOf(r)
  const responses: ZodOpenApiResponsesObject = {
    [String(status) as `2${string}`]: success,
    '4XX': SHARED_ERRORS[style].client,
    '5XX': SHARED_ERRORS[style].server,
  }
  for (const [code, other] of Object.entries(shape.errorShapes ?? {})) {
    if (other) responses[code as `4${string}`] = errorResponseOf(other, Number(code) >= 500 ? 'server' : 'client')
  }
  return responses
}

function securityOf(r: Route, shape: RequestShape): oas31.SecurityRequirementObject[] | undefined {
  if (shape.auth === 'none') return []
  // Kibana's routes take Kibana's credentials too; others the document's default (bearer).
  return isKibanaPath(r.path) ? [{ bearerAuth: [] }, { kibanaApiKey: [] }, { basicAuth: [] }] : undefined
}

function operationOf(r: Route): ZodOpenApiOperationObject {
  const shape = r.endpoint.request ?? {}
  // `:name` and path-to-regexp's wildcard `*name` (the rest of the path) are path parameters.
  const names = [...r.path.matchAll(/[:*](\w+)/g)].map((m) => m[1]!)
  const declared = isObject(shape.params) ? shape.params.shape : {}
  // A path parameter is always there when its route matched, whatever the endpoint's schema (shared by
  // a route without it) says.
  const present = (s: z.ZodType | undefined) => (s instanceof z.ZodOptional ? s.unwrap() as z.ZodType : s)
  const path = names.length
    ? z.object(Object.fromEntries(names.map((n) => [n, CENTRAL_PARAMS[n] ?? present(declared[n]) ?? z.string()])))
    : undefined
  const query = queryObjectOf(shape.query)
  const kibana = isKibanaPath(r.path)
  const header = kibana
    ? z.object({ 'elastic-api-version': KIBANA_VERSION_HEADER, ...(SAFE_METHODS.has(r.method) ? {} : { 'kbn-xsrf': KIBANA_XSRF_HEADER }) })
    : undefined
  const media = BODY_MEDIA[shape.bodyType ?? 'json']
  const op: ZodOpenApiOperationObject = {
    operationId: operationIdOf(r),
    summary: r.doc,
    tags: [tagOf(r.path)],
    ...(path || query || header ? { requestParams: { ...(path ? { path } : {}), ...(query ? { query } : {}), ...(header ? { header } : {}) } } : {}),
    ...(shape.body || shape.bodyType === 'binary'
      ? { requestBody: { required: true, content: { [media]: shape.body ? { schema: shape.body } : {} } } }
      : {}),
    responses: responsesOf(r, shape),
    // an old spelling of a renamed route (renames.ts): still served, the new path preferred
    ...(r.renamedTo ? { deprecated: true } : {}),
  }
  const security = securityOf(r, shape)
  if (security) op.security = security
  return op
}

/** The OpenAPI 3.1 document of `routes` (every route, by default). */
export function openApiDocument(routes: readonly Route[] = ROUTES): oas31.OpenAPIObject {
  const paths: ZodOpenApiPathsObject = {}
  for (const r of routes) {
    const key = openApiPath(r.path)
    const item = (paths[key] ??= {})
    if (item[r.method]) throw new Error(`two routes for ${r.method.toUpperCase()} ${r.path}`)
    item[r.method] = operationOf(r)
  }
  const used = new Set(routes.map((r) => tagOf(r.path)))
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Fleetgraph REST API',
      version: '0.1.0',
      description: [
        "FleetDM's REST API (`/api/{version}/fleet/…`, where `{version}` is `v1`, `2022-04` or `latest`), fleetd's orbit routes,",
        "and Kibana's Fleet and Osquery APIs (`/api/fleet/…`, `/api/osquery/…`), each translated into the federated GraphQL API",
        '(`/graphql`). Generated from the route table (rest-compat/src/routes.ts); errors use the shape of their API:',
        "Fleet's `{message, errors, uuid}`, osquery's `{error, node_invalid}` or Kibana's Boom `{statusCode, error, message}`.",
      ].join(' '),
    },
    // Relative: the routes are on the origin that serves this document.
    servers: [{ url: '/' }],
    security: [{ bearerAuth: [] }],
    tags: TAGS.filter((t) => used.has(t.name)).map(({ name, description }) => ({ name, description })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'A session token (POST /api/v1/fleet/login) or an API-only user\'s token' },
        kibanaApiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: "Kibana's routes: `ApiKey <base64(id:api_key)>`" },
        basicAuth: { type: 'http', scheme: 'basic', description: "Kibana's routes: a user's email and password" },
      },
    },
  })
}
