// Scheduled queries in packs (Fleet server/service/scheduled_queries.go).
// Intervals run from 1 s to a week; an unknown query is a 404, an unknown pack
// a 422 (Fleet's foreign-key failure); listing an unknown pack is just empty.
import {
  WRITERS, badRequest, invalidArgument, notFound, parseId, requireReader, requireRole, validationFailed, type FieldError,
} from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import type { ScheduledFields } from './scheduled-query.repository.js'
import { ScheduledQuery, type ScheduleQueryInput, type UpdateScheduledQueryInput } from './scheduled-query.type.js'

export const MAX_INTERVAL = 604_800

function checkFields(f: { interval?: number | null; shard?: number | null; platform?: string | null; version?: string | null }, errs: FieldError[]) {
  if (f.interval != null && (f.interval < 1 || f.interval > MAX_INTERVAL)) throw badRequest('invalid scheduled query interval')
  if (f.shard != null && (f.shard < 0 || f.shard > 100)) errs.push({ name: 'shard', reason: 'must be between 0 and 100' })
  if (f.platform != null && f.platform.length > 255) errs.push({ name: 'platform', reason: 'too long' })
  if (f.version != null && f.version.length > 255) errs.push({ name: 'version', reason: 'too long' })
}

/** Fleet's order keys for a pack's scheduled queries (the columns its list selects) → this table's columns. */
const ORDER_KEYS: Record<string, string> = {
  id: 'id', pack_id: 'pack_id', name: 'name', query_id: 'query_id', query_name: 'query_name', description: 'description',
  interval: 'interval', snapshot: 'snapshot', removed: 'removed', platform: 'platform', version: 'version', shard: 'shard',
  denylist: 'denylist', created_at: 'created_at', updated_at: 'updated_at',
}

export class ScheduledQueryService {
  async listForPack(
    ctx: PacksContext, packId: string, page?: number | null, perPage?: number | null, orderKey?: string | null, orderDirection?: string | null,
  ): Promise<ScheduledQuery[]> {
    requireReader(ctx)
    // the same paging rule as the pack list: the database refuses a negative offset or limit
    if ((page ?? 0) < 0 || (perPage != null && perPage < 1)) throw badRequest('page must be 0 or more and per_page 1 or more')
    const key = orderKey || 'id'
    // own keys only: `constructor` or `__proto__` must not find Object's
    const column = Object.hasOwn(ORDER_KEYS, key) ? ORDER_KEYS[key] : undefined
    if (!column) throw badRequest(`unknown order_key: ${orderKey}`)
    const dir = orderDirection || 'asc'
    if (dir !== 'asc' && dir !== 'desc') throw badRequest(`unknown order_direction: ${dir}`)
    const id = parseId(packId, 'Pack')
    if (!id) return []
    const rows = await ctx.repos.scheduled.byPack(id, { orderKey: column, desc: dir === 'desc', skip: perPage ? (page ?? 0) * perPage : undefined, take: perPage ?? undefined })
    return rows.map((r) => new ScheduledQuery(r))
  }

  async get(ctx: PacksContext, id: string): Promise<ScheduledQuery> {
    requireReader(ctx)
    const n = parseId(id, 'ScheduledQuery')
    const row = n ? await ctx.repos.scheduled.byId(n) : null
    if (!row) throw notFound('ScheduledQuery', id)
    return new ScheduledQuery(row)
  }

  async create(ctx: PacksContext, input: ScheduleQueryInput): Promise<ScheduledQuery> {
    requireRole(ctx, WRITERS)
    const errs: FieldError[] = []
    checkFields(input, errs)
    const packId = parseId(input.packId, 'Pack')
    if (!packId) errs.push({ name: 'pack_id', reason: 'invalid pack id' })
    if (errs.length) throw validationFailed(errs)
    const queryId = parseId(input.queryId, 'SavedQuery')
    const query = queryId ? await ctx.repos.scheduled.savedQuery(queryId) : null
    if (!query) throw notFound('Query', input.queryId)
    if (!(await ctx.repos.scheduled.packExists(packId!))) throw invalidArgument('pack_id', `pack ${input.packId} does not exist`)
    const row = await ctx.repos.scheduled.create(packId!, query, {
      interval: input.interval, snapshot: input.snapshot ?? null, removed: input.removed ?? null,
      platform: input.platform ?? '', version: input.version ?? '', shard: input.shard ?? null,
    })
    return new ScheduledQuery(row)
  }

  /** `has` tells which fields the caller sent (so shard: null clears, an absent shard stays). */
  async update(ctx: PacksContext, id: string, input: UpdateScheduledQueryInput, has: (k: string) => boolean): Promise<ScheduledQuery> {
    requireRole(ctx, WRITERS)
    const n = parseId(id, 'ScheduledQuery')
    const existing = n ? await ctx.repos.scheduled.byId(n) : null
    if (!existing) throw notFound('ScheduledQuery', id)
    const errs: FieldError[] = []
    checkFields(input, errs)
    if (errs.length) throw validationFailed(errs)
    const f: ScheduledFields = {}
    if (input.interval != null) f.interval = input.interval
    if (has('snapshot')) f.snapshot = input.snapshot ?? null
    if (has('removed')) f.removed = input.removed ?? null
    if (input.platform != null) f.platform = input.platform
    if (input.version != null) f.version = input.version
    if (has('shard')) f.shard = input.shard ?? null
    const row = await ctx.repos.scheduled.update(n!, f)
    return new ScheduledQuery(row)
  }

  async delete(ctx: PacksContext, id: string): Promise<boolean> {
    requireRole(ctx, WRITERS)
    const n = parseId(id, 'ScheduledQuery')
    if (!n || !(await ctx.repos.scheduled.delete(n))) throw notFound('ScheduledQuery', id)
    return true
  }
}
export const scheduledQueryService = new ScheduledQueryService()
