// The public origin's settings (listen address, TLS, body limits, timeouts, connection cap,
// metrics credentials), read once.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { env as field, parseEnv } from '@fleetgraph/subgraph-kit/config'
import { parseTrustedProxies } from './client-address.js'

export const loadOriginConfig = (env: NodeJS.ProcessEnv = process.env) => checkTimeouts(parseEnv({
  HOST: z.string().default('127.0.0.1'),
  PORT: field.port(8080),
  // 1 MiB keeps a misbehaving client from holding memory; no documented route needs more.
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  // Largest /graphql request body (storeInstaller carries up to 64 MiB of base64); larger → 413.
  GRAPHQL_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(100 * 1024 * 1024),
  // Serve the public origin over TLS (osquery agents require it): paths to a PEM certificate and key.
  TLS_CERT: z.string().trim().optional().transform((v) => v || undefined),
  TLS_KEY: z.string().trim().optional().transform((v) => v || undefined),
  // Prometheus metrics at /metrics, behind HTTP basic auth with these credentials ("user:password");
  // unset: /metrics is not served (as Fleet without prometheus.basic_auth).
  METRICS_BASIC_AUTH: z.string().trim().optional().transform((v) => v || undefined)
    .refine((v) => v === undefined || /^[^:]+:.+$/.test(v), { message: 'must be user:password' }),
  // A client must send a request's headers within this (Node's default is 60 s, checked only every
  // 30 s): 20 s bounds how long a slow-headers (slowloris) connection is held, and is ample for any
  // real client. Idle keep-alive connections between agents' check-ins are not affected (they are
  // bounded by the 65 s keep-alive timeout instead).
  HTTP_HEADERS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(20),
  // A client must send a whole request, body included, within this. 300 s (Node's default, set here
  // on purpose): a 64 MiB installer (~85 MiB as base64) still arrives at ~300 KB/s. 0: no limit.
  HTTP_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(0).default(300),
  // Connections one client address may hold open at once (WebSockets included); the next is refused
  // (429). 1024: far above one machine's needs, below the process's file descriptors so that one
  // address cannot take them all. Behind a load balancer or NAT every client shares its address:
  // raise it above what that hop keeps open (an agent keeps one connection), or 0 to turn it off.
  MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(0).default(1024),
  // Peers whose X-Forwarded-For names the client (client-address.ts): `none`, or a comma-separated
  // list of addresses, CIDR ranges and the names loopback, linklocal, uniquelocal. The default trusts
  // only a proxy on this machine; behind a load balancer, list its addresses. Rate limits per client
  // address key on what this resolves, so an untrusted client cannot spread guesses over made-up
  // addresses.
  TRUSTED_PROXIES: z.string().default('loopback').transform((v, ctx) => {
    try { return parseTrustedProxies(v) } catch (e) {
      ctx.addIssue({ code: 'custom', message: `not a list of addresses, ranges or loopback/linklocal/uniquelocal: ${(e as Error).message}` })
      return z.NEVER
    }
  }),
  // A live-query results session (raw WebSocket, SockJS) must authenticate within this; otherwise it
  // is closed. 10 s: fleetctl and the Fleet UI send their token as their first message.
  RESULTS_AUTH_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(10),
}, env))

/** Node refuses a headers timeout longer than the request timeout. */
function checkTimeouts<T extends { HTTP_HEADERS_TIMEOUT_SECONDS: number; HTTP_REQUEST_TIMEOUT_SECONDS: number }>(cfg: T): T {
  if (cfg.HTTP_REQUEST_TIMEOUT_SECONDS && cfg.HTTP_HEADERS_TIMEOUT_SECONDS > cfg.HTTP_REQUEST_TIMEOUT_SECONDS) {
    throw new Error('invalid configuration:\n  HTTP_HEADERS_TIMEOUT_SECONDS: must not be longer than HTTP_REQUEST_TIMEOUT_SECONDS')
  }
  return cfg
}

export type OriginConfig = ReturnType<typeof loadOriginConfig>

/** Reads the TLS pair once at start; both or neither must be set. */
export function tlsOptions(cfg: Pick<OriginConfig, 'TLS_CERT' | 'TLS_KEY'>): { cert: Buffer; key: Buffer } | undefined {
  if (!cfg.TLS_CERT && !cfg.TLS_KEY) return undefined
  if (!cfg.TLS_CERT || !cfg.TLS_KEY) throw new Error('invalid configuration:\n  TLS_CERT, TLS_KEY: set both or neither')
  try {
    return { cert: readFileSync(cfg.TLS_CERT), key: readFileSync(cfg.TLS_KEY) }
  } catch (e) {
    throw new Error(`invalid configuration:\n  TLS_CERT, TLS_KEY: ${(e as Error).message}`)
  }
}
