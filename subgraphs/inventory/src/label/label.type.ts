import { Directive, Field, ID, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'

export interface LabelRow {
  id: number; name: string; description: string; query: string; platform: string
  label_type: string; label_membership_type: string; created_at: Date; updated_at: Date
}

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A named set of hosts: dynamic (an osquery query decides) or manual.' })
export class Label {
  constructor(private readonly row: LabelRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Label', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String) get name(): string { return this.row.name }
  @Field(() => String) get description(): string { return this.row.description }
  @Field(() => String) get query(): string { return this.row.query }
  @Field(() => String) get platform(): string { return this.row.platform }
  @Field(() => String, { description: 'regular | builtin' }) get labelType(): string { return this.row.label_type }
  @Field(() => String, { description: 'dynamic | manual' }) get labelMembershipType(): string { return this.row.label_membership_type }
}
