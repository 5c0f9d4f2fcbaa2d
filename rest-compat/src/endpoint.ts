// An endpoint is three declarative parts and no business logic: a zod request
// schema (params, query, body), one GraphQL document, and a pure mapper from
// the GraphQL data to Fleet's JSON. This factory turns them into a Koa handler.
import type { Context } from 'koa'
import { z } from 'zod'
import { readJsonBody } from './body.js'
import { GraphQLCallError, RestError } from './errors.js'
import type { GraphQLExecutor } from './executor.js'

export interface Input<P, Q, B> { params: P; query: Q; body: B }

export interface EndpointSpec<P, Q, B> {
  params?: z.ZodType<P>
  query?: z.ZodType<Q>
  /** When set, the request must carry a JSON body matching it. */
  body?: z.ZodType<B>
  /** The GraphQL operation (or, where the request picks between two, a function choosing it). */
  document: string | ((input: Input<P, Q, B>) => string)
  variables?: (input: Input<P, Q, B>) => Record<string, unknown>
  /** Maps GraphQL data to the Fleet response body (status 200). Omitted: 204 No Content, as some Fleet routes answer. */
  respond?: (data: any, input: Input<P, Q, B>) => unknown
}

export interface EndpointDeps { execute: GraphQLExecutor; bodyLimitBytes: number }
export type Endpoint = (deps: EndpointDeps) => (ctx: Context) => Promise<void>

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T
  const r = schema.safeParse(value)
  if (r.success) return r.data
  const fieldErrors = r.error.issues.map((i) => ({ name: i.path.length ? i.path.join('.') : where, reason: i.message }))
  throw new RestError('BAD_REQUEST', fieldErrors.map((e) => `${e.name}: ${e.reason}`).join('; '), fieldErrors)
}

/** Runs one GraphQL operation for the caller; any error aborts the request (never partial data). */
export async function runOperation(deps: EndpointDeps, ctx: Context, document: string, variables?: Record<string, unknown>) {
  const res = await deps.execute({ query: document, variables, authorization: ctx.get('authorization') || undefined })
  if (res.errors?.length) throw new GraphQLCallError(res.errors)
  if (!res.data) throw new Error('GraphQL returned neither data nor errors')
  return res.data
}

export function endpoint<P = undefined, Q = undefined, B = undefined>(spec: EndpointSpec<P, Q, B>): Endpoint {
  return (deps) => async (ctx) => {
    const input: Input<P, Q, B> = {
      params: parse(spec.params, ctx.params, 'path'),
      query: parse(spec.query, ctx.query, 'query'),
      body: spec.body ? parse(spec.body, await readJsonBody(ctx, deps.bodyLimitBytes, true), 'body') : (undefined as B),
    }
    const document = typeof spec.document === 'function' ? spec.document(input) : spec.document
    const data = await runOperation(deps, ctx, document, spec.variables?.(input))
    if (!spec.respond) { ctx.status = 204; return }
    ctx.status = 200
    ctx.type = 'application/json; charset=utf-8'
    ctx.body = JSON.stringify(spec.respond(data, input))
  }
}

/** Shared query-string pieces (Fleet's list options). */
export const listOptions = {
  page: z.coerce.number().int().min(0).optional(),
  per_page: z.coerce.number().int().min(1).optional(),
  order_key: z.string().optional(),
  order_direction: z.string().optional(),
  query: z.string().optional(),
}
