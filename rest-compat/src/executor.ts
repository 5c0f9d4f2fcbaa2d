// The REST layer's only way into the system: GraphQL operations on the
// federated schema, executed by the gateway (in process, no network hop).
export interface GraphQLRequest {
  query: string
  variables?: Record<string, unknown>
  operationName?: string
  /** The caller's Authorization header, forwarded unchanged. */
  authorization?: string
}

export interface GraphQLResponse {
  data?: Record<string, any> | null
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[]
}

export type GraphQLExecutor = (req: GraphQLRequest) => Promise<GraphQLResponse>

/** Runs a subscription for the caller; ends when the signal aborts or the source completes. */
export type GraphQLSubscriber = (req: GraphQLRequest, signal: AbortSignal) => AsyncIterable<GraphQLResponse>
