import type { Database } from '@fleetgraph/prisma'
import { mapPrismaErrors } from '@fleetgraph/subgraph-kit'
import type { PackRow } from './pack.type.js'

const include = { hosts: { select: { host_id: true } }, labels: { select: { label_id: true } }, teams: { select: { team_id: true } } } as const

/** What the pack rules need from storage: pack.service.test.ts gives them a fake. */
export type PackStore = Pick<PackRepository, 'listUserPacks' | 'byName' | 'byIds' | 'create' | 'update' | 'delete' | 'existing'>

export class PackRepository {
  constructor(private readonly db: Database) {}

  listUserPacks(o: { orderKey: string; desc: boolean; skip?: number; take?: number }): Promise<PackRow[]> {
    return this.db.prisma.pack.findMany({
      relationLoadStrategy: 'join', where: { pack_type: null }, include,
      orderBy: [{ [o.orderKey]: o.desc ? 'desc' : 'asc' }, { id: 'asc' }], skip: o.skip, take: o.take,
    })
  }

  byName(name: string): Promise<PackRow | null> {
    return this.db.prisma.pack.findUnique({ relationLoadStrategy: 'join', where: { name }, include })
  }

  /** Updates fields and replaces the target kinds given, in one transaction. */
  update(id: number, f: { name?: string; description?: string; platform?: string; disabled?: boolean }, t: { hostIds?: number[]; labelIds?: number[]; teamIds?: number[] }): Promise<PackRow> {
    return mapPrismaErrors('pack', () => this.db.prisma.$transaction(async (tx) => {
      if (t.hostIds) { await tx.packHost.deleteMany({ where: { pack_id: id } }); await tx.packHost.createMany({ data: t.hostIds.map((host_id) => ({ pack_id: id, host_id })) }) }
      if (t.labelIds) { await tx.packLabel.deleteMany({ where: { pack_id: id } }); await tx.packLabel.createMany({ data: t.labelIds.map((label_id) => ({ pack_id: id, label_id })) }) }
      if (t.teamIds) { await tx.packTeam.deleteMany({ where: { pack_id: id } }); await tx.packTeam.createMany({ data: t.teamIds.map((team_id) => ({ pack_id: id, team_id })) }) }
      return tx.pack.update({ where: { id }, data: f, include })
    }))
  }

  async delete(id: number): Promise<void> {
    await this.db.prisma.pack.deleteMany({ where: { id } })
  }

  byIds(ids: number[]): Promise<PackRow[]> {
    return this.db.prisma.pack.findMany({ relationLoadStrategy: 'join', where: { id: { in: ids } }, include })
  }

  create(p: { name: string; description: string; platform: string; disabled: boolean; hostIds: number[]; labelIds: number[]; teamIds: number[] }): Promise<PackRow> {
    return mapPrismaErrors('pack', () => this.db.prisma.pack.create({
      data: {
        name: p.name, description: p.description, platform: p.platform, disabled: p.disabled,
        hosts: { createMany: { data: p.hostIds.map((host_id) => ({ host_id })) } },
        labels: { createMany: { data: p.labelIds.map((label_id) => ({ label_id })) } },
        teams: { createMany: { data: p.teamIds.map((team_id) => ({ team_id })) } },
      },
      include,
    }))
  }

  /**
   * Distinct hosts each pack reaches through its host, label and team targets,
   * for many packs in one statement. `teamIds` limits to hosts of those teams.
   */
  async targetHostIds(packIds: number[], teamIds: number[] | null): Promise<Map<number, number[]>> {
    const rows = await this.db.sql.query<{ pack_id: number; host_id: number }>(`
      SELECT t.pack_id, t.host_id FROM (
        SELECT pack_id, host_id FROM pack_hosts WHERE pack_id = ANY($1::int[])
        UNION SELECT pl.pack_id, lm.host_id FROM pack_labels pl JOIN label_membership lm ON lm.label_id = pl.label_id WHERE pl.pack_id = ANY($1::int[])
        UNION SELECT pt.pack_id, h.id FROM pack_teams pt JOIN hosts h ON h.team_id = pt.team_id WHERE pt.pack_id = ANY($1::int[])
      ) t JOIN hosts h ON h.id = t.host_id
      WHERE $2::int[] IS NULL OR h.team_id = ANY($2::int[])
      ORDER BY t.pack_id, t.host_id`, [packIds, teamIds])
    const out = new Map<number, number[]>(packIds.map((id) => [id, []]))
    for (const r of rows) out.get(Number(r.pack_id))?.push(Number(r.host_id))
    return out
  }

  /** Which of `ids` exist in `table` (to report unknown targets as 422, not a foreign-key 500). */
  async existing(table: 'hosts' | 'labels' | 'teams', ids: number[]): Promise<Set<number>> {
    if (!ids.length) return new Set()
    const rows = await this.db.sql.query<{ id: number }>(`SELECT id FROM ${table} WHERE id = ANY($1::int[])`, [ids])
    return new Set(rows.map((r) => Number(r.id)))
  }
}
