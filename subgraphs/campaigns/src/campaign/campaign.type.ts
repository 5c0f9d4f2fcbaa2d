import { Directive, Field, ID, Int, ObjectType } from 'type-graphql'

export interface CampaignRow { id: number; query_id: number; user_id: number | null; status: number; created_at: Date; updated_at: Date }

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A live query: one SQL statement sent to a set of hosts.' })
export class Campaign {
  constructor(readonly row: CampaignRow) {}
  @Field(() => ID) get id(): string { return String(this.row.id) }
  @Field(() => Int, { description: '0 waiting, 1 running, 2 completed (Fleet values)' }) get status(): number { return this.row.status }
  @Field(() => ID) get queryId(): string { return String(this.row.query_id) }
  @Field(() => Date) get createdAt(): Date { return this.row.created_at }
}
