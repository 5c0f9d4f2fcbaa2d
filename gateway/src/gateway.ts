// The federated gateway as a service: the Hive runtime over the committed supergraph, ready to
// serve (schema loaded), with its in-process executor and its health. It runs no HTTP server:
// the public origin (@fleetgraph/origin) mounts `runtime` at /graphql, runs graphql-ws on
// `wsOptions`, and hands `executor` to the REST layer.
import type { ServerOptions } from 'graphql-ws'
import { getGraphQLWSOptions } from '@graphql-hive/gateway-runtime'
import { createGateway, policyFrom, type Gateway, type InProcessExecutor, type PolicyConfig } from './runtime.js'
import type { GatewayExecutor } from './executor.js'
import { checkHealth, type HealthReport } from './health.js'
import type { GatewayConfig } from './config.js'

export interface FederatedGateway {
  /** The runtime: a Node request handler for GraphQL over HTTP (`runtime(req, res)`). */
  readonly runtime: Gateway
  /** Operations for callers in this process (executor.ts). */
  readonly executor: GatewayExecutor
  /**
   * graphql-ws server options that run each message through the runtime. `onContext` adds to the
   * initial context (the upgrade request, the socket).
   */
  wsOptions(onContext: (ctx: { extra?: { request?: unknown; socket?: unknown } }) => Record<string, unknown>): ServerOptions
  /** /healthz: the supergraph is loaded and every subgraph reports ready. */
  health(): Promise<HealthReport>
  /** Closes upstream connections (subgraph WebSockets, keep-alive sockets). */
  dispose(): Promise<void>
}

export type GatewayOptions = Pick<GatewayConfig, 'GATEWAY_DEDUPLICATE_REQUESTS'> & PolicyConfig

export async function startGateway(
  cfg: GatewayOptions,
  subgraphUrls: Record<string, string>,
  opts: { local?: Record<string, InProcessExecutor>; debug?: boolean } = {},
): Promise<FederatedGateway> {
  const { runtime, executor } = createGateway(subgraphUrls, {
    deduplicateRequests: cfg.GATEWAY_DEDUPLICATE_REQUESTS, local: opts.local, policy: policyFrom(cfg), debug: opts.debug,
  })
  // Load the supergraph before anyone is served: a WebSocket-first client would otherwise meet a
  // null schema (stack-notes pitfall 9i).
  await runtime.getSchema()
  return {
    runtime,
    executor,
    wsOptions: (onContext) => getGraphQLWSOptions(runtime as any, onContext as any) as ServerOptions,
    health: () => checkHealth({ schemaLoaded: async () => !!(await runtime.getSchema()), subgraphUrls }),
    dispose: () => Promise.resolve(runtime.dispose()),
  }
}
