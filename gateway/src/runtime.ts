// The gateway is configuration, not code: the Hive Gateway runtime over the
// committed supergraph, with the Rust query planner. Each non-default option
// says why it is set.
import { readFileSync } from 'node:fs'
import { parse } from 'graphql'
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime'
import { unifiedGraphHandler } from '@graphql-hive/router-runtime'
import { SUPERGRAPH_PATH } from './subgraphs.js'
import type { GatewayConfig } from './config.js'
import { useOperationLimits, type OperationLimits } from './limits.js'
import { costDirectivesOf } from './cost.js'
import { useIntrospectionPolicy, type IntrospectionMode, type SignedInCheck } from './introspection.js'
import { useRejectNulBytes } from './nul-bytes.js'
import { useMergeSameNamedFields } from './merge-fields.js'
import { useExecutionDeadline } from './deadline.js'
import { createExecutor, IN_PROCESS_AUTHORIZATION, type GatewayExecutor } from './executor.js'

export type Gateway = GatewayRuntime<Record<string, any>>

/**
 * Identity travels per operation: the caller's Authorization, from HTTP, from graphql-ws
 * connectionParams, or from a caller in this process (executor.ts).
 */
function callerAuthorization(context: any): string | undefined {
  return context?.request?.headers?.get?.('authorization') ?? context?.connectionParams?.authorization ?? context?.[IN_PROCESS_AUTHORIZATION] ?? undefined
}

/**
 * "Signed in" = the caller's Authorization is a valid user session or API token, as the
 * inventory subgraph judges it for `me` (device tokens are not). Asked through the gateway
 * itself, at most once per operation, and only when introspection or a suggestion is at stake.
 */
function signedInCheck(executor: GatewayExecutor): SignedInCheck {
  const answers = new WeakMap<object, Promise<boolean>>()
  return (context) => {
    let answer = answers.get(context)
    if (!answer) {
      const authorization = callerAuthorization(context)
      answer = authorization ? askMe(executor, authorization) : Promise.resolve(false)
      answers.set(context, answer)
    }
    return answer
  }
}

async function askMe(executor: GatewayExecutor, authorization: string): Promise<boolean> {
  try {
    const body = await executor.execute({ query: '{ me { id } }', authorization }) as { data?: { me?: { id?: string } | null } | null }
    return Boolean(body?.data?.me?.id)
  } catch {
    return false
  }
}

/** What the public gateway enforces on every operation (docs/limits.md). */
export interface OperationPolicy {
  limits: OperationLimits
  introspection: IntrospectionMode
  executionTimeoutMs: number
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

/** The runtime and its in-process executor (executor.ts), which the runtime also uses for its own sign-in check. */
export function createGateway(
  subgraphUrls: Record<string, string>,
  opts: { deduplicateRequests: boolean; local?: Record<string, InProcessExecutor>; policy: OperationPolicy; debug?: boolean },
): { runtime: Gateway; executor: GatewayExecutor } {
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
  let gw: Gateway | undefined
  const executor = createExecutor(() => gw!)
  const isSignedIn = signedInCheck(executor)
  gw = createGatewayRuntime({
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
    logging: opts.debug ? 'debug' : 'error',
    // A client that goes away cancels its operation (the request's signal reaches the planner and
    // the HTTP transport); the execution deadline below aborts the same way.
    executionCancellation: true,
    plugins: () => [
      // First: the limits (parse and validation), so a hostile document costs a bounded amount
      // before anything else looks at it.
      // Lists are priced by the supergraph's @listSize (cost.ts).
      useOperationLimits(opts.policy.limits, costDirectivesOf(parse(supergraph))),
      useIntrospectionPolicy({ mode: opts.policy.introspection, isSignedIn }),
      useRejectNulBytes(),
      useMergeSameNamedFields(),
      useExecutionDeadline(opts.policy.executionTimeoutMs),
      {
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
      },
    ],
  } as any) as Gateway
  return { runtime: gw, executor }
}

export type PolicyConfig = Pick<GatewayConfig, 'GRAPHQL_MAX_TOKENS' | 'GRAPHQL_MAX_DEPTH' | 'GRAPHQL_MAX_ALIASES' | 'GRAPHQL_MAX_DIRECTIVES' | 'GRAPHQL_MAX_COST' | 'GRAPHQL_INTROSPECTION' | 'GRAPHQL_EXECUTION_TIMEOUT_MS'>

export function policyFrom(cfg: PolicyConfig): OperationPolicy {
  return {
    limits: { maxTokens: cfg.GRAPHQL_MAX_TOKENS, maxDepth: cfg.GRAPHQL_MAX_DEPTH, maxAliases: cfg.GRAPHQL_MAX_ALIASES, maxDirectives: cfg.GRAPHQL_MAX_DIRECTIVES, maxCost: cfg.GRAPHQL_MAX_COST },
    introspection: cfg.GRAPHQL_INTROSPECTION,
    executionTimeoutMs: cfg.GRAPHQL_EXECUTION_TIMEOUT_MS,
  }
}
