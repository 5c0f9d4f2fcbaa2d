// The one error registry. Every error a subgraph raises on purpose has a code
// defined here once, with the HTTP status and summary the REST layer answers
// with (Fleet's transport_error.go table). GraphQL clients see the same code in
// `extensions.code`; REST clients see `{message, errors:[{name, reason}], uuid}`.
// This module imports only `graphql` so the REST layer can use it without
// loading any subgraph machinery.
import { randomUUID } from 'node:crypto'
import { GraphQLError } from 'graphql'

export interface FieldError { name: string; reason: string }

export interface ErrorCodeDefinition {
  code: string
  httpStatus: number
  /** Fleet's `message`; null means "the reason itself" (Fleet's default branch). */
  fleetMessage: string | null
  description: string
}

function def(code: string, httpStatus: number, fleetMessage: string | null, description: string): ErrorCodeDefinition {
  return { code, httpStatus, fleetMessage, description }
}

export const ERROR_CODES = {
  BAD_REQUEST: def('BAD_REQUEST', 400, 'Bad request', 'The request is malformed (bad JSON, missing or unparsable parameter).'),
  UNAUTHENTICATED: def('UNAUTHENTICATED', 401, null, 'No valid session or API token.'),
  PAYMENT_REQUIRED: def('PAYMENT_REQUIRED', 402, null, 'The feature requires a Fleet Premium license.'),
  FORBIDDEN: def('FORBIDDEN', 403, 'Permission Denied', 'Authenticated, but the role does not allow this.'),
  NOT_FOUND: def('NOT_FOUND', 404, 'Resource Not Found', 'The referenced resource does not exist.'),
  ALREADY_EXISTS: def('ALREADY_EXISTS', 409, 'Resource Already Exists', 'A resource with this unique key already exists.'),
  MDM_NOT_CONFIGURED: def('MDM_NOT_CONFIGURED', 400, "MDM features aren't turned on in Fleet. For more information about setting up MDM, please visit https://fleetdm.com/docs/using-fleet/mobile-device-management", 'Apple MDM is not set up on this instance (APNs and SCEP material missing).'),
  CONFLICT: def('CONFLICT', 409, 'Conflict', 'The request conflicts with the current state.'),
  PAYLOAD_TOO_LARGE: def('PAYLOAD_TOO_LARGE', 413, null, 'The request body exceeds the size limit.'),
  UNSUPPORTED_MEDIA_TYPE: def('UNSUPPORTED_MEDIA_TYPE', 415, null, 'A cross-origin request without a JSON content type.'),
  PAGE_SIZE_EXCEEDED: def('PAGE_SIZE_EXCEEDED', 400, 'Bad request', 'A connection was asked for more items per page than the maximum (500); page with cursors.'),
  TOO_MANY_IDS: def('TOO_MANY_IDS', 400, 'Bad request', 'nodes(ids:) was given more ids than the maximum (100); ask in batches.'),
  VALIDATION_FAILED: def('VALIDATION_FAILED', 422, 'Validation Failed', 'One or more fields are invalid.'),
  TOO_MANY_REQUESTS: def('TOO_MANY_REQUESTS', 429, null, 'Rate limit exceeded; see Retry-After.'),
  INTERNAL_SERVER_ERROR: def('INTERNAL_SERVER_ERROR', 500, null, 'An unexpected error; details are logged under the same uuid.'),
  SERVICE_UNAVAILABLE: def('SERVICE_UNAVAILABLE', 503, null, 'A dependency (database, Redis, subgraph) is not available.'),
} as const

export type ErrorCode = keyof typeof ERROR_CODES

/** GraphQL codes produced by graphql-js / Apollo itself, mapped onto the registry. */
const FOREIGN_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_REQUEST',
  GRAPHQL_VALIDATION_FAILED: 'BAD_REQUEST',
  BAD_USER_INPUT: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
  DOWNSTREAM_SERVICE_ERROR: 'INTERNAL_SERVER_ERROR',
  // The gateway's operation limits (docs/limits.md): a REST route that ever met one answers 400, not 500.
  MAX_TOKENS_EXCEEDED: 'BAD_REQUEST',
  MAX_DEPTH_EXCEEDED: 'BAD_REQUEST',
  MAX_ALIASES_EXCEEDED: 'BAD_REQUEST',
  MAX_DIRECTIVES_EXCEEDED: 'BAD_REQUEST',
  COST_LIMIT_EXCEEDED: 'BAD_REQUEST',
  INTROSPECTION_DISABLED: 'BAD_REQUEST',
  // The execution deadline: the operation may still finish; retrying later is the client's move.
  EXECUTION_TIMEOUT: 'SERVICE_UNAVAILABLE',
}

