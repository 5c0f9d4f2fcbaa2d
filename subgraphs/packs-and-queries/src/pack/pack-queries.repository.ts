// Packs with their queries written inline (Kibana's packs, ADR 0013): each query is a scheduled query
// with an unsaved query row behind it (FleetDM schedules only stored queries), owned by the pack
// (queries.pack_id) so it goes with it. Targets are teams and, for the default policy, "All Hosts".
import { Prisma, type Database, type PrismaClient } from '@fleetgraph/prisma'
import { DEFAULT_AGENT_POLICY_ID, mapPrismaErrors, type OffsetWindow } from '@fleetgraph/subgraph-kit'
import type { PackKeyRow, PackSort } from './pack.repository.js'

const { sql, raw } = Prisma.Prisma
type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]
const json = (v: object | null | undefined) => (v == null ? Prisma.Prisma.DbNull : v as Prisma.Prisma.InputJsonValue)

/** A pack query as stored: the scheduled query's columns and its Kibana attributes. */
export interface InlineQuery {
  name: string; query: string; interval: number; platform: string; version: string
  snapshot: boolean | null; removed: boolean | null; shard: number | null; kibana: object | null
}

/** The pack's own columns a write sets. */
export interface PackFields { name?: string; description?: string; disabled?: boolean; kibana?: object }

/** Targets a write replaces: the teams, and whether "All Hosts" is targeted (other labels and hosts stay). */
export interface PolicyTargets { teamIds: number[]; allHosts: boolean }

/** The unsaved query row behind an inline pack query: named after the pack and the query, unique. */
const inlineName = (packId: number, name: string) => `pack/${packId}/${name}`
/** Fleet's logging type for a pack query's snapshot/removed (Kibana's mapping). */
const loggingOf = (q: InlineQuery) => (q.snapshot ? 'snapshot' : q.removed === false ? 'differential_ignore_removals' : 'differential')

export class PackQueriesRepository {
  constructor(private readonly db: Database) {}

  /** The teams with these agent-policy ids (id and agent_policy_id), one statement. */
  teamsByPolicyIds(policyIds: string[]): Promise<{ id: number; agent_policy_id: string }[]> {
    if (!policyIds.length) return Promise.resolve([])
    return this.db.prisma.team.findMany({ where: { agent_policy_id: { in: policyIds } }, select: { id: true, agent_policy_id: true } })
  }

  /** The agent-policy ids each pack targets: its teams', and the default policy's when it targets "All Hosts". */
  async policyIdsByPacks(packIds: number[]): Promise<Map<number, string[]>> {
    const rows = await this.db.sql.query<{ pack_id: number; policy_id: string }>(`
      SELECT pack_id, policy_id FROM (
        SELECT pl.pack_id, $2::text AS policy_id, 0 AS ord FROM pack_labels pl JOIN labels l ON l.id = pl.label_id
        WHERE pl.pack_id = ANY($1::int[]) AND l.label_type = 'builtin' AND l.name = 'All Hosts'
        UNION ALL
        SELECT pt.pack_id, t.agent_policy_id, pt.team_id FROM pack_teams pt JOIN teams t ON t.id = pt.team_id WHERE pt.pack_id = ANY($1::int[])
      ) p ORDER BY pack_id, ord`, [packIds, DEFAULT_AGENT_POLICY_ID])
    const out = new Map<number, string[]>(packIds.map((id) => [id, []]))
    for (const r of rows) out.get(Number(r.pack_id))?.push(r.policy_id)
    return out
  }

  /** Whether another pack holds the name. */
  nameTaken(name: string, exceptId?: number): Promise<boolean> {
    return this.db.prisma.pack.count({ where: { name, ...(exceptId ? { id: { not: exceptId } } : {}) } }).then((n) => n > 0)
  }

