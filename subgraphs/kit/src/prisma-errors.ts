// Translates database errors into registry errors (P2002 unique → 409,
// P2025 missing row → 404, P2003 foreign key → 422, as Fleet maps MySQL's).
import { FleetError, invalidArgument, notFound } from './errors.js'

export function fromPrismaError(e: unknown, what = 'resource'): FleetError | null {
  const { code, meta } = (e ?? {}) as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } }
  switch (code) {
    case 'P2002': {
      const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? (Array.isArray(meta?.target) ? meta.target as string[] : [])
      return new FleetError('ALREADY_EXISTS', `${what} with this ${fields.length ? fields.join(', ').replace(/"/g, '') : 'key'} already exists`)
    }
    case 'P2025': return notFound(what, '')
    case 'P2003': return invalidArgument('base', `${what} references a row that does not exist`)
    default: return null
  }
}

/** Runs a repository call, rethrowing known Prisma errors as registry errors. */
export async function mapPrismaErrors<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try { return await fn() } catch (e) { throw fromPrismaError(e, what) ?? e }
}
