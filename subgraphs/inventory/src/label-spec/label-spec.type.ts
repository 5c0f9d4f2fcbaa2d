import { Field, ID, InputType, ObjectType } from 'type-graphql'
import type { LabelRow } from '../label/label.type.js'

export interface LabelSpecRow extends LabelRow {
  /** Hostnames of a manual label's members (distinct, sorted); null for dynamic and builtin labels. */
  hosts: string[] | null
}

@ObjectType({ description: "A label as Fleet's configuration files describe it (fleetctl get/apply labels)." })
export class LabelSpec {
  constructor(private readonly row: LabelSpecRow) {}
  @Field(() => ID, { description: 'The label id.' }) get id(): string { return String(this.row.id) }
  @Field(() => String, { description: 'The unique label name.' }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'Free text; may be empty.' }) get description(): string { return this.row.description }
  @Field(() => String, { description: 'The osquery SQL deciding membership; empty for manual labels.' }) get query(): string { return this.row.query }
  @Field(() => String, { description: 'Empty: every platform.' }) get platform(): string { return this.row.platform }
  @Field(() => String, { description: 'regular | builtin' }) get labelType(): string { return this.row.label_type }
  @Field(() => String, { description: 'dynamic | manual' }) get labelMembershipType(): string { return this.row.label_membership_type }
  @Field(() => [String], { nullable: true, description: 'Hostnames of the members of a manual label; null for dynamic and builtin labels.' })
  get hosts(): string[] | null { return this.row.hosts }
}

@InputType({ description: 'One label to create or update, matched by name. Builtin labels cannot be applied.' })
export class LabelSpecInput {
  @Field(() => String, { description: 'The unique label name.' }) name!: string
  @Field(() => String, { nullable: true, description: 'Absent: empty.' }) description?: string | null
  @Field(() => String, { nullable: true, description: 'The osquery SQL; required for dynamic labels.' }) query?: string | null
  @Field(() => String, { nullable: true, description: 'Empty or absent: every platform.' }) platform?: string | null
  @Field(() => String, { nullable: true, description: 'regular (default) | builtin (always refused)' }) labelType?: string | null
  @Field(() => String, { nullable: true, description: 'dynamic (default) | manual' }) labelMembershipType?: string | null
  @Field(() => [String], { nullable: true, description: 'Manual labels only (required there): the members, by hostname; unknown hostnames are ignored.' })
  hosts?: string[] | null
}
