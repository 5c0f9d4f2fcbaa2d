// GraphiQL for browsers at GET /graphql (docs/adr/0012-graphiql-offline.md): the page of
// @graphql-yoga/render-graphiql, which inlines GraphiQL, React, Monaco and Monaco's workers (as
// blob: URLs), so the browser loads nothing from anywhere but this origin. The bearer token goes
// in GraphiQL's Headers tab (not persisted: headers may hold a token).
//
// The page is one inline script, allowed by its SHA-256 in the Content-Security-Policy; nothing
// else may run, load or connect outside this origin. The bundle (9 MB of JavaScript) is loaded,
// rendered and gzipped once, on the first browser request, off the event loop where it can be:
// processes nobody browses to never load it (it costs about a second to import).
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gzip as gzipCallback } from 'node:zlib'
import type { IncomingMessage, ServerResponse } from 'node:http'

const gzip = promisify(gzipCallback)

/** What a newcomer sees in the editor before typing anything. */
const DEFAULT_QUERY = `# Welcome to the Fleetgraph GraphQL API.
#
# Sign in first: put your API token (or a session token from
# POST /api/v1/fleet/login) in the Headers tab below, as
#   { "Authorization": "Bearer <token>" }
# The schema (Docs, autocompletion) is served to signed-in users only;
# after setting the header, re-fetch it (Shift-Ctrl-R).

{
  me {
    email
  }
}
`

const DEFAULT_HEADERS = `{
  "Authorization": "Bearer <your token>"
}`

export interface GraphiQLPage {
  html: string
  gzip: Buffer
  etag: string
  /** The Content-Security-Policy the page needs, and no more. */
  csp: string
}

/** The single inline script of the page (the one the CSP hash allows). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])
}

export async function renderGraphiQLPage(endpoint: string): Promise<GraphiQLPage> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql')
  const html = renderGraphiQL({
    title: 'Fleetgraph GraphiQL',
    endpoint,
    defaultQuery: DEFAULT_QUERY,
    defaultHeaders: DEFAULT_HEADERS,
    // The token stays in the tab, not in localStorage.
    shouldPersistHeaders: false,
  })
  const scripts = inlineScripts(html)
  if (scripts.length !== 1) throw new Error(`GraphiQL page: expected one inline script, found ${scripts.length}`)
  const hash = createHash('sha256').update(scripts[0]).digest('base64')
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${hash}'`,
    // Monaco and React set inline styles; styles cannot load anything remote under img-src/font-src below.
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    // GraphQL over HTTP (and SSE for subscriptions) to this origin only.
    "connect-src 'self'",
    // Monaco's language workers, made from the page's own strings.
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
  return { html, gzip: await gzip(html, { level: 9 }), etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`, csp }
}

/** True for a browser navigation: GET (or HEAD) that accepts text/html. Other GETs stay the runtime's. */
export function wantsGraphiQL(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  return /\btext\/html\b/i.test(req.headers.accept ?? '')
}

/** The route handler: serves the page to browsers, declines everything else (false). */
export function graphiqlHandler(endpoint = '/graphql', onError: (e: unknown) => void = () => {}) {
  let page: Promise<GraphiQLPage> | undefined
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (!wantsGraphiQL(req)) return false
    page ??= renderGraphiQLPage(endpoint)
    page.then((p) => send(req, res, p), (e: unknown) => {
      page = undefined
      onError(e)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('GraphiQL is unavailable.')
    })
    return true
  }
}

function send(req: IncomingMessage, res: ServerResponse, page: GraphiQLPage): void {
  const headers: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': page.csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
    etag: page.etag,
    vary: 'accept, accept-encoding',
  }
  if (req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, headers).end()
    return
  }
  const gzipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  const body = gzipped ? page.gzip : Buffer.from(page.html)
  if (gzipped) headers['content-encoding'] = 'gzip'
  headers['content-length'] = String(body.length)
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}
