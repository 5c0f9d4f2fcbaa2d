// /metrics: the Prometheus scrape endpoint, behind basic auth (METRICS_BASIC_AUTH), as Fleet serves
// it behind prometheus.basic_auth. The text comes from @fleetgraph/subgraph-kit's registry.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import { METRICS_CONTENT_TYPE, renderMetrics } from '@fleetgraph/subgraph-kit'

/** Credentials are compared in constant time. */
export function serveMetrics(req: IncomingMessage, res: ServerResponse, credentials: string, onError: (e: unknown) => void): void {
  const given = Buffer.from(/^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '', 'base64')
  const expected = Buffer.from(credentials)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.writeHead(401, { 'www-authenticate': 'Basic realm="metrics"', 'content-type': 'text/plain' })
    return void res.end('unauthorized\n')
  }
  // Awaited whether the registry renders synchronously or not.
  Promise.resolve()
    .then(() => renderMetrics())
    .then((text) => {
      res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE })
      res.end(text)
    })
    .catch((e: unknown) => {
      onError(e)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end('metrics unavailable\n')
    })
}
