// Runs gateway-planned operations against a subgraph in the same process: no
// socket, no JSON round trip, no HTTP pipeline. Used when the stack runs as
// one process (the default); separately running subgraphs use HTTP and
// graphql-ws. Identity, error masking and subscriptions behave exactly as over
// the network: the same context factory and formatError are applied.
import { execute, GraphQLError, subscribe, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql'
import type { Logger } from './log.js'
import { makeFormatError } from './format-error.js'

export interface LocalRequest {
  document: DocumentNode
  variables?: Record<string, unknown>
  operationName?: string
  operationType?: string
  /** The caller's Authorization value, as the gateway would have forwarded it. */
  authorization?: string
}

export type LocalExecutor = (req: LocalRequest) => Promise<ExecutionResult | AsyncIterable<ExecutionResult>>

export function createLocalExecutor<C extends object>(opts: {
  name: string
  schema: GraphQLSchema
  log: Logger
  context(authorization: string | undefined): Promise<C>
}): LocalExecutor {
  const formatError = makeFormatError(opts.name, opts.log)
  const format = (r: ExecutionResult): ExecutionResult => {
    if (!r.errors?.length) return r
    return {
      ...r,
      errors: r.errors.map((e) => {
        const f = formatError({ message: e.message, locations: e.locations, path: e.path, extensions: e.extensions }, e)
        return new GraphQLError(f.message, { path: f.path, extensions: f.extensions })
      }),
    }
  }
  return async (req) => {
    let contextValue: C
    try {
      contextValue = await opts.context(req.authorization || undefined)
    } catch (e) {
      // Building the context reads the caller's session: a database outage there is a 503, anything
      // else a masked 500, both through formatError as over HTTP (never the raw message).
      return format({ errors: [e instanceof GraphQLError ? e : new GraphQLError((e as Error)?.message ?? String(e), { originalError: e as Error })] })
    }
    const args = {
      schema: opts.schema, document: req.document, variableValues: req.variables,
      operationName: req.operationName, contextValue,
    }
    if (req.operationType !== 'subscription') return format(await execute(args))
    const result = await subscribe(args)
    if (!(Symbol.asyncIterator in result)) return format(result)
    const it = result[Symbol.asyncIterator]()
    // A hand-written iterator: return() must reach the source at once (an async
    // generator would queue it behind the pending next()).
    return {
      [Symbol.asyncIterator]() {
        return {
          next: async () => { const n = await it.next(); return n.done ? n : { done: false, value: format(n.value) } },
          return: async () => { await it.return?.(); return { done: true, value: undefined } },
          throw: async (e: unknown) => { await it.return?.(); throw e },
        }
      },
    }
  }
}
