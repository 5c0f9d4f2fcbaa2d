// The osquery remote (TLS) API as the agent sees it: JSON POSTs with osquery's
// User-Agent over keep-alive connections, one shared pool for every simulated
// host (a real fleet is many clients, but opening 10,000 sockets from one
// process would measure this machine, not the server).
import http from 'node:http'
import https from 'node:https'
import { Limiter } from './limiter.js'
import { OSQUERY_VERSION } from './host-data.js'
import type { RequestKind, Stats } from './stats.js'

export const USER_AGENT = `osquery/${OSQUERY_VERSION}`

export const PATHS: Record<RequestKind, string> = {
  enroll: '/api/v1/osquery/enroll',
  config: '/api/v1/osquery/config',
  distributed_read: '/api/v1/osquery/distributed/read',
  distributed_write: '/api/v1/osquery/distributed/write',
  log: '/api/v1/osquery/log',
}

/** The server said the node key is unknown or revoked: osquery re-enrolls. */
export class NodeInvalidError extends Error {
  constructor(readonly body: unknown) {
    super('node key is invalid')
  }
}

/** Any answer but 200 (or a transport failure, with status 0). */
export class RequestError extends Error {
  constructor(readonly status: number, readonly reason: string, message: string) {
    super(message)
  }
}

export interface ClientOptions {
  server: string
  /** Accept self-signed certificates (the server may serve TLS with its own). */
  insecure: boolean
  /** Requests in flight at once, across all hosts. */
  concurrency: number
  timeoutMs: number
}

export class OsqueryClient {
  private readonly base: URL
  private readonly agent: http.Agent
  private readonly limiter: Limiter

  constructor(private readonly options: ClientOptions, private readonly stats: Stats) {
    this.base = new URL(options.server)
    if (this.base.protocol !== 'http:' && this.base.protocol !== 'https:') throw new Error(`unsupported server URL: ${options.server}`)
    const agentOptions = {
      keepAlive: true,
      // One socket per concurrent request; the limiter already queues the rest.
      maxSockets: options.concurrency,
      maxFreeSockets: options.concurrency,
      // Below typical server keep-alive timeouts (Node's default is 5s), so we rarely reuse a socket the server just closed.
      timeout: options.timeoutMs,
    }
    this.agent = this.base.protocol === 'https:' ? new https.Agent({ ...agentOptions, rejectUnauthorized: !options.insecure }) : new http.Agent(agentOptions)
    this.limiter = new Limiter(options.concurrency)
  }

  get inFlight(): number {
    return this.limiter.inFlight + this.limiter.queued
  }

  /**
   * One POST, one attempt. Resolves with the parsed JSON body of a 200;
   * rejects with NodeInvalidError (401 + node_invalid) or RequestError.
   */
  post<T = unknown>(kind: RequestKind, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.limiter.run(async () => {
      if (signal?.aborted) throw new RequestError(0, 'aborted', 'aborted')
      this.stats.request(kind)
      const started = performance.now()
      try {
        const reply = await this.send<T>(kind, body, signal)
        this.stats.latency(kind, performance.now() - started)
        return reply
      } catch (e) {
        // A node_invalid answer is the protocol working (the agent re-enrolls); an abort is our own shutdown.
        const counted = !(e instanceof NodeInvalidError) && !(e instanceof RequestError && e.reason === 'aborted')
        if (counted) this.stats.failure(kind, e instanceof RequestError ? e.reason : 'error')
        throw e
      }
    })
  }

  close(): void {
    this.agent.destroy()
  }

  private send<T>(kind: RequestKind, body: unknown, signal?: AbortSignal): Promise<T> {
    const payload = Buffer.from(JSON.stringify(body))
    const path = this.base.pathname.replace(/\/$/, '') + PATHS[kind]
    const transport = this.base.protocol === 'https:' ? https : http
    return new Promise<T>((resolve, reject) => {
      const req = transport.request({
        protocol: this.base.protocol, hostname: this.base.hostname, port: this.base.port, path, method: 'POST', agent: this.agent, signal,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': USER_AGENT, 'content-length': payload.length },
      }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('error', (e) => reject(new RequestError(0, (e as NodeJS.ErrnoException).code ?? 'error', e.message)))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown = undefined
          try { parsed = text ? JSON.parse(text) : {} } catch { /* a non-JSON body is judged by its status below */ }
          const status = res.statusCode ?? 0
          if (status === 200 && parsed !== undefined) resolve(parsed as T)
          else if (status === 401 && kind !== 'enroll' && (parsed as { node_invalid?: unknown } | undefined)?.node_invalid === true) reject(new NodeInvalidError(parsed))
          else reject(new RequestError(status, String(status), `${PATHS[kind]} answered ${status}: ${text.slice(0, 200)}`))
        })
      })
      req.setTimeout(this.options.timeoutMs, () => req.destroy(new RequestError(0, 'timeout', `${PATHS[kind]} timed out after ${this.options.timeoutMs}ms`)))
      req.on('error', (e) => {
        if (e instanceof RequestError) reject(e)
        else if (e.name === 'AbortError') reject(new RequestError(0, 'aborted', 'aborted'))
        else reject(new RequestError(0, (e as NodeJS.ErrnoException).code ?? 'error', e.message))
      })
      req.end(payload)
    })
  }
}
