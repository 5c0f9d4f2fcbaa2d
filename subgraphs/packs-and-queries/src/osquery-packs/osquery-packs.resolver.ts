// AgentPolicy.osqueryPacks: what Kibana's osquery_manager integration of an agent policy shows as its
// packs (inventory's PackagePolicy reaches it through its agentPolicy).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import type { PacksContext } from '../context.js'
import { AgentPolicyRef } from './agent-policy.ref.js'
import { osqueryPacksService, type OsqueryPacks } from './osquery-packs.service.js'

@Resolver(() => AgentPolicyRef)
export class OsqueryPacksResolver {
  @FieldResolver(() => GraphQLJSONObject, {
    description: "osquery's `packs` config of the policy's hosts: for a team, the packs targeting it (enabled or not, as hosts get them); for the default policy, the enabled packs targeting All Hosts. pack → { platform?, queries: name → { query, interval, platform, version, removed?, snapshot?, shard?, denylist? } }. Empty for a team the caller is not on.",
  })
  osqueryPacks(@Root() policy: AgentPolicyRef, @Ctx() ctx: PacksContext): Promise<OsqueryPacks> {
    return policy.key === 0 ? osqueryPacksService.ofAllHosts(ctx) : osqueryPacksService.ofTeam(ctx, policy.key)
  }
}
