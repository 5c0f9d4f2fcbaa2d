import { Ctx, Query, Resolver } from 'type-graphql'
import { requireReader } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Team } from './team.type.js'

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => [Team], { description: 'Teams the caller belongs to (all teams for global users), by name.' })
  async teams(@Ctx() ctx: InventoryContext): Promise<Team[]> {
    const v = requireReader(ctx)
    const rows = await ctx.repos.teams.list(v.globalRole ? null : v.teams.map((t) => t.teamId))
    return rows.map((r) => new Team(r))
  }
}
