import type { Database } from '@fleetgraph/prisma'
import { mapPrismaErrors, type PageWindow } from '@fleetgraph/subgraph-kit'
import type { PackRow } from './pack.type.js'
import { and, asTimestamp, byParent, contains, pageSql, parentsPageSql, sql, type PageQuery, type Sql } from '../paging/page.repository.js'

/** The sort keys of a pack (what a page of packs fetches before loading the packs by id). */
export interface PackKeyRow { id: number; name: string; created_at: Date; updated_at: Date }
export interface PackPageFilter { search?: string | null }
export type PackSort = { field: 'NAME' | 'CREATED_AT' | 'UPDATED_AT'; desc: boolean }

const packKeys = (f: PackSort['field']): { keys: Sql[]; cursorValues: PageQuery['cursorValues'] } => {
  if (f === 'NAME') return { keys: [sql`p.name`, sql`p.id`], cursorValues: undefined }
  const col = f === 'CREATED_AT' ? sql`p.created_at` : sql`p.updated_at`
  return { keys: [col, sql`p.id`], cursorValues: ([t, id]) => [asTimestamp(t), sql`${id}`] }
}
const packFilter = (f: PackPageFilter): Sql[] => (f.search ? [sql`p.name ILIKE ${contains(f.search)}`] : [])

/** Text for Prisma's `contains` (a LIKE): its wildcards and escape character match themselves. */
const likeText = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

const include = { hosts: { select: { host_id: true } }, labels: { select: { label_id: true } }, teams: { select: { team_id: true } } } as const

/** What the pack rules need from storage: pack.service.test.ts gives them a fake. */
export type PackStore = Pick<PackRepository, 'listUserPacks' | 'byName' | 'byIds' | 'create' | 'update' | 'delete' | 'existing'>

export class PackRepository {
  constructor(private readonly db: Database) {}

