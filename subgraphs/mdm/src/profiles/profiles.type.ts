import { Directive, Field, ID, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'

export interface ProfileRow { id: number; team_id: number | null; identifier: string; name: string; checksum: string; created_at: Date; updated_at: Date }

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A custom Apple configuration profile (.mobileconfig) applied to a team or to hosts in no team.' })
export class AppleProfile {
  constructor(private readonly row: ProfileRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('AppleProfile', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => ID, { nullable: true, description: 'null: hosts in no team' }) get teamId(): string | null { return this.row.team_id == null ? null : String(this.row.team_id) }
  @Field(() => String, { description: 'PayloadIdentifier' }) get identifier(): string { return this.row.identifier }
  @Field(() => String, { description: 'PayloadDisplayName' }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'MD5 of the file, hex' }) get checksum(): string { return this.row.checksum }
  @Field(() => Date, { description: 'When the profile was first uploaded.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When the profile was last replaced.' }) get updatedAt(): Date { return this.row.updated_at }
}
