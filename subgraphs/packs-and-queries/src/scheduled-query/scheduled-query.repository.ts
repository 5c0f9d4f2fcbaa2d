import type { Database } from '@fleetgraph/prisma'
import { mapPrismaErrors } from '@fleetgraph/subgraph-kit'
import type { ScheduledQueryRow } from './scheduled-query.type.js'

const include = { saved_query: { select: { query: true } } } as const

export interface ScheduledFields {
  interval?: number; snapshot?: boolean | null; removed?: boolean | null; platform?: string; version?: string; shard?: number | null
}

export class ScheduledQueryRepository {
  constructor(private readonly db: Database) {}

  /** A pack's scheduled queries ordered by `orderKey` (a column name from the service's allowlist), the id breaking ties. */
  byPack(packId: number, o: { orderKey?: string; desc?: boolean; skip?: number; take?: number } = {}): Promise<ScheduledQueryRow[]> {
    const dir: 'asc' | 'desc' = o.desc ? 'desc' : 'asc'
    const orderBy: Record<string, 'asc' | 'desc'>[] = [...(o.orderKey && o.orderKey !== 'id' ? [{ [o.orderKey]: dir }] : []), { id: dir }]
    return this.db.prisma.scheduledQuery.findMany({ relationLoadStrategy: 'join', where: { pack_id: packId }, include, orderBy, skip: o.skip, take: o.take })
  }

  /** The scheduled queries of many packs in one statement, each pack's in schedule order. */
  async byPacks(packIds: number[]): Promise<Map<number, ScheduledQueryRow[]>> {
    const rows = await this.db.prisma.scheduledQuery.findMany({ relationLoadStrategy: 'join', where: { pack_id: { in: packIds } }, include, orderBy: { id: 'asc' } })
    const out = new Map<number, ScheduledQueryRow[]>()
    for (const r of rows) { const l = out.get(r.pack_id); if (l) l.push(r); else out.set(r.pack_id, [r]) }
    return out
  }

  /** Many scheduled queries in one statement (references and node refetch). */
  byIds(ids: number[]): Promise<ScheduledQueryRow[]> {
    return this.db.prisma.scheduledQuery.findMany({ relationLoadStrategy: 'join', where: { id: { in: ids } }, include })
  }

  byId(id: number): Promise<ScheduledQueryRow | null> {
    return this.db.prisma.scheduledQuery.findUnique({ relationLoadStrategy: 'join', where: { id }, include })
  }

  /** Scheduled-query counts for many packs in one statement. */
  async countByPacks(packIds: number[]): Promise<Map<number, number>> {
    const rows = await this.db.prisma.scheduledQuery.groupBy({ by: ['pack_id'], where: { pack_id: { in: packIds } }, _count: { _all: true } })
    return new Map(rows.map((r) => [r.pack_id, r._count._all]))
  }

  /**
   * Adds a query to a pack under a name unique in the pack: the query's name,
   * then name-1, name-1-1, … (Fleet's rule). Runs in one transaction.
   */
  create(packId: number, query: { id: number; name: string }, f: ScheduledFields & { interval: number }): Promise<ScheduledQueryRow> {
    return mapPrismaErrors('scheduled query', () => this.db.prisma.$transaction(async (tx) => {
      const taken = new Set((await tx.scheduledQuery.findMany({ where: { pack_id: packId }, select: { name: true } })).map((r) => r.name))
      let name = query.name
      while (taken.has(name)) name += '-1'
      return tx.scheduledQuery.create({
        data: { pack_id: packId, query_id: query.id, name, query_name: query.name, ...f, platform: f.platform ?? '', version: f.version ?? '' },
        include,
      })
    }))
  }

  update(id: number, f: ScheduledFields): Promise<ScheduledQueryRow> {
    return mapPrismaErrors('scheduled query', () => this.db.prisma.scheduledQuery.update({ where: { id }, data: f, include }))
  }

  async delete(id: number): Promise<boolean> {
    return (await this.db.prisma.scheduledQuery.deleteMany({ where: { id } })).count > 0
  }

  savedQuery(id: number) {
    return this.db.prisma.savedQuery.findUnique({ where: { id }, select: { id: true, name: true } })
  }

  packExists(id: number): Promise<boolean> {
    return this.db.prisma.pack.count({ where: { id } }).then((n) => n > 0)
  }
}