export function lookupCode(code: unknown): ErrorCodeDefinition {
  if (typeof code === 'string') {
    if (code in ERROR_CODES) return ERROR_CODES[code as ErrorCode]
    if (code in FOREIGN_CODES) return ERROR_CODES[FOREIGN_CODES[code]]
  }
  return ERROR_CODES.INTERNAL_SERVER_ERROR
}

/** An error raised on purpose by a service. Serialised with code, field errors and uuid. */
export class FleetError extends GraphQLError {
  readonly code: ErrorCode
  readonly fieldErrors: FieldError[]
  readonly uuid: string
  readonly retryAfter?: number

  constructor(code: ErrorCode, reason: string, opts: { fieldErrors?: FieldError[]; retryAfter?: number } = {}) {
    const fieldErrors = opts.fieldErrors ?? [{ name: 'base', reason }]
    const uuid = randomUUID()
    super(reason, { extensions: { code, errors: fieldErrors, uuid, ...(opts.retryAfter ? { retryAfter: opts.retryAfter } : {}) } })
    this.code = code
    this.fieldErrors = fieldErrors
    this.uuid = uuid
    this.retryAfter = opts.retryAfter
  }
}

// Factories, one per class of error (style: NotFoundError, ValidationError, ...).
export const badRequest = (reason: string) => new FleetError('BAD_REQUEST', reason)
export const unauthenticated = (reason = 'Authentication required') => new FleetError('UNAUTHENTICATED', reason)
export const forbidden = (reason = 'forbidden') => new FleetError('FORBIDDEN', reason)
export const notFound = (type: string, key: string | number) =>
  new FleetError('NOT_FOUND', `${type} ${key} was not found in the datastore`)
export const alreadyExists = (type: string, key: string) =>
  new FleetError('ALREADY_EXISTS', `${type} ${key} already exists`)
export const conflict = (reason: string) => new FleetError('CONFLICT', reason)
export const mdmNotConfigured = () => new FleetError('MDM_NOT_CONFIGURED', "MDM features aren't turned on in Fleet. For more information about setting up MDM, please visit https://fleetdm.com/docs/using-fleet/mobile-device-management")
export const paymentRequired = () => new FleetError('PAYMENT_REQUIRED', 'Requires Fleet Premium license')
export const validationFailed = (fieldErrors: FieldError[]) =>
  new FleetError('VALIDATION_FAILED', fieldErrors.map((e) => `${e.name}: ${e.reason}`).join('; '), { fieldErrors })
export const invalidArgument = (name: string, reason: string) => validationFailed([{ name, reason }])

/**
 * graphql-js's variable coercion errors ("Variable "$x" got invalid value …", "… of non-null type …
 * must not be null") carry no code: the request did not fit the schema's types (e.g. an Int past
 * 2^31 - 1), a bad request, not a failure.
 */
export const VARIABLE_COERCION_ERROR = /^Variable "\$\w+" (got invalid value|of (non-null|required) type)/

/** Fleet's REST error body for a GraphQL error as it arrives (possibly through the gateway). */
export function toFleetErrorBody(err: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }): {
  status: number; body: { message: string; errors: FieldError[]; uuid: string }; retryAfter?: number
} {
  const ext = err.extensions ?? {}
  const d = ext.code === undefined && !err.path && VARIABLE_COERCION_ERROR.test(err.message) ? ERROR_CODES.BAD_REQUEST : lookupCode(ext.code)
  const isMasked = d.code === 'INTERNAL_SERVER_ERROR'
  const reason = isMasked ? 'Internal server error' : err.message
  const fieldErrors = Array.isArray(ext.errors) && ext.errors.length && !isMasked
    ? (ext.errors as FieldError[])
    : [{ name: 'base', reason }]
  return {
    status: d.httpStatus,
    body: { message: d.fleetMessage ?? reason, errors: fieldErrors, uuid: typeof ext.uuid === 'string' ? ext.uuid : randomUUID() },
    retryAfter: typeof ext.retryAfter === 'number' ? ext.retryAfter : undefined,
  }
}
