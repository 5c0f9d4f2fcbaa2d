import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'

export interface SavedQueryRow {
  id: number; name: string; description: string; query: string; observer_can_run: boolean; platform: string
  created_at: Date; updated_at: Date
}

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A saved osquery SQL query (Fleet "query"), runnable live or on a schedule.' })
export class SavedQuery {
  constructor(readonly row: SavedQueryRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('SavedQuery', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String, { description: 'Unique query name.' }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'Free text.' }) get description(): string { return this.row.description }
  @Field(() => String, { description: 'The SQL.' }) get query(): string { return this.row.query }
  @Field(() => Boolean, { description: 'Observers may run it live.' }) get observerCanRun(): boolean { return this.row.observer_can_run }
  @Field(() => String, { description: 'Comma-separated platforms it targets when scheduled; empty = all.' }) get platform(): string { return this.row.platform }
  @Field(() => Date, { description: 'When the query was created.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When the query was last changed.' }) get updatedAt(): Date { return this.row.updated_at }
}

@InputType({ description: 'A query spec: upserted by name.' })
export class QuerySpecInput {
  @Field(() => String, { description: "The query's name: the spec upserts by it." }) name!: string
  @Field(() => String, { nullable: true, description: 'Free text.' }) description?: string | null
  @Field(() => String, { description: 'The SQL; not blank.' }) query!: string
}
