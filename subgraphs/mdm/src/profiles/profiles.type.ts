import { Field, ID, ObjectType } from 'type-graphql'

export interface ProfileRow { id: number; team_id: number | null; identifier: string; name: string; checksum: string; created_at: Date; updated_at: Date }

@ObjectType({ description: 'A custom Apple configuration profile (.mobileconfig) applied to a team or to hosts in no team.' })
export class AppleProfile {
  constructor(private readonly row: ProfileRow) {}
  @Field(() => ID, { description: "The profile's id." }) get id(): string { return String(this.row.id) }
  @Field(() => ID, { nullable: true, description: 'null: hosts in no team' }) get teamId(): string | null { return this.row.team_id == null ? null : String(this.row.team_id) }
  @Field(() => String, { description: 'PayloadIdentifier' }) get identifier(): string { return this.row.identifier }
  @Field(() => String, { description: 'PayloadDisplayName' }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'MD5 of the file, hex' }) get checksum(): string { return this.row.checksum }
  @Field(() => Date, { description: 'When the profile was first uploaded.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When the profile was last replaced.' }) get updatedAt(): Date { return this.row.updated_at }
}
