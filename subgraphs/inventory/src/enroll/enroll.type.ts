import { Field, ID, InputType, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'

@InputType({ description: "An osquery agent's enrollment request (osquery's TLS enroll API)." })
export class EnrollAgentInput {
  @Field(() => String, { description: 'A global or team enroll secret.' }) enrollSecret!: string
  @Field(() => String, { description: 'osquery\'s host identifier (unique per host).' }) hostIdentifier!: string
  @Field(() => String, { nullable: true, description: 'The platform osquery reports.' }) platformType?: string | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'table name → column → value (os_version, osquery_info, system_info, platform_info)' })
  hostDetails?: Record<string, Record<string, unknown>> | null
}

@ObjectType({ description: 'The enrolled host.' })
export class EnrollAgentPayload {
  @Field(() => String, { description: 'The secret the agent presents on every later call.' }) nodeKey!: string
  @Field(() => ID, { description: 'The enrolled host id.' }) hostId!: string
}
