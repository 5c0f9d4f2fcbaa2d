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

export function createGateway(subgraphUrls: Record<string, string>): Gateway {
  const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8')
  const transportEntries: Record<string, any> = {
    '*.http': {
      options: {
        // Subscriptions go to the owning subgraph over graphql-ws; one upstream
        // connection per distinct caller token (connectionParams are per connection).
        subscriptions: {
          kind: 'ws',
          options: { connectionParams: { authorization: '{context.callerAuthorization}' } },
        },
      },
    },
  }
  for (const [name, url] of Object.entries(subgraphUrls)) transportEntries[name] = { location: url }
  return createGatewayRuntime({
    supergraph,
    transportEntries,
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