  listUserPacks(o: { search?: string | null; orderKey: string; desc: boolean; skip?: number; take?: number }): Promise<PackRow[]> {
    return this.db.prisma.pack.findMany({
      relationLoadStrategy: 'join', where: { pack_type: null, ...(o.search ? { name: { contains: likeText(o.search), mode: 'insensitive' } } : {}) }, include,
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

  /** One page of user packs (system packs are hidden, as in Fleet), keys only. */
  pageUserPacks(window: PageWindow, filter: PackPageFilter, sort: PackSort): Promise<PackKeyRow[]> {
    return this.db.prisma.$queryRaw<PackKeyRow[]>(pageSql({
      select: sql`p.id, p.name, p.created_at, p.updated_at`, from: sql`packs p`,
      where: [sql`p.pack_type IS NULL`, ...packFilter(filter)], ...packKeys(sort.field), desc: sort.desc, window,
    }))
  }

  async countUserPacks(filter: PackPageFilter): Promise<number> {
    const [r] = await this.db.prisma.$queryRaw<{ n: number }[]>(sql`SELECT count(*)::int AS n FROM packs p WHERE ${and([sql`p.pack_type IS NULL`, ...packFilter(filter)])}`)
    return r?.n ?? 0
  }

  /** The same page of the packs targeting each team (system packs included), in one statement. */
  async pageTeamPacks(teamIds: number[], window: PageWindow, filter: PackPageFilter, sort: PackSort): Promise<Map<number, PackKeyRow[]>> {
    const rows = await this.db.prisma.$queryRaw<(PackKeyRow & { parent_id: number })[]>(parentsPageSql(teamIds, {
      select: sql`p.id, p.name, p.created_at, p.updated_at`, from: sql`pack_teams pt JOIN packs p ON p.id = pt.pack_id`,
      where: [sql`pt.team_id = parent.id`, ...packFilter(filter)], ...packKeys(sort.field), desc: sort.desc, window,
    }))
    return byParent(teamIds, rows)
  }

  async countTeamPacks(teamIds: number[], filter: PackPageFilter): Promise<Map<number, number>> {
    const rows = await this.db.prisma.$queryRaw<{ team_id: number; n: number }[]>(sql`
      SELECT pt.team_id, count(*)::int AS n FROM pack_teams pt JOIN packs p ON p.id = pt.pack_id
      WHERE ${and([sql`pt.team_id = ANY(${teamIds}::int[])`, ...packFilter(filter)])} GROUP BY pt.team_id`)
    return new Map(rows.map((r) => [Number(r.team_id), Number(r.n)]))
  }

  /**
   * The packs reaching each host directly, through its labels or through its team, for many hosts
   * in one statement: the packs the agent API sends it (a disabled pack reaches the hosts and teams
   * it targets directly but not its labels' hosts, as in Fleet; a disabled pack Kibana wrote reaches
   * none, ADR 0013). `teamIds` limits to hosts of those teams (the caller's).
   */
  async packIdsForHosts(hostIds: number[], teamIds: number[] | null): Promise<Map<number, number[]>> {
    const rows = await this.db.sql.query<{ host_id: number; pack_id: number }>(`
      SELECT t.host_id, t.pack_id FROM (
        SELECT host_id, pack_id FROM pack_hosts WHERE host_id = ANY($1::int[])
        UNION SELECT lm.host_id, pl.pack_id FROM label_membership lm JOIN pack_labels pl ON pl.label_id = lm.label_id
          JOIN packs lp ON lp.id = pl.pack_id AND NOT lp.disabled WHERE lm.host_id = ANY($1::int[])
        UNION SELECT h.id, pt.pack_id FROM hosts h JOIN pack_teams pt ON pt.team_id = h.team_id WHERE h.id = ANY($1::int[])
      ) t JOIN hosts h ON h.id = t.host_id JOIN packs p ON p.id = t.pack_id
      WHERE ($2::int[] IS NULL OR h.team_id = ANY($2::int[])) AND NOT (p.disabled AND p.kibana IS NOT NULL)
      ORDER BY t.host_id, t.pack_id`, [hostIds, teamIds])
    const out = new Map<number, number[]>(hostIds.map((id) => [id, []]))
    for (const r of rows) out.get(Number(r.host_id))?.push(Number(r.pack_id))
    return out
  }

  /** The same page (by host id) of each pack's target hosts, in one statement; `teamIds` as in targetHostIds. */
  async pageTargetHosts(packIds: number[], window: PageWindow, teamIds: number[] | null): Promise<Map<number, { host_id: number }[]>> {
    const rows = await this.db.prisma.$queryRaw<{ parent_id: number; host_id: number }[]>(parentsPageSql(packIds, {
      select: sql`t.host_id`,
      from: sql`(SELECT ph.host_id FROM pack_hosts ph WHERE ph.pack_id = parent.id
        UNION SELECT lm.host_id FROM pack_labels pl JOIN label_membership lm ON lm.label_id = pl.label_id WHERE pl.pack_id = parent.id
        UNION SELECT h.id FROM pack_teams pt JOIN hosts h ON h.team_id = pt.team_id WHERE pt.pack_id = parent.id) t JOIN hosts h ON h.id = t.host_id`,
      where: teamIds ? [sql`h.team_id = ANY(${teamIds}::int[])`] : [], keys: [sql`t.host_id`], desc: false, window,
    }))
    return byParent(packIds, rows)
  }

  /** Which of `ids` exist in `table` (to report unknown targets as 422, not a foreign-key 500). */
  async existing(table: 'hosts' | 'labels' | 'teams', ids: number[]): Promise<Set<number>> {
    if (!ids.length) return new Set()
    const rows = await this.db.sql.query<{ id: number }>(`SELECT id FROM ${table} WHERE id = ANY($1::int[])`, [ids])
    return new Set(rows.map((r) => Number(r.id)))
  }
}
