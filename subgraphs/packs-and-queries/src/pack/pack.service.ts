// Pack rules (Fleet server/service/packs.go): observers read, admins and
// maintainers write; a blank name is a 400; duplicate names a 409; unknown
// targets a 422; system packs (global, team) keep their name and targets and
// cannot be deleted.
import {
  WRITERS, badRequest, emptyPage, forbidden, invalidArgument, notFound, pageWindow, parseId, requireReader, requireRole, toPage, validationFailed,
  type CursorKey, type FieldError, type Page, type PageWindow, searchText,
} from '@fleetgraph/subgraph-kit'
import type { Bus, HasViewer } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { HostRef } from '../refs/entity-refs.js'
import { canSeeTeam, hostReadScope, teamScope } from '../refs/visibility.js'
import { sortOrder, timeKey, type SortOrder } from '../paging/order.js'
import type { PackKeyRow, PackPageFilter, PackStore } from './pack.repository.js'
import { PackOrderField, type PacksArgs } from './pack.args.js'
import { PACK_EVENTS, Pack, type CreatePackInput, type PackEventPayload, type PackListInput, type PackRow, type UpdatePackInput } from './pack.type.js'

type PackSortOrder = SortOrder<PackOrderField>
const packCursor = (sort: PackSortOrder) => (k: PackKeyRow): CursorKey[] =>
  [sort.field === PackOrderField.NAME ? k.name : timeKey(sort.field === PackOrderField.CREATED_AT ? k.created_at : k.updated_at), k.id]
/** The window, filter and sort a packs connection's arguments ask for (BAD_REQUEST / PAGE_SIZE_EXCEEDED when invalid). */
function packRequest(args: PacksArgs): { window: PageWindow; filter: PackPageFilter; sort: PackSortOrder } {
  const sort = sortOrder(args.orderBy, PackOrderField.NAME)
  return { window: pageWindow(args, sort.name, 2), filter: { search: searchText(args.filter?.search) ?? null }, sort }
}

const ORDER_KEYS: Record<string, string> = {
  id: 'id', name: 'name', description: 'description', platform: 'platform', disabled: 'disabled',
  type: 'pack_type', pack_type: 'pack_type', created_at: 'created_at', updated_at: 'updated_at',
}
const MAX_TARGETS = 10_000
/** Fleet's pack names are VARCHAR(255) (MySQL refuses longer: 422); here a longer name would not fit the unique index. */
export const MAX_NAME = 255
const nameTooLong = () => invalidArgument('name', `must be at most ${MAX_NAME} characters`)

type Targets = { hostIds?: number[]; labelIds?: number[]; teamIds?: number[] }

/** What the pack rules use of a request: the caller, the pack store and its loaders, the bus for pack events. */
export interface PackServiceContext extends HasViewer {
  repos: { packs: PackStore }
  loaders: Pick<PacksContext['loaders'], 'pack' | 'targetHosts' | 'targetHostsForTeams' | 'scheduledCount'>
  bus: Bus
}

export class PackService {
  async list(ctx: PackServiceContext, f: PackListInput = {}): Promise<Pack[]> {
    requireReader(ctx)
    const key = f.orderKey ?? 'id'
    // own keys only: `constructor` or `__proto__` must not find Object's
    const orderKey = Object.hasOwn(ORDER_KEYS, key) ? ORDER_KEYS[key] : undefined
    if (!orderKey) throw badRequest(`unknown order_key: ${f.orderKey}`)
    const dir = f.orderDirection ?? 'asc'
    if (dir !== 'asc' && dir !== 'desc') throw badRequest(`unknown order_direction: ${dir}`)
    if ((f.page ?? 0) < 0 || (f.perPage != null && f.perPage < 1)) throw badRequest('page must be 0 or more and per_page 1 or more')
    const rows = await ctx.repos.packs.listUserPacks({
      search: searchText(f.search) ?? null, orderKey, desc: dir === 'desc', take: f.perPage ?? undefined, skip: f.perPage ? (f.page ?? 0) * f.perPage : undefined,
    })
    return rows.map((r) => new Pack(r))
  }

