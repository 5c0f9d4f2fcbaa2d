import { Field, Int, ObjectType } from 'type-graphql'

/** An enroll secret as a Kibana enrollment API key, with its agent policy's Kibana id. */
export interface EnrollmentKeyRow {
  id: string; secret: string; name: string | null; active: boolean; expire_at: Date | null; api_key_id: string
  created_at: Date; team_id: number | null; agent_policy_id: string
}

@ObjectType({
  description: "A Kibana enrollment API key (ADR 0013): an osquery/fleetd enroll secret of an agent policy (a team's, or the global ones for the default policy). Revoked keys stay, inactive; inactive or expired keys no longer enroll.",
})
export class EnrollmentApiKey {
  constructor(readonly row: EnrollmentKeyRow) {}
  @Field(() => String, { description: "Kibana's id (a UUID)." }) get id(): string { return this.row.id }
  @Field(() => String, { description: "Kibana's api_key_id (a UUID; there is no Elasticsearch API key behind it)." }) get apiKeyId(): string { return this.row.api_key_id }
  @Field(() => String, { description: 'The key itself: the enroll secret osquery or fleetd enrolls with.' }) get apiKey(): string { return this.row.secret }
  @Field(() => String, { nullable: true, description: 'Its name ("<name> (<id>)" when made through Kibana; null for secrets FleetDM made).' }) get name(): string | null { return this.row.name }
  @Field(() => Boolean, { description: 'false once revoked.' }) get active(): boolean { return this.row.active }
  @Field(() => String, { description: "The agent policy's Kibana id." }) get policyId(): string { return this.row.agent_policy_id }
  @Field(() => Date, { description: 'When it was made.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { nullable: true, description: 'When it stops enrolling; null: never.' }) get expireAt(): Date | null { return this.row.expire_at }
}

@ObjectType({ description: "One page of enrollment API keys, newest first, in Kibana's list shape." })
export class EnrollmentApiKeyPage {
  constructor(items: EnrollmentApiKey[], total: number, page: number, perPage: number) { this.items = items; this.total = total; this.page = page; this.perPage = perPage }
  @Field(() => [EnrollmentApiKey], { description: 'The page.' }) items: EnrollmentApiKey[]
  @Field(() => Int, { description: 'How many keys match.' }) total: number
  @Field(() => Int, { description: 'The page number, from 1.' }) page: number
  @Field(() => Int, { description: 'The page size.' }) perPage: number
}
