import { Field, InputType, Int } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'

/** Logging types a saved query may have (Fleet's `logging`). */
export const LOGGING_TYPES = ['snapshot', 'differential', 'differential_ignore_removals'] as const

@InputType({ description: 'A new saved query (Kibana\'s saved query: its `id` is the name).' })
export class CreateSavedQueryInput {
  @Field(() => String, { description: 'Unique name; not blank, at most 255 characters.' }) name!: string
  @Field(() => String, { description: 'The SQL; not blank.' }) query!: string
  @Field(() => String, { nullable: true, description: 'Free text; empty when absent.' }) description?: string | null
  @Field(() => Int, { nullable: true, description: 'Seconds between scheduled runs (0 to 604800); 0 when absent.' }) interval?: number | null
  @Field(() => String, { nullable: true, description: 'Comma-separated platforms (darwin, linux, windows, chrome); empty or absent = all.' }) platform?: string | null
  @Field(() => String, { nullable: true, description: 'Oldest osquery version it runs on; empty or absent = any.' }) minOsqueryVersion?: string | null
  @Field(() => String, { nullable: true, description: 'snapshot, differential or differential_ignore_removals; snapshot when absent (Fleet\'s default).' }) logging?: string | null
  @Field(() => Boolean, { nullable: true, description: 'Observers may run it live; false when absent.' }) observerCanRun?: boolean | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: "Kibana's ECS mapping, stored as given (at most 1,000 fields)." }) ecsMapping?: Record<string, unknown> | null
  @Field(() => Int, { nullable: true, description: "Kibana's query timeout in seconds (0 to 86400), stored as given." }) timeout?: number | null
}

@InputType({ description: 'Only the fields given change; ecsMapping and timeout given as null are cleared.' })
export class UpdateSavedQueryInput {
  @Field(() => String, { nullable: true, description: 'Unique name; not blank, at most 255 characters.' }) name?: string | null
  @Field(() => String, { nullable: true, description: 'The SQL; not blank.' }) query?: string | null
  @Field(() => String, { nullable: true, description: 'Free text.' }) description?: string | null
  @Field(() => Int, { nullable: true, description: 'Seconds between scheduled runs (0 to 604800).' }) interval?: number | null
  @Field(() => String, { nullable: true, description: 'Comma-separated platforms; empty = all.' }) platform?: string | null
  @Field(() => String, { nullable: true, description: 'Oldest osquery version it runs on; empty = any.' }) minOsqueryVersion?: string | null
  @Field(() => String, { nullable: true, description: 'snapshot, differential or differential_ignore_removals.' }) logging?: string | null
  @Field(() => Boolean, { nullable: true, description: 'Observers may run it live.' }) observerCanRun?: boolean | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: "Kibana's ECS mapping, stored as given; null clears it." }) ecsMapping?: Record<string, unknown> | null
  @Field(() => Int, { nullable: true, description: "Kibana's query timeout in seconds; null clears it." }) timeout?: number | null
}