  /** A page of user packs (the `packs` connection). */
  async page(ctx: PacksContext, args: PacksArgs): Promise<Page<Pack>> {
    requireReader(ctx)
    const { window, filter, sort } = packRequest(args)
    const keys = await ctx.repos.packs.pageUserPacks(window, filter, sort)
    return this.toPackPage(ctx, keys, window, sort, () => ctx.repos.packs.countUserPacks(filter))
  }

  /** A page of the packs targeting a team (system packs included); empty for a team the caller may not see. */
  async teamPage(ctx: PacksContext, teamId: number, args: PacksArgs): Promise<Page<Pack>> {
    const v = requireReader(ctx)
    const { window, filter, sort } = packRequest(args)
    if (!canSeeTeam(v, teamId)) return emptyPage()
    const keys = await ctx.loaders.teamPacks({ window, filter, sort }).load(teamId)
    return this.toPackPage(ctx, keys, window, sort, () => ctx.loaders.teamPackCounts(filter).load(teamId))
  }

  /**
   * The packs reaching a host directly, through its labels or its team, by name; none for a host the
   * caller may not see. A device (Fleet Desktop) reads its own host's.
   */
  async forHost(ctx: PacksContext, hostId: number): Promise<Pack[]> {
    const ids = await ctx.loaders.hostPackIds(hostReadScope(ctx, hostId)).load(hostId)
    const rows = (await ctx.loaders.pack.loadMany(ids)).filter((r): r is PackRow => !!r && !(r instanceof Error))
    return rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id)).map((r) => new Pack(r))
  }

  /** The pack's targets by id; a device (which reads the packs reaching its host) may not see them. */
  targets(ctx: Pick<PacksContext, 'device'>, pack: Pack): { hosts: string[]; labels: string[]; teams: string[] } {
    if (ctx.device) throw forbidden()
    return {
      hosts: pack.row.hosts.map((h) => String(h.host_id)),
      labels: pack.row.labels.map((l) => String(l.label_id)),
      teams: pack.row.teams.map((t) => String(t.team_id)),
    }
  }

  /** A page (by host id) of the pack's target hosts the caller may see. */
  async hostsPage(ctx: PacksContext, pack: Pack, args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null }): Promise<Page<HostRef>> {
    const v = requireReader(ctx)
    const window = pageWindow(args, 'ID_ASC', 1)
    const rows = await ctx.loaders.targetHostPages({ window, teams: teamScope(v) }).load(pack.row.id)
    return toPage(rows, window, (r) => [r.host_id], (r) => new HostRef(r.host_id), async () => (await this.targetHostIds(ctx, pack)).length)
  }

  private async toPackPage(ctx: PacksContext, keys: PackKeyRow[], window: PageWindow, sort: PackSortOrder, count: () => Promise<number>): Promise<Page<Pack>> {
    const rows = await ctx.loaders.pack.loadMany(keys.map((k) => k.id))
    // A pack deleted between the two reads is left out of the page.
    const found = keys.flatMap((k, i) => { const r = rows[i]; return r && !(r instanceof Error) ? [{ k, r }] : [] })
    return toPage(found, window, (x) => packCursor(sort)(x.k), (x) => new Pack(x.r), count)
  }

  async get(ctx: PackServiceContext, id: string): Promise<Pack> {
    requireReader(ctx)
    const n = parseId(id, 'Pack')
    const row = n ? await ctx.loaders.pack.load(n) : null
    if (!row) throw notFound('Pack', id)
    return new Pack(row)
  }

  async create(ctx: PackServiceContext, input: CreatePackInput): Promise<Pack> {
    requireRole(ctx, WRITERS)
    if (!input.name?.trim()) throw badRequest('pack payload verification: pack name cannot be empty')
    if (input.name.length > MAX_NAME) throw nameTooLong()
    const targets = await this.checkTargets(ctx, input)
    const row = await ctx.repos.packs.create({
      name: input.name, description: input.description ?? '', platform: input.platform ?? '', disabled: !!input.disabled,
      hostIds: targets.hostIds ?? [], labelIds: targets.labelIds ?? [], teamIds: targets.teamIds ?? [],
    })
    await this.publish(ctx, { kind: 'created', packId: row.id })
    return new Pack(row)
  }

  async update(ctx: PackServiceContext, id: string, input: UpdatePackInput): Promise<Pack> {
    requireRole(ctx, WRITERS)
    const n = parseId(id, 'Pack')
    const existing = n ? await ctx.repos.packs.byIds([n]).then((r) => r[0]) : undefined
    if (!existing) throw notFound('Pack', id)
    if (input.name != null && !input.name.trim()) throw badRequest('pack payload verification: pack name cannot be empty')
    if (input.name != null && input.name.length > MAX_NAME) throw nameTooLong()
    const targets = await this.checkTargets(ctx, input)
    const system = existing.pack_type != null
    const row = await ctx.repos.packs.update(existing.id, {
      // System packs: only platform and disabled apply (Fleet ignores the rest).
      ...(system ? {} : { name: input.name ?? undefined, description: input.description ?? undefined }),
      platform: input.platform ?? undefined, disabled: input.disabled ?? undefined,
    }, system ? {} : targets)
    await this.publish(ctx, { kind: 'updated', packId: row.id })
    return new Pack(row)
  }

  async deleteByName(ctx: PackServiceContext, name: string): Promise<boolean> {
    requireRole(ctx, WRITERS)
    const row = await ctx.repos.packs.byName(name)
    if (!row) throw notFound('Pack', name)
    return this.remove(ctx, row.id, row.pack_type)
  }

  async deleteById(ctx: PackServiceContext, id: string): Promise<boolean> {
    requireRole(ctx, WRITERS)
    const n = parseId(id, 'Pack')
    const row = n ? (await ctx.repos.packs.byIds([n]))[0] : undefined
    if (!row) throw notFound('Pack', id)
    return this.remove(ctx, row.id, row.pack_type)
  }

  /** The pack's resolved target hosts, limited to the hosts the caller may see. */
  async targetHostIds(ctx: PackServiceContext, pack: Pack): Promise<number[]> {
    const v = requireReader(ctx)
    const loader = v.globalRole ? ctx.loaders.targetHosts : ctx.loaders.targetHostsForTeams(v.teams.map((t) => t.teamId))
    return loader.load(pack.row.id)
  }

  async queryCount(ctx: PackServiceContext, pack: Pack): Promise<number> {
    return ctx.loaders.scheduledCount.load(pack.row.id)
  }

  private async remove(ctx: PackServiceContext, id: number, type: string | null): Promise<boolean> {
    if (type != null) throw invalidArgument('base', `cannot delete pack_type ${type}`)
    await ctx.repos.packs.delete(id)
    await this.publish(ctx, { kind: 'deleted', packId: id })
    return true
  }

  private async publish(ctx: PackServiceContext, ev: PackEventPayload) {
    await ctx.bus.pubSub.publish(PACK_EVENTS, ev)
  }

  /** Parses target ids and checks they exist: unknown ids are a 422 naming the field. */
  private async checkTargets(ctx: PackServiceContext, input: { hostIds?: string[] | null; labelIds?: string[] | null; teamIds?: string[] | null }): Promise<Targets> {
    const errs: FieldError[] = []
    const out: Targets = {}
    const kinds = [['host_ids', 'hosts', 'hostIds', 'Host'], ['label_ids', 'labels', 'labelIds', 'Label'], ['team_ids', 'teams', 'teamIds', 'Team']] as const
    for (const [field, table, key, type] of kinds) {
      const raw = input[key]
      if (raw == null) continue
      if (raw.length > MAX_TARGETS) { errs.push({ name: field, reason: `at most ${MAX_TARGETS} targets` }); continue }
      const ids = new Set<number>()
      raw.forEach((r, i) => { const n = parseId(r, type); if (n) ids.add(n); else errs.push({ name: `${field}[${i}]`, reason: `invalid id: ${r}` }) })
      const known = await ctx.repos.packs.existing(table, [...ids])
      for (const id of ids) if (!known.has(id)) errs.push({ name: field, reason: `${table.slice(0, -1)} ${id} does not exist` })
      out[key] = [...ids]
    }
    if (errs.length) throw validationFailed(errs)
    return out
  }
}
export const packService = new PackService()
