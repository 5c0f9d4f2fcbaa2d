// "A dependency is down" is not a bug: while PostgreSQL (or Redis) is
// unreachable, requests get a 503 with Retry-After, which clients and osquery
// retry, instead of a masked 500.
import { FleetError } from './errors.js'

/** Seconds a client is told to wait before retrying while a dependency is down. */
export const RETRY_AFTER_SECONDS = 5

// Node socket errors, PostgreSQL's connection-class and shutdown SQLSTATEs, Prisma's connection codes.
const CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH',
  '08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300',
  'P1001', 'P1002', 'P1008', 'P1017', 'P2024',
])
// Driver-adapter error kinds (Prisma 7) that mean the database cannot be reached.
const KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TransactionAlreadyClosed'])
const MESSAGES = /Connection terminated|connect ECONNREFUSED|Can't reach database|server closed the connection|database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|MaxRetriesPerRequest/i

/** True when `e` (or an error it wraps) says a database or Redis connection is unavailable. */
export function isDependencyDown(e: unknown): boolean {
  const seen = new Set<unknown>()
  // The shapes differ by source (Node, pg, Prisma, its driver adapters), so each property is probed.
  type Probed = { code?: unknown; kind?: unknown; message?: unknown; errors?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown }; originalError?: unknown }
  for (let cur = e as Probed | null | undefined; cur && typeof cur === 'object' && !seen.has(cur); ) {
    seen.add(cur)
    if (typeof cur.code === 'string' && CODES.has(cur.code)) return true
    if (typeof cur.kind === 'string' && KINDS.has(cur.kind)) return true
    if (typeof cur.message === 'string' && MESSAGES.test(cur.message)) return true
    if (Array.isArray(cur.errors) && cur.errors.some((x: unknown) => isDependencyDown(x))) return true // AggregateError (connect to several addresses)
    cur = (cur.cause ?? cur.meta?.driverAdapterError ?? cur.originalError) as Probed | null | undefined
  }
  return false
}

/** The registry's 503 for a dependency that is down, or null when `e` is something else. */
export function fromUnavailable(e: unknown): FleetError | null {
  return isDependencyDown(e) ? new FleetError('SERVICE_UNAVAILABLE', 'a dependency (database or Redis) is not available; retry later', { retryAfter: RETRY_AFTER_SECONDS }) : null
}
