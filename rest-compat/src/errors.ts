// One error middleware, mounted first: every failure leaves as Fleet's body
// `{message, errors:[{name, reason}], uuid}` (osquery's `{error}` on agent routes, Kibana's Boom
// `{statusCode, error, message}` on Kibana's paths) with the status from the one
// code → HTTP table (@fleetgraph/subgraph-kit/errors). Unknown failures are a
// logged 500 with the same uuid; nothing internal leaks.
import { randomUUID } from 'node:crypto'
import type { Context, Next } from 'koa'
import { ERROR_CODES, toFleetErrorBody, type ErrorCode, type FieldError } from '@fleetgraph/subgraph-kit/errors'
import type { GraphQLResponse } from './executor.js'
import { STATUS_CODES } from 'node:http'
import { z } from 'zod'

/** An error the REST layer raises itself (decoding, routing) before any GraphQL runs. */
export class RestError extends Error {
  constructor(readonly code: ErrorCode, reason: string, readonly fieldErrors?: FieldError[]) { super(reason) }
}

/** The GraphQL call came back with errors: answer with the first one (never partial data over REST). */
export class GraphQLCallError extends Error {
  constructor(readonly errors: NonNullable<GraphQLResponse['errors']>) { super(errors[0]?.message ?? 'GraphQL error') }
}

// The three error bodies, as the OpenAPI document describes them (openapi.ts); the middleware's
// bodies are typed by these schemas.

/** Fleet's REST error body (docs/REST API/API-errors.md). */
export const fleetErrorBody = z.object({
  message: z.string(),
  errors: z.array(z.object({ name: z.string().meta({ description: 'The field, or "base"' }), reason: z.string() })),
  uuid: z.string().meta({ description: 'Also in the server log, with the request path' }),
}).meta({ id: 'FleetError', description: "Fleet's error body" })

/** osquery's agent error body (Fleet's osqueryError): `node_invalid` on a 401 makes the agent re-enroll. */
export const osqueryErrorBody = z.object({
  error: z.string(),
  uuid: z.string(),
  node_invalid: z.literal(true).optional(),
}).meta({ id: 'OsqueryError', description: "osquery's agent error body (Fleet's osqueryError)" })

/** Kibana's Boom payload. */
export const kibanaErrorBody = z.object({
  statusCode: z.number().int(),
  error: z.string().meta({ description: 'The status text' }),
  message: z.string(),
}).meta({ id: 'KibanaError', description: "Kibana's Boom error payload" })

/** Kibana's Boom payload of a status and message (the Kibana surface's error shape). */
export const boomBody = (statusCode: number, message: string): z.infer<typeof kibanaErrorBody> => ({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message })

export function errorMiddleware(log: (fields: Record<string, unknown>) => void) {
  return async function fleetErrors(ctx: Context, next: Next) {
    try {
      await next()
    } catch (err) {
      let status: number, body: z.infer<typeof fleetErrorBody>
      if (err instanceof RestError) {
        const d = ERROR_CODES[err.code]
        status = d.httpStatus
        body = { message: d.fleetMessage ?? err.message, errors: err.fieldErrors ?? [{ name: 'base', reason: err.message }], uuid: randomUUID() }
      } else if (err instanceof GraphQLCallError) {
        const mapped = toFleetErrorBody(err.errors[0])
        status = mapped.status
        body = mapped.body
        if (mapped.retryAfter) ctx.set('Retry-After', String(mapped.retryAfter))
      } else if ((err as { status?: number; expose?: boolean }).expose && (err as { status?: number }).status! < 500) {
        // Koa / router HTTP errors (405, 413 from the body reader, …)
        status = (err as { status: number }).status
        const reason = (err as Error).message
        body = { message: reason, errors: [{ name: 'base', reason }], uuid: randomUUID() }
      } else {
        status = 500
        body = { message: 'Internal server error', errors: [{ name: 'base', reason: 'Internal server error' }], uuid: randomUUID() }
      }
      // Kibana answers a request it cannot validate with a 400, where Fleet says 422.
      if (ctx.state.errorStyle === 'kibana' && status === 422) status = 400
      if (status >= 500) log({ level: 'error', uuid: body.uuid, path: ctx.path, method: ctx.method, error: String((err as Error)?.stack ?? err) })
      ctx.status = status
      ctx.type = 'application/json; charset=utf-8'
      // osquery agents expect their own error shape (Fleet's osqueryError): {error, node_invalid}. The one
      // string must say which field is wrong, so the REST layer's own errors give their whole reason.
      const agentError = err instanceof RestError ? err.message : body.errors[0]?.reason ?? body.message
      // Kibana's surface answers Boom payloads, with the reason as its message; an unexpected failure (500)
      // in Kibana's words, while a documented 503 keeps its reason beside its Retry-After.
      const kibanaMessage = status === 500 ? 'An internal server error occurred. Check the server logs for details.' : agentError
      const osqueryBody: z.infer<typeof osqueryErrorBody> = { error: agentError, uuid: body.uuid, ...(status === 401 ? { node_invalid: true } : {}) }
      ctx.body = ctx.state.errorStyle === 'osquery'
        ? JSON.stringify(osqueryBody)
        : ctx.state.errorStyle === 'kibana'
          ? JSON.stringify(boomBody(status, kibanaMessage))
          : JSON.stringify(body, null, 2)
    }
  }
}
