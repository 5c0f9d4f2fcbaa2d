// Label specs (fleetctl get/apply labels). Rules, as in Fleet 2023-era:
// admins and maintainers apply, anyone with a role reads; labels are upserted
// by name in one transaction; builtin labels can be neither changed nor
// shadowed; manual labels carry their members' hostnames, dynamic ones never.
import {
  WRITERS, badRequest, mapPrismaErrors, notFound, requireReader, requireRole, validationFailed, type FieldError,
} from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { LabelSpec, type LabelSpecInput } from './label-spec.type.js'
import type { LabelSpecWrite } from './label-spec.repository.js'

/** Fleet's reserved builtin names: refused even if the seeded row were missing. */
const RESERVED_NAMES = ['All Hosts', 'macOS', 'Ubuntu Linux', 'CentOS Linux', 'MS Windows', 'Red Hat Linux', 'All Linux', 'chrome']
const MEMBERSHIP_TYPES = new Set(['dynamic', 'manual'])
const LABEL_TYPES = new Set(['regular', 'builtin'])
const MAX_NAME = 255

export class LabelSpecService {
  async list(ctx: InventoryContext): Promise<LabelSpec[]> {
    requireReader(ctx)
    return (await ctx.repos.labelSpecs.list()).map((r) => new LabelSpec(r))
  }

  async get(ctx: InventoryContext, name: string): Promise<LabelSpec> {
    requireReader(ctx)
    const [row] = await ctx.repos.labelSpecs.list(name)
    if (!row) throw notFound('Label', name)
    return new LabelSpec(row)
  }

  async apply(ctx: InventoryContext, specs: LabelSpecInput[]): Promise<boolean> {
    requireRole(ctx, WRITERS)
    // Decoding rules first (Fleet rejects these while reading the JSON): 400.
    for (const s of specs) {
      if (s.labelMembershipType != null && !MEMBERSHIP_TYPES.has(s.labelMembershipType)) throw badRequest(`invalid label_membership_type: ${s.labelMembershipType}`)
      if (s.labelType != null && !LABEL_TYPES.has(s.labelType)) throw badRequest(`invalid label_type: ${s.labelType}`)
    }
    // Builtins are matched without case: PostgreSQL names are case-sensitive, Fleet's MySQL names are not.
    const builtin = new Set([...RESERVED_NAMES, ...(await ctx.repos.labelSpecs.builtinNames())].map((n) => n.toLowerCase()))
    const errs: FieldError[] = []
    const writes: LabelSpecWrite[] = specs.map((s) => {
      const name = s.name ?? ''
      const type = (s.labelMembershipType ?? 'dynamic') as LabelSpecWrite['label_membership_type']
      const query = s.query ?? ''
      if (!name.trim()) errs.push({ name: 'name', reason: 'label name must not be empty' })
      else if (name.length > MAX_NAME) errs.push({ name: 'name', reason: `label name must be at most ${MAX_NAME} characters` })
      else if (s.labelType === 'builtin' || builtin.has(name.toLowerCase())) errs.push({ name: 'base', reason: `cannot modify built-in label '${name}'` })
      if (type === 'dynamic' && s.hosts?.length) errs.push({ name: 'hosts', reason: `label ${name} is declared as dynamic but contains \`hosts\` key` })
      if (type === 'dynamic' && !query.trim()) errs.push({ name: 'query', reason: `label ${name} is declared as dynamic but has no query` })
      if (type === 'manual' && s.hosts == null) errs.push({ name: 'hosts', reason: `label ${name} is declared as manual but contains no \`hosts\` key` })
      return {
        name, description: s.description ?? '', query, platform: s.platform ?? '', label_membership_type: type,
        hosts: type === 'manual' ? [...new Set(s.hosts ?? [])] : null,
      }
    })
    if (errs.length) throw validationFailed(errs)
    // A spec naming a label twice: the last one wins, as with Fleet's INSERT … ON DUPLICATE KEY UPDATE.
    await mapPrismaErrors('label', () => ctx.repos.labelSpecs.apply(writes))
    return true
  }
}
export const labelSpecService = new LabelSpecService()
