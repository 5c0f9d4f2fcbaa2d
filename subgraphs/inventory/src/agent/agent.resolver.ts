import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import type { InventoryContext } from '../context.js'
import { Host } from '../host/host.type.js'
import { agentService } from './agent.service.js'
import { AgentSelectionInput, AgentsArgs, AgentStatusEnum } from './agent.args.js'
import { AgentAction, AgentPage, AgentStatusCounts } from './agent.type.js'

@Resolver(() => Host)
export class AgentResolver {
  @Query(() => AgentPage, { description: "Hosts as Kibana agents (GET /api/fleet/agents), a numbered page at a time: filtered by a kuery, inactive and unenrolled agents left out unless asked for, sorted (default: last enrolled first)." })
  agents(@Args(() => AgentsArgs) args: AgentsArgs, @Ctx() ctx: InventoryContext): Promise<AgentPage> {
    return agentService.list(ctx, args)
  }

  @Query(() => Host, { description: 'One host by its Kibana agent id, whatever its status; NOT_FOUND (`Agent <id> not found`) when it does not exist or is not visible.' })
  agent(@Arg('agentId', () => String, { description: 'The agent id (Host.agentId).' }) agentId: string, @Ctx() ctx: InventoryContext): Promise<Host> {
    return agentService.get(ctx, agentId)
  }

  @Query(() => AgentStatusCounts, { description: "How many agents the caller can see are in each status (Kibana's agent_status), unenrolled and inactive ones included." })
  agentStatusCounts(
    @Ctx() ctx: InventoryContext,
    @Arg('agentPolicyIds', () => [String], { nullable: true, description: 'Only agents of these agent policies (at most 1,000 ids; `fleet-default-policy` is hosts on no team).' }) agentPolicyIds?: string[] | null,
    @Arg('kuery', () => String, { nullable: true, description: 'Only agents matching this kuery (as `agents`).' }) kuery?: string | null,
  ): Promise<AgentStatusCounts> {
    return agentService.statusCounts(ctx, agentPolicyIds, kuery)
  }

  @Query(() => [String], { description: "The distinct tags of the agents the caller can see (Kibana's agents/tags), sorted case-insensitively." })
  agentTags(
    @Ctx() ctx: InventoryContext,
    @Arg('kuery', () => String, { nullable: true, description: 'Only agents matching this kuery.' }) kuery?: string | null,
    @Arg('showInactive', () => Boolean, { nullable: true, defaultValue: false, description: 'true: inactive agents too.' }) showInactive?: boolean,
  ): Promise<string[]> {
    return agentService.tags(ctx, kuery, showInactive ?? false)
  }

  @Query(() => [AgentAction], { description: "The agent action ledger (Kibana's action_status), newest first. Global users see every action, team users their own. Kept: the newest 10,000, for 90 days." })
  agentActions(
    @Ctx() ctx: InventoryContext,
    @Arg('page', () => Int, { nullable: true, defaultValue: 0, description: 'The page, from 0 (Kibana\'s action_status counts from 0).' }) page: number,
    @Arg('perPage', () => Int, { nullable: true, defaultValue: 20, description: 'Actions per page; (page + 1) × perPage is at most 10,000.' }) perPage: number,
    @Arg('date', () => Date, { nullable: true, description: 'Only actions created within the 24 hours from this time.' }) date?: Date | null,
    @Arg('latestMs', () => Int, { nullable: true, description: 'Only actions created in the last this many milliseconds.' }) latestMs?: number | null,
  ): Promise<AgentAction[]> {
    return agentService.actions(ctx, page ?? 0, perPage ?? 20, date, latestMs)
  }

  @Mutation(() => Host, { description: "Kibana's PUT /agents/{id}: replaces the agent's tags and/or user_provided_metadata (each left as is when not given). Writers of the host's team (or global) only." })
  updateAgent(
    @Ctx() ctx: InventoryContext,
    @Arg('agentId', () => String, { description: 'The agent id.' }) agentId: string,
    @Arg('tags', () => [String], { nullable: true, description: 'The new tags: at most 100, each 1 to 255 characters; duplicates are dropped.' }) tags?: string[] | null,
    @Arg('userProvidedMetadata', () => GraphQLJSONObject, { nullable: true, description: 'The new metadata, at most 16 KiB of JSON.' }) userProvidedMetadata?: Record<string, unknown> | null,
  ): Promise<Host> {
    return agentService.update(ctx, agentId, tags, userProvidedMetadata)
  }

