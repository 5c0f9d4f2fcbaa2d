// The only host-policies file that touches the database: policies and the
// hosts' answers (policy_membership, written by the agent API), for any number
// of hosts in two statements.
import type { Database } from '@fleetgraph/prisma'

export interface PolicyForHosts {
  id: number; name: string; query: string; description: string; resolution: string; platform: string; critical: boolean; team_id: number | null
}
export interface PolicyAnswer { policy_id: number; host_id: number; passes: boolean | null }

export class HostPoliciesRepository {
  constructor(private readonly db: Database) {}

  /** Global policies and those of the given teams, oldest first. */
  policiesForTeams(teamIds: number[]): Promise<PolicyForHosts[]> {
    return this.db.sql.query<PolicyForHosts>(
      `SELECT id, name, query, description, resolution, platform, critical, team_id FROM policies
       WHERE team_id IS NULL OR team_id = ANY($1::int[]) ORDER BY id`, [teamIds])
  }

  answers(hostIds: number[]): Promise<PolicyAnswer[]> {
    return this.db.sql.query<PolicyAnswer>(`SELECT policy_id, host_id, passes FROM policy_membership WHERE host_id = ANY($1::int[])`, [hostIds])
  }

  licenseTier(): Promise<string> {
    return this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { license_tier: true } }).then((r) => r?.license_tier ?? 'free')
  }
}
