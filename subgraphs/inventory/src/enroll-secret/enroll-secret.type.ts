import { Field, ID, ObjectType } from 'type-graphql'

export interface EnrollSecretRow { secret: string; team_id: number | null; created_at: Date }

@ObjectType({ description: 'A secret osquery agents present to enroll: global (no team) or for one team.' })
export class EnrollSecret {
  constructor(private readonly row: EnrollSecretRow) {}
  @Field(() => String, { description: 'The secret itself.' }) get secret(): string { return this.row.secret }
  @Field(() => Date, { description: 'When the secret was added.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => ID, { nullable: true, description: 'The team hosts enrolling with it join; null for global secrets.' }) get teamId(): string | null {
    return this.row.team_id == null ? null : String(this.row.team_id)
  }
}
