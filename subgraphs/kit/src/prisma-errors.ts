// Translates database errors into registry errors (P2002 unique → 409,
// P2025 missing row → 404, P2003 foreign key → 422, as Fleet maps MySQL's).
import { FleetError, alreadyExists, invalidArgument, notFound } from './errors.js'

export function fromPrismaError(e: unknown, what = 'resource'): FleetError | null {
  const code = (e as { code?: string })?.code
  switch (code) {
    case 'P2002': return alreadyExists(what, 'with this name')
    case 'P2025': return notFound(what, '')
    case 'P2003': return invalidArgument('base', `${what} references a row that does not exist`)
    default: return null
  }
}

/** Runs a repository call, rethrowing known Prisma errors as registry errors. */
export async function mapPrismaErrors<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try { return await fn() } catch (e) { throw fromPrismaError(e, what) ?? e }
}
