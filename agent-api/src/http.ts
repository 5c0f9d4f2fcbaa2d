// osquery's remote API (enroll, config, distributed read/write, log) served
// straight from the service layer, not through GraphQL: check-ins are the
// hottest path (10,000 hosts every 10 s is 1,000 requests a second) and carry
// no user identity (ADR 0004, 0007). Every error leaves in osquery's shape
// (osquery-errors.ts).
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { FleetError, fromPrismaError, histogram, type Bus, type HttpHandler, type Logger } from '@fleetgraph/subgraph-kit'
import type { Database } from '@fleetgraph/prisma'
import { AgentRepository } from './agent.repository.js'
import { AgentService, type WritePayload } from './agent.service.js'
import { followCacheEvents } from './cache-events.js'
import type { AgentApiConfig } from './config.js'
import { EnrollRepository } from './enroll/enroll.repository.js'
import { readEnrollRequest } from './enroll/enroll.request.js'
import { EnrollService } from './enroll/enroll.service.js'
import { LiveQueryRepository } from './live-query.repository.js'
import { OsqueryLogFile } from './osquery-log.js'
import { sendJson, sendOsqueryError } from './osquery-errors.js'
import { PendingQueries } from './pending-queries.js'

/**
 * How stale a process's view of running campaigns may get when no signal arrives: a new campaign reaches
 * hosts checking in on any replica within this time. One cheap indexed statement per process per period.
 */
const LIVE_QUERY_REFRESH_MS = 2_000
/** A full reload of what is owed, in case an "answered" signal was lost (at worst a host is asked twice). */
const LIVE_QUERY_FULL_RELOAD_MS = 60_000

// Result sets can be large; 10 MiB bounds one agent request.
const MAX_BODY = 10 * 1024 * 1024
export const AGENT_PATH = /^\/api(?:\/v1)?\/osquery\/(enroll|config|distributed\/read|distributed\/write|log)$/

async function readJson(req: IncomingMessage): Promise<unknown> {
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function writePayload(body: Record<string, unknown>): WritePayload {
  const { queries = {}, statuses = {}, messages = {} } = body
  if (!isObject(queries) || !isObject(statuses) || !isObject(messages)) throw new FleetError('BAD_REQUEST', 'queries, statuses and messages must be objects')
  for (const v of Object.values(queries)) {
    if (v !== '' && !(Array.isArray(v) && v.every(isObject))) throw new FleetError('BAD_REQUEST', 'each query result must be a list of rows')
  }
  return { queries, statuses, messages } as WritePayload
}

/**
 * A request for another method than POST on the enroll path: answered as when the REST layer's router
 * served enroll (405 with Allow, in Fleet's REST shape; osquery only ever POSTs).
 */
function methodNotAllowed(res: ServerResponse) {
  const text = JSON.stringify({ message: 'Method Not Allowed', errors: [{ name: 'base', reason: 'Method Not Allowed' }], uuid: randomUUID() }, null, 2)
  res.writeHead(405, { allow: 'POST', 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) })
  res.end(text)
}

export interface AgentApiDeps { db: Database; bus: Bus; log: Logger; config: AgentApiConfig }

/** The agent API's routes, with the caches they keep; listening for the database's change notifications before it resolves. */
export async function createAgentApi(deps: AgentApiDeps): Promise<HttpHandler> {
  const repo = new AgentRepository(deps.db)
  const liveQueries = new LiveQueryRepository(deps.db)
  const pending = new PendingQueries(liveQueries, deps.bus, deps.log, {
    refreshMs: LIVE_QUERY_REFRESH_MS, fullReloadMs: LIVE_QUERY_FULL_RELOAD_MS, expirySeconds: deps.config.campaignExpirySeconds,
  })
  const stopListening = await followCacheEvents(deps.db, deps.log, {
    changed: (e) => { if (e.kind === 'live_queries') pending.started(); else repo.changed(e) },
    missed: () => { repo.forgetAll(); pending.missed() },
  })
  const service = new AgentService(repo, liveQueries, pending, deps.bus)
  const enrollment = new EnrollService(new EnrollRepository(deps.db))
  const logs = {
    result: new OsqueryLogFile(deps.config.resultLogFile, deps.config.logMaxBytes),
    status: new OsqueryLogFile(deps.config.statusLogFile, deps.config.logMaxBytes),
  }

  async function enroll(req: IncomingMessage, res: ServerResponse) {
    const body = await readEnrollRequest(req, new URL(req.url ?? '/', 'http://agent'), deps.config.enrollBodyLimitBytes).catch((e) => {
      // The rest of an oversized body is not read: the connection closes after the answer.
      if (e instanceof FleetError && e.code === 'PAYLOAD_TOO_LARGE') res.setHeader('connection', 'close')
      throw e
    })
    const { nodeKey } = await enrollment.enroll({
      enrollSecret: body.enroll_secret, hostIdentifier: body.host_identifier, platformType: body.platform_type ?? null, hostDetails: body.host_details ?? null,
    }).catch((e) => {
      // The database refused what enrollment let through: a coded 4xx, logged so the rule can move into the service.
      const mapped = fromPrismaError(e)
      if (!mapped) throw e
      deps.log.warn('database refused input', { uuid: mapped.uuid, code: mapped.code, error: String((e as Error)?.message ?? e).slice(-300) })
      throw mapped
    })
    sendJson(res, 200, { node_key: nodeKey })
  }

  async function route(kind: string, req: IncomingMessage, res: ServerResponse) {
    if (kind === 'enroll') return enroll(req, res)
    if (req.method !== 'POST') throw new FleetError('NOT_FOUND', 'not found')
    const body = await readJson(req)
    if (!isObject(body)) throw new FleetError('BAD_REQUEST', 'expected a JSON object')
    const host = await service.authenticate(body.node_key)
    switch (kind) {
      case 'config': return sendJson(res, 200, await service.config(host))
      case 'distributed/read': return sendJson(res, 200, await service.read(host))
      case 'distributed/write': await service.write(host, writePayload(body)); return sendJson(res, 200, {})
      case 'log':
        if (body.log_type !== 'status' && body.log_type !== 'result') throw new FleetError('BAD_REQUEST', `unknown log type: ${String(body.log_type)}`)
        if (!Array.isArray(body.data)) throw new FleetError('BAD_REQUEST', 'data must be a list')
        await logs[body.log_type as 'status' | 'result'].append(body.data).catch((e) => {
          deps.log.error('writing osquery log failed', { log_type: body.log_type, error: (e as Error).message })
          throw new FleetError('SERVICE_UNAVAILABLE', 'log could not be stored')
        })
        return sendJson(res, 200, {})
    }
  }

  return {
    handle(req, res) {
      const m = AGENT_PATH.exec((req.url ?? '').split('?')[0])
      if (!m) return false
      if (m[1] === 'enroll' && req.method !== 'POST') { methodNotAllowed(res); return true }
      const started = process.hrtime.bigint()
      res.once('finish', () => durations.observe({ route: m[1], status: String(res.statusCode) }, Number(process.hrtime.bigint() - started) / 1e9))
      route(m[1], req, res).catch((e) => sendOsqueryError(res, e, deps.log, req.url))
      return true
    },
    stop: async () => { await stopListening(); await pending.stop(); await repo.stop(); await logs.result.close(); await logs.status.close() },
  }
}