  @Mutation(() => Boolean, { description: "Kibana's DELETE /agents/{id}: deletes the host as deleteHost does. NOT_FOUND (`Agent <id> not found`) for an unknown or hidden agent." })
  async deleteAgent(@Arg('agentId', () => String, { description: 'The agent id.' }) agentId: string, @Ctx() ctx: InventoryContext): Promise<boolean> {
    await agentService.delete(ctx, agentId)
    return true
  }

  @Mutation(() => AgentAction, { description: "Unenrolls agents (Kibana's unenroll and bulk_unenroll): each host stays, unenrolled, and its credentials (osquery and orbit node keys, device token) are revoked at once, so its next check-in is refused until it enrolls again with a valid secret. Recorded in the ledger, complete." })
  unenrollHosts(
    @Ctx() ctx: InventoryContext,
    @Arg('agents', () => AgentSelectionInput, { description: 'The agents.' }) agents: AgentSelectionInput,
    @Arg('revoke', () => Boolean, { nullable: true, defaultValue: false, description: "Kibana's revoke: credentials are revoked either way (ADR 0013); true records a FORCE_UNENROLL." }) revoke?: boolean,
    @Arg('force', () => Boolean, { nullable: true, defaultValue: false, description: "Kibana's force: as revoke." }) force?: boolean,
  ): Promise<AgentAction> {
    return agentService.unenroll(ctx, agents, revoke ?? false, force ?? false)
  }

  @Mutation(() => AgentAction, { description: "Moves agents to an agent policy (Kibana's reassign and bulk_reassign): Fleet's host transfer to the policy's team (`fleet-default-policy`: no team), with its authorization (writers of the target team and of each host's team). Recorded in the ledger, complete. NOT_FOUND (`Agent policy <id> not found`) for an unknown policy." })
  reassignHosts(
    @Ctx() ctx: InventoryContext,
    @Arg('agents', () => AgentSelectionInput, { description: 'The agents.' }) agents: AgentSelectionInput,
    @Arg('agentPolicyId', () => String, { description: 'The agent policy id (Team.agentPolicyId, or `fleet-default-policy`).' }) agentPolicyId: string,
  ): Promise<AgentAction> {
    return agentService.reassign(ctx, agents, agentPolicyId)
  }

  @Mutation(() => AgentAction, { description: "Adds, then removes, tags on agents (Kibana's bulk_update_agent_tags). An agent whose tags would pass 100 keeps its own and is a failure of the action. Recorded in the ledger, complete." })
  updateHostTags(
    @Ctx() ctx: InventoryContext,
    @Arg('agents', () => AgentSelectionInput, { description: 'The agents.' }) agents: AgentSelectionInput,
    @Arg('tagsToAdd', () => [String], { nullable: true, description: 'Tags to add: at most 100, each 1 to 255 characters.' }) tagsToAdd?: string[] | null,
    @Arg('tagsToRemove', () => [String], { nullable: true, description: 'Tags to remove: at most 100.' }) tagsToRemove?: string[] | null,
  ): Promise<AgentAction> {
    return agentService.updateTags(ctx, agents, tagsToAdd ?? [], tagsToRemove ?? [])
  }

  @FieldResolver(() => AgentStatusEnum, { description: "The host's status as a Kibana agent (AgentStatus; one statement for every host of a page)." })
  async agentStatus(@Root() host: Host, @Ctx() ctx: InventoryContext): Promise<AgentStatusEnum> {
    return (await agentService.statusOf(ctx, host.rowRaw)) as AgentStatusEnum
  }

  @FieldResolver(() => String, { description: "The host's Kibana agent policy: its team's agentPolicyId, or `fleet-default-policy` for hosts on no team." })
  agentPolicyId(@Root() host: Host, @Ctx() ctx: InventoryContext): Promise<string> {
    return agentService.policyIdOf(ctx, host.teamIdRaw)
  }
}
