// Forwards plain HTTP routes owned by a service in another process (the osquery
// agent API) from the public origin to that service's own port, streaming both
// bodies. Used only when the service runs elsewhere; in one process its handler
// is mounted directly (routes.ts).
import { request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from 'node:http'
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https'
import type { HttpHandler } from './routes.js'

// Hop-by-hop headers are the connection's own, never forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer'])

export interface PathProxy { handle: HttpHandler; close(): void }

/**
 * @param pattern which request paths belong to the target
 * @param target  any URL on the target server; only its origin is used
 * @param onError answers a request the target could not take (connection refused, reset)
 */
export function createPathProxy(
  pattern: RegExp, target: string,
  onError: (res: ServerResponse, error: Error) => void,
): PathProxy {
  const origin = new URL(target)
  const https = origin.protocol === 'https:'
  // Agents check in every few seconds: keep upstream connections open between requests.
  const agent = https ? new HttpsAgent({ keepAlive: true }) : new Agent({ keepAlive: true })
  const send = https ? httpsRequest : httpRequest

  function forward(req: IncomingMessage, res: ServerResponse) {
    const headers: Record<string, string | string[]> = {}
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v
    headers.host = origin.host
    const upstream = send({ protocol: origin.protocol, hostname: origin.hostname, port: origin.port, method: req.method, path: req.url, headers, agent }, (up) => {
      const out: Record<string, string | string[]> = {}
      for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v
      res.writeHead(up.statusCode ?? 502, out)
      up.pipe(res)
    })
    upstream.on('error', (e) => { if (!res.headersSent) onError(res, e); else res.destroy(e) })
    res.on('close', () => { if (!res.writableFinished) upstream.destroy() })
    req.pipe(upstream)
  }

  return {
    handle(req, res) {
      if (!pattern.test((req.url ?? '').split('?')[0])) return false
      forward(req, res)
      return true
    },
    close: () => agent.destroy(),
  }
}
