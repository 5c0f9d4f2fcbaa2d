// Arguments of the agent queries and mutations (hosts as Kibana agents, ADR 0013).
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql'
import { OrderDirection } from '@fleetgraph/subgraph-kit'

/** An agent's status; the internal values are Kibana's lowercase names. */
export enum AgentStatusEnum { ONLINE = 'online', OFFLINE = 'offline', INACTIVE = 'inactive', UNENROLLED = 'unenrolled', UPDATING = 'updating' }
registerEnumType(AgentStatusEnum, {
  name: 'AgentStatus',
  description: "A host's status as a Kibana agent: its host status (ONLINE, OFFLINE, MIA → INACTIVE, NEW → ONLINE), UNENROLLED first, and UPDATING for a host that checks in but was last served an older revision of its agent policy.",
  valuesConfig: {
    ONLINE: { description: 'Checks in (host status ONLINE, or NEW and not yet seen) and runs its policy\'s current revision (or has not been served one yet).' },
    OFFLINE: { description: 'Host status OFFLINE: has checked in, but not within its check-in interval.' },
    INACTIVE: { description: 'Host status MIA: no check-in for 30 days or more. Left out of agent lists unless showInactive.' },
    UNENROLLED: { description: 'Unenrolled (unenrollHosts): its credentials are revoked until it enrolls again. Left out of agent lists unless the kuery asks for status:unenrolled.' },
    UPDATING: { description: 'Checks in, but the revision of its agent policy it was last served is behind the policy\'s current revision.' },
  },
})

export enum AgentSortField {
  ENROLLED_AT = 'ENROLLED_AT', LAST_CHECKIN = 'LAST_CHECKIN', HOSTNAME = 'HOSTNAME', POLICY_ID = 'POLICY_ID',
  VERSION = 'VERSION', STATUS = 'STATUS', AGENT_ID = 'AGENT_ID', UNENROLLED_AT = 'UNENROLLED_AT',
}
registerEnumType(AgentSortField, {
  name: 'AgentSortField',
  description: 'What agents are sorted by (Kibana\'s sortField). Ties are broken by the host id, in the same direction; absent values sort last.',
  valuesConfig: {
    ENROLLED_AT: { description: 'The last enrollment (Kibana\'s enrolled_at, the default).' },
    LAST_CHECKIN: { description: 'The last check-in.' },
    HOSTNAME: { description: 'The hostname (local_metadata.host.hostname).' },
    POLICY_ID: { description: 'The agent policy id.' },
    VERSION: { description: 'The agent version (the osquery version).' },
    STATUS: { description: 'The agent status, by its lowercase name.' },
    AGENT_ID: { description: 'The agent id.' },
    UNENROLLED_AT: { description: 'When it was unenrolled.' },
  },
})

export enum AgentActionType { POLICY_REASSIGN = 'POLICY_REASSIGN', UNENROLL = 'UNENROLL', FORCE_UNENROLL = 'FORCE_UNENROLL', UPDATE_TAGS = 'UPDATE_TAGS' }
registerEnumType(AgentActionType, {
  name: 'AgentActionType',
  description: 'What an agent action did (Kibana\'s action types this server records).',
  valuesConfig: {
    POLICY_REASSIGN: { description: 'Moved agents to another agent policy (reassignHosts).' },
    UNENROLL: { description: 'Unenrolled agents (unenrollHosts without revoke; their credentials are revoked all the same).' },
    FORCE_UNENROLL: { description: 'Unenrolled agents with revoke or force (unenrollHosts).' },
    UPDATE_TAGS: { description: 'Added or removed tags (updateHostTags).' },
  },
})

export enum AgentActionStatus { COMPLETE = 'COMPLETE', FAILED = 'FAILED' }
registerEnumType(AgentActionStatus, {
  name: 'AgentActionStatus',
  description: 'How an agent action ended. Actions run synchronously: they are never pending.',
  valuesConfig: {
    COMPLETE: { description: 'It ran; some agents may have failed (nbAgentsFailed, latestErrors).' },
    FAILED: { description: 'It ran and changed no agent: every agent it was for failed.' },
  },
})

@ArgsType()
export class AgentsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'The page, from 1. page × perPage is at most 10,000.' })
  page?: number

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Agents per page, 0 to 10,000.' })
  perPage?: number

  @Field(() => String, { nullable: true, description: 'A Kibana kuery (KQL subset) over the agent fields: status, policy_id, tags, hostname / local_metadata.host.hostname, local_metadata.os.platform, last_checkin, enrolled_at, id / agent.id, active, local_metadata.elastic.agent.version, … (`fleet-agents.` prefix allowed; docs/compat.md lists them).' })
  kuery?: string | null

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'false (default): inactive agents are left out. Unenrolled agents are left out unless the kuery names status:unenrolled or status:*, as in Kibana.' })
  showInactive?: boolean

  @Field(() => AgentSortField, { nullable: true, defaultValue: AgentSortField.ENROLLED_AT, description: 'The sort key (default ENROLLED_AT).' })
  sortField?: AgentSortField

  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.DESC, description: 'DESC (default) or ASC.' })
  sortOrder?: OrderDirection

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'true: also count the matching agents by status (statusSummary).' })
  withStatusSummary?: boolean
}

@InputType({ description: 'The agents an action is for: a list of agent ids, or a kuery (exactly one of them).' })
export class AgentSelectionInput {
  @Field(() => [String], { nullable: true, description: 'At most 1,000 agent ids. Ids of agents the caller cannot see are failures of the action (or NOT_FOUND with requireAll).' })
  agentIds?: string[] | null

  @Field(() => String, { nullable: true, description: 'A kuery over the agent fields (as `agents`); it may match at most 10,000 agents, among those the caller may change.' })
  kuery?: string | null

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'With a kuery: inactive agents too (Kibana\'s includeInactive); unenrolled ones only when the kuery names status:unenrolled or status:*.' })
  includeInactive?: boolean

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'true: every id must name an agent the caller can see, else NOT_FOUND `Agent <id> not found` and nothing changes (Kibana\'s single-agent routes).' })
  requireAll?: boolean
}