  /** Kibana's copy name among packs (see SavedQueryRepository.copyName). */
  async copyName(base: string): Promise<string> {
    const copy = `${base}_copy`
    const [r] = await this.db.sql.query<{ taken: boolean; top: number | null }>(`
      SELECT EXISTS (SELECT 1 FROM packs WHERE name = $1) AS taken,
        (SELECT max(substring(name from char_length($1) + 2)::bigint) FROM packs
          WHERE left(name, char_length($1) + 1) = $1 || '_' AND substring(name from char_length($1) + 2) ~ '^[1-9][0-9]{0,9}$') AS top`, [copy])
    if (!r?.taken) return copy
    return `${copy}_${Math.max(1, Number(r.top ?? 1)) + 1}`
  }

  /** One numbered page of user packs, keys only (system packs are hidden, as in Fleet). */
  offsetPage(w: OffsetWindow, sort: PackSort): Promise<PackKeyRow[]> {
    const col = raw(sort.field === 'NAME' ? 'p.name' : sort.field === 'CREATED_AT' ? 'p.created_at' : 'p.updated_at')
    const dir = raw(sort.desc ? 'DESC' : 'ASC')
    return this.db.prisma.$queryRaw<PackKeyRow[]>(sql`
      SELECT p.id, p.name, p.created_at, p.updated_at FROM packs p WHERE p.pack_type IS NULL
      ORDER BY ${col} ${dir}, p.id ${dir} OFFSET ${w.offset} LIMIT ${w.limit}`)
  }

  /** The pack's scheduled queries with the SQL and owner of the query behind each. */
  scheduledWithQueries(packId: number) {
    return this.db.prisma.scheduledQuery.findMany({
      where: { pack_id: packId }, orderBy: { id: 'asc' },
      include: { saved_query: { select: { id: true, query: true, pack_id: true } } },
    })
  }

  private async allHostsLabel(tx: Tx): Promise<number> {
    const l = await tx.label.findFirst({ where: { label_type: 'builtin', name: 'All Hosts' }, select: { id: true } })
    if (!l) throw new Error('the builtin "All Hosts" label is missing')
    return l.id
  }

  private async setTargets(tx: Tx, packId: number, t: PolicyTargets): Promise<void> {
    const allHosts = await this.allHostsLabel(tx)
    await tx.packTeam.deleteMany({ where: { pack_id: packId } })
    await tx.packTeam.createMany({ data: t.teamIds.map((team_id) => ({ pack_id: packId, team_id })) })
    if (t.allHosts) await tx.packLabel.createMany({ data: [{ pack_id: packId, label_id: allHosts }], skipDuplicates: true })
    else await tx.packLabel.deleteMany({ where: { pack_id: packId, label_id: allHosts } })
  }

  /** Writes inline queries: one unsaved query row each (owned by the pack), then their schedules in order. */
  private async addInline(tx: Tx, packId: number, queries: InlineQuery[], authorId: number): Promise<void> {
    if (!queries.length) return
    const rows = await tx.savedQuery.createManyAndReturn({
      data: queries.map((q) => ({
        name: inlineName(packId, q.name), query: q.query, saved: false, pack_id: packId, author_id: authorId, updated_by_id: authorId,
        interval: q.interval, platform: q.platform, min_osquery_version: q.version, logging_type: loggingOf(q), kibana: json(q.kibana),
      })),
      select: { id: true, name: true },
    })
    const ids = new Map(rows.map((r) => [r.name, r.id]))
    await tx.scheduledQuery.createMany({
      data: queries.map((q) => ({
        pack_id: packId, query_id: ids.get(inlineName(packId, q.name))!, name: q.name, query_name: inlineName(packId, q.name),
        interval: q.interval, snapshot: q.snapshot, removed: q.removed, platform: q.platform, version: q.version, shard: q.shard, kibana: json(q.kibana),
      })),
    })
  }

  /** A new pack, its targets and its inline queries, in one transaction. */
  create(f: Required<Pick<PackFields, 'name' | 'description' | 'disabled' | 'kibana'>>, targets: PolicyTargets, queries: InlineQuery[], authorId: number): Promise<number> {
    return mapPrismaErrors('pack', () => this.db.prisma.$transaction(async (tx) => {
      const pack = await tx.pack.create({ data: { ...f, kibana: json(f.kibana), author_id: authorId, updated_by_id: authorId }, select: { id: true } })
      await this.setTargets(tx, pack.id, targets)
      await this.addInline(tx, pack.id, queries, authorId)
      return pack.id
    }, { timeout: 60_000 }))
  }

