import { Arg, Ctx, Mutation, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { TeamIdByName, TeamSpecInput } from './team-spec.type.js'
import { teamSpecService } from './team-spec.service.js'

@Resolver(() => TeamIdByName)
export class TeamSpecResolver {
  @Mutation(() => [TeamIdByName], {
    description: 'Creates or updates teams by name in one transaction (Fleet Premium; global admins). dryRun: validate only (returns []). force: accept unknown keys in agentOptions and mdm.',
  })
  applyTeamSpecs(
    @Arg('specs', () => [TeamSpecInput], { description: 'The teams to create or update.' }) specs: TeamSpecInput[],
    @Arg('dryRun', () => Boolean, { nullable: true, description: 'Validate only (returns []).' }) dryRun: boolean | null | undefined,
    @Arg('force', () => Boolean, { nullable: true, description: 'Accept unknown keys in agentOptions and mdm.' }) force: boolean | null | undefined,
    @Ctx() ctx: InventoryContext,
  ): Promise<TeamIdByName[]> {
    return teamSpecService.apply(ctx, specs, { dryRun, force })
  }
}
