// Translates database errors into registry errors (P2002 unique → 409,
// P2025 missing row → 404, P2003 foreign key → 422, as Fleet maps MySQL's).
// Input PostgreSQL refuses is the caller's mistake, not a 500, whichever path
// it took (Prisma through a driver adapter, or raw SQL on pg or PGlite):
// text it cannot store (a NUL byte: SQLSTATE 22021, or 22P05 inside jsonb) and
// a value too long for its column or index (22001, 54000; Fleet's MySQL answers
// "Data too long" with 422) are a 422, a number that does not fit its column
// (22003, Prisma's P2020) a 400.
// Services and the REST layer refuse such input first; this is the backstop.
import { FleetError, invalidArgument, notFound } from './errors.js'

/** SQLSTATEs for text PostgreSQL cannot store: invalid byte sequence (NUL in text), unsupported Unicode escape (\u0000 in jsonb). */
const UNSTORABLE_TEXT = new Set(['22021', '22P05'])
const UNSTORABLE_TEXT_MESSAGE = /invalid byte sequence for encoding|unsupported Unicode escape sequence/i
/** numeric_value_out_of_range */
const OUT_OF_RANGE = '22003'
/** string_data_right_truncation (too long for a VARCHAR), program_limit_exceeded (too long for an index row). */
const TOO_LONG = new Set(['22001', '54000'])

interface DbErrorLike {
  code?: unknown
  message?: unknown
  cause?: unknown
  meta?: {
    target?: unknown
    code?: unknown
    driverAdapterError?: { cause?: { code?: unknown; originalCode?: unknown; constraint?: { fields?: string[] } } }
  }
}

/** The SQLSTATEs an error carries: its own (pg, PGlite), a driver adapter's, a raw query's, or its causes'. */
function sqlStates(e: unknown): Set<string> {
  const states = new Set<string>()
  const seen = new Set<unknown>()
  for (let cur = e as DbErrorLike | undefined; cur && typeof cur === 'object' && !seen.has(cur) && seen.size < 8; cur = cur.cause as DbErrorLike | undefined) {
    seen.add(cur)
    const cause = cur.meta?.driverAdapterError?.cause
    for (const c of [cur.code, cur.meta?.code, cause?.code, cause?.originalCode]) {
      if (typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c)) states.add(c)
    }
  }
  return states
}

const messageOf = (e: unknown) => String((e as DbErrorLike | undefined)?.message ?? '')

export function fromPrismaError(e: unknown, what = 'resource'): FleetError | null {
  const { code, meta } = (e ?? {}) as DbErrorLike
  switch (code) {
    case 'P2002': {
      const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? (Array.isArray(meta?.target) ? meta.target as string[] : [])
      return new FleetError('ALREADY_EXISTS', `${what} with this ${fields.length ? fields.join(', ').replace(/"/g, '') : 'key'} already exists`)
    }
    case 'P2025': return notFound(what, '')
    case 'P2003': return invalidArgument('base', `${what} references a row that does not exist`)
    case 'P2000': return invalidArgument('base', 'a value is too long')
    case 'P2020': return new FleetError('BAD_REQUEST', 'a number is out of range')
    default: break
  }
  const states = sqlStates(e)
  if ([...states].some((s) => UNSTORABLE_TEXT.has(s)) || UNSTORABLE_TEXT_MESSAGE.test(messageOf(e))) {
    return invalidArgument('base', 'text must not contain NUL (\\u0000) characters')
  }
  if ([...states].some((s) => TOO_LONG.has(s))) return invalidArgument('base', 'a value is too long')
  if (states.has(OUT_OF_RANGE)) return new FleetError('BAD_REQUEST', 'a number is out of range')
  return null
}

/** Runs a repository call, rethrowing known Prisma errors as registry errors. */
export async function mapPrismaErrors<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try { return await fn() } catch (e) { throw fromPrismaError(e, what) ?? e }
}
