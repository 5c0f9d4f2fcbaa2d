import type { Database } from '@fleetgraph/prisma'
import type { PageWindow } from '@fleetgraph/subgraph-kit'
import type { PolicyRow } from './policy.type.js'
import { and, asTimestamp, byParent, contains, empty, pageSql, parentsPageSql, sql, type PageQuery, type Sql } from '../paging/page.repository.js'

export interface PolicyPageFilter {
  search?: string | null; teamId?: number | null; noTeam?: boolean | null; critical?: boolean | null
  /** The caller's teams: only their policies (null: every policy). */
  scope: number[] | null
}
export type PolicySort = { field: 'NAME' | 'CREATED_AT' | 'FAILING_HOST_COUNT'; desc: boolean }
/** A policy row of a page, with its failing host count when sorted by it (the cursor's key). */
export type PolicyPageRow = PolicyRow & { failing?: number }

const COLUMNS = sql`p.id, p.name, p.query, p.description, p.resolution, p.platform, p.critical, p.team_id, p.created_at, p.updated_at`
// FAILING_HOST_COUNT sorts on the count failingHostCount reports (hostCounts), computed in the same
// statement; the (policy_id, passes, host_id) index answers each count from the index alone.
const FAILING = sql`CROSS JOIN LATERAL (SELECT count(*)::int AS failing FROM policy_membership pm WHERE pm.policy_id = p.id AND pm.passes = false) fc`

function policyQuery(sort: PolicySort): Pick<PageQuery, 'select' | 'keys' | 'cursorValues'> & { join: Sql } {
  switch (sort.field) {
    case 'NAME': return { select: COLUMNS, join: empty, keys: [sql`p.name`, sql`p.id`] }
    case 'CREATED_AT': return { select: COLUMNS, join: empty, keys: [sql`p.created_at`, sql`p.id`], cursorValues: ([t, id]) => [asTimestamp(t), sql`${id}`] }
    case 'FAILING_HOST_COUNT': return { select: sql`${COLUMNS}, fc.failing`, join: FAILING, keys: [sql`fc.failing`, sql`p.id`], cursorValues: ([n, id]) => [sql`${n}::int`, sql`${id}::int`] }
  }
}

function policyWhere(f: PolicyPageFilter): Sql[] {
  const w: Sql[] = []
  if (f.scope) w.push(sql`p.team_id = ANY(${f.scope}::int[])`)
  if (f.search) w.push(sql`p.name ILIKE ${contains(f.search)}`)
  if (f.teamId != null) w.push(sql`p.team_id = ${f.teamId}::int`)
  if (f.noTeam === true) w.push(sql`p.team_id IS NULL`)
  if (f.noTeam === false) w.push(sql`p.team_id IS NOT NULL`)
  if (f.critical != null) w.push(sql`p.critical = ${f.critical}`)
  return w
}

export interface PolicyWrite { name: string; query: string; description: string; resolution: string; platform: string; critical: boolean; team_id: number | null }

export class PolicyRepository {
  constructor(private readonly db: Database) {}

  /** Many policies in one statement (references and node refetch). */
  byIds(ids: number[]): Promise<PolicyRow[]> {
    return this.db.prisma.policy.findMany({ where: { id: { in: ids } } })
  }

  list(teamIds: number[] | null): Promise<PolicyRow[]> {
    return this.db.prisma.policy.findMany({ where: teamIds ? { team_id: { in: teamIds } } : undefined, orderBy: { id: 'asc' } })
  }

  /** One page of policies. */
  page(window: PageWindow, filter: PolicyPageFilter, sort: PolicySort): Promise<PolicyPageRow[]> {
    const q = policyQuery(sort)
    return this.db.prisma.$queryRaw<PolicyPageRow[]>(pageSql({ ...q, from: sql`policies p ${q.join}`, where: policyWhere(filter), desc: sort.desc, window }))
  }

  async count(filter: PolicyPageFilter): Promise<number> {
    const [r] = await this.db.prisma.$queryRaw<{ n: number }[]>(sql`SELECT count(*)::int AS n FROM policies p WHERE ${and(policyWhere(filter))}`)
    return r?.n ?? 0
  }

