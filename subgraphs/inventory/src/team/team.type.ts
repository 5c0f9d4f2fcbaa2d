import { Directive, Field, ID, ObjectType } from 'type-graphql'

export interface TeamRow { id: number; name: string; description: string; created_at: Date }

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A group of hosts and users with its own settings (Fleet Premium).' })
export class Team {
  constructor(private readonly row: TeamRow) {}
  @Field(() => ID) get id(): string { return String(this.row.id) }
  @Field(() => String) get name(): string { return this.row.name }
  @Field(() => String) get description(): string { return this.row.description }
  @Field(() => Date) get createdAt(): Date { return this.row.created_at }
}
