// A minimal in-process osquery TLS server for the simulator's own tests: it
// records every request and answers like Fleet, with knobs to queue
// distributed queries, revoke node keys and make routes answer 404.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'

export interface Recorded {
  path: string
  body: any
  userAgent: string | undefined
}

export class FakeFleet {
  readonly requests: Recorded[] = []
  /** node key → host identifier */
  readonly nodeKeys = new Map<string, string>()
  /** Distributed queries handed out once per host identifier on its next read. */
  readonly pending = new Map<string, Record<string, string>>()
  config: object = { options: { distributed_interval: 1, logger_tls_period: 1, config_refresh: 60, pack_delimiter: '/' } }
  readonly missingRoutes = new Set<string>()
  enrollSecret = 'secret'
  private server!: http.Server
  url = ''

  static async start(): Promise<FakeFleet> {
    const f = new FakeFleet()
    f.server = http.createServer((req, res) => f.handle(req, res))
    await new Promise<void>((r) => f.server.listen(0, '127.0.0.1', r))
    f.url = `http://127.0.0.1:${(f.server.address() as AddressInfo).port}`
    return f
  }

  of(path: string): Recorded[] {
    return this.requests.filter((r) => r.path === path)
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise((r) => this.server.close(r))
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let text = ''
    req.on('data', (c) => (text += c))
    req.on('end', () => {
      const body = text ? JSON.parse(text) : {}
      const path = req.url ?? ''
      this.requests.push({ path, body, userAgent: req.headers['user-agent'] })
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(payload))
      }
      if (this.missingRoutes.has(path)) return send(404, { message: 'not found' })
      if (path === '/api/v1/osquery/enroll') {
        if (body.enroll_secret !== this.enrollSecret) return send(401, { error: 'enroll failed: invalid secret', node_invalid: true })
        const key = randomBytes(8).toString('hex')
        this.nodeKeys.set(key, body.host_identifier)
        return send(200, { node_key: key })
      }
      const host = this.nodeKeys.get(body.node_key)
      if (!host) return send(401, { error: 'authentication error: invalid node key', node_invalid: true })
      switch (path) {
        case '/api/v1/osquery/config': return send(200, this.config)
        case '/api/v1/osquery/distributed/read': {
          const queries = this.pending.get(host) ?? {}
          this.pending.delete(host)
          return send(200, { queries })
        }
        case '/api/v1/osquery/distributed/write':
        case '/api/v1/osquery/log':
          return send(200, {})
        default: return send(404, { message: 'not found' })
      }
    })
  }
}

/** Polls until `fn` returns a truthy value, or throws after the deadline. */
export async function eventually<T>(fn: () => T | undefined | null | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = fn()
    if (v) return v
    if (Date.now() > deadline) throw new Error('condition not met before the deadline')
    await new Promise((r) => setTimeout(r, 20))
  }
}
