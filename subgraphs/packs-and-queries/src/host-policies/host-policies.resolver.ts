// Host fields contributed by this subgraph. The host's team and platform come
// from inventory (@external, @requires): this subgraph never reads hosts.
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql'
import { notFound } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { HostRef } from '../refs/entity-refs.js'
import { PolicyResponse } from '../policy/policy-response.js'
import { Pack } from '../pack/pack.type.js'
import { Policy } from '../policy/policy.type.js'
import { packService } from '../pack/pack.service.js'
import { HostPolicy, PolicyHost } from './host-policies.type.js'
import { hostPoliciesService } from './host-policies.service.js'
import { HostPackStats } from '../host-packs/host-pack-stats.type.js'
import { hostPackStatsService } from '../host-packs/host-pack-stats.service.js'

@Resolver(() => HostRef)
export class HostPoliciesResolver {
  @Directive('@external')
  @FieldResolver(() => Int, { nullable: true, description: "The host's team (inventory's field, sent along to pick the team's policies)." })
  teamId(@Root() host: PolicyHost): number | null { return host.teamIdValue ?? null }

  @Directive('@external')
  @FieldResolver(() => String, { description: "The host's platform (inventory's field, sent along to pick the policies for it)." })
  platform(@Root() host: PolicyHost): string { return host.platformValue ?? '' }

  @Directive('@requires(fields: "teamId platform")')
  @FieldResolver(() => [HostPolicy], { description: "Policies that apply to the host (global and its team's, for its platform) with its last answers." })
  async policies(
    @Root() host: PolicyHost, @Ctx() ctx: PacksContext,
    @Arg('response', () => PolicyResponse, { nullable: true, description: 'Only the policies the host last passed (PASSING) or failed (FAILING).' }) response?: PolicyResponse | null,
  ): Promise<HostPolicy[]> {
    const only = response === PolicyResponse.PASSING ? 'pass' : response === PolicyResponse.FAILING ? 'fail' : undefined
    return (await hostPoliciesService.list(ctx, host, only)).map((r) => new HostPolicy(r))
  }

  @FieldResolver(() => [Pack], {
    description: 'Packs reaching the host directly, through its labels or through its team (system packs included), by name: those the agent API sends it (a disabled pack reaches only the hosts and teams it targets directly). A device reads its own host\'s.',
  })
  packs(@Root() host: PolicyHost, @Ctx() ctx: PacksContext): Promise<Pack[]> { return packService.forHost(ctx, host.hostId) }

  @Directive('@requires(fields: "platform")')
  @FieldResolver(() => [HostPackStats], { description: "Each of those packs with its scheduled queries for the host's platform and the host's counters for them (Fleet's pack_stats)." })
  packStats(@Root() host: PolicyHost, @Ctx() ctx: PacksContext): Promise<HostPackStats[]> { return hostPackStatsService.forHost(ctx, host) }

  @Directive('@requires(fields: "teamId platform")')
  @FieldResolver(() => Int, { description: 'How many of those policies the host fails.' })
  failingPolicyCount(@Root() host: PolicyHost, @Ctx() ctx: PacksContext): Promise<number> { return hostPoliciesService.failingCount(ctx, host) }
}

@Resolver(() => HostPolicy)
export class HostPolicyResolver {
  @FieldResolver(() => Policy, { description: 'The policy itself (the same node for every host), with its host counts and hosts.' })
  async policy(@Root() hp: HostPolicy, @Ctx() ctx: PacksContext): Promise<Policy> {
    const row = await ctx.loaders.policy.load(hp.row.id)
    if (!row) throw notFound('Policy', hp.row.id) // deleted since the host's policies were read
    return new Policy(row)
  }
}
