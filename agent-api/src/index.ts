// @fleetgraph/agent-api: osquery's remote API (enroll, config, distributed
// read/write, log) as its own bounded context (ADR 0007), with the live-query
// store and the caches check-ins are served from. Runs alone like a subgraph
// (its own port, /healthz) or mounted by a public origin in the same process.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLogger, type Deps, type HttpHandler } from '@fleetgraph/subgraph-kit'
import { loadAgentApiConfig } from './config.js'
import { createAgentApi } from './http.js'
import { sendJson } from './osquery-errors.js'

export interface RunningAgentApi {
  name: 'agent-api'
  /** Where the agent API listens (origin only: the agent paths are under it). */
  url: string
  /** The agent routes, for a public origin in the same process. */
  handler: Pick<HttpHandler, 'handle'>
  close(): Promise<void>
}

export const agentApi = {
  name: 'agent-api' as const,
  async start(deps: Deps, listen: { host: string; port: number }): Promise<RunningAgentApi> {
    const log = createLogger('agent')
    const api = await createAgentApi({ db: deps.db, bus: deps.bus, log, config: loadAgentApiConfig(deps.env) })
    // Agents (or a public origin's proxy) keep connections open between check-ins, 10 s apart by
    // default: Node's 5 s keep-alive would close them just as they are reused.
    const server = createServer({ keepAliveTimeout: 65_000 }, (req: IncomingMessage, res: ServerResponse) => {
      if (api.handle(req, res)) return
      // Ready means the database answers: Redis only carries signals (ADR 0005).
      if ((req.url ?? '').split('?')[0] === '/healthz') {
        void deps.db.ping().then((ok) => sendJson(res, ok ? 200 : 503, { service: 'agent-api', ok }))
        return
      }
      sendJson(res, 404, { error: 'not found' })
    })
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(listen.port, listen.host, () => resolve())
      })
    } catch (e) {
      await api.stop()
      throw e
    }
    const { port } = server.address() as AddressInfo
    const url = `http://${listen.host}:${port}`
    log.info('agent api listening', { url })
    return {
      name: 'agent-api', url, handler: { handle: api.handle },
      close: async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()))
        server.closeIdleConnections()
        await closed
        await api.stop()
      },
    }
  },
}

export { AGENT_PATH } from './http.js'
export { loadAgentApiConfig, type AgentApiConfig } from './config.js'
export { agentApiUnreachable, osqueryErrorBody, sendOsqueryError, type OsqueryErrorBody } from './osquery-errors.js'
export { AGENT_CHANNEL, parseCacheEvent, type CacheEvent } from './cache-events.js'
