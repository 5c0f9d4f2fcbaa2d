// Saved-query rules (Fleet server/service/queries.go): any role reads; admins
// and maintainers apply specs; blank names or SQL are 400s, as in Fleet.
import { WRITERS, badRequest, invalidArgument, notFound, requireReader, requireRole, validationFailed } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { SavedQuery, type QuerySpecInput } from './saved-query.type.js'

export const MAX_SPECS = 1000
/** Query names are unique and indexed: Fleet's VARCHAR(255). */
const MAX_NAME = 255

export class SavedQueryService {
  async list(ctx: PacksContext): Promise<SavedQuery[]> {
    requireReader(ctx)
    return (await ctx.repos.savedQueries.listSaved()).map((r) => new SavedQuery(r))
  }

  async byName(ctx: PacksContext, name: string): Promise<SavedQuery> {
    requireReader(ctx)
    const row = await ctx.repos.savedQueries.byName(name)
    if (!row) throw notFound('Query', name)
    return new SavedQuery(row)
  }

  async applySpecs(ctx: PacksContext, specs: QuerySpecInput[]): Promise<boolean> {
    const v = requireRole(ctx, WRITERS)
    if (specs.length > MAX_SPECS) throw validationFailed([{ name: 'specs', reason: `at most ${MAX_SPECS} specs per request` }])
    for (const s of specs) {
      if (!s.name?.trim()) throw badRequest('query payload verification: query name cannot be empty')
      if (s.name.length > MAX_NAME) throw invalidArgument('name', `must be at most ${MAX_NAME} characters`)
      if (!s.query?.trim()) throw badRequest("query payload verification: query's SQL query cannot be empty")
    }
    await ctx.repos.savedQueries.upsertMany(specs.map((s) => ({ name: s.name, description: s.description ?? '', query: s.query })), v.userId)
    return true
  }
}
export const savedQueryService = new SavedQueryService()
