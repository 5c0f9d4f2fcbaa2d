import type { Database } from '@fleetgraph/prisma'
import type { PolicyRow } from './policy.type.js'

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
