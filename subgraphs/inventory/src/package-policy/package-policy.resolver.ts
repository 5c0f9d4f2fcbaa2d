import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql'
import { checkListSize } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { KibanaListArgs } from '../agent-policy/kibana-list.args.js'
import { Team } from '../team/team.type.js'
import { AgentPolicy } from '../agent-policy/agent-policy.type.js'
import { packagePolicyService } from './package-policy.service.js'
import {
  PackagePolicy, PackagePolicyDryRun, PackagePolicyInput, PackagePolicyOutcome, PackagePolicyPage, PackagePolicyUpdateInput,
} from './package-policy.type.js'

@Resolver(() => PackagePolicy)
export class PackagePolicyResolver {
  @Query(() => PackagePolicyPage, { description: "osquery_manager integrations on the agent policies the caller sees, a page at a time (Kibana's `GET /api/fleet/package_policies`); default order updated_at descending." })
  packagePolicies(@Args(() => KibanaListArgs) args: KibanaListArgs, @Ctx() ctx: InventoryContext): Promise<PackagePolicyPage> {
    return packagePolicyService.page(ctx, args)
  }

  @Query(() => PackagePolicy, { description: 'One integration; NOT_FOUND ("Package policy <id> not found") when it does not exist or its agent policy is not visible.' })
  packagePolicy(@Arg('id', () => String, { description: "Kibana's id." }) id: string, @Ctx() ctx: InventoryContext): Promise<PackagePolicy> {
    return packagePolicyService.get(ctx, id)
  }

  @Query(() => [PackagePolicy], { description: 'Integrations by id, in the order asked; NOT_FOUND for a missing one unless ignoreMissing.' })
  packagePoliciesByIds(
    @Arg('ids', () => [String], { description: 'At most 1,000 ids.' }) ids: string[],
    @Arg('ignoreMissing', () => Boolean, { nullable: true, description: 'Leave missing ids out instead of failing.' }) ignoreMissing: boolean | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<PackagePolicy[]> {
    return packagePolicyService.byIds(ctx, checkListSize(ids, 'ids'), !!ignoreMissing)
  }

  @Query(() => [PackagePolicyDryRun], { description: "What upgrading these integrations would change (Kibana's upgrade dry run): each as it is, with the version it would get." })
  packagePolicyUpgradeDryRun(
    @Arg('ids', () => [String], { description: 'At most 1,000 ids.' }) ids: string[],
    @Arg('packageVersion', () => String, { nullable: true, description: 'The version to upgrade to (default: the installed one).' }) packageVersion: string | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<PackagePolicyDryRun[]> {
    return packagePolicyService.dryRun(ctx, checkListSize(ids, 'ids'), packageVersion)
  }

  @Mutation(() => PackagePolicy, { description: "Adds the osquery_manager integration to an agent policy (one per policy). Its osquery options, when given, become the policy's agent options' config.options. Any other package: BAD_REQUEST (this server manages osquery agents only). Name taken: CONFLICT." })
  createPackagePolicy(
    @Arg('input', () => PackagePolicyInput, { description: 'The integration.' }) input: PackagePolicyInput,
    @Arg('id', () => String, { nullable: true, description: 'A client-chosen id (at most 255 characters; CONFLICT when taken).' }) id: string | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<PackagePolicy> {
    return packagePolicyService.create(ctx, input, id)
  }

  @Mutation(() => PackagePolicy, { description: "Changes an integration (its revision + 1, and its agent policy's)." })
  updatePackagePolicy(
    @Arg('id', () => String, { description: "Kibana's id." }) id: string,
    @Arg('input', () => PackagePolicyUpdateInput, { description: 'The changes.' }) input: PackagePolicyUpdateInput,
    @Ctx() ctx: InventoryContext,
  ): Promise<PackagePolicy> {
    return packagePolicyService.update(ctx, id, input)
  }

  @Mutation(() => [PackagePolicyOutcome], { description: "Deletes integrations, one outcome per id (the policies' agent options stay as they are)." })
  deletePackagePolicies(@Arg('ids', () => [String], { description: 'At most 1,000 ids.' }) ids: string[], @Ctx() ctx: InventoryContext): Promise<PackagePolicyOutcome[]> {
    return packagePolicyService.delete(ctx, checkListSize(ids, 'ids'))
  }

  @Mutation(() => [PackagePolicyOutcome], { description: 'Upgrades integrations to the installed osquery_manager version, one outcome per id.' })
  upgradePackagePolicies(@Arg('ids', () => [String], { description: 'At most 1,000 ids.' }) ids: string[], @Ctx() ctx: InventoryContext): Promise<PackagePolicyOutcome[]> {
    return packagePolicyService.upgrade(ctx, checkListSize(ids, 'ids'))
  }

  @FieldResolver(() => AgentPolicy, { description: 'The agent policy it is on.' })
  async agentPolicy(@Root() p: PackagePolicy, @Ctx() ctx: InventoryContext): Promise<AgentPolicy> {
    const row = await ctx.loaders.agentPolicy.load(p.policyKey)
    if (!row) throw new Error(`agent policy ${p.policyKey} of integration ${p.id} is gone`)
    return new AgentPolicy(row)
  }

  @FieldResolver(() => Team, { nullable: true, description: "The agent policy's team; null for the default policy (hosts on no team)." })
  async team(@Root() p: PackagePolicy, @Ctx() ctx: InventoryContext): Promise<Team | null> {
    const row = p.row.team_id == null ? null : await ctx.loaders.team.load(p.row.team_id)
    return row ? new Team(row) : null
  }
}
