// Pack specs (Fleet ApplyPackSpecs): upsert by name; a spec replaces the
// pack's scheduled queries and targets (host targets are dropped, labels and
// teams come by name); system packs are skipped. All or nothing.
import {
  FleetError, WRITERS, alreadyExists, badRequest, notFound, requireReader, requireRole, validationFailed,
} from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { MAX_NAME } from '../pack/pack.service.js'
import { MAX_INTERVAL } from '../scheduled-query/scheduled-query.service.js'
import type { ResolvedPackSpec } from './pack-spec.repository.js'
import type { PackSpec, PackSpecInput } from './pack-spec.type.js'

const MAX_SPECS = 1000
const MAX_QUERIES = 1000

type PackWithSpec = Awaited<ReturnType<PacksContext['repos']['packSpecs']['userPacks']>>[number]

function toSpec(p: PackWithSpec): PackSpec {
  const labels = p.labels.map((l) => l.label.name)
  const teams = p.teams.map((t) => t.team.name)
  return {
    id: String(p.id), name: p.name, description: p.description, platform: p.platform, disabled: p.disabled,
    targets: { labels: labels.length ? labels : null, teams: teams.length ? teams : null },
    queries: p.scheduled.map((q) => ({
      query: q.query_name, name: q.name, description: q.description, interval: q.interval, snapshot: q.snapshot, removed: q.removed,
      platform: q.platform, version: q.version, shard: q.shard, denylist: q.denylist,
    })),
  }
}

export class PackSpecService {
  async list(ctx: PacksContext): Promise<PackSpec[]> {
    requireReader(ctx)
    return (await ctx.repos.packSpecs.userPacks()).map(toSpec)
  }

  async byName(ctx: PacksContext, name: string): Promise<PackSpec> {
    requireReader(ctx)
    const [p] = await ctx.repos.packSpecs.userPacks(name)
    if (!p) throw notFound('Pack', name)
    return toSpec(p)
  }

  async apply(ctx: PacksContext, specs: PackSpecInput[]): Promise<boolean> {
    requireRole(ctx, WRITERS)
    if (specs.length > MAX_SPECS) throw validationFailed([{ name: 'specs', reason: `at most ${MAX_SPECS} specs per request` }])
    for (const s of specs) {
      if (!s.name?.trim()) throw badRequest('pack payload verification: pack name cannot be empty')
      if (s.name.length > MAX_NAME) throw validationFailed([{ name: 'name', reason: `must be at most ${MAX_NAME} characters` }])
      if ((s.queries?.length ?? 0) > MAX_QUERIES) throw validationFailed([{ name: 'queries', reason: `at most ${MAX_QUERIES} queries per pack` }])
      for (const q of s.queries ?? []) {
        if (!Number.isInteger(q.interval) || q.interval < 1 || q.interval > MAX_INTERVAL) {
          throw badRequest(`pack payload verification: pack scheduled query interval must be an integer greater than 1 and less than ${MAX_INTERVAL}`)
        }
        if (q.shard != null && (q.shard < 0 || q.shard > 100)) throw validationFailed([{ name: 'shard', reason: 'must be between 0 and 100' }])
        if ((q.name ?? '').length > MAX_NAME) throw validationFailed([{ name: 'queries.name', reason: `must be at most ${MAX_NAME} characters` }])
      }
    }
    const repo = ctx.repos.packSpecs
    const system = await repo.systemPackNames()
    const wanted = specs.filter((s) => !system.has(s.name))
    const all = (pick: (s: PackSpecInput) => (string | null | undefined)[] | null | undefined) => [...new Set(wanted.flatMap((s) => (pick(s) ?? []).filter((x): x is string => !!x)))]
    const [labels, teams, queries] = await Promise.all([
      repo.idsByName('labels', all((s) => s.targets?.labels)),
      repo.idsByName('teams', all((s) => s.targets?.teams)),
      repo.idsByName('queries', all((s) => s.queries?.map((q) => q.query))),
    ])
    const lookup = (map: Map<string, number>, kind: string, names: string[] | null | undefined) => (names ?? []).map((n) => {
      const id = map.get(n)
      if (id === undefined) throw notFound(kind, `'${n}'`)
      return id
    })
    const resolved: ResolvedPackSpec[] = wanted.map((s) => {
      const names = new Set<string>()
      return {
        name: s.name, description: s.description ?? '', platform: s.platform ?? '', disabled: !!s.disabled,
        labelIds: [...new Set(lookup(labels, 'Label', s.targets?.labels))],
        teamIds: [...new Set(lookup(teams, 'Team', s.targets?.teams))],
        queries: (s.queries ?? []).map((q) => {
          const queryId = queries.get(q.query)
          if (queryId === undefined) throw new FleetError('NOT_FOUND', `cannot schedule unknown query '${q.query}'`)
          const name = q.name || q.query
          if (names.has(name)) throw alreadyExists('scheduled query', `'${name}' in pack '${s.name}'`)
          names.add(name)
          return {
            queryId, queryName: q.query, name, description: q.description ?? '', interval: q.interval,
            snapshot: q.snapshot ?? null, removed: q.removed ?? null, platform: q.platform ?? '', version: q.version ?? '',
            shard: q.shard ?? null, denylist: q.denylist ?? null,
          }
        }),
      }
    })
    await repo.apply(resolved)
    return true
  }
}
export const packSpecService = new PackSpecService()
