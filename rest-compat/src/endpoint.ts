// An endpoint is three declarative parts and no business logic: a zod request
// schema (params, query, body), one generated GraphQL operation (see
// executor.ts), and a pure mapper from the operation's typed data to Fleet's
// JSON, typed by the zod schema of that JSON (`response`). This factory turns
// them into a Koa handler; the schemas also describe the route (openapi.ts).
import type { Context } from 'koa'
import { z } from 'zod'
import { readJsonBody } from './body.js'
import { RestError } from './errors.js'
import { run, type GraphQLExecutor, type Operation, type VariablesArg } from './executor.js'

export interface Input<P, Q, B> { params: P; query: Q; body: B }

/** An operation paired with its variables, for a request that picks between two operations (see `call`). */
export interface Call<TData> { readonly run: (execute: GraphQLExecutor, authorization: string | undefined) => Promise<TData> }

/** Pairs an operation with its variables, type-checked against each other. */
export function call<TData, TVars>(op: Operation<TData, TVars>, ...variables: VariablesArg<TVars>): Call<TData> {
  return { run: (execute, authorization) => run(execute, op, authorization, ...variables) }
}

interface SpecBase<P, Q, B> {
  params?: z.ZodType<P>
  query?: z.ZodType<Q>
  /** When set, the request must carry a JSON body matching it. */
  body?: z.ZodType<B>
  /** No bearer token: the route is public, or its credential is in the path or body (see RequestShape). */
  auth?: 'none'
  /** Statuses answered in another error shape than the route's (see RequestShape). */
  errorShapes?: RequestShape['errorShapes']
}

/**
 * The success answer: a JSON body described by `response` and produced by `respond` (typed by the
 * schema, so the two cannot drift), status 200 unless `status` says 201; or, with neither, 204 No Content.
 */
type Answer<P, Q, B, TData, R extends z.ZodType> =
  | {
    /** The answer's JSON body (OpenAPI: this route's success response). */
    response: R
    /** Maps GraphQL data to the Fleet response body, as `response` describes it. */
    respond: (data: TData, input: Input<P, Q, B>) => z.output<R>
    status?: 200 | 201
  }
  | { response?: never; respond?: never; status?: never }

export type EndpointSpec<P, Q, B, TData, TVars, R extends z.ZodType = z.ZodType> = SpecBase<P, Q, B> & Answer<P, Q, B, TData, R> & (
  | ({
    /** The GraphQL operation. */
    document: Operation<TData, TVars>
    choose?: never
  } & (Record<string, never> extends TVars
    ? { /** Its variables: it declares none, or only optional ones. */ variables?: (input: Input<P, Q, B>) => TVars }
    : { /** Its variables: required, as the operation requires some. */ variables: (input: Input<P, Q, B>) => TVars }))
  | {
    /** Where the request picks between operations: the one to run, with its variables (see `call`). */
    choose: (input: Input<P, Q, B>) => Call<TData>
    document?: never
    variables?: never
  }
)

export interface EndpointDeps { execute: GraphQLExecutor; bodyLimitBytes: number }

/** The error body shapes (errors.ts): Fleet's REST body, osquery's agent body, Kibana's Boom payload. */
export type ErrorStyle = 'fleet' | 'osquery' | 'kibana'

/** Statuses of a successful answer: 200 and 201 carry a body; 204, 303 and 307 none (a redirect has its Location). */
export type SuccessStatus = 200 | 201 | 204 | 303 | 307

/**
 * The parts of a request an endpoint reads, as its zod schemas, and what it answers. Carried by
 * each endpoint so tools can derive inputs and the API's description from the route table alone
 * (the property-based tests in test/e2e/abuse/ do; so does the OpenAPI document, openapi.ts).
 */
export interface RequestShape {
  params?: z.ZodType
  query?: z.ZodType
  body?: z.ZodType
  /** How the body is encoded; JSON unless said otherwise ('binary': the raw bytes, application/octet-stream). */
  bodyType?: 'json' | 'form' | 'binary'
  /** The JSON body of a successful answer (status `status`, 200 unless said). */
  response?: z.ZodType
  /** Headers a successful answer carries that clients read (OpenAPI: the response's headers), e.g. X-Fleet-Capabilities. */
  responseHeaders?: z.ZodObject
  /** The status of a successful answer: 200 unless said. 204, 303 and 307 carry no body; a HEAD route says 200. */
  status?: SuccessStatus
  /** The media type of a successful answer that is not JSON (a file download), e.g. 'application/octet-stream'. */
  responseType?: string
  /**
   * 'none': the request carries no bearer token. The route is public, or its credential is in the
   * path or body (described there). Otherwise the caller's bearer token (Kibana's routes: also ApiKey, Basic).
   */
  auth?: 'none'
  /** Statuses answered in another error shape than the route's (`Route.errors`), e.g. `{ 401: 'osquery' }`. */
  errorShapes?: Readonly<Partial<Record<number, ErrorStyle>>>
}

