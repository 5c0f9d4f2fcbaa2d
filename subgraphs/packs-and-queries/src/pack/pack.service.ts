// Pack rules (Fleet server/service/packs.go): observers read, admins and
// maintainers write; a blank name is a 400; duplicate names a 409; unknown
// targets a 422.
import {
  WRITERS, badRequest, parseId, requireReader, requireRole, validationFailed, type FieldError,
} from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { PACK_EVENTS, Pack, type CreatePackInput, type PackEventPayload } from './pack.type.js'

function ids(field: string, raw: string[] | null | undefined, errs: FieldError[]): number[] {
  const out = new Set<number>()
  ;(raw ?? []).forEach((r, i) => { const n = parseId(r); if (n) out.add(n); else errs.push({ name: `${field}[${i}]`, reason: `invalid id: ${r}` }) })
  return [...out]
}

export class PackService {
  async list(ctx: PacksContext): Promise<Pack[]> {
    requireReader(ctx)
    return (await ctx.repos.packs.listUserPacks()).map((r) => new Pack(r))
  }

  async get(ctx: PacksContext, id: number): Promise<Pack | null> {
    requireReader(ctx)
    const row = await ctx.loaders.pack.load(id)
    return row ? new Pack(row) : null
  }

  async create(ctx: PacksContext, input: CreatePackInput): Promise<Pack> {
    requireRole(ctx, WRITERS)
    if (!input.name?.trim()) throw badRequest('pack payload verification: pack name cannot be empty')
    const errs: FieldError[] = []
    const hostIds = ids('host_ids', input.hostIds, errs)
    const labelIds = ids('label_ids', input.labelIds, errs)
    const teamIds = ids('team_ids', input.teamIds, errs)
    for (const [field, table, list] of [['host_ids', 'hosts', hostIds], ['label_ids', 'labels', labelIds], ['team_ids', 'teams', teamIds]] as const) {
      const known = await ctx.repos.packs.existing(table, list)
      for (const id of list) if (!known.has(id)) errs.push({ name: field, reason: `${table.slice(0, -1)} ${id} does not exist` })
    }
    if (errs.length) throw validationFailed(errs)
    const row = await ctx.repos.packs.create({
      name: input.name, description: input.description ?? '', platform: input.platform ?? '', disabled: !!input.disabled,
      hostIds, labelIds, teamIds,
    })
    await ctx.bus.pubSub.publish(PACK_EVENTS, { kind: 'created', packId: row.id } satisfies PackEventPayload)
    return new Pack(row)
  }

  /** The pack's resolved target hosts, limited to the hosts the caller may see. */
  async targetHostIds(ctx: PacksContext, pack: Pack): Promise<number[]> {
    const v = requireReader(ctx)
    const loader = v.globalRole ? ctx.loaders.targetHosts : ctx.loaders.targetHostsForTeams(v.teams.map((t) => t.teamId))
    return loader.load(pack.row.id)
  }
}
export const packService = new PackService()
