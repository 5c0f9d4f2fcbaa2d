// The gateway for callers in this process (the REST layer, its live-query result streams, the
// introspection policy's sign-in check): an operation runs through the runtime's own pipeline,
// the one graphql-ws messages take (`getGraphQLWSOptions` hands each message to
// `getResultForParams`): onParams checks, parse with the token budget, validation with the
// operation limits, the context (caller identity), execute or subscribe with the NUL check and
// the deadline, then the result hooks. No HTTP round trip, no URL, no SSE framing.
import { GraphQLError } from 'graphql'
import type { Gateway } from './runtime.js'

export interface OperationRequest {
  query: string
  variables?: Record<string, unknown>
  operationName?: string
  /** The caller's Authorization header, forwarded to every subgraph fetch unchanged. */
  authorization?: string
}

/** An error as a client over HTTP reads it (GraphQLError.toJSON without the runtime's internal extensions). */
export interface OperationError {
  message: string
  locations?: { line: number; column: number }[]
  path?: (string | number)[]
  extensions?: Record<string, unknown>
}

export interface OperationResult {
  data?: Record<string, unknown> | null
  errors?: OperationError[]
}

export interface GatewayExecutor {
  /** A query or mutation. Never rejects for a GraphQL failure: errors come back in `errors`, coded as over HTTP. */
  execute(req: OperationRequest): Promise<OperationResult>
  /** A subscription's events until the source completes or `signal` aborts; a refusal is one result with `errors`. */
  subscribe(req: OperationRequest, signal: AbortSignal): AsyncIterable<OperationResult>
}

/**
 * Where the executor puts the caller's Authorization in the initial context (runtime.ts reads it
 * with the HTTP header and graphql-ws connectionParams). A symbol: no client-supplied value can
 * land there.
 */
export const IN_PROCESS_AUTHORIZATION = Symbol('fleetgraph.inProcessAuthorization')

type Outcome = OperationResult | AsyncIterable<OperationResult>

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> => v != null && typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'

/**
 * The shape a client over HTTP receives: errors serialised as GraphQL-over-HTTP serialises them,
 * without the `http` and `unexpected` extensions the runtime keeps for itself (graphql-yoga's
 * result processor drops them), so the REST layer maps exactly the codes it mapped before.
 */
function plainError(e: unknown): OperationError {
  const json = (e instanceof GraphQLError ? e.toJSON() : e) as OperationError
  const { http: _http, unexpected: _unexpected, ...extensions } = json.extensions ?? {}
  const out: OperationError = { message: json.message }
  if (json.locations) out.locations = json.locations
  if (json.path) out.path = json.path
  if (Object.keys(extensions).length) out.extensions = extensions
  return out
}

/** A failure outside execution (an onParams hook, a schema that failed to load), as GraphQL over HTTP reports it. */
function failed(e: unknown): OperationResult {
  return { errors: [plainError(e instanceof GraphQLError ? e : { message: (e as Error)?.message ?? String(e) })] }
}

function plainResult(result: { data?: unknown; errors?: readonly unknown[]; extensions?: Record<string, unknown> }): OperationResult {
  if (!result.errors && !result.extensions?.http) return result as OperationResult
  const out: OperationResult & { extensions?: Record<string, unknown> } = { ...(result as OperationResult) }
  if (result.errors) out.errors = result.errors.map(plainError)
  if (result.extensions) {
    const { http: _http, ...extensions } = result.extensions
    if (Object.keys(extensions).length) out.extensions = extensions
    else delete out.extensions
  }
  return out
}

export function createExecutor(gateway: () => Gateway): GatewayExecutor {
  const run = (req: OperationRequest): Promise<Outcome> => {
    const gw = gateway()
    const params = { query: req.query, variables: req.variables, operationName: req.operationName }
    // The initial context as graphql-ws builds it, minus the socket: the runtime builds the rest.
    // `headers` is what the runtime would otherwise derive from an HTTP request there is none of.
    const context = {
      params,
      waitUntil: gw.waitUntil,
      headers: req.authorization ? { authorization: req.authorization } : {},
      [IN_PROCESS_AUTHORIZATION]: req.authorization,
    }
    return Promise.resolve()
      .then(() => gw.getResultForParams({ params, request: undefined as never }, context) as Outcome | Promise<Outcome>)
      .catch(failed)
  }

  return {
    async execute(req) {
      const outcome = await run(req)
      if (!isAsyncIterable(outcome)) return plainResult(outcome)
      // A subscription handed to execute (the REST layer sends none): its first event, then the source ends.
      const it = outcome[Symbol.asyncIterator]()
      try {
        const first = await it.next()
        return first.done ? {} : plainResult(first.value)
      } finally {
        await it.return?.()
      }
    },

    async *subscribe(req, signal) {
      const outcome = await run(req)
      if (!isAsyncIterable(outcome)) {
        if (!signal.aborted) yield plainResult(outcome)
        return
      }
      const it = outcome[Symbol.asyncIterator]()
      // Ending the source ends the upstream subscription (as a graphql-ws "complete" does); a pending
      // next() then settles as done. Once, whichever comes first: abort, the consumer stopping, or an error.
      let ended = false
      const end = () => {
        if (ended) return
        ended = true
        Promise.resolve(it.return?.()).catch(() => { /* the source is gone either way */ })
      }
      signal.addEventListener('abort', end, { once: true })
      try {
        while (!signal.aborted) {
          const step = await it.next()
          if (step.done) { ended = true; return }
          if (signal.aborted) return
          yield plainResult(step.value)
        }
      } finally {
        signal.removeEventListener('abort', end)
        end()
      }
    },
  }
}
