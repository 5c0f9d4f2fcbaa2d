// Team rules: team users see their own teams, global users every team. A team's enroll
// secrets are for its admins (and global admins).
import { WRITERS, pageWindow, requireReader, requireRole, toPage, searchText } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { checkCursorKeys } from '../paging/cursor-keys.js'
import { EnrollSecret } from '../enroll-secret/enroll-secret.type.js'
import { Team } from './team.type.js'
import { TeamConnection } from './team.connection.js'
import { TeamOrderField, type TeamsArgs } from './team.args.js'
import type { TeamFilterSpec } from './team.repository.js'

export class TeamService {
  async list(ctx: InventoryContext): Promise<Team[]> {
    const v = requireReader(ctx)
    const rows = await ctx.repos.teams.list(v.globalRole ? null : v.teams.map((t) => t.teamId))
    return rows.map((r) => new Team(r))
  }

  /** The teams with these agent-policy ids that the caller can see (unknown or hidden ids are left out). */
  async byAgentPolicyIds(ctx: InventoryContext, agentPolicyIds: string[]): Promise<Team[]> {
    const v = requireReader(ctx)
    const visible = v.globalRole ? null : new Set(v.teams.map((t) => t.teamId))
    const rows = await ctx.repos.teams.byAgentPolicyIds(agentPolicyIds)
    return rows.filter((r) => !visible || visible.has(r.id)).map((r) => new Team(r))
  }

  async page(ctx: InventoryContext, args: TeamsArgs): Promise<TeamConnection> {
    const v = requireReader(ctx)
    const field = args.orderBy?.field ?? TeamOrderField.NAME
    const desc = args.orderBy?.direction === 'DESC'
    const window = pageWindow(args, `Team.${field}_${desc ? 'DESC' : 'ASC'}`, 2)
    checkCursorKeys(window, [field === TeamOrderField.NAME ? 'text' : 'timestamp'])
    const filter: TeamFilterSpec = {
      visibleTeamIds: v.globalRole ? null : v.teams.map((t) => t.teamId),
      search: searchText(args.filter?.search),
    }
    const rows = await ctx.repos.teams.page(filter, field, { forward: window.forward, desc, size: window.size, cursor: window.cursor })
    return new TeamConnection(toPage(rows, window, (r) => [r.key, r.row.id], (r) => new Team(r.row), () => ctx.repos.teams.count(filter)))
  }

  /** FORBIDDEN unless the caller is a global admin or maintainer, or an admin or maintainer of this team (Fleet's policy.rego). */
  async enrollSecrets(ctx: InventoryContext, teamId: number): Promise<EnrollSecret[]> {
    requireRole(ctx, WRITERS, teamId)
    return (await ctx.loaders.teamSecrets.load(teamId)).map((r) => new EnrollSecret(r))
  }
}
export const teamService = new TeamService()
