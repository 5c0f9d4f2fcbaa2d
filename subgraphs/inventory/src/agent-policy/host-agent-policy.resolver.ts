// Host fields about its agent policy (ADR 0013), in their own resolver so the host's own file stays the host's.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { Host } from '../host/host.type.js'

@Resolver(() => Host)
export class HostAgentPolicyResolver {
  @FieldResolver(() => Boolean, {
    description: "true when the host was last served an older revision of its agent policy than the policy's current one, or none yet: Kibana's agent status \"updating\" (its next config fetch catches up).",
  })
  async agentPolicyOutdated(@Root() host: Host, @Ctx() ctx: InventoryContext): Promise<boolean> {
    const served = host.agentPolicyRevision
    return served == null || served < await ctx.loaders.policyRevisions.load(host.teamIdRaw ?? 0)
  }
}
