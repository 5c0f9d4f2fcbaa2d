// Kibana's osquery packs over FleetDM's packs (ADR 0013): admins and maintainers write, any role reads.
// A pack's queries are written inline (scheduled queries over unsaved query rows the pack owns), its
// `policy_ids` are the teams it targets (the default policy: the "All Hosts" label), `enabled` is not
// `disabled`, and its shards are stored as given (applied to every query when they agree on one value).
// Messages are Kibana's: 409 `Pack with name "<n>" already exists.`, 400 `The following policy ids are
// invalid: …`.
import {
  DEFAULT_AGENT_POLICY_ID, FleetError, MAX_LIST_ARGUMENT, WRITERS, badRequest, checkListSize, offsetWindow, parseId, requireReader, requireRole,
  validationFailed, type FieldError, type OffsetPage,
} from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { sortOrder } from '../paging/order.js'
import { checkEcsMapping } from '../saved-query/saved-query.service.js'
import { MAX_INTERVAL } from '../scheduled-query/scheduled-query.service.js'
import { MAX_NAME } from './pack.service.js'
import { PackOrderField } from './pack.args.js'
import { PACK_EVENTS, Pack, packKibanaOf, type PackEventPayload, type PackKibana } from './pack.type.js'
import type { CreatePackWithQueriesInput, PackPageArgs, PackQueryInput, UpdatePackWithQueriesInput } from './pack-queries.input.js'
import type { InlineQuery, PolicyTargets } from './pack-queries.repository.js'

/** Most queries one pack holds (the pack-spec limit). */
const MAX_QUERIES = 1_000
const MAX_SQL = 1_000_000
const MAX_TIMEOUT = 86_400
const MAX_TEXT = 65_535

export const packNameExists = (name: string) => new FleetError('CONFLICT', `Pack with name "${name}" already exists.`)
const packNotFound = (id: string) => new FleetError('NOT_FOUND', `Pack ${id} not found`)

function checkQueries(queries: PackQueryInput[], errs: FieldError[]): void {
  if (queries.length > MAX_QUERIES) { errs.push({ name: 'queries', reason: `at most ${MAX_QUERIES} queries per pack` }); return }
  const names = new Set<string>()
  for (const q of queries) {
    const at = `queries.${q.name.slice(0, 64)}`
    if (!q.name.trim()) errs.push({ name: 'queries', reason: 'a query id cannot be empty' })
    else if (q.name.length > MAX_NAME) errs.push({ name: 'queries', reason: `a query id must be at most ${MAX_NAME} characters` })
    if (names.has(q.name)) errs.push({ name: at, reason: 'appears twice' })
    names.add(q.name)
    if (!q.query.trim()) errs.push({ name: `${at}.query`, reason: 'cannot be empty' })
    else if (q.query.length > MAX_SQL) errs.push({ name: `${at}.query`, reason: `must be at most ${MAX_SQL} characters` })
    if (!Number.isInteger(q.interval) || q.interval < 1 || q.interval > MAX_INTERVAL) errs.push({ name: `${at}.interval`, reason: `must be between 1 and ${MAX_INTERVAL}` })
    if (q.timeout != null && (!Number.isInteger(q.timeout) || q.timeout < 0 || q.timeout > MAX_TIMEOUT)) errs.push({ name: `${at}.timeout`, reason: `must be between 0 and ${MAX_TIMEOUT}` })
    for (const k of ['platform', 'version'] as const) if ((q[k]?.length ?? 0) > MAX_NAME) errs.push({ name: `${at}.${k}`, reason: `must be at most ${MAX_NAME} characters` })
    checkEcsMapping(`${at}.ecs_mapping`, q.ecsMapping, errs)
  }
}

