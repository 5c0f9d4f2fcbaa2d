import 'reflect-metadata'
import { buildFederatedSchema, type BusPubSub } from '@fleetgraph/subgraph-kit'
import { PackResolver } from './pack/pack.resolver.js'
import { packReference } from './pack/pack.reference.js'
import { SavedQueryResolver } from './saved-query/saved-query.resolver.js'
import { savedQueryReference } from './saved-query/saved-query.reference.js'
import { ScheduledQueryResolver } from './scheduled-query/scheduled-query.resolver.js'
import { PackSpecResolver } from './pack-spec/pack-spec.resolver.js'
import { PolicyResolver } from './policy/policy.resolver.js'
import { HostPoliciesResolver, HostPolicyResolver } from './host-policies/host-policies.resolver.js'
import { hostPoliciesReference } from './host-policies/host-policies.reference.js'
import { TeamResolver } from './team/team.resolver.js'
import { teamReference } from './team/team.reference.js'
import { scheduledQueryReference } from './scheduled-query/scheduled-query.reference.js'
import { policyReference } from './policy/policy.reference.js'
import { OsqueryPacksResolver } from './osquery-packs/osquery-packs.resolver.js'
import { AgentPolicyRef, agentPolicyReference } from './osquery-packs/agent-policy.ref.js'

export const buildPacksSchema = (pubSub?: BusPubSub) => buildFederatedSchema({
  resolvers: [PackResolver, SavedQueryResolver, ScheduledQueryResolver, PackSpecResolver, PolicyResolver,
    HostPoliciesResolver, HostPolicyResolver, TeamResolver, OsqueryPacksResolver],
  references: { Pack: packReference, SavedQuery: savedQueryReference, ScheduledQuery: scheduledQueryReference, Policy: policyReference,
    Host: hostPoliciesReference, Team: teamReference, AgentPolicy: agentPolicyReference },
  // only reached through _entities (inventory's AgentPolicy)
  orphanedTypes: [AgentPolicyRef],
  pubSub,
})
