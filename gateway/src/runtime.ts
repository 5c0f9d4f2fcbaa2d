// The gateway is configuration, not code: the Hive Gateway runtime over the
// committed supergraph, with the Rust query planner. Each non-default option
// says why it is set.
import { readFileSync } from 'node:fs'
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime'
import { unifiedGraphHandler } from '@graphql-hive/router-runtime'
import { SUPERGRAPH_PATH } from './subgraphs.js'

export type Gateway = GatewayRuntime<Record<string, any>>

/** Identity travels per operation: the caller's Authorization, from HTTP or from graphql-ws connectionParams. */
function callerAuthorization(context: any): string | undefined {
  return context?.request?.headers?.get?.('authorization') ?? context?.connectionParams?.authorization ?? undefined
}

/** Executes a planned subgraph operation in this process (see subgraph-kit's local executor). */
export type InProcessExecutor = (req: { document: any; variables?: Record<string, unknown>; operationName?: string; operationType?: string; authorization?: string }) => Promise<any>

/**
 * Subgraphs that run in this process are called directly (kind "local"): no
 * socket and no JSON round trip per subgraph fetch. Others go over HTTP, with
 * subscriptions over graphql-ws.
 */
function transportsFor(local: Record<string, InProcessExecutor>) {
  const localTransport = {
    getSubgraphExecutor: ({ subgraphName }: { subgraphName: string }) => (req: any) => local[subgraphName]({
      document: req.document, variables: req.variables, operationName: req.operationName,
      operationType: req.operationType, authorization: req.context?.callerAuthorization,
    }),
  }
  return (kind: string) => {
    if (kind === 'local') return localTransport
    if (kind === 'http') return import('@graphql-mesh/transport-http')
    if (kind === 'ws') return import('@graphql-mesh/transport-ws')
    throw new Error(`unknown subgraph transport ${kind}`)
  }
}

export function createGateway(subgraphUrls: Record<string, string>, opts: { deduplicateRequests: boolean; local?: Record<string, InProcessExecutor> }): Gateway {
  const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8')
  const transportEntries: Record<string, any> = {
    '*.http': {
      options: {
        deduplicateInflightRequests: opts.deduplicateRequests,
        // Subscriptions go to the owning subgraph over graphql-ws; one upstream
        // connection per distinct caller token (connectionParams are per connection).
        subscriptions: {
          kind: 'ws',
          options: { connectionParams: { authorization: '{context.callerAuthorization}' } },
        },
      },
    },
  }
  const local = opts.local ?? {}
  for (const [name, url] of Object.entries(subgraphUrls)) transportEntries[name] = local[name] ? { kind: 'local', location: url } : { location: url }
  return createGatewayRuntime({
    supergraph,
    transportEntries,
    transports: transportsFor(local),
    // The Rust planner: about half the CPU per planned operation of the JS planner (stack-notes).
    unifiedGraphHandler,
    // A static, committed supergraph: nothing to poll.
    pollingInterval: 0,
    // The landing page and GraphiQL would load assets from a CDN; this network has none.
    landingPage: false,
    graphiql: false,
    // Subgraph errors already carry the registry code and uuid; pass them through unchanged.
    maskedErrors: false,
    logging: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'error',
    plugins: () => [{
      onContextBuilding({ context, extendContext }: any) {
        extendContext({ callerAuthorization: callerAuthorization(context) ?? '' })
      },
      // Every subgraph fetch carries the caller's identity, whether the
      // operation came over HTTP or graphql-ws (per-event entity fetches of a
      // subscription have no HTTP request to copy headers from).
      onFetch({ executionRequest, options }: any) {
        const authorization = executionRequest?.context?.callerAuthorization
        if (authorization) {
          options.headers ||= {}
          options.headers.authorization = authorization
        }
      },
    }],
  } as any)
}
