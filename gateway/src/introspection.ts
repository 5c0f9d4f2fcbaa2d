// Introspection and "Did you mean …" suggestions describe the schema; by default
// only signed-in callers get them (GRAPHQL_INTROSPECTION, docs/limits.md).
//
// Whether a caller is signed in is known only to the subgraphs (identity is
// checked there, README "Identity"), so it is asked lazily, at most once per
// operation, and only when the answer matters: an operation that selects
// __schema or __type, or a result whose errors carry a suggestion. Both checks
// therefore run after the limits (limits.ts) and after validation, in hooks that
// may wait (envelop's onExecute, Yoga's onExecutionResult); a validation rule
// could not wait for the subgraph.
import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql'

export type IntrospectionMode = 'signed-in' | 'always' | 'never'

/** Resolves whether the operation's caller is signed in (cached per operation by the caller). */
export type SignedInCheck = (context: object) => Promise<boolean>

// graphql-js phrases: `Did you mean "a" or "b"?`, `Did you mean the enum value "X"?`,
// `Did you mean to use an inline fragment on "T"?`; each names schema members.
const SUGGESTION = /\s*Did you mean [^?]*\?/g
const hasSuggestion = (e: { message: string }) => e.message.search(SUGGESTION) >= 0

/** A new error without the suggestion (results of validation are cached and shared: never mutate them). */
function withoutSuggestion(e: GraphQLError): GraphQLError {
  if (!hasSuggestion(e)) return e
  return new GraphQLError(e.message.replace(SUGGESTION, '').trim(), {
    nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, originalError: e.originalError, extensions: e.extensions,
  })
}

function refusal(mode: IntrospectionMode): GraphQLError {
  return mode === 'never'
    ? new GraphQLError('Introspection is disabled on this server.', { extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 400, spec: false } } })
    : new GraphQLError('Introspection is served to signed-in users only.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401, spec: false } } })
}

export function useIntrospectionPolicy(opts: { mode: IntrospectionMode; isSignedIn: SignedInCheck }) {
  if (opts.mode === 'always') return {}
  // graphql-js's own rule finds __schema / __type (not __typename) anywhere in the document.
  const introspects = new WeakMap<DocumentNode, boolean>()
  const selectsIntrospection = (schema: GraphQLSchema, document: DocumentNode) => {
    let found = introspects.get(document)
    if (found === undefined) {
      found = validate(schema, document, [NoSchemaIntrospectionCustomRule], { maxErrors: 1 }).length > 0
      introspects.set(document, found)
    }
    return found
  }
  const allowed = async (context: object) => opts.mode === 'signed-in' && await opts.isSignedIn(context)
  return {
    async onExecute({ args, setResultAndStopExecution }: any) {
      if (!selectsIntrospection(args.schema, args.document)) return
      if (!(await allowed(args.contextValue))) setResultAndStopExecution({ errors: [refusal(opts.mode)] })
    },
    async onExecutionResult({ result, setResult, context }: any) {
      const r = result as ExecutionResult | undefined
      if (!r || !Array.isArray(r.errors) || !r.errors.some(hasSuggestion)) return
      if (await allowed(context)) return
      setResult({ ...r, errors: r.errors.map(withoutSuggestion) })
    },
  }
}
