import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'

export interface LabelRow {
  id: number; name: string; description: string; query: string; platform: string
  label_type: string; label_membership_type: string; created_at: Date; updated_at: Date
}

/** Internal values are the strings Fleet's REST shows (and the database stores). */
export enum LabelType { REGULAR = 'regular', BUILTIN = 'builtin' }
registerEnumType(LabelType, {
  name: 'LabelType',
  description: 'Who made a label.',
  valuesConfig: {
    REGULAR: { description: 'Made by a user (or a label spec).' },
    BUILTIN: { description: "Shipped with Fleet (All Hosts, macOS, Ubuntu Linux…); cannot be changed or deleted." },
  },
})

export enum LabelMembershipType { DYNAMIC = 'dynamic', MANUAL = 'manual' }
registerEnumType(LabelMembershipType, {
  name: 'LabelMembershipType',
  description: 'How a label decides its members.',
  valuesConfig: {
    DYNAMIC: { description: "The label's osquery query: hosts where it returns rows are members." },
    MANUAL: { description: 'A list of hosts kept by users.' },
  },
})

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A named set of hosts: dynamic (an osquery query decides) or manual.' })
export class Label {
  constructor(private readonly row: LabelRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Label', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String, { description: 'The unique name.' }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'Free text; may be empty.' }) get description(): string { return this.row.description }
  @Field(() => String, { description: 'The osquery SQL deciding membership (dynamic labels); empty for manual ones.' }) get query(): string { return this.row.query }
  @Field(() => String, { description: 'The platform the query runs on (darwin, windows, linux…); empty for every platform.' }) get platform(): string { return this.row.platform }
  @Field(() => LabelType, { description: 'REGULAR or BUILTIN.' }) get labelType(): LabelType { return this.row.label_type as LabelType }
  @Field(() => LabelMembershipType, { description: 'DYNAMIC or MANUAL.' }) get labelMembershipType(): LabelMembershipType { return this.row.label_membership_type as LabelMembershipType }
  @Field(() => Date, { description: 'When the label was created.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When the label was last changed.' }) get updatedAt(): Date { return this.row.updated_at }

  /** The integer id (for loaders and nested connections). */
  get databaseIdRaw(): number { return this.row.id }
}
