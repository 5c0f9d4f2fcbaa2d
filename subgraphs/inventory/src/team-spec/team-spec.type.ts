import { Field, ID, InputType, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'

@InputType({ description: "One team to create or update, matched by name (Fleet's `kind: team` spec). Fleet Premium." })
export class TeamSpecInput {
  @Field(() => String, { description: 'The team name.' }) name!: string
  @Field(() => GraphQLJSONObject, { nullable: true, description: "osquery agent options. Absent: unchanged (Fleet's defaults for a new team); null: cleared; an object: replaces them." })
  agentOptions?: Record<string, unknown> | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'enable_host_users, enable_software_inventory, additional_queries, detail_query_overrides: replaced wholesale, defaults for keys left out.' })
  features?: Record<string, unknown> | null
  @Field(() => [String], { nullable: true, description: 'Enroll secrets. Absent or null: unchanged (one random secret for a new team); []: none; a list: replaces them (at most 50).' })
  secrets?: string[] | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'MDM settings (macos_updates, macos_settings, …): the sections given are updated, the others stay.' })
  mdm?: Record<string, unknown> | null
}

@ObjectType({ description: 'A team an apply created or updated.' })
export class TeamIdByName {
  constructor(row: { id: number; name: string }) { this.id = String(row.id); this.name = row.name }
  @Field(() => String, { description: 'The team name.' }) name: string
  @Field(() => ID, { description: 'The team id.' }) id: string
}
