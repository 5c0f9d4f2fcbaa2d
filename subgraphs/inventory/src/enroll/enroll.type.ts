import { Field, ID, InputType, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'

@InputType({ description: "An osquery agent's enrollment request (osquery's TLS enroll API)." })
export class EnrollAgentInput {
  @Field(() => String) enrollSecret!: string
  @Field(() => String) hostIdentifier!: string
  @Field(() => String, { nullable: true }) platformType?: string | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'table name → column → value (os_version, osquery_info, system_info, platform_info)' })
  hostDetails?: Record<string, Record<string, unknown>> | null
}

@ObjectType()
export class EnrollAgentPayload {
  @Field(() => String, { description: 'The secret the agent presents on every later call.' }) nodeKey!: string
  @Field(() => ID) hostId!: string
}
