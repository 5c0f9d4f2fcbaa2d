// Saved-query rules (Fleet server/service/queries.go): any role reads; admins
// and maintainers write; blank names or SQL are 400s, as in Fleet. Kibana's
// saved-query routes (ADR 0013) write the same rows: its `id` is the name, its
// saved-object id the row's id; ECS mapping and timeout are stored as given.
import {
  FleetError, WRITERS, badRequest, invalidArgument, notFound, offsetWindow, pageWindow, parseId, requireReader, requireRole, toPage,
  validationFailed, type FieldError, type OffsetPage, type Page, searchText,
} from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { sortOrder, timeKey } from '../paging/order.js'
import { SavedQueryOrderField, type SavedQueriesArgs, type SavedQueryListInput, type SavedQueryPageArgs } from './saved-query.args.js'
import { SavedQuery, kibanaOf, type QuerySpecInput, type SavedQueryKibana } from './saved-query.type.js'
import { LOGGING_TYPES, type CreateSavedQueryInput, type UpdateSavedQueryInput } from './saved-query.input.js'
import type { SavedQueryWrite } from './saved-query.repository.js'

/** Fleet's API names macOS "macos"; the column says "darwin". */
const PLATFORM_ALIASES: Record<string, string> = { macos: 'darwin' }

export const MAX_SPECS = 1000
/** Query names are unique and indexed: Fleet's VARCHAR(255). */
const MAX_NAME = 255
/** The REST list's order keys (Fleet's queries columns this table has) → columns of `queries`. */
const LIST_ORDER_KEYS: Record<string, string> = {
  id: 'id', name: 'name', description: 'description', query: 'query', platform: 'platform', interval: 'interval',
  logging: 'logging_type', min_osquery_version: 'min_osquery_version', observer_can_run: 'observer_can_run',
  created_at: 'created_at', updated_at: 'updated_at',
}
/** The deepest row a page of the REST list may start at: page × per_page beyond it is a 400, not a huge OFFSET. */
const MAX_LIST_OFFSET = 2_147_483_647
const LIST_PLATFORMS = ['darwin', 'windows', 'linux']
/** Longest SQL stored or run (the live-query limit). */
export const MAX_SQL = 1_000_000
const MAX_INTERVAL = 604_800
const MAX_TIMEOUT = 86_400
/** Kibana's ECS mappings are small maps of fields; this bounds what one row stores. */
const MAX_ECS_FIELDS = 1_000
const MAX_ECS_BYTES = 256 * 1024
const MAX_TEXT = 65_535

/** Kibana's messages for its saved-query routes. */
export const savedQueryExists = (name: string) => new FleetError('CONFLICT', `Saved query with id "${name}" already exists.`)
const savedObjectNotFound = (id: string) => new FleetError('NOT_FOUND', `Saved object [osquery-saved-query/${id}] not found`)

/** An ECS mapping as stored: a JSON object of at most MAX_ECS_FIELDS fields. */
export function checkEcsMapping(name: string, m: Record<string, unknown> | null | undefined, errs: FieldError[]): void {
  if (m == null) return
  if (Object.keys(m).length > MAX_ECS_FIELDS) errs.push({ name, reason: `at most ${MAX_ECS_FIELDS} fields` })
  else if (JSON.stringify(m).length > MAX_ECS_BYTES) errs.push({ name, reason: `at most ${MAX_ECS_BYTES} bytes` })
}

