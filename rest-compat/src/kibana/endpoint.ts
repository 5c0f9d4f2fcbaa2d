// A Kibana route's endpoint: the same three declarative parts as a FleetDM endpoint (zod request
// schemas, one generated GraphQL operation, a pure mapper), with Kibana's order of checks (the caller,
// then kbn-xsrf, then the privilege, then the request) and Kibana's validation messages
// (`[request body.name]: expected value of type [string] but got [undefined]`, a 400).
import type { Context } from 'koa'
import { z } from 'zod'
import { readJsonBody } from '../body.js'
import { reads, runCall, type Call, type Endpoint, type EndpointDeps, type Input } from '../endpoint.js'
import { RestError } from '../errors.js'
import { run, type Operation, type VariablesArg } from '../executor.js'
import { requireKibanaPrivilege, type KibanaPrivilege } from './conventions.js'

type Where = 'body' | 'query' | 'params'

/** JSON's name for a value's type, as Kibana's config-schema reports what it got. */
function typeName(v: unknown): string {
  if (v === undefined) return 'undefined'
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'Array'
  return typeof v
}

/** One zod issue in Kibana's words. */
function kibanaReason(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected value of type [${issue.expected}] but got [${typeName(issue.input)}]`
  return issue.message
}

/** Parses one part of the request, or a 400 in Kibana's words naming the first offending field. */
export function parseKibana<T>(schema: z.ZodType<T> | undefined, value: unknown, where: Where): T {
  if (!schema) return undefined as T
  const r = schema.safeParse(value, { reportInput: true })
  if (r.success) return r.data
  const issue = r.error.issues[0]!
  const field = [`request ${where}`, ...issue.path.map(String)].join('.')
  throw new RestError('BAD_REQUEST', `[${field}]: ${kibanaReason(issue)}`, r.error.issues.map((i) => ({ name: [where, ...i.path.map(String)].join('.'), reason: kibanaReason(i) })))
}

/** Writes a 200 JSON answer. */
export function kibanaJson(ctx: Context, body: unknown): void {
  ctx.status = 200
  ctx.type = 'application/json; charset=utf-8'
  ctx.body = JSON.stringify(body)
}

interface KibanaSpecBase<P, Q, B, TData> {
  /** Kibana's privilege the route needs: `read` (any Fleet role) or `all` (maintainer or admin). */
  privilege: KibanaPrivilege
  params?: z.ZodType<P>
  query?: z.ZodType<Q>
  /** The body's schema. Kibana's bodies are often optional: an empty body is parsed as `undefined`. */
  body?: z.ZodType<B>
  /** The 200 answer's schema (the OpenAPI document reads it). */
  response?: z.ZodType
  /** Maps GraphQL data (and the request) to Kibana's 200 body. */
  respond: (data: TData, input: Input<P, Q, B>) => unknown
}

export type KibanaEndpointSpec<P, Q, B, TData, TVars> = KibanaSpecBase<P, Q, B, TData> & (
  | ({ document: Operation<TData, TVars>; choose?: never } & (Record<string, never> extends TVars
    ? { variables?: (input: Input<P, Q, B>) => TVars }
    : { variables: (input: Input<P, Q, B>) => TVars }))
  | { choose: (input: Input<P, Q, B>) => Call<TData>; document?: never; variables?: never }
)

/** Reads and checks a Kibana request: the caller, kbn-xsrf and the privilege, then params, query and body. */
export async function kibanaInput<P, Q, B>(
  deps: EndpointDeps, ctx: Context, spec: { privilege: KibanaPrivilege; params?: z.ZodType<P>; query?: z.ZodType<Q>; body?: z.ZodType<B> },
): Promise<Input<P, Q, B>> {
  await requireKibanaPrivilege(deps.execute, ctx, spec.privilege)
  return {
    params: parseKibana(spec.params, ctx.params, 'params'),
    query: parseKibana(spec.query, ctx.query, 'query'),
    body: spec.body ? parseKibana(spec.body, await readJsonBody(ctx, deps.bodyLimitBytes, false), 'body') : (undefined as B),
  }
}

/**
 * @example
 *   export const getAgentPolicy = kibanaEndpoint({
 *     privilege: 'read', params: z.object({ agentPolicyId: z.string() }),
 *     document: AGENT_POLICY, variables: ({ params }) => ({ id: params.agentPolicyId }),
 *     respond: ({ agentPolicy }) => ({ item: toAgentPolicy(agentPolicy) }),
 *   })
 */
export function kibanaEndpoint<P = undefined, Q = undefined, B = undefined, TData = unknown, TVars = unknown>(spec: KibanaEndpointSpec<P, Q, B, TData, TVars>): Endpoint {
  return reads({ params: spec.params, query: spec.query, body: spec.body, response: spec.response }, (deps) => async (ctx) => {
    const input = await kibanaInput(deps, ctx, spec)
    const data = spec.choose
      ? await runCall(deps, ctx, spec.choose(input))
      : await run(deps.execute, spec.document, ctx.get('authorization') || undefined, ...([spec.variables?.(input)] as VariablesArg<TVars>))
    kibanaJson(ctx, spec.respond(data, input))
  })
}

/** Kibana Fleet's list query: 1-based `page`, `perPage`, sorting and a KQL `kuery`. */
export const kibanaListQuery = {
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  perPage: z.coerce.number().int().min(0).max(10_000).optional(),
  sortField: z.string().max(255).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  kuery: z.string().max(10_000).optional(),
}

/** Kibana Fleet's list envelope. */
export const kibanaList = <T>(items: T[], total: number, page: number, perPage: number) => ({ items, total, page, perPage })

/** The envelope's schema, for a route's `response`. */
export const kibanaListSchema = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), perPage: z.number().int() })