/** Shards as stored: agent-policy id → percent (0 to 100), at most MAX_LIST_ARGUMENT entries. */
function checkShards(shards: Record<string, unknown> | null | undefined, errs: FieldError[]): Record<string, number> | undefined {
  if (shards == null) return undefined
  const entries = Object.entries(shards)
  if (entries.length > MAX_LIST_ARGUMENT) { errs.push({ name: 'shards', reason: `at most ${MAX_LIST_ARGUMENT} entries` }); return undefined }
  for (const [k, v] of entries) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) errs.push({ name: `shards.${k.slice(0, 64)}`, reason: 'must be a number from 0 to 100' })
    if (k.length > MAX_NAME) errs.push({ name: 'shards', reason: `a policy id must be at most ${MAX_NAME} characters` })
  }
  return shards as Record<string, number>
}

/** FleetDM's per-query shard for Kibana's per-policy shards: their one value when they agree on it (1 to 99), else none. */
export function shardOf(shards: Record<string, number> | undefined): number | null {
  const values = [...new Set(Object.values(shards ?? {}))]
  return values.length === 1 && values[0]! >= 1 && values[0]! < 100 ? Math.round(values[0]!) : null
}

function inline(q: PackQueryInput, shard: number | null): InlineQuery {
  const kibana = { ...(q.ecsMapping != null ? { ecs_mapping: q.ecsMapping } : {}), ...(q.timeout != null ? { timeout: q.timeout } : {}) }
  return {
    name: q.name, query: q.query, interval: q.interval, platform: q.platform ?? '', version: q.version ?? '',
    snapshot: q.snapshot ?? null, removed: q.removed ?? null, shard, kibana: Object.keys(kibana).length ? kibana : null,
  }
}

export class PackQueriesService {
  /** The targets for agent-policy ids: teams, and "All Hosts" for the default policy; unknown ids are Kibana's 400. */
  private async targets(ctx: PacksContext, policyIds: string[]): Promise<PolicyTargets> {
    const ids = [...new Set(checkListSize(policyIds, 'policy_ids'))]
    const teams = await ctx.repos.packQueries.teamsByPolicyIds(ids.filter((id) => id !== DEFAULT_AGENT_POLICY_ID))
    const known = new Set([DEFAULT_AGENT_POLICY_ID, ...teams.map((t) => t.agent_policy_id)])
    const invalid = ids.filter((id) => !known.has(id))
    if (invalid.length) throw badRequest(`The following policy ids are invalid: ${invalid.join(', ')}`)
    return { teamIds: teams.map((t) => t.id), allHosts: ids.includes(DEFAULT_AGENT_POLICY_ID) }
  }

  private async load(ctx: PacksContext, id: number): Promise<Pack> {
    const row = (await ctx.repos.packs.byIds([id]))[0]
    if (!row) throw packNotFound(String(id))
    return new Pack(row)
  }

  private async publish(ctx: PacksContext, ev: PackEventPayload) {
    await ctx.bus.pubSub.publish(PACK_EVENTS, ev)
  }

  async create(ctx: PacksContext, input: CreatePackWithQueriesInput): Promise<Pack> {
    const v = requireRole(ctx, WRITERS)
    if (!input.name?.trim()) throw badRequest('pack payload verification: pack name cannot be empty')
    const errs: FieldError[] = []
    if (input.name.length > MAX_NAME) errs.push({ name: 'name', reason: `must be at most ${MAX_NAME} characters` })
    if ((input.description?.length ?? 0) > MAX_TEXT) errs.push({ name: 'description', reason: `must be at most ${MAX_TEXT} characters` })
    checkQueries(input.queries, errs)
    const shards = checkShards(input.shards, errs)
    if (errs.length) throw validationFailed(errs)
    if (await ctx.repos.packQueries.nameTaken(input.name)) throw packNameExists(input.name)
    const targets = await this.targets(ctx, input.agentPolicyIds ?? [])
    const shard = shardOf(shards)
    const kibana: PackKibana = { shards: shards ?? {} }
    const id = await ctx.repos.packQueries.create(
      { name: input.name, description: input.description ?? '', disabled: input.enabled !== true, kibana }, targets, input.queries.map((q) => inline(q, shard)), v.userId)
    await this.publish(ctx, { kind: 'created', packId: id })
    return this.load(ctx, id)
  }

