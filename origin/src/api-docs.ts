// The REST routes' OpenAPI document and its reference page (docs/adr/0015-openapi-from-route-table.md):
// - GET /api/openapi.json: the document @fleetgraph/rest-compat makes from its route table (the same
//   as the committed rest-compat/openapi.json). Public: it describes routes, not data. Cacheable
//   (ETag, five minutes) and readable from other origins (CORS), so tools can load it.
// - GET /api/docs and /api/docs/kibana: Swagger UI (swagger-ui-dist, served from node_modules, no CDN),
//   one page per surface (FleetDM's routes, Kibana's), each reading its part of the document
//   (/api/docs/fleet.json, /api/docs/kibana.json): Swagger UI stops rendering past about a hundred paths.
//   Every asset is a file of this origin under a versioned path (cached for a year: a new version is a
//   new path); the page has no inline script, so its Content-Security-Policy allows scripts from
//   'self' only, and nothing may load or connect outside this origin (as GraphiQL's, ADR 0012).
//
// Everything is made on the first request (the document, a gzip of each asset) and kept: processes
// nobody browses to never read the bundle.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzip as gzipCallback } from 'node:zlib'
import { API_DOCS_PATH, API_SURFACES, OPENAPI_PATH, openApiDocument, ROUTES, type ApiSurface } from '@fleetgraph/rest-compat'

const gzip = promisify(gzipCallback)

const SWAGGER_UI_DIR = path.dirname(require.resolve('swagger-ui-dist/package.json'))
const SWAGGER_UI_VERSION = (JSON.parse(readFileSync(path.join(SWAGGER_UI_DIR, 'package.json'), 'utf8')) as { version: string }).version
/** Where the page's assets are served: versioned, so they can be cached as immutable. */
export const ASSETS_PATH = `${API_DOCS_PATH}/assets/${SWAGGER_UI_VERSION}`

/**
 * Swagger UI's start: the document of the page's surface (by the page's path), no validator badge (it
 * would call validator.swagger.io), no stored token.
 */
