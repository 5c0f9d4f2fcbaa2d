// osquery's error shape (Fleet's osqueryError, fleet-behaviour §4), written once for every agent route:
// `{error, uuid}` plus `node_invalid: true` on a 401, which tells osquery to enroll again. Validation
// errors, an unknown node key, the database down (503 with Retry-After) and the public origin's answer
// when a remote agent API cannot be reached all leave through here.
import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { FleetError, fromUnavailable, lookupCode, type Logger } from '@fleetgraph/subgraph-kit'

export interface OsqueryErrorBody { error: string; uuid: string; node_invalid?: true }

/** Writes a JSON answer (every agent route answers JSON, errors included). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) })
  res.end(text)
}

/** The body for `status`; a 500 never shows its cause. */
export function osqueryErrorBody(status: number, message: string, uuid: string = randomUUID()): OsqueryErrorBody {
  return { error: status === 500 ? 'internal error' : message, uuid, ...(status === 401 ? { node_invalid: true as const } : {}) }
}

/**
 * Answers a failed agent request: a FleetError with its registry status, a dependency outage as a 503 with
 * Retry-After (osquery asks again at its next check-in, and what the host owes is still owed), anything else
 * as a 500 logged with its uuid. An outage is logged once per request without a stack: thousands of agents retry.
 */
export function sendOsqueryError(res: ServerResponse, e: unknown, log: Logger, path: string | undefined): void {
  const uuid = randomUUID()
  const err = e instanceof FleetError ? e : fromUnavailable(e)
  const status = lookupCode(err?.code ?? 'INTERNAL_SERVER_ERROR').httpStatus
  if (status === 503) log.warn('agent api unavailable', { uuid, path, error: String((e as Error)?.message ?? e).slice(0, 300) })
  else if (status >= 500) log.error('agent api error', { uuid, path, error: String((e as Error)?.stack ?? e) })
  if (res.headersSent) return
  sendJson(res, status, osqueryErrorBody(status, err?.message ?? '', uuid), err?.retryAfter ? { 'retry-after': String(err.retryAfter) } : {})
}

/**
 * For a public origin that forwards agent paths to an agent API in another process: its answer when that
 * process cannot be reached (connection refused or reset). A 502 osquery retries at its next check-in.
 */
export function agentApiUnreachable(log: Logger): (res: ServerResponse, error: Error) => void {
  return (res, error) => {
    log.error('agent api unreachable', { error: error.message })
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify({ error: 'agent API unavailable' }))
  }
}
