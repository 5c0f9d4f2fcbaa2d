import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'

export interface PolicyRow {
  id: number; name: string; query: string; description: string; resolution: string; platform: string; critical: boolean
  team_id: number | null; created_at: Date; updated_at: Date
}

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A yes/no osquery check each host passes or fails.' })
export class Policy {
  constructor(readonly row: PolicyRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Policy', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String) get name(): string { return this.row.name }
  @Field(() => String) get query(): string { return this.row.query }
  @Field(() => String) get description(): string { return this.row.description }
  @Field(() => String) get resolution(): string { return this.row.resolution }
  @Field(() => String, { description: 'Comma-separated: darwin, windows, linux, chrome; empty = all.' }) get platform(): string { return this.row.platform }
  @Field(() => Boolean) get critical(): boolean { return this.row.critical }
  @Field(() => Int, { nullable: true, description: 'null for global policies.' }) get teamId(): number | null { return this.row.team_id }
  @Field(() => Date) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date) get updatedAt(): Date { return this.row.updated_at }
}

@InputType({ description: 'Upserted by name; on update, team and platform are kept (as Fleet documents).' })
export class PolicySpecInput {
  @Field(() => String) name!: string
  @Field(() => String) query!: string
  @Field(() => String, { nullable: true }) description?: string | null
  @Field(() => String, { nullable: true }) resolution?: string | null
  @Field(() => String, { nullable: true, description: 'Team name; empty or "No team" for a global policy.' }) team?: string | null
  @Field(() => String, { nullable: true }) platform?: string | null
  @Field(() => Boolean, { nullable: true, description: 'Fleet Premium; forced false on Free.' }) critical?: boolean | null
}
