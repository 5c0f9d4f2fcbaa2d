import { Directive, Field, ID, Int, ObjectType } from 'type-graphql'
import { hostStatus } from '@fleetgraph/subgraph-kit'
import type { HostRow } from './host.repository.js'

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A device running osquery, enrolled in the fleet.' })
export class Host {
  constructor(private readonly row: HostRow) {}

  @Field(() => ID) get id(): string { return String(this.row.id) }
  @Field(() => String) get hostname(): string { return this.row.hostname }
  @Field(() => String, { description: 'online | offline | mia | new (Fleet rule: last seen against check-in intervals)' })
  get status(): string { return hostStatus(this.row) }
  @Field(() => String) get displayName(): string { return this.row.computer_name || this.row.hostname }
  @Field(() => String) get uuid(): string { return this.row.uuid }
  @Field(() => String) get platform(): string { return this.row.platform }
  @Field(() => String) get osVersion(): string { return this.row.os_version }
  @Field(() => String) get osqueryVersion(): string { return this.row.osquery_version }
  @Field(() => String) get hardwareSerial(): string { return this.row.hardware_serial }
  @Field(() => String) get primaryIp(): string { return this.row.primary_ip }
  @Field(() => Int, { nullable: true }) get teamId(): number | null { return this.row.team_id }
  @Field(() => Date, { nullable: true }) get seenTime(): Date | null { return this.row.seen_time }
  @Field(() => Date) get createdAt(): Date { return this.row.created_at }

  get teamIdRaw(): number | null { return this.row.team_id }
  get rowId(): number { return this.row.id }
}
