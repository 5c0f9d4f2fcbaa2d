// Kibana's osquery pack as the graph takes it (ADR 0013): a pack with its queries written inline, its
// targets as agent-policy ids (teams; the default policy is the "All Hosts" label) and its shards.
import { ArgsType, Field, InputType, Int } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import { PackOrder } from './pack.args.js'

@InputType({ description: "One query of a pack, written inline (Kibana's pack query): scheduled under its name." })
export class PackQueryInput {
  @Field(() => String, { description: "Its name in the pack (Kibana's query id); unique in the pack, at most 255 characters." }) name!: string
  @Field(() => String, { description: 'The SQL; not blank.' }) query!: string
  @Field(() => Int, { description: 'Seconds between runs (1 to 604800).' }) interval!: number
  @Field(() => String, { nullable: true, description: 'Comma-separated platforms to run on; empty or absent = all.' }) platform?: string | null
  @Field(() => String, { nullable: true, description: 'Oldest osquery version to run on; empty or absent = any.' }) version?: string | null
  @Field(() => Boolean, { nullable: true, description: 'true: send results as snapshots, not differences.' }) snapshot?: boolean | null
  @Field(() => Boolean, { nullable: true, description: 'true: log removed rows too.' }) removed?: boolean | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: "Kibana's ECS mapping, stored as given (at most 1,000 fields)." }) ecsMapping?: Record<string, unknown> | null
  @Field(() => Int, { nullable: true, description: "Kibana's timeout in seconds (0 to 86400), stored as given." }) timeout?: number | null
}

@InputType({ description: "A new pack with its queries written inline (Kibana's `POST /api/osquery/packs`)." })
export class CreatePackWithQueriesInput {
  @Field(() => String, { description: 'Unique pack name; not blank, at most 255 characters.' }) name!: string
  @Field(() => String, { nullable: true, description: 'Free text; empty when absent.' }) description?: string | null
  @Field(() => Boolean, { nullable: true, description: 'Sent to hosts; false when absent (as Kibana: a pack is deployed only when enabled).' }) enabled?: boolean | null
  @Field(() => [String], { nullable: true, description: 'Agent-policy ids to target: teams by Team.agentPolicyId, and `fleet-default-policy` for every host ("All Hosts"). At most 1,000.' }) agentPolicyIds?: string[] | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Percent of hosts (0 to 100) per agent-policy id, stored as given; when every entry has the same value, each query is sharded by it.' }) shards?: Record<string, unknown> | null
  @Field(() => [PackQueryInput], { description: 'The queries, at most 1,000.' }) queries!: PackQueryInput[]
}

@InputType({ description: "Changes to a pack in Kibana's terms (`PUT /api/osquery/packs/{id}`): only the fields given change." })
export class UpdatePackWithQueriesInput {
  @Field(() => String, { nullable: true, description: 'Unique pack name; not blank.' }) name?: string | null
  @Field(() => String, { nullable: true, description: 'Free text.' }) description?: string | null
  @Field(() => Boolean, { nullable: true, description: 'Sent to hosts.' }) enabled?: boolean | null
  @Field(() => [String], { nullable: true, description: 'Replaces the teams targeted and the "All Hosts" target (`fleet-default-policy`); other label and host targets stay.' }) agentPolicyIds?: string[] | null
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Replaces the shards.' }) shards?: Record<string, unknown> | null
  @Field(() => [PackQueryInput], { nullable: true, description: "Replaces the queries: one whose name and SQL are unchanged keeps its schedule (and the saved query behind it); others are written inline." }) queries?: PackQueryInput[] | null
}

@ArgsType()
export class PackPageArgs {
  @Field(() => Int, { nullable: true, description: 'The page, from 1 (default 1); page × perPage may not pass 10,000.' }) page?: number | null
  @Field(() => Int, { nullable: true, description: 'Packs per page (default 20).' }) perPage?: number | null
  @Field(() => PackOrder, { nullable: true, description: 'Sort order; NAME ascending by default (the id breaks ties).' }) orderBy?: PackOrder | null
}
