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
  @Field(() => String, { description: "The policy's name (unique per team)." }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'The osquery SQL: a host passes when it returns rows.' }) get query(): string { return this.row.query }
  @Field(() => String, { description: 'What the policy checks.' }) get description(): string { return this.row.description }
  @Field(() => String, { description: 'How to make a failing host pass.' }) get resolution(): string { return this.row.resolution }
  @Field(() => String, { description: 'Comma-separated: darwin, windows, linux, chrome; empty = all.' }) get platform(): string { return this.row.platform }
  @Field(() => Boolean, { description: 'Marked critical (Fleet Premium).' }) get critical(): boolean { return this.row.critical }
  @Field(() => Int, { nullable: true, description: 'null for global policies.' }) get teamId(): number | null { return this.row.team_id }
  @Field(() => Date, { description: 'When the policy was created.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When the policy was last changed.' }) get updatedAt(): Date { return this.row.updated_at }
}

@InputType({ description: 'Upserted by name; on update, team and platform are kept (as Fleet documents).' })
export class PolicySpecInput {
  @Field(() => String, { description: "The policy's name: the spec upserts by it." }) name!: string
  @Field(() => String, { description: 'The osquery SQL; not blank.' }) query!: string
  @Field(() => String, { nullable: true, description: 'What the policy checks.' }) description?: string | null
  @Field(() => String, { nullable: true, description: 'How to make a failing host pass.' }) resolution?: string | null
  @Field(() => String, { nullable: true, description: 'Team name; empty or "No team" for a global policy.' }) team?: string | null
  @Field(() => String, { nullable: true, description: 'Comma-separated: darwin, windows, linux, chrome; empty = all (kept on update).' }) platform?: string | null
  @Field(() => Boolean, { nullable: true, description: 'Fleet Premium; forced false on Free.' }) critical?: boolean | null
}