function checkWrite(f: UpdateSavedQueryInput, errs: FieldError[]): void {
  if (f.name != null) {
    if (!f.name.trim()) throw badRequest('query payload verification: query name cannot be empty')
    if (f.name.length > MAX_NAME) errs.push({ name: 'name', reason: `must be at most ${MAX_NAME} characters` })
  }
  if (f.query != null) {
    if (!f.query.trim()) throw badRequest("query payload verification: query's SQL query cannot be empty")
    if (f.query.length > MAX_SQL) errs.push({ name: 'query', reason: `must be at most ${MAX_SQL} characters` })
  }
  if (f.interval != null && (!Number.isInteger(f.interval) || f.interval < 0 || f.interval > MAX_INTERVAL)) errs.push({ name: 'interval', reason: `must be between 0 and ${MAX_INTERVAL}` })
  if (f.timeout != null && (!Number.isInteger(f.timeout) || f.timeout < 0 || f.timeout > MAX_TIMEOUT)) errs.push({ name: 'timeout', reason: `must be between 0 and ${MAX_TIMEOUT}` })
  if (f.logging != null && !(LOGGING_TYPES as readonly string[]).includes(f.logging)) errs.push({ name: 'logging', reason: `must be one of ${LOGGING_TYPES.join(', ')}` })
  for (const k of ['platform', 'minOsqueryVersion'] as const) if ((f[k]?.length ?? 0) > MAX_NAME) errs.push({ name: k, reason: `must be at most ${MAX_NAME} characters` })
  if ((f.description?.length ?? 0) > MAX_TEXT) errs.push({ name: 'description', reason: `must be at most ${MAX_TEXT} characters` })
  checkEcsMapping('ecsMapping', f.ecsMapping, errs)
}

/** The Kibana attributes after applying the input's (null clears, absent keeps). */
function mergeKibana(current: SavedQueryKibana, f: { ecsMapping?: Record<string, unknown> | null; timeout?: number | null }): SavedQueryKibana | null {
  const next: SavedQueryKibana = { ...current }
  if (f.ecsMapping !== undefined) { if (f.ecsMapping === null) delete next.ecs_mapping; else next.ecs_mapping = f.ecsMapping }
  if (f.timeout !== undefined) { if (f.timeout === null) delete next.timeout; else next.timeout = f.timeout }
  return Object.keys(next).length ? next : null
}

/** The input's FleetDM columns (absent fields left out). */
function columnsOf(f: UpdateSavedQueryInput): SavedQueryWrite {
  const w: SavedQueryWrite = {}
  if (f.name != null) w.name = f.name
  if (f.query != null) w.query = f.query
  if (f.description != null) w.description = f.description
  if (f.interval != null) w.interval = f.interval
  if (f.platform != null) w.platform = f.platform
  if (f.minOsqueryVersion != null) w.min_osquery_version = f.minOsqueryVersion
  if (f.logging != null) w.logging_type = f.logging
  if (f.observerCanRun != null) w.observer_can_run = f.observerCanRun
  return w
}

export class SavedQueryService {
  async list(ctx: PacksContext, f?: SavedQueryListInput | null): Promise<SavedQuery[]> {
    requireReader(ctx)
    if (!f) return (await ctx.repos.savedQueries.listSaved()).map((r) => new SavedQuery(r))
    const key = f.orderKey || 'id'
    // own keys only: `constructor` or `__proto__` must not find Object's
    const orderColumn = Object.hasOwn(LIST_ORDER_KEYS, key) ? LIST_ORDER_KEYS[key] : undefined
    if (!orderColumn) throw badRequest(`unknown order_key: ${f.orderKey}`)
    const dir = f.orderDirection || 'asc'
    if (dir !== 'asc' && dir !== 'desc') throw badRequest(`unknown order_direction: ${dir}`)
    const page = f.page ?? 0
    if (page < 0 || (f.perPage != null && f.perPage < 1)) throw badRequest('page must be 0 or more and per_page 1 or more')
    const skip = f.perPage != null ? page * f.perPage : 0
    if (skip > MAX_LIST_OFFSET) throw badRequest(`page × per_page must be at most ${MAX_LIST_OFFSET}`)
    const filter = this.listFilterOf(f)
    if (!filter) return []
    const rows = await ctx.repos.savedQueries.list(filter, { orderColumn, desc: dir === 'desc', skip, take: f.perPage ?? undefined })
    return rows.map((r) => new SavedQuery(r))
  }

  /** How many saved queries the REST list holds with this filter (its order and page ignored). */
  async count(ctx: PacksContext, f?: SavedQueryListInput | null): Promise<number> {
    requireReader(ctx)
    const filter = this.listFilterOf(f ?? {})
    return filter ? ctx.repos.savedQueries.count(filter) : 0
  }