  /** The same page of each team's policies, in one statement. */
  async pageForTeams(teamIds: number[], window: PageWindow, filter: PolicyPageFilter, sort: PolicySort): Promise<Map<number, PolicyPageRow[]>> {
    const q = policyQuery(sort)
    const rows = await this.db.prisma.$queryRaw<(PolicyPageRow & { parent_id: number })[]>(parentsPageSql(teamIds, {
      ...q, from: sql`policies p ${q.join}`, where: [sql`p.team_id = parent.id`, ...policyWhere(filter)], desc: sort.desc, window,
    }))
    return byParent(teamIds, rows)
  }

  async countForTeams(teamIds: number[], filter: PolicyPageFilter): Promise<Map<number, number>> {
    const rows = await this.db.prisma.$queryRaw<{ team_id: number; n: number }[]>(sql`
      SELECT p.team_id, count(*)::int AS n FROM policies p
      WHERE ${and([sql`p.team_id = ANY(${teamIds}::int[])`, ...policyWhere(filter)])} GROUP BY p.team_id`)
    return new Map(rows.map((r) => [Number(r.team_id), Number(r.n)]))
  }

  /**
   * The same page (by host id) of each policy's hosts, in one statement: those whose last answer is
   * `passes` (any answer when undefined), limited to hosts of the `scope` teams when given.
   */
  async pageHosts(policyIds: number[], window: PageWindow, passes: boolean | undefined, scope: number[] | null): Promise<Map<number, { host_id: number }[]>> {
    const rows = await this.db.prisma.$queryRaw<{ parent_id: number; host_id: number }[]>(parentsPageSql(policyIds, {
      select: sql`pm.host_id`,
      from: scope ? sql`policy_membership pm JOIN hosts h ON h.id = pm.host_id` : sql`policy_membership pm`,
      where: hostsWhere(sql`pm.policy_id = parent.id`, passes, scope), keys: [sql`pm.host_id`], desc: false, window,
    }))
    return byParent(policyIds, rows)
  }

  async countHosts(policyIds: number[], passes: boolean | undefined, scope: number[] | null): Promise<Map<number, number>> {
    const rows = await this.db.prisma.$queryRaw<{ policy_id: number; n: number }[]>(sql`
      SELECT pm.policy_id, count(*)::int AS n FROM ${scope ? sql`policy_membership pm JOIN hosts h ON h.id = pm.host_id` : sql`policy_membership pm`}
      WHERE ${and(hostsWhere(sql`pm.policy_id = ANY(${policyIds}::int[])`, passes, scope))} GROUP BY pm.policy_id`)
    return new Map(rows.map((r) => [Number(r.policy_id), Number(r.n)]))
  }

  /** Passing and failing host counts for many policies in one statement. */
  async hostCounts(policyIds: number[]): Promise<Map<number, { passing: number; failing: number }>> {
    const rows = await this.db.sql.query<{ policy_id: number; passing: string; failing: string }>(`
      SELECT policy_id, count(*) FILTER (WHERE passes) AS passing, count(*) FILTER (WHERE passes = false) AS failing
      FROM policy_membership WHERE policy_id = ANY($1::int[]) GROUP BY policy_id`, [policyIds])
    return new Map(rows.map((r) => [Number(r.policy_id), { passing: Number(r.passing), failing: Number(r.failing) }]))
  }

  teamIdsByName(names: string[]): Promise<Map<string, number>> {
    return this.db.prisma.team.findMany({ where: { name: { in: names } }, select: { id: true, name: true } }).then((r) => new Map(r.map((t) => [t.name, t.id])))
  }

  licenseTier(): Promise<string> {
    return this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { license_tier: true } }).then((r) => r?.license_tier ?? 'free')
  }

  /** Upserts by name in one transaction; an existing policy keeps its team and platform. */
  async upsertMany(specs: PolicyWrite[], authorId: number): Promise<void> {
    await this.db.prisma.$transaction(async (tx) => {
      for (const s of specs) {
        const existing = await tx.policy.findFirst({ where: { name: s.name }, select: { id: true } })
        if (existing) {
          await tx.policy.update({ where: { id: existing.id }, data: { query: s.query, description: s.description, resolution: s.resolution, critical: s.critical, author_id: authorId } })
        } else {
          await tx.policy.create({ data: { ...s, author_id: authorId } })
        }
      }
    })
  }
}

function hostsWhere(policy: Sql, passes: boolean | undefined, scope: number[] | null): Sql[] {
  const w = [policy]
  if (passes !== undefined) w.push(sql`pm.passes = ${passes}`)
  if (scope) w.push(sql`h.team_id = ANY(${scope}::int[])`)
  return w
}
