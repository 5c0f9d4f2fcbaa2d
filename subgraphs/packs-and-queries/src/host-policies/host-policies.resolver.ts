// Host fields contributed by this subgraph. The host's team and platform come
// from inventory (@external, @requires): this subgraph never reads hosts.
import { Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql'
import type { PacksContext } from '../context.js'
import { HostRef } from '../refs/entity-refs.js'
import { HostPolicy, PolicyHost } from './host-policies.type.js'
import { hostPoliciesService } from './host-policies.service.js'

@Resolver(() => HostRef)
export class HostPoliciesResolver {
  @Directive('@external')
  @FieldResolver(() => Int, { nullable: true })
  teamId(@Root() host: PolicyHost): number | null { return host.teamIdValue ?? null }

  @Directive('@external')
  @FieldResolver(() => String)
  platform(@Root() host: PolicyHost): string { return host.platformValue ?? '' }

  @Directive('@requires(fields: "teamId platform")')
  @FieldResolver(() => [HostPolicy], { description: "Policies that apply to the host (global and its team's, for its platform) with its last answers." })
  async policies(@Root() host: PolicyHost, @Ctx() ctx: PacksContext): Promise<HostPolicy[]> {
    return (await hostPoliciesService.list(ctx, host)).map((r) => new HostPolicy(r))
  }

  @Directive('@requires(fields: "teamId platform")')
  @FieldResolver(() => Int, { description: 'How many of those policies the host fails.' })
  failingPolicyCount(@Root() host: PolicyHost, @Ctx() ctx: PacksContext): Promise<number> { return hostPoliciesService.failingCount(ctx, host) }
}
