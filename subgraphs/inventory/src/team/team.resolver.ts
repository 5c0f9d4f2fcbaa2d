import { Arg, Args, Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { CONNECTION_LIST_SIZE, DEFAULT_AGENT_POLICY_ID, checkListSize } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Team } from './team.type.js'
import { TeamConnection } from './team.connection.js'
import { TeamsArgs } from './team.args.js'
import { teamService } from './team.service.js'
import { HostConnection } from '../host/host.connection.js'
import { HostsArgs } from '../host/host.args.js'
import { hostService } from '../host/host.service.js'
import { UserConnection } from '../user/user.connection.js'
import { UsersArgs } from '../user/user.args.js'
import { userService } from '../user/user.service.js'
import { EnrollSecret } from '../enroll-secret/enroll-secret.type.js'

@Resolver(() => Team)
export class TeamResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => TeamConnection, { description: 'Teams the caller belongs to (all teams for global users), a page at a time (default: by name).' })
  teams(@Args(() => TeamsArgs) args: TeamsArgs, @Ctx() ctx: InventoryContext): Promise<TeamConnection> {
    return teamService.page(ctx, args)
  }

  @Query(() => [Team], { description: 'Teams the caller belongs to (all teams for global users), by name, unpaged (the REST layer\'s list; prefer `teams`).' })
  teamList(@Ctx() ctx: InventoryContext): Promise<Team[]> {
    return teamService.list(ctx)
  }

  @Query(() => [Team], { description: `The teams with these Kibana agent-policy ids the caller can see, in no particular order; unknown ids are left out. The default policy (\`${DEFAULT_AGENT_POLICY_ID}\`, hosts on no team) is no team.` })
  teamsByAgentPolicyIds(@Arg('agentPolicyIds', () => [String], { description: 'At most 1,000 ids.' }) agentPolicyIds: string[], @Ctx() ctx: InventoryContext): Promise<Team[]> {
    return teamService.byAgentPolicyIds(ctx, checkListSize(agentPolicyIds, 'agentPolicyIds'))
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => HostConnection, { description: "The team's hosts the caller may see, with the same paging, filters and orders as `hosts`." })
  hosts(@Root() team: Team, @Args(() => HostsArgs) args: HostsArgs, @Ctx() ctx: InventoryContext): Promise<HostConnection> {
    return hostService.pageOf(ctx, 'team', team.databaseIdRaw, args)
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => UserConnection, { description: 'Users with a role on the team (empty for callers who are neither global users nor members), a page at a time.' })
  users(@Root() team: Team, @Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: InventoryContext): Promise<UserConnection> {
    return userService.pageOfTeam(ctx, team.databaseIdRaw, args)
  }

  @FieldResolver(() => [EnrollSecret], { description: "The team's enroll secrets, oldest first. FORBIDDEN unless the caller is a global admin or maintainer, or an admin or maintainer of this team." })
  enrollSecrets(@Root() team: Team, @Ctx() ctx: InventoryContext): Promise<EnrollSecret[]> {
    return teamService.enrollSecrets(ctx, team.databaseIdRaw)
  }
}