/** True when the shape says what a successful answer is (every route must; openapi.test.ts checks). */
export function describesAnswer(shape: RequestShape | undefined, method: string): boolean {
  if (!shape) return false
  if (shape.response || shape.responseType) return true
  if (shape.status === 204 || shape.status === 303 || shape.status === 307) return true
  return method === 'head' && shape.status === 200
}

export type Endpoint = ((deps: EndpointDeps) => (ctx: Context) => Promise<void>) & { readonly request?: RequestShape }

/** Attaches what a hand-written endpoint reads (see RequestShape). */
export function reads(request: RequestShape, e: (deps: EndpointDeps) => (ctx: Context) => Promise<void>): Endpoint {
  return Object.assign(e, { request })
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T
  const r = schema.safeParse(value)
  if (r.success) return r.data
  const fieldErrors = r.error.issues.map((i) => ({ name: i.path.length ? i.path.join('.') : where, reason: i.message }))
  throw new RestError('BAD_REQUEST', fieldErrors.map((e) => `${e.name}: ${e.reason}`).join('; '), fieldErrors)
}

/** Runs one GraphQL operation for the caller; any error aborts the request (never partial data). */
export function runOperation<TData, TVars>(deps: EndpointDeps, ctx: Context, op: Operation<TData, TVars>, ...variables: VariablesArg<TVars>): Promise<TData> {
  return run(deps.execute, op, authorizationOf(ctx), ...variables)
}

/** Runs an operation `call` chose, for the caller. */
export function runCall<TData>(deps: EndpointDeps, ctx: Context, c: Call<TData>): Promise<TData> {
  return c.run(deps.execute, authorizationOf(ctx))
}

const authorizationOf = (ctx: Context) => ctx.get('authorization') || undefined

export function endpoint<P = undefined, Q = undefined, B = undefined, TData = unknown, TVars = unknown, R extends z.ZodType = z.ZodType>(spec: EndpointSpec<P, Q, B, TData, TVars, R>): Endpoint {
  const status = spec.respond ? spec.status ?? 200 : 204
  return reads({
    params: spec.params, query: spec.query, body: spec.body, response: spec.response, status, auth: spec.auth, errorShapes: spec.errorShapes,
  }, (deps) => async (ctx) => {
    const input: Input<P, Q, B> = {
      params: parse(spec.params, ctx.params, 'path'),
      query: parse(spec.query, ctx.query, 'query'),
      body: spec.body ? parse(spec.body, await readJsonBody(ctx, deps.bodyLimitBytes, true), 'body') : (undefined as B),
    }
    const data = spec.choose
      ? await runCall(deps, ctx, spec.choose(input))
      : await run(deps.execute, spec.document, authorizationOf(ctx), ...([spec.variables?.(input)] as VariablesArg<TVars>))
    if (!spec.respond) { ctx.status = 204; return }
    ctx.status = status
    ctx.type = 'application/json; charset=utf-8'
    ctx.body = JSON.stringify(spec.respond(data, input))
  })
}

/** Largest integer a parameter may carry: PostgreSQL's integer and GraphQL's Int are 32-bit. */
export const MAX_INT = 2_147_483_647

/** A JSON integer that becomes a GraphQL Int: 32-bit, else a 400 naming the field (not a coercion error downstream). */
export const int32 = () => z.number().int().min(-MAX_INT - 1).max(MAX_INT)

/**
 * An integer query parameter as Go's strconv reads one: decimal digits only
 * ("1e3", "-1", " 1", "0x1f" are refused), from `min` to MAX_INT; anything else
 * is a 400 naming the parameter. Absent or empty: undefined (Fleet's default).
 */
export const queryInt = (min = 0) => z.string()
  .regex(/^[0-9]*$/, 'must be a whole number')
  .transform((s) => (s === '' ? undefined : Number(s)))
  .pipe(z.number().min(min).max(MAX_INT, `must be at most ${MAX_INT}`).optional())
  .optional()

/** Fleet's `{}`: the answer of routes that only report success. */
export const emptyAnswer = z.object({}).meta({ id: 'Empty', description: 'An empty object: the request succeeded' })

/** Shared query-string pieces (Fleet's list options). */
export const listOptions = {
  page: queryInt(0),
  per_page: queryInt(1),
  order_key: z.string().optional(),
  order_direction: z.string().optional(),
  query: z.string().optional(),
}