  async update(ctx: PacksContext, id: string, input: UpdatePackWithQueriesInput): Promise<Pack> {
    const v = requireRole(ctx, WRITERS)
    const n = parseId(id, 'Pack')
    const existing = n ? (await ctx.repos.packs.byIds([n]))[0] : undefined
    if (!existing) throw packNotFound(id)
    if (existing.pack_type != null) throw badRequest(`Pack ${id} is Fleet's ${existing.pack_type} schedule: it cannot be changed here.`)
    if (input.name != null && !input.name.trim()) throw badRequest('pack payload verification: pack name cannot be empty')
    const errs: FieldError[] = []
    if ((input.name?.length ?? 0) > MAX_NAME) errs.push({ name: 'name', reason: `must be at most ${MAX_NAME} characters` })
    if ((input.description?.length ?? 0) > MAX_TEXT) errs.push({ name: 'description', reason: `must be at most ${MAX_TEXT} characters` })
    if (input.queries) checkQueries(input.queries, errs)
    const shards = checkShards(input.shards, errs)
    if (errs.length) throw validationFailed(errs)
    if (input.name != null && input.name !== existing.name && await ctx.repos.packQueries.nameTaken(input.name, existing.id)) throw packNameExists(input.name)
    const targets = input.agentPolicyIds ? await this.targets(ctx, input.agentPolicyIds) : null
    const kibana: PackKibana = { ...(packKibanaOf(existing.kibana) ?? {}), ...(shards ? { shards } : {}) }
    kibana.shards ??= {}
    // The shard applies to every query the pack keeps when the shards or the queries change.
    const shard = shards || input.queries ? shardOf(kibana.shards) : undefined
    await ctx.repos.packQueries.update(existing.id, {
      name: input.name ?? undefined, description: input.description ?? undefined, disabled: input.enabled == null ? undefined : !input.enabled, kibana,
    }, targets, input.queries ? input.queries.map((q) => inline(q, shard ?? null)) : null, shard, v.userId)
    await this.publish(ctx, { kind: 'updated', packId: existing.id })
    return this.load(ctx, existing.id)
  }

  /** Kibana's copy: `<name>_copy` (or `_copy_<n>`), disabled, with no targets or shards. */
  async copy(ctx: PacksContext, id: string): Promise<Pack> {
    const v = requireRole(ctx, WRITERS)
    const n = parseId(id, 'Pack')
    const src = n ? (await ctx.repos.packs.byIds([n]))[0] : undefined
    if (!src) throw new FleetError('NOT_FOUND', `Pack with id "${id}" not found.`)
    const name = await ctx.repos.packQueries.copyName(src.name)
    const copyId = await ctx.repos.packQueries.copy(src.id, name, v.userId)
    await this.publish(ctx, { kind: 'created', packId: copyId })
    return this.load(ctx, copyId)
  }

  /** A numbered page of user packs (Kibana's list). */
  async offsetPage(ctx: PacksContext, args: PackPageArgs): Promise<OffsetPage<Pack>> {
    requireReader(ctx)
    const w = offsetWindow(args.page ?? 1, args.perPage ?? 20)
    const sort = sortOrder(args.orderBy, PackOrderField.NAME)
    const [keys, totalCount] = await Promise.all([ctx.repos.packQueries.offsetPage(w, sort), ctx.repos.packs.countUserPacks({})])
    const rows = await ctx.loaders.pack.loadMany(keys.map((k) => k.id))
    return { nodes: rows.flatMap((r) => (r && !(r instanceof Error) ? [new Pack(r)] : [])), totalCount }
  }

  /** The agent-policy ids the pack targets (batched). */
  policyIds(ctx: PacksContext, pack: Pack): Promise<string[]> {
    return ctx.loaders.packPolicyIds.load(pack.row.id)
  }
}
export const packQueriesService = new PackQueriesService()
