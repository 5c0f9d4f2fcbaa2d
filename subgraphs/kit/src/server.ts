// Serves one subgraph: Apollo Server over node:http (Apollo Server 5 ships no
// framework integration) and graphql-ws on the same /graphql path.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloServer, HeaderMap } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled'
import type { GraphQLError, GraphQLSchema } from 'graphql'
import { WebSocketServer } from 'ws'
import { useServer } from 'graphql-ws/use/ws'
import { makeFormatError } from './format-error.js'
import type { Logger } from './log.js'
import { createLocalExecutor, type LocalExecutor } from './local-executor.js'
import { guardAuthorization } from './auth/authz-check.js'

// Subgraphs sit behind the gateway; 10 MiB bounds a single forwarded operation.
const MAX_BODY_BYTES = 10 * 1024 * 1024

/** Non-GraphQL HTTP routes a subgraph serves on its own port (and lends to the public origin). */
export interface HttpHandler {
  /** Handles the request when the path is its own; returns false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): boolean
  stop(): Promise<void>
}

export interface RunningSubgraph {
  name: string
  url: string
  /** The subgraph's plain HTTP routes, for a public origin in the same process. */
  handler?: HttpHandler
  /** Executes operations in this process (the gateway uses it when it runs here too). */
  local: LocalExecutor
  close(): Promise<void>
}

export interface SubgraphServerOptions<C extends object> {
  name: string
  schema: GraphQLSchema
  host: string
  port: number
  log: Logger
  /** Builds the request context from the caller's Authorization value. */
  context(authorization: string | undefined): Promise<C>
  /** Extra readiness check for /healthz (database, Redis). */
  ready(): Promise<boolean>
  handler?: HttpHandler
  /** Root fields (`Type.field`) answered without an authorization decision (ADR 0009). */
  publicFields?: readonly string[]
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('body too large'), { status: 413 })
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startSubgraphServer<C extends object>(opts: SubgraphServerOptions<C>): Promise<RunningSubgraph> {
  // Before any transport sees the schema: HTTP, graphql-ws and the in-process executor share it.
  guardAuthorization(opts.schema, { name: opts.name, log: opts.log, publicFields: opts.publicFields })
  const formatError = makeFormatError(opts.name, opts.log)
  const httpServer = createServer()
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' })
  const formatAll = (errors: readonly unknown[]) => errors.map((e) => {
    const g = e as GraphQLError
    return formatError({ message: g.message, locations: g.locations, path: g.path, extensions: g.extensions }, e)
  })
  const wsServer = useServer<Record<string, unknown>>({
    schema: opts.schema,
    context: (ctx) => opts.context(String(ctx.connectionParams?.authorization ?? '') || undefined),
    // Same masking as over HTTP: results of a running subscription, and errors raised while subscribing.
    onNext: (_ctx, _id, _payload, _args, result) =>
      'errors' in result && result.errors?.length ? ({ ...result, errors: formatAll(result.errors) }) : result,
    onError: (_ctx, _id, _payload, errors) => formatAll(errors),
  }, wss)
  const apollo = new ApolloServer<C>({
    schema: opts.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // The launcher owns SIGTERM/SIGINT and stops every service in order.
    stopOnTerminationSignals: false,
    // The gateway is the only client; introspection helps `rover`-style tooling and debugging.
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Federated tracing costs CPU on every request and nothing reads it here.
      ApolloServerPluginInlineTraceDisabled(),
      { async serverWillStart() { return { async drainServer() { await wsServer.dispose() } } } },
    ],
  })
  await apollo.start()

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (opts.handler?.handle(req, res)) return
    void handle(req, res).catch((e) => {
      const status = (e as { status?: number }).status ?? 500
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: status === 413 ? 'request body too large' : 'internal error', extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_SERVER_ERROR' } }] }))
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://subgraph')
    if (url.pathname === '/healthz') {
      const ok = await opts.ready().catch(() => false)
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ service: opts.name, ok }))
      return
    }
    if (url.pathname !== '/graphql') { res.writeHead(404).end(); return }
    const headers = new HeaderMap()
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v)
    const raw = req.method === 'POST' ? await readBody(req) : ''
    let body: unknown = raw
    if (raw && (headers.get('content-type') ?? '').includes('json')) {
      try { body = JSON.parse(raw) } catch {
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ errors: [{ message: 'malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] }))
        return
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: () => opts.context(req.headers.authorization),
    })
    const outHeaders: Record<string, string> = {}
    for (const [k, v] of result.headers) outHeaders[k] = v
    res.writeHead(result.status ?? 200, outHeaders)
    if (result.body.kind === 'complete') res.end(result.body.string)
    else { for await (const chunk of result.body.asyncIterator) res.write(chunk); res.end() }
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(opts.port, opts.host, () => resolve())
  })
  const { port } = httpServer.address() as AddressInfo
  const url = `http://${opts.host}:${port}/graphql`
  opts.log.info('subgraph listening', { url })
  return {
    name: opts.name,
    url,
    handler: opts.handler,
    local: createLocalExecutor(opts),
    close: async () => {
      for (const client of wss.clients) client.terminate()
      const t0 = Date.now()
      await apollo.stop()
      await opts.handler?.stop()
      opts.log.debug('subgraph stopped', { ms: Date.now() - t0 })
    },
  }
}