  /**
   * Changes a pack in one transaction. Given queries replace the schedule: a scheduled query whose name
   * and SQL are unchanged keeps its row (and the query behind it, saved or not) with the new options;
   * the others are dropped, and the new ones written inline. The pack's unsaved rows nothing schedules
   * any more are deleted. `shard` (when not undefined) is applied to every query the pack keeps.
   */
  update(packId: number, f: PackFields, targets: PolicyTargets | null, queries: InlineQuery[] | null, shard: number | null | undefined, editorId: number): Promise<void> {
    return mapPrismaErrors('pack', () => this.db.prisma.$transaction(async (tx) => {
      await tx.pack.update({ where: { id: packId }, data: { ...f, kibana: f.kibana === undefined ? undefined : json(f.kibana), updated_by_id: editorId } })
      if (targets) await this.setTargets(tx, packId, targets)
      if (queries) {
        const existing = await tx.scheduledQuery.findMany({ where: { pack_id: packId }, include: { saved_query: { select: { query: true } } } })
        const wanted = new Map(queries.map((q) => [q.name, q]))
        const kept = existing.filter((e) => wanted.get(e.name)?.query === e.saved_query.query)
        const keptNames = new Set(kept.map((e) => e.name))
        await tx.scheduledQuery.deleteMany({ where: { pack_id: packId, id: { notIn: kept.map((e) => e.id) } } })
        await tx.savedQuery.deleteMany({ where: { pack_id: packId, saved: false, id: { notIn: kept.map((e) => e.query_id) } } })
        for (const e of kept) {
          const q = wanted.get(e.name)!
          await tx.scheduledQuery.update({
            where: { id: e.id },
            data: { interval: q.interval, snapshot: q.snapshot, removed: q.removed, platform: q.platform, version: q.version, shard: q.shard, kibana: json(q.kibana) },
          })
        }
        await this.addInline(tx, packId, queries.filter((q) => !keptNames.has(q.name)), editorId)
      }
      if (shard !== undefined) await tx.scheduledQuery.updateMany({ where: { pack_id: packId }, data: { shard } })
    }, { timeout: 60_000 }))
  }

  /**
   * Kibana's copy: a new pack named `name`, disabled, with no targets and no shards, holding the same
   * queries (inline ones copied inline, those behind saved queries scheduled from the same queries).
   */
  copy(srcId: number, name: string, authorId: number): Promise<number> {
    return mapPrismaErrors('pack', () => this.db.prisma.$transaction(async (tx) => {
      const src = await tx.pack.findUniqueOrThrow({ where: { id: srcId } })
      const pack = await tx.pack.create({
        data: { name, description: src.description, platform: src.platform, disabled: true, kibana: { shards: {} }, author_id: authorId, updated_by_id: authorId },
        select: { id: true },
      })
      const scheduled = await tx.scheduledQuery.findMany({ where: { pack_id: srcId }, orderBy: { id: 'asc' }, include: { saved_query: true } })
      for (const s of scheduled) {
        let queryId = s.query_id, queryName = s.query_name
        if (s.saved_query.pack_id === srcId && !s.saved_query.saved) {
          const { id: _id, created_at: _c, updated_at: _u, name: _n, pack_id: _p, kibana, ...rest } = s.saved_query
          const q = await tx.savedQuery.create({ data: { ...rest, kibana: json(kibana as object | null), name: inlineName(pack.id, s.name), pack_id: pack.id, author_id: authorId, updated_by_id: authorId } })
          queryId = q.id; queryName = q.name
        }
        await tx.scheduledQuery.create({
          data: {
            pack_id: pack.id, query_id: queryId, query_name: queryName, name: s.name, description: s.description, interval: s.interval, snapshot: s.snapshot,
            removed: s.removed, platform: s.platform, version: s.version, shard: null, denylist: s.denylist, kibana: json(s.kibana as object | null),
          },
        })
      }
      return pack.id
    }, { timeout: 60_000 }))
  }
}
