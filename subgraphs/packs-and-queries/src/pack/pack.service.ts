// Pack rules (Fleet server/service/packs.go): observers read, admins and
// maintainers write; a blank name is a 400; duplicate names a 409; unknown
// targets a 422; system packs (global, team) keep their name and targets and
// cannot be deleted.
import {
  WRITERS, badRequest, invalidArgument, notFound, parseId, requireReader, requireRole, validationFailed, type FieldError,
} from '@fleetgraph/subgraph-kit'
import type { Bus, HasViewer } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import type { PackStore } from './pack.repository.js'
import { PACK_EVENTS, Pack, type CreatePackInput, type PackEventPayload, type PackListInput, type UpdatePackInput } from './pack.type.js'

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
    const orderKey = ORDER_KEYS[f.orderKey ?? 'id']
    if (!orderKey) throw badRequest(`unknown order_key: ${f.orderKey}`)
    const dir = f.orderDirection ?? 'asc'
    if (dir !== 'asc' && dir !== 'desc') throw badRequest(`unknown order_direction: ${dir}`)
    if ((f.page ?? 0) < 0 || (f.perPage != null && f.perPage < 1)) throw badRequest('page must be 0 or more and per_page 1 or more')
    const rows = await ctx.repos.packs.listUserPacks({
      orderKey, desc: dir === 'desc', take: f.perPage ?? undefined, skip: f.perPage ? (f.page ?? 0) * f.perPage : undefined,
    })
    return rows.map((r) => new Pack(r))
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
