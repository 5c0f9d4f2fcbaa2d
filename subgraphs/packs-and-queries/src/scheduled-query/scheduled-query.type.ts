import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'

export interface ScheduledQueryRow {
  id: number; pack_id: number; query_id: number; name: string; query_name: string; description: string
  interval: number; snapshot: boolean | null; removed: boolean | null; platform: string; version: string
  shard: number | null; denylist: boolean | null; created_at: Date; updated_at: Date
  /** Kibana-only attributes of the pack query (`{ecs_mapping, timeout}`), stored as given. */
  kibana: unknown
  saved_query: { query: string }
}

/** What Kibana's pack routes store beside a scheduled query's FleetDM columns. */
export interface ScheduledKibana { ecs_mapping?: Record<string, unknown>; timeout?: number }
export const scheduledKibanaOf = (raw: unknown): ScheduledKibana => (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw as ScheduledKibana : {})

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: "A saved query scheduled in a pack, with the pack's per-query options." })
export class ScheduledQuery {
  constructor(readonly row: ScheduledQueryRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('ScheduledQuery', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => ID, { description: 'The pack it is scheduled in.' }) get packId(): string { return String(this.row.pack_id) }
  @Field(() => ID, { description: 'The saved query it runs.' }) get queryId(): string { return String(this.row.query_id) }
  @Field(() => String, { description: "Unique in the pack: the query's name, with -1 suffixes when taken." }) get name(): string { return this.row.name }
  @Field(() => String, { description: "The saved query's name." }) get queryName(): string { return this.row.query_name }
  @Field(() => String, { description: 'The SQL of the saved query.' }) get query(): string { return this.row.saved_query.query }
  @Field(() => String, { description: 'Free text.' }) get description(): string { return this.row.description }
  @Field(() => Int, { description: 'Seconds between runs (1 to 604800).' }) get interval(): number { return this.row.interval }
  @Field(() => Boolean, { nullable: true, description: 'true: results are sent as snapshots, not differences; null when unset.' }) get snapshot(): boolean | null { return this.row.snapshot }
  @Field(() => Boolean, { nullable: true, description: 'true: removed rows are logged too; null when unset.' }) get removed(): boolean | null { return this.row.removed }
  @Field(() => String, { description: 'Comma-separated platforms it runs on; empty = all.' }) get platform(): string { return this.row.platform }
  @Field(() => String, { description: 'Minimum osquery version; empty = any.' }) get version(): string { return this.row.version }
  @Field(() => Int, { nullable: true, description: 'Percentage (1-100) of targeted hosts that run it.' }) get shard(): number | null { return this.row.shard }
  @Field(() => Boolean, { nullable: true, description: 'true: osquery may deny-list it when it uses too many resources; null when unset.' }) get denylist(): boolean | null { return this.row.denylist }
  @Field(() => GraphQLJSONObject, { nullable: true, description: "Kibana's ECS mapping of the pack query, stored as given; null when none." })
  get ecsMapping(): Record<string, unknown> | null { return scheduledKibanaOf(this.row.kibana).ecs_mapping ?? null }
  @Field(() => Int, { nullable: true, description: "Kibana's timeout of the pack query in seconds, stored as given; null when none." })
  get timeout(): number | null { return scheduledKibanaOf(this.row.kibana).timeout ?? null }
  @Field(() => Date, { description: 'When it was scheduled.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When it was last changed.' }) get updatedAt(): Date { return this.row.updated_at }
}

@InputType({ description: "A saved query to add to a pack, with the pack's options for it." })
export class ScheduleQueryInput {
  @Field(() => ID, { description: 'The pack to schedule it in.' }) packId!: string
  @Field(() => ID, { description: 'The saved query to schedule.' }) queryId!: string
  @Field(() => Int, { description: 'Seconds between runs (1 to 604800).' }) interval!: number
  @Field(() => Boolean, { nullable: true, description: 'true: send results as snapshots, not differences.' }) snapshot?: boolean | null
  @Field(() => Boolean, { nullable: true, description: 'true: log removed rows too.' }) removed?: boolean | null
  @Field(() => String, { nullable: true, description: 'Comma-separated platforms to run on; empty = all.' }) platform?: string | null
  @Field(() => String, { nullable: true, description: 'Minimum osquery version; empty = any.' }) version?: string | null
  @Field(() => Int, { nullable: true, description: 'Percentage (1-100) of targeted hosts that run it.' }) shard?: number | null
}

@InputType({ description: 'Only the fields given change; shard: null clears the shard.' })
export class UpdateScheduledQueryInput {
  @Field(() => Int, { nullable: true, description: 'Seconds between runs (1 to 604800).' }) interval?: number | null
  @Field(() => Boolean, { nullable: true, description: 'true: send results as snapshots, not differences.' }) snapshot?: boolean | null
  @Field(() => Boolean, { nullable: true, description: 'true: log removed rows too.' }) removed?: boolean | null
  @Field(() => String, { nullable: true, description: 'Comma-separated platforms to run on; empty = all.' }) platform?: string | null
  @Field(() => String, { nullable: true, description: 'Minimum osquery version; empty = any.' }) version?: string | null
  @Field(() => Int, { nullable: true, description: 'Percentage (1-100) of targeted hosts that run it.' }) shard?: number | null
}
