// How a subgraph shows errors, over HTTP, graphql-ws and in process alike.
import { randomUUID } from 'node:crypto'
import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { FleetError, VARIABLE_COERCION_ERROR } from './errors.js'
import { fromPrismaError } from './prisma-errors.js'
import { fromUnavailable } from './unavailable.js'
import type { Logger } from './log.js'

/** The error a resolver threw, under however many GraphQLError wrappers (located errors wrap located errors). */
function unwrap(error: unknown): unknown {
  let cur = error
  for (let i = 0; i < 8 && cur instanceof GraphQLError && cur.originalError; i++) cur = cur.originalError
  return cur
}

/** Keeps registry errors, maps Prisma errors, masks everything else behind a logged uuid. */
export function makeFormatError(name: string, log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error)
    if (original instanceof FleetError) return { ...formatted, message: original.message, extensions: { ...original.extensions } }
    // A database or Redis outage is a 503 with Retry-After, not a bug.
    const down = fromUnavailable(original)
    if (down) return { ...formatted, message: down.message, extensions: { ...down.extensions } }
    const mapped = fromPrismaError(original)
    if (mapped) {
      // The backstop: a service let through input the database refused. The caller gets a coded 4xx;
      // the log says where, so the rule can move into the service.
      log.warn('database refused input', { uuid: mapped.uuid, code: mapped.code, path: formatted.path, error: String((original as Error)?.message ?? original).slice(-300) })
      return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } }
    }
    const code = formatted.extensions?.code
    // graphql-js and Apollo's own request errors (parse, validation, variable coercion) are safe to show.
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted
    // graphql-js's variable coercion errors come without a code: a value that does not fit its type (e.g.
    // a string for a JSONObject, which the gateway's copy of the scalar lets through) is the caller's mistake.
    if (!code && !formatted.path && VARIABLE_COERCION_ERROR.test(formatted.message)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST', uuid: randomUUID() } }
    }
    const uuid = randomUUID()
    log.error('internal error', { uuid, path: formatted.path, error: String((original as Error)?.stack ?? original) })
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', uuid } }
  }
}
