import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { PacksContext } from '../context.js'
import { Policy, PolicySpecInput } from './policy.type.js'
import { policyService } from './policy.service.js'

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => [Policy], { description: 'Global policies and those of the teams the caller may see.' })
  policies(@Ctx() ctx: PacksContext): Promise<Policy[]> { return policyService.list(ctx) }

  @FieldResolver(() => Int, { description: 'Hosts whose last answer passed the policy.' })
  async passingHostCount(@Root() p: Policy, @Ctx() ctx: PacksContext): Promise<number> { return (await ctx.loaders.policyCounts.load(p.row.id)).passing }

  @FieldResolver(() => Int, { description: 'Hosts whose last answer failed the policy.' })
  async failingHostCount(@Root() p: Policy, @Ctx() ctx: PacksContext): Promise<number> { return (await ctx.loaders.policyCounts.load(p.row.id)).failing }

  @Mutation(() => Boolean, { description: 'Creates or updates policies by name, all or nothing (fleetctl apply).' })
  applyPolicySpecs(@Arg('specs', () => [PolicySpecInput]) specs: PolicySpecInput[], @Ctx() ctx: PacksContext): Promise<boolean> {
    return policyService.applySpecs(ctx, specs)
  }
}
