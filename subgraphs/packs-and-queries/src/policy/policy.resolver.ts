import { Arg, Args, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { CONNECTION_LIST_SIZE } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { HostConnection } from '../refs/host.connection.js'
import { Policy, PolicySpecInput } from './policy.type.js'
import { PoliciesArgs, PolicyHostsArgs } from './policy.args.js'
import { PolicyConnection } from './policy.connection.js'
import { policyService } from './policy.service.js'

@Resolver(() => Policy)
export class PolicyResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => PolicyConnection, { description: "Policies, a page at a time: every policy for global roles, their teams' policies for team users." })
  async policies(@Args(() => PoliciesArgs) args: PoliciesArgs, @Ctx() ctx: PacksContext): Promise<InstanceType<typeof PolicyConnection>> {
    return new PolicyConnection(await policyService.page(ctx, args))
  }

  @Query(() => [Policy], { description: "Every policy for global roles, their teams' policies for team users, oldest first (the REST list)." })
  policyList(@Ctx() ctx: PacksContext): Promise<Policy[]> { return policyService.list(ctx) }

  @FieldResolver(() => Int, { description: 'Hosts whose last answer passed the policy.' })
  async passingHostCount(@Root() p: Policy, @Ctx() ctx: PacksContext): Promise<number> { return (await ctx.loaders.policyCounts.load(p.row.id)).passing }

  @FieldResolver(() => Int, { description: 'Hosts whose last answer failed the policy.' })
  async failingHostCount(@Root() p: Policy, @Ctx() ctx: PacksContext): Promise<number> { return (await ctx.loaders.policyCounts.load(p.row.id)).failing }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => HostConnection, { description: 'Hosts that ran the policy (passing, failing or both) among those the caller may see, by host id.' })
  async hosts(@Root() p: Policy, @Args(() => PolicyHostsArgs) args: PolicyHostsArgs, @Ctx() ctx: PacksContext): Promise<InstanceType<typeof HostConnection>> {
    return new HostConnection(await policyService.hostsPage(ctx, p, args))
  }

  @Mutation(() => Boolean, { description: 'Creates or updates policies by name, all or nothing (fleetctl apply).' })
  applyPolicySpecs(@Arg('specs', () => [PolicySpecInput], { description: 'The policies to create or update.' }) specs: PolicySpecInput[], @Ctx() ctx: PacksContext): Promise<boolean> {
    return policyService.applySpecs(ctx, specs)
  }
}
