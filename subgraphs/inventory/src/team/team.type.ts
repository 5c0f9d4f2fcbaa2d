import { Directive, Field, ID, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'

export interface TeamRow { id: number; name: string; description: string; created_at: Date }

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A group of hosts and users with its own settings (Fleet Premium).' })
export class Team {
  constructor(private readonly row: TeamRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Team', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String) get name(): string { return this.row.name }
  @Field(() => String) get description(): string { return this.row.description }
  @Field(() => Date) get createdAt(): Date { return this.row.created_at }
}
