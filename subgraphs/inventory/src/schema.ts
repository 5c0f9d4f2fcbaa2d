import 'reflect-metadata'
import { buildFederatedSchema, type BusPubSub } from '@fleetgraph/subgraph-kit'
import { HostResolver } from './host/host.resolver.js'
import { hostReference } from './host/host.reference.js'
import { TeamResolver } from './team/team.resolver.js'
import { teamReference } from './team/team.reference.js'
import { LabelResolver } from './label/label.resolver.js'
import { labelReference } from './label/label.reference.js'
import { UserResolver } from './user/user.resolver.js'
import { userReference } from './user/user.reference.js'
import { AuthResolver } from './auth/auth.resolver.js'
import { EnrollResolver } from './enroll/enroll.resolver.js'
import { LabelSpecResolver } from './label-spec/label-spec.resolver.js'
import { EnrollSecretResolver } from './enroll-secret/enroll-secret.resolver.js'
import { CronResolver } from './cron/cron.resolver.js'
import { InstallerResolver } from './installer/installer.resolver.js'
import { AppConfigResolver } from './app-config/app-config.resolver.js'
import { TeamSpecResolver } from './team-spec/team-spec.resolver.js'
import { OrbitResolver } from './orbit/orbit.resolver.js'
import { DeviceResolver } from './device/device.resolver.js'
import { NodeResolver } from './node/node.resolver.js'
import { AgentResolver } from './agent/agent.resolver.js'
import { FOREIGN_NODES } from './node/node.type.js'
import { AgentPolicyResolver } from './agent-policy/agent-policy.resolver.js'
import { HostAgentPolicyResolver } from './agent-policy/host-agent-policy.resolver.js'
import { agentPolicyReference } from './agent-policy/agent-policy.reference.js'
import { PackagePolicyResolver } from './package-policy/package-policy.resolver.js'
import { EnrollmentKeyResolver } from './enrollment-key/enrollment-key.resolver.js'
import { KibanaSettingsResolver } from './kibana-settings/kibana-settings.resolver.js'

export const buildInventorySchema = (pubSub?: BusPubSub) => buildFederatedSchema({
  resolvers: [
    HostResolver, TeamResolver, LabelResolver, UserResolver, AuthResolver, EnrollResolver,
    LabelSpecResolver, EnrollSecretResolver, TeamSpecResolver, CronResolver, InstallerResolver, AppConfigResolver,
    OrbitResolver, DeviceResolver, NodeResolver, AgentResolver,
    AgentPolicyResolver, HostAgentPolicyResolver, PackagePolicyResolver, EnrollmentKeyResolver, KibanaSettingsResolver,
  ],
  // node(id:) returns these stubs for the types other subgraphs own
  orphanedTypes: Object.values(FOREIGN_NODES),
  references: { Host: hostReference, Team: teamReference, Label: labelReference, User: userReference, AgentPolicy: agentPolicyReference },
  pubSub,
})
