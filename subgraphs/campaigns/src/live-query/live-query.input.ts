import { ArgsType, Field, ID, InputType, Int } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import { OrderDirection } from '@fleetgraph/subgraph-kit'

@InputType({ description: "One query of a live query given inline (Kibana's `queries[]`)." })
export class LiveQueryQueryInput {
  @Field(() => String, { nullable: true, description: "Kibana's id for it; a UUID when absent." }) id?: string | null
  @Field(() => String, { description: 'The SQL; not blank.' }) query!: string
  @Field(() => GraphQLJSONObject, { nullable: true, description: "Kibana's ECS mapping, stored as given." }) ecsMapping?: Record<string, unknown> | null
  @Field(() => Int, { nullable: true, description: "Kibana's timeout in seconds, stored as given." }) timeout?: number | null
  @Field(() => String, { nullable: true, description: 'Platforms, stored as given.' }) platform?: string | null
  @Field(() => String, { nullable: true, description: 'Oldest osquery version, stored as given.' }) version?: string | null
}

@InputType({
  description: "A Kibana live query (`POST /api/osquery/live_queries`): the agents to ask — every one the request names, by id, platform or agent policy, or all — and what to ask them: ad-hoc SQL (`query` or `queries`; admins and maintainers), a saved query (observers too when it allows them), or a pack's queries (one campaign each).",
})
export class LiveQueryInput {
  @Field(() => [String], { nullable: true, description: 'Agent ids (Host.agentId), at most 1,000.' }) agentIds?: string[] | null
  @Field(() => Boolean, { nullable: true, description: 'Every enrolled host ("All Hosts").' }) agentAll?: boolean | null
  @Field(() => [String], { nullable: true, description: 'Platforms, as the builtin labels group hosts: darwin (macos), windows, linux, ubuntu, centos, rhel, chrome.' }) agentPlatforms?: string[] | null
  @Field(() => [String], { nullable: true, description: 'Agent-policy ids: teams by Team.agentPolicyId, and `fleet-default-policy` for hosts on no team.' }) agentPolicyIds?: string[] | null
  @Field(() => String, { nullable: true, description: 'Ad-hoc SQL (or, with savedQueryId, the SQL an admin or maintainer runs in its stead).' }) query?: string | null
  @Field(() => [LiveQueryQueryInput], { nullable: true, description: 'Several ad-hoc queries, one campaign each (at most 100).' }) queries?: LiveQueryQueryInput[] | null
  @Field(() => String, { nullable: true, description: "A saved query: its name (Kibana's id) or its id." }) savedQueryId?: string | null
  @Field(() => ID, { nullable: true, description: 'A pack whose queries to run, one campaign each.' }) packId?: string | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: "ECS mapping of the single query, stored as given." }) ecsMapping?: Record<string, unknown> | null
  @Field(() => Int, { nullable: true, description: 'Timeout of the single query in seconds, stored as given.' }) timeout?: number | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Free metadata, stored as given (at most 64 KiB).' }) metadata?: Record<string, unknown> | null
}

@ArgsType()
export class LiveQueryPageArgs {
  @Field(() => Int, { nullable: true, description: 'The page, from 1 (default 1); page × perPage may not pass 10,000.' }) page?: number | null
  @Field(() => Int, { nullable: true, description: 'Live queries per page (default 20, at most 100).' }) perPage?: number | null
  @Field(() => String, { nullable: true, description: 'A KQL filter over action_id, user_id (the starter\'s email), pack_id, pack_name and @timestamp.' }) kuery?: string | null
  @Field(() => OrderDirection, { nullable: true, description: 'By start time; newest first (DESC) by default.' }) direction?: OrderDirection | null
}

@ArgsType()
export class LiveQueryResultsArgs {
  @Field(() => String, { description: "The live query's action id." }) actionId!: string
  @Field(() => String, { description: "The query's action id (one of the live query's queries)." }) queryActionId!: string
  @Field(() => Int, { nullable: true, description: 'The page, from 1 (default 1); page × perPage may not pass 10,000.' }) page?: number | null
  @Field(() => Int, { nullable: true, description: 'Rows per page (default 100).' }) perPage?: number | null
  @Field(() => String, { nullable: true, description: 'A KQL filter over agent.id, agent.name, host.name and @timestamp.' }) kuery?: string | null
  @Field(() => OrderDirection, { nullable: true, description: 'By answer time; newest first (DESC) by default.' }) direction?: OrderDirection | null
}