  /** The REST list's filter; null when it holds nothing (a team's own queries: every saved query here is global). */
  private listFilterOf(f: SavedQueryListInput) {
    if (f.platform != null) {
      // Fleet: one platform a scheduled query can target (macos is darwin's friendlier name)
      const p = PLATFORM_ALIASES[f.platform.toLowerCase()] ?? f.platform.toLowerCase()
      if (f.platform.includes(',')) throw badRequest('queries can only be filtered by one platform at a time')
      if (!LIST_PLATFORMS.includes(p)) throw badRequest(`platform "${f.platform}" cannot be a scheduled query target, supported platforms are: ${LIST_PLATFORMS.join(',')}`)
    }
    if (f.teamId != null && f.teamId !== '0') {
      if (!parseId(f.teamId, 'Team')) throw badRequest(`invalid team id: ${f.teamId}`)
      if (!f.mergeInherited) return null
    }
    return this.filterOf(f)
  }

  private filterOf(f: SavedQueriesArgs['filter'] | SavedQueryListInput) {
    const platform = f?.platform ? PLATFORM_ALIASES[f.platform.toLowerCase()] ?? f.platform.toLowerCase() : null
    return { search: searchText(f?.search) ?? null, observerCanRun: (f && 'observerCanRun' in f ? f.observerCanRun : null) ?? null, platform }
  }

  /** A page of saved queries (ad-hoc live queries excluded). */
  async page(ctx: PacksContext, args: SavedQueriesArgs): Promise<Page<SavedQuery>> {
    requireReader(ctx)
    const sort = sortOrder(args.orderBy, SavedQueryOrderField.NAME)
    const window = pageWindow(args, sort.name, 2)
    const filter = this.filterOf(args.filter)
    const rows = await ctx.repos.savedQueries.page(window, filter, sort)
    const keyOf = sort.field === SavedQueryOrderField.NAME ? (r: SavedQuery['row']) => r.name
      : sort.field === SavedQueryOrderField.CREATED_AT ? (r: SavedQuery['row']) => timeKey(r.created_at) : (r: SavedQuery['row']) => timeKey(r.updated_at)
    return toPage(rows, window, (r) => [keyOf(r), r.id], (r) => new SavedQuery(r), () => ctx.repos.savedQueries.count(filter))
  }

  /** A numbered page of saved queries (Kibana's list), newest first unless asked otherwise. */
  async offsetPage(ctx: PacksContext, args: SavedQueryPageArgs): Promise<OffsetPage<SavedQuery>> {
    requireReader(ctx)
    const w = offsetWindow(args.page ?? 1, args.perPage ?? 20)
    const sort = sortOrder(args.orderBy, SavedQueryOrderField.CREATED_AT)
    const filter = this.filterOf(args.filter)
    const [rows, totalCount] = await Promise.all([ctx.repos.savedQueries.offsetPage(w, filter, sort), ctx.repos.savedQueries.count(filter)])
    return { nodes: rows.map((r) => new SavedQuery(r)), totalCount }
  }

  async byName(ctx: PacksContext, name: string): Promise<SavedQuery> {
    requireReader(ctx)
    const row = await ctx.repos.savedQueries.byName(name)
    if (!row) throw notFound('Query', name)
    return new SavedQuery(row)
  }

  /** A saved query by id (Kibana's saved-object id); NOT_FOUND in Kibana's words. */
  async byId(ctx: PacksContext, id: string): Promise<SavedQuery> {
    requireReader(ctx)
    const n = parseId(id, 'SavedQuery')
    const row = n ? await ctx.repos.savedQueries.savedById(n) : null
    if (!row) throw savedObjectNotFound(id)
    return new SavedQuery(row)
  }

