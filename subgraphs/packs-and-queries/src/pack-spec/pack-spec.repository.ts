// Pack specs: read whole packs by name, and apply a list of specs in one
// transaction (upsert each pack; replace its scheduled queries and targets).
import type { Database } from '@fleetgraph/prisma'
import { mapPrismaErrors } from '@fleetgraph/subgraph-kit'

const include = {
  labels: { select: { label: { select: { name: true } } }, orderBy: { label_id: 'asc' } },
  teams: { select: { team: { select: { name: true } } }, orderBy: { team_id: 'asc' } },
  scheduled: { orderBy: { id: 'asc' } },
} as const

export interface ResolvedPackSpec {
  name: string; description: string; platform: string; disabled: boolean
  labelIds: number[]; teamIds: number[]
  queries: { queryId: number; queryName: string; name: string; description: string; interval: number; snapshot: boolean | null; removed: boolean | null; platform: string; version: string; shard: number | null; denylist: boolean | null }[]
}

export class PackSpecRepository {
  constructor(private readonly db: Database) {}

  userPacks(name?: string) {
    return this.db.prisma.pack.findMany({ where: { pack_type: null, ...(name !== undefined ? { name } : {}) }, include, orderBy: { id: 'asc' } })
  }

  systemPackNames(): Promise<Set<string>> {
    return this.db.prisma.pack.findMany({ where: { pack_type: { not: null } }, select: { name: true } }).then((r) => new Set(r.map((p) => p.name)))
  }

  async idsByName(table: 'labels' | 'teams' | 'queries', names: string[]): Promise<Map<string, number>> {
    if (!names.length) return new Map()
    const rows = await this.db.sql.query<{ id: number; name: string }>(`SELECT id, name FROM ${table} WHERE name = ANY($1::text[])`, [names])
    return new Map(rows.map((r) => [r.name, Number(r.id)]))
  }

  apply(specs: ResolvedPackSpec[]): Promise<void> {
    return mapPrismaErrors('scheduled query', () => this.db.prisma.$transaction(async (tx) => {
      for (const s of specs) {
        const fields = { description: s.description, platform: s.platform, disabled: s.disabled }
        const pack = await tx.pack.upsert({ where: { name: s.name }, create: { name: s.name, ...fields }, update: fields, select: { id: true } })
        await tx.scheduledQuery.deleteMany({ where: { pack_id: pack.id } })
        await tx.packHost.deleteMany({ where: { pack_id: pack.id } })
        await tx.packLabel.deleteMany({ where: { pack_id: pack.id } })
        await tx.packTeam.deleteMany({ where: { pack_id: pack.id } })
        await tx.packLabel.createMany({ data: s.labelIds.map((label_id) => ({ pack_id: pack.id, label_id })) })
        await tx.packTeam.createMany({ data: s.teamIds.map((team_id) => ({ pack_id: pack.id, team_id })) })
        // one at a time: keeps the spec's order in the ids, so GET returns the queries as applied
        for (const q of s.queries) {
          await tx.scheduledQuery.create({
            data: {
              pack_id: pack.id, query_id: q.queryId, query_name: q.queryName, name: q.name, description: q.description, interval: q.interval,
              snapshot: q.snapshot, removed: q.removed, platform: q.platform, version: q.version, shard: q.shard, denylist: q.denylist,
            },
          })
        }
      }
    }, { timeout: 60_000 }))
  }
}
