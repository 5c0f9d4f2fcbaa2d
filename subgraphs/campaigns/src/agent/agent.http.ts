// osquery's remote API (config, distributed read/write, log) served straight
// from the service layer, not through GraphQL: check-ins are the hottest path
// (10,000 hosts every 10 s is 1,000 requests a second) and carry no user
// identity. Errors use osquery's shape {error, node_invalid} (fleet-behaviour §4).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { FleetError, fromUnavailable, histogram, lookupCode, type Bus, type HttpHandler, type Logger } from '@fleetgraph/subgraph-kit'
import type { Database } from '@fleetgraph/prisma'
import { AgentRepository } from './agent.repository.js'
import { AgentService, type WritePayload } from './agent.service.js'
import { LiveQueryRepository } from './live-query.repository.js'
import { PendingQueries } from './pending-queries.js'
import { OsqueryLogFile } from './osquery-log.js'
import type { CampaignsConfig } from '../config.js'

/**
 * How stale a process's view of running campaigns may get when no signal arrives (Redis down): a new
 * campaign reaches hosts checking in on any replica within this time. One cheap indexed statement
 * per process per period.
 */
const LIVE_QUERY_REFRESH_MS = 2_000
/** A full reload of what is owed, in case an "answered" signal was lost (at worst a host is asked twice). */
const LIVE_QUERY_FULL_RELOAD_MS = 60_000

// Result sets can be large; 10 MiB bounds one agent request.
const MAX_BODY = 10 * 1024 * 1024
export const AGENT_PATH = /^\/api(?:\/v1)?\/osquery\/(config|distributed\/read|distributed\/write|log)$/

export type AgentApi = HttpHandler

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const c of req) {
    size += (c as Buffer).length
    if (size > MAX_BODY) throw new FleetError('PAYLOAD_TOO_LARGE', 'request body too large')
    chunks.push(c as Buffer)
  }
  try { return JSON.parse(withoutNul(Buffer.concat(chunks).toString('utf8')) || 'null') } catch { throw new FleetError('BAD_REQUEST', 'json decoder error') }
}

/**
 * Agents report what hosts hold, NUL characters included, and PostgreSQL cannot store U+0000 in text or
 * jsonb: the `\u0000` escapes (an even run of backslashes before them, so not `\\u0000`) are dropped,
 * in keys and values alike, instead of failing the write on every retry (Fleet's MySQL keeps them).
 */
function withoutNul(text: string): string {
  return text.includes('\\u0000') ? text.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1') : text
}

const durations = histogram('fleetgraph_agent_request_duration_seconds', 'osquery agent API requests, from arrival to the last byte of the answer, by route and status.', ['route', 'status'])

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v)

function writePayload(body: Record<string, any>): WritePayload {
  const { queries = {}, statuses = {}, messages = {} } = body
  if (!isObject(queries) || !isObject(statuses) || !isObject(messages)) throw new FleetError('BAD_REQUEST', 'queries, statuses and messages must be objects')
  for (const v of Object.values(queries)) {
    if (v !== '' && !(Array.isArray(v) && v.every(isObject))) throw new FleetError('BAD_REQUEST', 'each query result must be a list of rows')
  }
  return { queries, statuses, messages }
}

export function createAgentApi(deps: { db: Database; bus: Bus; log: Logger; config: CampaignsConfig }): AgentApi {
  const repo = new AgentRepository(deps.db, deps.bus)
  const liveQueries = new LiveQueryRepository(deps.db)
  const pending = new PendingQueries(liveQueries, deps.bus, deps.log, {
    refreshMs: LIVE_QUERY_REFRESH_MS, fullReloadMs: LIVE_QUERY_FULL_RELOAD_MS, expirySeconds: deps.config.campaignExpirySeconds,
  })
  const service = new AgentService(repo, liveQueries, pending, deps.bus)
  const logs = {
    result: new OsqueryLogFile(deps.config.resultLogFile, deps.config.logMaxBytes),
    status: new OsqueryLogFile(deps.config.statusLogFile, deps.config.logMaxBytes),
  }

  async function route(kind: string, req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') throw new FleetError('NOT_FOUND', 'not found')
    const body = await readJson(req)
    if (!isObject(body)) throw new FleetError('BAD_REQUEST', 'expected a JSON object')
    const host = await service.authenticate(body.node_key)
    switch (kind) {
      case 'config': return send(res, 200, await service.config(host))
      case 'distributed/read': return send(res, 200, await service.read(host))
      case 'distributed/write': await service.write(host, writePayload(body)); return send(res, 200, {})
      case 'log':
        if (body.log_type !== 'status' && body.log_type !== 'result') throw new FleetError('BAD_REQUEST', `unknown log type: ${String(body.log_type)}`)
        if (!Array.isArray(body.data)) throw new FleetError('BAD_REQUEST', 'data must be a list')
        await logs[body.log_type as 'status' | 'result'].append(body.data).catch((e) => {
          deps.log.error('writing osquery log failed', { log_type: body.log_type, error: (e as Error).message })
          throw new FleetError('SERVICE_UNAVAILABLE', 'log could not be stored')
        })
        return send(res, 200, {})
    }
  }

  return {
    handle(req, res) {
      const m = AGENT_PATH.exec((req.url ?? '').split('?')[0])
      if (!m) return false
      const started = process.hrtime.bigint()
      res.once('finish', () => durations.observe({ route: m[1], status: String(res.statusCode) }, Number(process.hrtime.bigint() - started) / 1e9))
      route(m[1], req, res).catch((e) => {
        const uuid = randomUUID()
        // The database down is a 503 with Retry-After: osquery asks again at its next check-in, and what
        // the host owes is still owed (its answer was not stored).
        const err = e instanceof FleetError ? e : fromUnavailable(e)
        const status = lookupCode(err?.code ?? 'INTERNAL_SERVER_ERROR').httpStatus
        // A dependency outage is logged once per request without a stack: thousands of agents retry.
        if (status === 503) deps.log.warn('agent api unavailable', { uuid, path: req.url, error: String((e as Error)?.message ?? e).slice(0, 300) })
        else if (status >= 500) deps.log.error('agent api error', { uuid, path: req.url, error: String((e as Error)?.stack ?? e) })
        if (res.headersSent) return
        if (err?.retryAfter) res.setHeader('retry-after', String(err.retryAfter))
        send(res, status, { error: status === 500 ? 'internal error' : err!.message, uuid, ...(status === 401 ? { node_invalid: true } : {}) })
      })
      return true
    },
    stop: async () => { await pending.stop(); await repo.stop(); await logs.result.close(); await logs.status.close() },
  }
}
