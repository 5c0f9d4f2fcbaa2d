import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'
import { GraphQLJSONObject } from 'graphql-scalars'
import { hostStatus } from './host-status.js'
import type { HostRow } from './host.repository.js'

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A device running osquery, enrolled in the fleet.' })
export class Host {
  constructor(private readonly row: HostRow) {}

  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Host', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String) get hostname(): string { return this.row.hostname }
  @Field(() => String, { description: 'online | offline | mia | new (Fleet rule: last seen against check-in intervals)' })
  get status(): string { return hostStatus(this.row) }
  @Field(() => String) get displayName(): string { return this.row.computer_name || this.row.hostname }
  @Field(() => String) get uuid(): string { return this.row.uuid }
  @Field(() => String) get platform(): string { return this.row.platform }
  @Field(() => String) get platformLike(): string { return this.row.platform_like }
  @Field(() => String) get osVersion(): string { return this.row.os_version }
  @Field(() => String) get build(): string { return this.row.build }
  @Field(() => String) get codeName(): string { return this.row.code_name }
  @Field(() => String) get osqueryVersion(): string { return this.row.osquery_version }
  @Field(() => Float, { description: 'Nanoseconds, as osquery reports it.' }) get uptime(): number { return Number(this.row.uptime) }
  @Field(() => Float, { description: 'Bytes.' }) get memory(): number { return Number(this.row.memory) }
  @Field(() => String) get cpuType(): string { return this.row.cpu_type }
  @Field(() => String) get cpuSubtype(): string { return this.row.cpu_subtype }
  @Field(() => String) get cpuBrand(): string { return this.row.cpu_brand }
  @Field(() => Int) get cpuPhysicalCores(): number { return this.row.cpu_physical_cores }
  @Field(() => Int) get cpuLogicalCores(): number { return this.row.cpu_logical_cores }
  @Field(() => String) get hardwareVendor(): string { return this.row.hardware_vendor }
  @Field(() => String) get hardwareModel(): string { return this.row.hardware_model }
  @Field(() => String) get hardwareVersion(): string { return this.row.hardware_version }
  @Field(() => String) get hardwareSerial(): string { return this.row.hardware_serial }
  @Field(() => String) get computerName(): string { return this.row.computer_name }
  @Field(() => String) get publicIp(): string { return this.row.public_ip }
  @Field(() => String) get primaryIp(): string { return this.row.primary_ip }
  @Field(() => String) get primaryMac(): string { return this.row.primary_mac }
  @Field(() => Int) get distributedInterval(): number { return this.row.distributed_interval }
  @Field(() => Int) get configTlsRefresh(): number { return this.row.config_tls_refresh }
  @Field(() => Int) get loggerTlsPeriod(): number { return this.row.logger_tls_period }
  @Field(() => Boolean) get refetchRequested(): boolean { return this.row.refetch_requested }
  @Field(() => GraphQLJSONObject) get additional(): Record<string, unknown> { return (this.row.additional as Record<string, unknown> | null) ?? {} }
  @Field(() => Int, { nullable: true }) get teamId(): number | null { return this.row.team_id }
  @Field(() => Date, { nullable: true }) get seenTime(): Date | null { return this.row.seen_time }
  @Field(() => Date, { nullable: true }) get detailUpdatedAt(): Date | null { return this.row.detail_updated_at }
  @Field(() => Date, { nullable: true }) get labelUpdatedAt(): Date | null { return this.row.label_updated_at }
  @Field(() => Date, { nullable: true }) get lastEnrolledAt(): Date | null { return this.row.last_enrolled_at }
  @Field(() => Date) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date) get updatedAt(): Date { return this.row.updated_at }

  get teamIdRaw(): number | null { return this.row.team_id }
}
