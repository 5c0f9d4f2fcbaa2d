// Saved-query rules (Fleet server/service/queries.go): any role reads; admins
// and maintainers apply specs; blank names or SQL are 400s, as in Fleet.
import {
  WRITERS, badRequest, invalidArgument, notFound, pageWindow, requireReader, requireRole, toPage, validationFailed, type Page, searchText,
} from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { sortOrder, timeKey } from '../paging/order.js'
import { SavedQueryOrderField, type SavedQueriesArgs } from './saved-query.args.js'
import { SavedQuery, type QuerySpecInput } from './saved-query.type.js'

/** Fleet's API names macOS "macos"; the column says "darwin". */
const PLATFORM_ALIASES: Record<string, string> = { macos: 'darwin' }

export const MAX_SPECS = 1000
/** Query names are unique and indexed: Fleet's VARCHAR(255). */
const MAX_NAME = 255

export class SavedQueryService {
  async list(ctx: PacksContext): Promise<SavedQuery[]> {
    requireReader(ctx)
    return (await ctx.repos.savedQueries.listSaved()).map((r) => new SavedQuery(r))
  }

  /** A page of saved queries (ad-hoc live queries excluded). */
  async page(ctx: PacksContext, args: SavedQueriesArgs): Promise<Page<SavedQuery>> {
    requireReader(ctx)
    const sort = sortOrder(args.orderBy, SavedQueryOrderField.NAME)
    const window = pageWindow(args, sort.name, 2)
    const f = args.filter ?? {}
    const platform = f.platform ? PLATFORM_ALIASES[f.platform.toLowerCase()] ?? f.platform.toLowerCase() : null
    const filter = { search: searchText(f.search) ?? null, observerCanRun: f.observerCanRun ?? null, platform }
    const rows = await ctx.repos.savedQueries.page(window, filter, sort)
    const keyOf = sort.field === SavedQueryOrderField.NAME ? (r: SavedQuery['row']) => r.name
      : sort.field === SavedQueryOrderField.CREATED_AT ? (r: SavedQuery['row']) => timeKey(r.created_at) : (r: SavedQuery['row']) => timeKey(r.updated_at)
    return toPage(rows, window, (r) => [keyOf(r), r.id], (r) => new SavedQuery(r), () => ctx.repos.savedQueries.count(filter))
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
