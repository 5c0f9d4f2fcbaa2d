// Data for the failing-policies webhook: hosts failing a policy that were not
// reported yet, the policy as Fleet serialises it, and marking hosts reported.
import type { Database } from '@fleetgraph/prisma'

export interface FailingHost { id: number; hostname: string; display_name: string }

export class PolicyAutomationRepository {
  constructor(private readonly db: Database) {}

  async settings(): Promise<{ webhookUrl: string; serverUrl: string }> {
    const c = await this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { failing_policies_webhook_url: true, server_url: true } })
    return { webhookUrl: c?.failing_policies_webhook_url ?? '', serverUrl: c?.server_url ?? '' }
  }

  /** Policy id → hosts failing it and not reported in this failing streak. */
  async unreportedFailures(): Promise<Map<number, FailingHost[]>> {
    const rows = await this.db.sql.query<FailingHost & { policy_id: number }>(`
      SELECT pm.policy_id, h.id, h.hostname, COALESCE(NULLIF(h.computer_name, ''), h.hostname) AS display_name
      FROM policy_membership pm JOIN hosts h ON h.id = pm.host_id
      WHERE pm.passes = false AND pm.failure_reported_at IS NULL ORDER BY pm.policy_id, h.id`)
    const byPolicy = new Map<number, FailingHost[]>()
    for (const r of rows) {
      const list = byPolicy.get(Number(r.policy_id)) ?? []
      list.push({ id: Number(r.id), hostname: r.hostname, display_name: r.display_name })
      byPolicy.set(Number(r.policy_id), list)
    }
    return byPolicy
  }

  /** The policy in Fleet's JSON shape, with its current host counts. */
  async policy(id: number): Promise<Record<string, unknown> | null> {
    const rows = await this.db.sql.query<Record<string, unknown>>(`
      SELECT p.id, p.name, p.query, p.description, p.author_id, COALESCE(u.name, '') AS author_name, COALESCE(u.email, '') AS author_email,
        p.team_id, p.resolution, p.platform, p.critical, p.created_at, p.updated_at,
        (SELECT count(*) FROM policy_membership WHERE policy_id = p.id AND passes)::int AS passing_host_count,
        (SELECT count(*) FROM policy_membership WHERE policy_id = p.id AND passes = false)::int AS failing_host_count
      FROM policies p LEFT JOIN users u ON u.id = p.author_id WHERE p.id = $1`, [id])
    return rows[0] ?? null
  }

  async markReported(policyId: number, hostIds: number[]): Promise<void> {
    await this.db.sql.query(`UPDATE policy_membership SET failure_reported_at = now() WHERE policy_id = $1 AND host_id = ANY($2::int[]) AND passes = false`, [policyId, hostIds])
  }
}
