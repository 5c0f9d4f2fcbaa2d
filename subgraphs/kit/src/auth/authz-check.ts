// The authorization backstop (ADR 0009), as Fleet's authzcheck middleware: a root
// field whose resolver finished without an authorization decision (requireRole and
// friends, skipAuthorization, authorized) fails FORBIDDEN and its data is dropped.
// Forgetting a check is a programming error, so it is also logged with the uuid the
// caller sees. It wraps the schema's root fields rather than living in an Apollo
// plugin: the same schema also runs in process (local-executor.ts) and over
// graphql-ws, where no Apollo plugin runs.
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql'
import { forbidden } from '../errors.js'
import type { Logger } from '../log.js'
import { authzDecisions, type AuthzDecision } from './authz.js'

/**
 * Root fields answered without a decision of their own. Federation's: `_service` is the subgraph's SDL
 * (what introspection shows anyway), and `_entities` resolves references on behalf of an operation the
 * gateway planned, whose root field was authorized by the subgraph that owns it. A reference resolver
 * that exposes more than the outer operation may see must check on its own (a field resolver's require*).
 */
export const FEDERATION_FIELDS: readonly string[] = ['Query._service', 'Query._entities']

export interface AuthorizationGuardOptions {
  /** Subgraph name, for the log. */
  name: string
  log: Logger
  /** Root fields (`Type.field`) that need no decision: public operations. Prefer skipAuthorization in the service. */
  publicFields?: readonly string[]
}

const guarded = new WeakSet<GraphQLSchema>()

/**
 * Makes every root field of `schema` (queries, mutations, subscriptions) fail FORBIDDEN when its resolver
 * finished without an authorization decision. Changes `schema` in place, once.
 * @example
 *   guardAuthorization(schema, { name: 'inventory', log, publicFields: ['Query.setupRequired'] })
 *   // a resolver that never calls requireRole/requireReader/skipAuthorization now answers FORBIDDEN
 */
export function guardAuthorization(schema: GraphQLSchema, opts: AuthorizationGuardOptions): GraphQLSchema {
  if (guarded.has(schema)) return schema
  guarded.add(schema)
  const exempt = new Set([...FEDERATION_FIELDS, ...(opts.publicFields ?? [])])
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue
    const subscription = type === schema.getSubscriptionType()
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`
      if (exempt.has(coordinate)) continue
      // A subscription decides when it subscribes; each event's resolve only shapes what was allowed.
      if (subscription) field.subscribe = guard(field.subscribe ?? defaultFieldResolver, coordinate, opts)
      else field.resolve = guard(field.resolve ?? defaultFieldResolver, coordinate, opts)
    }
  }
  return schema
}

function guard<S, C, A>(resolve: GraphQLFieldResolver<S, C, A>, coordinate: string, opts: AuthorizationGuardOptions): GraphQLFieldResolver<S, C, A> {
  const refuse = (decision: AuthzDecision, operation: string | undefined) => {
    if (decision.decided) return
    const error = forbidden()
    opts.log.error('operation finished without an authorization decision', {
      uuid: error.uuid, serviceName: opts.name, field: coordinate, operation: operation ?? null,
    })
    throw error
  }
  return (source, args, context, info) => {
    const decision: AuthzDecision = { decided: false }
    const operation = info.operation.name?.value
    return authzDecisions.run(decision, () => {
      // A resolver that throws (or rejects) returns nothing: its own error is the answer.
      const result: unknown = resolve(source, args, context, info)
      if (isPromiseLike(result)) return result.then((value) => { refuse(decision, operation); return value })
      refuse(decision, operation)
      return result
    })
  }
}

const isPromiseLike = (v: unknown): v is PromiseLike<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function'
