import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'

export interface SavedQueryRow {
  id: number; name: string; description: string; query: string; observer_can_run: boolean; platform: string
  created_at: Date; updated_at: Date
  interval: number; min_osquery_version: string; logging_type: string
  /** Kibana-only attributes (ECS mapping, timeout), stored as given. */
  kibana: unknown
  author_id: number | null; updated_by_id: number | null
}

/** What Kibana's saved-query routes store beside FleetDM's columns (ADR 0013). */
export interface SavedQueryKibana { ecs_mapping?: Record<string, unknown>; timeout?: number }
export const kibanaOf = (raw: unknown): SavedQueryKibana => (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw as SavedQueryKibana : {})

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A saved osquery SQL query (Fleet "query"), runnable live or on a schedule.' })
export class SavedQuery {
  constructor(readonly row: SavedQueryRow) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('SavedQuery', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => String, { description: 'Unique query name (Kibana\'s saved-query `id`).' }) get name(): string { return this.row.name }
  @Field(() => String, { description: 'Free text.' }) get description(): string { return this.row.description }
  @Field(() => String, { description: 'The SQL.' }) get query(): string { return this.row.query }
  @Field(() => Boolean, { description: 'Observers may run it live.' }) get observerCanRun(): boolean { return this.row.observer_can_run }
  @Field(() => String, { description: 'Comma-separated platforms it targets when scheduled; empty = all.' }) get platform(): string { return this.row.platform }
  @Field(() => Int, { description: 'Seconds between scheduled runs; 0 when it is not scheduled.' }) get interval(): number { return this.row.interval }
  @Field(() => String, { description: 'Oldest osquery version it runs on; empty = any (Kibana\'s `version`).' }) get minOsqueryVersion(): string { return this.row.min_osquery_version }
  @Field(() => String, { description: 'How scheduled results are logged: snapshot, differential or differential_ignore_removals.' }) get logging(): string { return this.row.logging_type }
  @Field(() => GraphQLJSONObject, { nullable: true, description: "Kibana's ECS mapping (result columns or values to ECS fields), stored as given; null when none." })
  get ecsMapping(): Record<string, unknown> | null { return kibanaOf(this.row.kibana).ecs_mapping ?? null }
  @Field(() => Int, { nullable: true, description: "Kibana's query timeout in seconds, stored as given; null when none." })
  get timeout(): number | null { return kibanaOf(this.row.kibana).timeout ?? null }
  @Field(() => Date, { description: 'When the query was created.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When the query was last changed.' }) get updatedAt(): Date { return this.row.updated_at }
}

@InputType({ description: "A query spec (fleetctl's `kind: report`/`query`): upserted by name; on an existing query, fields left out keep their value." })
export class QuerySpecInput {
  @Field(() => String, { description: "The query's name: the spec upserts by it." }) name!: string
  @Field(() => String, { nullable: true, description: 'Free text; cleared when absent.' }) description?: string | null
  @Field(() => String, { description: 'The SQL; not blank.' }) query!: string
  @Field(() => Int, { nullable: true, description: 'Seconds between scheduled runs (0 to 604800).' }) interval?: number | null
  @Field(() => String, { nullable: true, description: 'Comma-separated platforms (darwin, linux, windows, chrome); empty = all.' }) platform?: string | null
  @Field(() => String, { nullable: true, description: 'Oldest osquery version it runs on; empty = any.' }) minOsqueryVersion?: string | null
  @Field(() => String, { nullable: true, description: "snapshot, differential or differential_ignore_removals; empty means snapshot (Fleet's default)." }) logging?: string | null
  @Field(() => Boolean, { nullable: true, description: 'Observers may run it live.' }) observerCanRun?: boolean | null
}
