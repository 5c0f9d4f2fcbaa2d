import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'
import { GraphQLJSONObject } from 'graphql-scalars'
import { platformFamily } from '@fleetgraph/agent-api/platforms'
import { hostStatus } from './host-status.js'
import { HostStatusEnum } from './host.args.js'
import type { HostRow } from './host.repository.js'

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A device running osquery, enrolled in the fleet.' })
export class Host {
  constructor(private readonly row: HostRow) {}

  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Host', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String, { description: 'The hostname osquery reports.' }) get hostname(): string { return this.row.hostname }
  @Field(() => HostStatusEnum, { description: "ONLINE, OFFLINE, MIA or NEW (Fleet's rule: the last check-in against the check-in intervals)." })
  get status(): HostStatusEnum { return hostStatus(this.row) as HostStatusEnum }
  @Field(() => String, { description: 'The name to show: the computer name, or the hostname when it has none.' }) get displayName(): string { return this.row.computer_name || this.row.hostname }
  @Field(() => String, { description: 'The hardware UUID.' }) get uuid(): string { return this.row.uuid }
  @Field(() => String, { description: "The host's id as a Kibana agent (`/api/fleet/agents/{id}`): a UUID given when the host's row was created (ADR 0013)." })
  get agentId(): string { return this.row.agent_id }
  @Field(() => [String], { description: "The host's Kibana agent tags: free text, at most 100 (updateHostTags, updateAgent)." })
  get agentTags(): string[] { return this.row.agent_tags }
  @Field(() => Date, { nullable: true, description: 'When the host was unenrolled as a Kibana agent (unenrollHosts): its credentials were revoked, and it stays listed here until deleted. Null for an enrolled host; enrolling again clears it.' })
  get unenrolledAt(): Date | null { return this.row.unenrolled_at }
  @Field(() => GraphQLJSONObject, { description: "Kibana's user_provided_metadata for the agent, as last given (updateAgent); {} when none." })
  get userProvidedMetadata(): Record<string, unknown> { return (this.row.agent_user_metadata as Record<string, unknown> | null) ?? {} }
  @Field(() => Int, { nullable: true, description: "The agent-policy revision last served to the host with its osquery config (Kibana's agent policy_revision); null before its first config fetch." })
  get agentPolicyRevision(): number | null { return this.row.policy_revision }
  @Field(() => String, { description: 'The platform osquery reports (darwin, windows, ubuntu, rhel…).' }) get platform(): string { return this.row.platform }
  @Field(() => String, { description: 'The platform family: "linux" for every Linux distribution, else the platform (darwin, windows, chrome…).' }) get platformFamily(): string { return platformFamily(this.row.platform) }
  @Field(() => String, { description: 'The platforms this one is like (osquery os_version.platform_like).' }) get platformLike(): string { return this.row.platform_like }
  @Field(() => String, { description: 'Operating system name and version.' }) get osVersion(): string { return this.row.os_version }
  @Field(() => String, { description: 'Operating system build.' }) get build(): string { return this.row.build }
  @Field(() => String, { description: 'Operating system code name.' }) get codeName(): string { return this.row.code_name }
  @Field(() => String, { description: 'The osquery version running on the host.' }) get osqueryVersion(): string { return this.row.osquery_version }
  @Field(() => Float, { description: 'Nanoseconds, as osquery reports it.' }) get uptime(): number { return Number(this.row.uptime) }
  @Field(() => Float, { description: 'Bytes.' }) get memory(): number { return Number(this.row.memory) }
  @Field(() => String, { description: 'CPU architecture (x86_64, arm64…).' }) get cpuType(): string { return this.row.cpu_type }
  @Field(() => String, { description: 'CPU subtype.' }) get cpuSubtype(): string { return this.row.cpu_subtype }
  @Field(() => String, { description: 'CPU brand string.' }) get cpuBrand(): string { return this.row.cpu_brand }
  @Field(() => Int, { description: 'Physical CPU cores.' }) get cpuPhysicalCores(): number { return this.row.cpu_physical_cores }
  @Field(() => Int, { description: 'Logical CPU cores.' }) get cpuLogicalCores(): number { return this.row.cpu_logical_cores }
  @Field(() => String, { description: 'Hardware vendor.' }) get hardwareVendor(): string { return this.row.hardware_vendor }
  @Field(() => String, { description: 'Hardware model.' }) get hardwareModel(): string { return this.row.hardware_model }
  @Field(() => String, { description: 'Hardware version.' }) get hardwareVersion(): string { return this.row.hardware_version }
  @Field(() => String, { description: 'Hardware serial number.' }) get hardwareSerial(): string { return this.row.hardware_serial }
  @Field(() => String, { description: 'The computer name the user set; may be empty.' }) get computerName(): string { return this.row.computer_name }
  @Field(() => String, { description: 'The IP address the host reached Fleet from.' }) get publicIp(): string { return this.row.public_ip }
  @Field(() => String, { description: 'The IP address of the primary network interface.' }) get primaryIp(): string { return this.row.primary_ip }
  @Field(() => String, { description: 'The MAC address of the primary network interface.' }) get primaryMac(): string { return this.row.primary_mac }
  @Field(() => Int, { description: 'Seconds between distributed (live) query check-ins.' }) get distributedInterval(): number { return this.row.distributed_interval }
  @Field(() => Int, { description: 'Seconds between configuration refreshes.' }) get configTlsRefresh(): number { return this.row.config_tls_refresh }
  @Field(() => Int, { description: 'Seconds between log uploads.' }) get loggerTlsPeriod(): number { return this.row.logger_tls_period }
  @Field(() => Boolean, { description: 'A refetch of the host details was requested and is pending.' }) get refetchRequested(): boolean { return this.row.refetch_requested }
  @Field(() => GraphQLJSONObject, { description: 'Additional queries\' results (agent options "additional_queries").' }) get additional(): Record<string, unknown> { return (this.row.additional as Record<string, unknown> | null) ?? {} }
  @Field(() => Int, { nullable: true, description: "The team's integer id; null when the host is in no team (see team)." }) get teamId(): number | null { return this.row.team_id }
  @Field(() => Date, { nullable: true, description: 'The last check-in; null before the first.' }) get seenTime(): Date | null { return this.row.seen_time }
  @Field(() => Date, { nullable: true, description: 'When the host details were last refreshed.' }) get detailUpdatedAt(): Date | null { return this.row.detail_updated_at }
  @Field(() => Date, { nullable: true, description: 'When the label memberships were last refreshed.' }) get labelUpdatedAt(): Date | null { return this.row.label_updated_at }
  @Field(() => Date, { nullable: true, description: 'The last enrollment.' }) get lastEnrolledAt(): Date | null { return this.row.last_enrolled_at }
  @Field(() => Date, { description: 'The first enrollment.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When the host row last changed.' }) get updatedAt(): Date { return this.row.updated_at }

  get teamIdRaw(): number | null { return this.row.team_id }
  /** The row (agent fields resolved from it with loaders). */
  get rowRaw(): HostRow { return this.row }
  /** The integer id (for loaders). */
  get databaseIdRaw(): number { return this.row.id }
}
