// Operation limits: token count, depth, aliases, directives and cost, judged on
// the document alone, so before any planning, execution or authentication
// (docs/limits.md). Refusals are HTTP 400 with a code in `extensions.code`.
//
// Order matters, because each later step can be expensive on a hostile document:
//   1. tokens, counted by graphql-js's own lexer while parsing (`maxTokens`), so a huge
//      document is cut off after N tokens and never becomes a deep AST (a 3,000-deep
//      nesting or a 10,000-fragment cycle would overflow the stack in later recursive passes);
//   2. aliases, directives and depth (graphql-armor's rules), in a validation pass of their
//      own, and the cost (cost.ts: list sizes from the supergraph's @listSize, `first`/`last`
//      from literals or the request's variables): each memoises fragments, so fan-out
//      (F1 = F0 F0, F2 = F1 F1, …) costs one visit per fragment, not 2^N, and the cost is that
//      of the fragment-expanded operation;
//   3. only a document within every limit reaches graphql-js's standard rules
//      (OverlappingFieldsCanBeMerged is quadratic in same-named fields), then the planner.
import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type ParseOptions, type Source, type ValidationContext, type ValidationRule } from 'graphql'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { operationCost, type CostDirectives } from './cost.js'

export interface OperationLimits {
  maxTokens: number
  maxDepth: number
  maxAliases: number
  maxDirectives: number
  maxCost: number
}

export type LimitCode = 'MAX_TOKENS_EXCEEDED' | 'MAX_DEPTH_EXCEEDED' | 'MAX_ALIASES_EXCEEDED' | 'MAX_DIRECTIVES_EXCEEDED' | 'COST_LIMIT_EXCEEDED'

/**
 * A refusal before execution. `http.spec: false` keeps the 400 even for `accept: application/json`
 * (the GraphQL-over-HTTP spec would otherwise answer validation errors with 200).
 */
export function limitError(code: LimitCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400, spec: false } } })
}

/** graphql-js's parser with its token budget; the budget error gets our code. */
export function parseWithTokenLimit(source: string | Source, options: ParseOptions | undefined, maxTokens: number): DocumentNode {
  try {
    return parse(source, { ...options, maxTokens })
  } catch (e) {
    // graphql-js 16: "Document contains more that N tokens. Parsing aborted."
    if (e instanceof GraphQLError && /contains more th(?:at|an) \d+ tokens/.test(e.message)) {
      throw limitError('MAX_TOKENS_EXCEEDED', `Token limit of ${maxTokens} exceeded.`)
    }
    throw e
  }
}

/** graphql-armor's rules (aliases, directives, depth), reporting coded errors instead of throwing "Syntax Error: …". */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  const report = (code: LimitCode) => ({
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(limitError(code, err.message.replace(/^Syntax Error: /, '')))],
  })
  return [
    maxAliasesRule({ n: limits.maxAliases, ...report('MAX_ALIASES_EXCEEDED') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...report('MAX_DIRECTIVES_EXCEEDED') }),
    // Inline fragments and spreads count as levels (flattenFragments: false): the Rust planner's
    // recursion limit is reached by 49 nested inline fragments that add no field depth at all.
    maxDepthRule({ n: limits.maxDepth, flattenFragments: false, ...report('MAX_DEPTH_EXCEEDED') }),
  ]
}

/** The cost refusal of an operation over `maxCost`, or none (cost.ts prices it). */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, directives: CostDirectives, maxCost: number, variables?: Record<string, unknown> | null): GraphQLError[] {
  const cost = operationCost({ schema, document, directives, variables })
  return cost > maxCost ? [limitError('COST_LIMIT_EXCEEDED', `Query Cost limit of ${maxCost} exceeded, found ${cost}.`)] : []
}

/**
 * The limit errors of a parsed document (empty when it is within every limit): the rules, then the
 * cost when `cost` is given (the variables price `first: $n`).
 */
export function checkLimits(schema: GraphQLSchema, document: DocumentNode, rules: ValidationRule[], cost?: { directives: CostDirectives; maxCost: number; variables?: Record<string, unknown> | null }): readonly GraphQLError[] {
  const errors = validate(schema, document, rules)
  return cost ? [...errors, ...checkCost(schema, document, cost.directives, cost.maxCost, cost.variables)] : errors
}

/**
 * The envelop plugin: tokens at parse time, the other limits first in validation. A refused
 * document skips the standard rules (setResult). The rules' verdict is cached per parsed document
 * (documents are cached by the runtime, so a repeated attack is refused from the cache); the cost
 * is priced per request, as it depends on the variables (`first: $n`), in one linear pass.
 */
export function useOperationLimits(limits: OperationLimits, costDirectives: CostDirectives) {
  const rules = limitRules(limits)
  const verdicts = new WeakMap<DocumentNode, readonly GraphQLError[]>()
  return {
    onParse({ setParseFn }: any) {
      setParseFn((source: string | Source, options?: ParseOptions) => parseWithTokenLimit(source, options, limits.maxTokens))
    },
    onValidate({ params, context, setResult }: any) {
      const document: DocumentNode = params.documentAST
      let errors = verdicts.get(document)
      if (!errors) {
        errors = checkLimits(params.schema, document, rules)
        verdicts.set(document, errors)
      }
      // Yoga's context carries the request's GraphQL params (HTTP, graphql-ws and in-process alike).
      const all = [...errors, ...checkCost(params.schema, document, costDirectives, limits.maxCost, context?.params?.variables)]
      if (all.length) setResult(all)
    },
    // Yoga marks every parse error as one the GraphQL-over-HTTP spec answers with 200 under
    // `accept: application/json`; a document over the token limit is a 400 whatever the client accepts.
    onExecutionResult({ result, setResult }: any) {
      if (!result?.errors?.some((e: GraphQLError) => e.extensions?.code === 'MAX_TOKENS_EXCEEDED')) return
      setResult({ ...result, extensions: { ...result.extensions, http: { ...result.extensions?.http, status: 400 } } })
    },
  }
}