  async create(ctx: PacksContext, input: CreateSavedQueryInput): Promise<SavedQuery> {
    const v = requireRole(ctx, WRITERS)
    const errs: FieldError[] = []
    checkWrite(input, errs)
    if (input.name == null || !input.name.trim()) throw badRequest('query payload verification: query name cannot be empty')
    if (input.query == null || !input.query.trim()) throw badRequest("query payload verification: query's SQL query cannot be empty")
    if (errs.length) throw validationFailed(errs)
    if (await ctx.repos.savedQueries.nameTaken(input.name)) throw savedQueryExists(input.name)
    const row = await ctx.repos.savedQueries.create({
      ...columnsOf(input), name: input.name, query: input.query, description: input.description ?? '', kibana: mergeKibana({}, input),
    }, v.userId)
    return new SavedQuery(row)
  }

  async update(ctx: PacksContext, id: string, input: UpdateSavedQueryInput): Promise<SavedQuery> {
    const v = requireRole(ctx, WRITERS)
    const n = parseId(id, 'SavedQuery')
    const existing = n ? await ctx.repos.savedQueries.savedById(n) : null
    if (!existing) throw new FleetError('NOT_FOUND', `Saved query ${id} not found`)
    const errs: FieldError[] = []
    checkWrite(input, errs)
    if (errs.length) throw validationFailed(errs)
    if (input.name != null && input.name !== existing.name && await ctx.repos.savedQueries.nameTaken(input.name, existing.id)) throw savedQueryExists(input.name)
    const row = await ctx.repos.savedQueries.update(existing.id, { ...columnsOf(input), kibana: mergeKibana(kibanaOf(existing.kibana), input) }, v.userId)
    return new SavedQuery(row)
  }

  async delete(ctx: PacksContext, id: string): Promise<boolean> {
    requireRole(ctx, WRITERS)
    const n = parseId(id, 'SavedQuery')
    if (!n || !(await ctx.repos.savedQueries.delete(n))) throw savedObjectNotFound(id)
    return true
  }

  /** Kibana's copy: the same query under `<name>_copy` (or `_copy_<n>`), written by the caller. */
  async copy(ctx: PacksContext, id: string): Promise<SavedQuery> {
    const v = requireRole(ctx, WRITERS)
    const n = parseId(id, 'SavedQuery')
    const src = n ? await ctx.repos.savedQueries.savedById(n) : null
    if (!src) throw new FleetError('NOT_FOUND', `Saved query with id "${id}" not found.`)
    const name = await ctx.repos.savedQueries.copyName(src.name)
    const k = kibanaOf(src.kibana)
    const row = await ctx.repos.savedQueries.create({
      name, query: src.query, description: src.description, interval: src.interval, platform: src.platform,
      min_osquery_version: src.min_osquery_version, logging_type: src.logging_type, observer_can_run: src.observer_can_run,
      kibana: Object.keys(k).length ? k : null,
    }, v.userId)
    return new SavedQuery(row)
  }

  async applySpecs(ctx: PacksContext, specs: QuerySpecInput[]): Promise<boolean> {
    const v = requireRole(ctx, WRITERS)
    if (specs.length > MAX_SPECS) throw validationFailed([{ name: 'specs', reason: `at most ${MAX_SPECS} specs per request` }])
    const writes = specs.map((s, i) => {
      if (!s.name?.trim()) throw badRequest('query payload verification: query name cannot be empty')
      if (s.name.length > MAX_NAME) throw invalidArgument('name', `must be at most ${MAX_NAME} characters`)
      if (!s.query?.trim()) throw badRequest("query payload verification: query's SQL query cannot be empty")
      // fleetctl sends Go's zero values: an empty logging type is Fleet's default
      const f: UpdateSavedQueryInput = { ...s, description: s.description ?? '', logging: s.logging || (s.logging === '' ? 'snapshot' : null) }
      const errs: FieldError[] = []
      checkWrite(f, errs)
      if (errs.length) throw validationFailed(errs.map((e) => ({ ...e, name: `specs[${i}].${e.name}` })))
      return { ...columnsOf(f), name: s.name, query: s.query }
    })
    await ctx.repos.savedQueries.upsertMany(writes, v.userId)
    return true
  }
}
export const savedQueryService = new SavedQueryService()