const INIT_SCRIPT = `window.addEventListener('load', function () {
  var kibana = location.pathname.replace(/\\/+$/, '') === ${JSON.stringify(API_SURFACES.kibana.page)}
  window.ui = SwaggerUIBundle({
    url: kibana ? ${JSON.stringify(API_SURFACES.kibana.document)} : ${JSON.stringify(API_SURFACES.fleet.document)},
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    persistAuthorization: false,
    displayOperationId: false,
    docExpansion: 'list',
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  })
})
`

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fleetgraph REST API</title>
<link rel="icon" type="image/png" href="${ASSETS_PATH}/favicon-32x32.png">
<link rel="stylesheet" href="${ASSETS_PATH}/index.css">
<link rel="stylesheet" href="${ASSETS_PATH}/swagger-ui.css">
</head>
<body>
<noscript>This page needs JavaScript. The whole document is at ${OPENAPI_PATH}.</noscript>
<div id="swagger-ui"></div>
<script src="${ASSETS_PATH}/swagger-ui-bundle.js"></script>
<script src="${ASSETS_PATH}/init.js"></script>
</body>
</html>
`

/** The page's policy: scripts and styles from this origin only; the document and "Try it out" to this origin only. */
export const API_DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // React sets inline styles on some elements; with img-src and font-src below a style cannot load anything remote.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Files of swagger-ui-dist the page loads, and ours (the start script); nothing else under the assets path. */
const ASSETS: Record<string, { type: string; read: () => Promise<Buffer> }> = {
  'swagger-ui-bundle.js': { type: 'text/javascript; charset=utf-8', read: () => readFile(path.join(SWAGGER_UI_DIR, 'swagger-ui-bundle.js')) },
  'swagger-ui.css': { type: 'text/css; charset=utf-8', read: () => readFile(path.join(SWAGGER_UI_DIR, 'swagger-ui.css')) },
  'index.css': { type: 'text/css; charset=utf-8', read: () => readFile(path.join(SWAGGER_UI_DIR, 'index.css')) },
  'favicon-32x32.png': { type: 'image/png', read: () => readFile(path.join(SWAGGER_UI_DIR, 'favicon-32x32.png')) },
  'init.js': { type: 'text/javascript; charset=utf-8', read: async () => Buffer.from(INIT_SCRIPT) },
}

/** One surface's part of the document, its description linking to the other surface's page. */
function surfaceDocument(surface: ApiSurface) {
  const doc = openApiDocument(ROUTES.filter(API_SURFACES[surface].routes))
  const other = surface === 'fleet' ? API_SURFACES.kibana : API_SURFACES.fleet
  doc.info = { ...doc.info, title: `Fleetgraph REST API: ${API_SURFACES[surface].title}`, description: `${doc.info.description ?? ''}\n\nThis page: ${API_SURFACES[surface].title}. The other: [${other.title}](${other.page}). The whole document: [${OPENAPI_PATH}](${OPENAPI_PATH}).` }
  return doc
}

interface Prepared { body: Buffer; gzip?: Buffer; etag: string; headers: Record<string, string> }

async function prepare(body: Buffer, headers: Record<string, string>, compress: boolean): Promise<Prepared> {
  return {
    body,
    gzip: compress ? await gzip(body, { level: 9 }) : undefined,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    headers,
  }
}

const NOSNIFF = { 'x-content-type-options': 'nosniff' }

/** Serves the document, the page and its assets to GET and HEAD; declines anything else (false). */
export function apiDocsHandler(onError: (e: unknown) => void = () => {}) {
  const cache = new Map<string, Promise<Prepared>>()
  const once = (key: string, make: () => Promise<Prepared>) => {
    let p = cache.get(key)
    if (!p) {
      p = make()
      cache.set(key, p)
      p.catch(() => cache.delete(key))
    }
    return p
  }

  const documentOf = (doc: unknown) => async () => prepare(Buffer.from(JSON.stringify(doc)), {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'public, max-age=300',
    'access-control-allow-origin': '*',
    ...NOSNIFF,
  }, true)
  const surfaces = Object.keys(API_SURFACES) as ApiSurface[]

  function resource(pathname: string): (() => Promise<Prepared>) | undefined {
    if (pathname === OPENAPI_PATH) return documentOf(openApiDocument())
    const part = surfaces.find((s) => API_SURFACES[s].document === pathname)
    if (part) return documentOf(surfaceDocument(part))
    if (surfaces.some((s) => API_SURFACES[s].page === pathname)) {
      return async () => prepare(Buffer.from(PAGE), {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': API_DOCS_CSP,
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
        ...NOSNIFF,
      }, true)
    }
    const name = pathname.startsWith(`${ASSETS_PATH}/`) ? pathname.slice(ASSETS_PATH.length + 1) : undefined
    const asset = name && Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined
    if (!asset) return undefined
    return async () => prepare(await asset.read(), {
      'content-type': asset.type,
      'cache-control': 'public, max-age=31536000, immutable',
      ...NOSNIFF,
    }, !asset.type.startsWith('image/'))
  }

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const pathname = (req.url ?? '/').split('?')[0]
    const make = resource(pathname)
    if (!make) return false
    once(pathname, make).then((p) => send(req, res, p), (e: unknown) => {
      onError(e)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('The API reference is unavailable.')
    })
    return true
  }
}

function send(req: IncomingMessage, res: ServerResponse, p: Prepared): void {
  const headers: Record<string, string> = { ...p.headers, etag: p.etag, vary: 'accept-encoding' }
  if (req.headers['if-none-match'] === p.etag) {
    res.writeHead(304, headers).end()
    return
  }
  const gzipped = !!p.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  const body = gzipped ? p.gzip! : p.body
  if (gzipped) headers['content-encoding'] = 'gzip'
  headers['content-length'] = String(body.length)
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}
