import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { checkListSize } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Team } from '../team/team.type.js'
import { PackagePolicy } from '../package-policy/package-policy.type.js'
import { KibanaListArgs } from './kibana-list.args.js'
import { agentPolicyService } from './agent-policy.service.js'
import { AgentPolicy, AgentPolicyInput, AgentPolicyPage, AgentPolicyUpdateInput, DeletedAgentPolicy } from './agent-policy.type.js'

@Resolver(() => AgentPolicy)
export class AgentPolicyResolver {
  @Query(() => AgentPolicyPage, { description: "The agent policies the caller sees (global users: the default policy and every team; team users: their teams), a page at a time (Kibana's `GET /api/fleet/agent_policies`); default order updated_at descending." })
  agentPolicies(@Args(() => KibanaListArgs) args: KibanaListArgs, @Ctx() ctx: InventoryContext): Promise<AgentPolicyPage> {
    return agentPolicyService.page(ctx, args)
  }

  @Query(() => AgentPolicy, { description: 'One agent policy; NOT_FOUND ("Saved object [ingest-agent-policies/<id>] not found") when it does not exist or is not visible.' })
  agentPolicy(@Arg('id', () => String, { description: "Kibana's id (`fleet-default-policy`: the default policy)." }) id: string, @Ctx() ctx: InventoryContext): Promise<AgentPolicy> {
    return agentPolicyService.get(ctx, id)
  }

  @Query(() => [AgentPolicy], { description: 'Agent policies by id, in the order asked; NOT_FOUND ("Agent policy <id> not found") for a missing one unless ignoreMissing.' })
  agentPoliciesByIds(
    @Arg('ids', () => [String], { description: 'At most 1,000 ids.' }) ids: string[],
    @Arg('ignoreMissing', () => Boolean, { nullable: true, description: 'Leave missing ids out instead of failing.' }) ignoreMissing: boolean | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<AgentPolicy[]> {
    return agentPolicyService.byIds(ctx, checkListSize(ids, 'ids'), !!ignoreMissing)
  }

  @Mutation(() => AgentPolicy, { description: "Creates an agent policy: a new team (Fleet Premium; global maintainers and admins) with Fleet's default agent options and an enrollment key named \"Default (<uuid>)\". Name taken: CONFLICT (\"Agent Policy '<id>' already exists with name '<name>'\")." })
  createAgentPolicy(
    @Arg('input', () => AgentPolicyInput, { description: 'The policy.' }) input: AgentPolicyInput,
    @Arg('id', () => String, { nullable: true, description: `A client-chosen id (at most 255 characters, not the default policy's; CONFLICT when taken).` }) id: string | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<AgentPolicy> {
    return agentPolicyService.create(ctx, input, id)
  }

  @Mutation(() => AgentPolicy, { description: "Changes an agent policy (the default policy's attributes live with the global configuration). Raises its revision unless bumpRevision is false." })
  updateAgentPolicy(
    @Arg('id', () => String, { description: "Kibana's id." }) id: string,
    @Arg('input', () => AgentPolicyUpdateInput, { description: 'The changes.' }) input: AgentPolicyUpdateInput,
    @Arg('bumpRevision', () => Boolean, { nullable: true, description: 'false: this change does not raise the revision (default true).' }) bumpRevision: boolean | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<AgentPolicy> {
    return agentPolicyService.update(ctx, id, input, bumpRevision !== false)
  }

  @Mutation(() => DeletedAgentPolicy, { description: "Deletes an agent policy's team with its enrollment keys and integration. BAD_REQUEST for the default policy, or while a host not unenrolled is on it. Global maintainers and admins." })
  deleteAgentPolicy(@Arg('id', () => String, { description: "Kibana's id." }) id: string, @Ctx() ctx: InventoryContext): Promise<DeletedAgentPolicy> {
    return agentPolicyService.delete(ctx, id)
  }

  @Mutation(() => AgentPolicy, { description: 'Copies an agent policy into a new team: its agent options and Kibana attributes, the packs targeting it, a copy of its integration ("<name> (copy)") and a default enrollment key of its own.' })
  copyAgentPolicy(
    @Arg('id', () => String, { description: 'The policy to copy.' }) id: string,
    @Arg('name', () => String, { description: "The copy's name." }) name: string,
    @Arg('description', () => String, { nullable: true, description: "The copy's description (default: the source's)." }) description: string | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<AgentPolicy> {
    return agentPolicyService.copy(ctx, id, name, description)
  }

  @FieldResolver(() => Int, { description: 'How many hosts are on the policy, unenrolled ones left out.' })
  agents(@Root() p: AgentPolicy, @Ctx() ctx: InventoryContext): Promise<number> {
    return ctx.loaders.agentPolicyAgents.load(p.key)
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team; null for the default policy.' })
  async team(@Root() p: AgentPolicy, @Ctx() ctx: InventoryContext): Promise<Team | null> {
    const row = p.row.team_id == null ? null : await ctx.loaders.team.load(p.row.team_id)
    return row ? new Team(row) : null
  }

  @FieldResolver(() => [PackagePolicy], { description: 'Its osquery_manager integration (none or one).' })
  async packagePolicies(@Root() p: AgentPolicy, @Ctx() ctx: InventoryContext): Promise<PackagePolicy[]> {
    return (await ctx.loaders.agentPolicyPackagePolicies.load(p.key)).map((r) => new PackagePolicy(r))
  }
}
