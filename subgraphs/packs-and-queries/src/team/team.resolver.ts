// Team fields contributed by this subgraph: its policies and the packs targeting it.
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql'
import { CONNECTION_LIST_SIZE, parseId } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { TeamRef } from '../refs/entity-refs.js'
import { PoliciesArgs } from '../policy/policy.args.js'
import { PolicyConnection } from '../policy/policy.connection.js'
import { policyService } from '../policy/policy.service.js'
import { PacksArgs } from '../pack/pack.args.js'
import { PackConnection } from '../pack/pack.connection.js'
import { packService } from '../pack/pack.service.js'

@Resolver(() => TeamRef)
export class TeamResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => PolicyConnection, { description: "The team's policies (not the global ones); empty for a team the caller is not on." })
  async policies(@Root() team: TeamRef, @Args(() => PoliciesArgs) args: PoliciesArgs, @Ctx() ctx: PacksContext): Promise<InstanceType<typeof PolicyConnection>> {
    return new PolicyConnection(await policyService.teamPage(ctx, parseId(team.id, 'Team') ?? 0, args))
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => PackConnection, { description: "Packs targeting the team (its system pack included); empty for a team the caller is not on." })
  async packs(@Root() team: TeamRef, @Args(() => PacksArgs) args: PacksArgs, @Ctx() ctx: PacksContext): Promise<InstanceType<typeof PackConnection>> {
    return new PackConnection(await packService.teamPage(ctx, parseId(team.id, 'Team') ?? 0, args))
  }
}
