// Kibana's live queries over campaigns (ADR 0013): one Kibana live query (its action id) is one campaign
// per query, each with its own action id; the answers are the campaigns' stored results.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import { Campaign, type CampaignRow } from '../campaign/campaign.type.js'
import { HostRef } from '../refs/entity-refs.js'

/** What a Kibana request stored on each of its campaigns (the head, its first, also holds the request). */
export interface CampaignKibana {
  /** The query as Kibana names it (`queries[].id`) and the attributes it came with. */
  query?: { id?: string; saved_query_id?: string; ecs_mapping?: Record<string, unknown>; timeout?: number; version?: string; platform?: string }
  /** The targets as the request wrote them. */
  request?: { agent_ids?: string[]; agent_all?: boolean; agent_platforms?: string[]; agent_policy_ids?: string[] }
  metadata?: Record<string, unknown>
  pack_id?: string; pack_name?: string
}
export const campaignKibanaOf = (raw: unknown): CampaignKibana => (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw as CampaignKibana : {})

/** A campaign as a live query reads it: the SQL it runs, the query's name, and the live query's parts. */
export interface LiveQueryCampaignRow extends CampaignRow {
  kibana: unknown
  sql: string
  query_name: string
  /** How many hosts the Kibana request resolved to (its head only; 0 for campaigns started otherwise). */
  kibana_host_count: number
}

/** A campaign's answers so far, and what it still waits for. */
export interface LiveQueryCounts { responded: number; successful: number; failed: number; docs: number; owed: number }

export enum LiveQueryStatus { RUNNING = 'RUNNING', COMPLETED = 'COMPLETED' }
registerEnumType(LiveQueryStatus, {
  name: 'LiveQueryStatus',
  description: "Kibana's status of a live query or one of its queries.",
  valuesConfig: {
    RUNNING: { description: 'Some targeted host has not answered and the query has not expired.' },
    COMPLETED: { description: 'Every targeted host answered, or the query expired (answers that still arrive are stored).' },
  },
})

/** A Kibana live query: the campaigns one request started (or one campaign started otherwise). */
@ObjectType({ description: "A Kibana live query (`/api/osquery/live_queries/{id}`): the campaigns one request started, one per query, or a campaign started otherwise on its own." })
export class LiveQuery {
  readonly head: LiveQueryCampaignRow
  readonly queryParts: LiveQueryQuery[]
  constructor(rows: LiveQueryCampaignRow[], readonly expirySeconds: number) {
    this.head = rows[0]!
    this.queryParts = rows.map((r) => new LiveQueryQuery(r, this))
  }
  get kibana() { return campaignKibanaOf(this.head.kibana) }
  get isKibana(): boolean { return this.head.kibana_action_id != null }

  @Field(() => String, { description: "The live query's action id (Kibana's `action_id`)." })
  get actionId(): string { return this.head.kibana_action_id ?? this.head.action_id }

  @Field(() => Date, { description: 'When it was started.' })
  get createdAt(): Date { return this.head.created_at }

  @Field(() => Date, { description: 'When its queries stop being asked: CAMPAIGN_EXPIRY_SECONDS after it started (the campaigns\' lifetime).' })
  get expiresAt(): Date { return new Date(this.head.created_at.getTime() + this.expirySeconds * 1000) }

  @Field(() => [String], { nullable: true, description: 'Agent ids the request named (`agent_ids`); null when it named none or it was not started through Kibana.' })
  get agentIds(): string[] | null { return this.kibana.request?.agent_ids ?? null }

  @Field(() => Boolean, { nullable: true, description: 'The request asked for every agent (`agent_all`).' })
  get agentAll(): boolean | null { return this.kibana.request?.agent_all ?? null }

  @Field(() => [String], { nullable: true, description: 'Platforms the request named (`agent_platforms`).' })
  get agentPlatforms(): string[] | null { return this.kibana.request?.agent_platforms ?? null }

  @Field(() => [String], { nullable: true, description: 'Agent-policy ids the request named (`agent_policy_ids`).' })
  get agentPolicyIds(): string[] | null { return this.kibana.request?.agent_policy_ids ?? null }

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The request's `metadata`, stored as given." })
  get metadata(): Record<string, unknown> | null { return this.kibana.metadata ?? null }

  @Field(() => String, { nullable: true, description: 'The pack it ran (its id), when it ran one.' })
  get packId(): string | null { return this.kibana.pack_id ?? null }

  @Field(() => String, { nullable: true, description: 'The name of the pack it ran, when it ran one (as it was then).' })
  get packName(): string | null { return this.kibana.pack_name ?? null }

  @Field(() => [LiveQueryQuery], { description: 'Its queries, one campaign each, in the order they were given.' })
  get queries(): LiveQueryQuery[] { return this.queryParts }
}

/** One query of a live query: its campaign, what Kibana calls it, and its counts. */
@ObjectType({ description: "One query of a Kibana live query: a campaign, with Kibana's names and counts for it." })
export class LiveQueryQuery {
  constructor(readonly row: LiveQueryCampaignRow, readonly liveQuery: LiveQuery) {}
  get kibana() { return campaignKibanaOf(this.row.kibana).query ?? {} }

  @Field(() => String, { description: "The query's action id (Kibana's `queries[].action_id`): the campaign's actionId." })
  get actionId(): string { return this.row.action_id }

  @Field(() => String, { description: "Kibana's id of the query (`queries[].id`): the pack query's or saved query's name, a UUID for ad-hoc SQL, or the query's name for a campaign started otherwise." })
  get name(): string { return this.kibana.id ?? this.row.query_name }

  @Field(() => String, { description: 'The SQL sent to the hosts.' })
  get query(): string { return this.row.sql }

  @Field(() => String, { nullable: true, description: 'The saved query it was started from (its name), when it was.' })
  get savedQueryId(): string | null { return this.kibana.saved_query_id ?? null }

  @Field(() => GraphQLJSONObject, { nullable: true, description: "Kibana's ECS mapping, stored as given." })
  get ecsMapping(): Record<string, unknown> | null { return this.kibana.ecs_mapping ?? null }

  @Field(() => Int, { nullable: true, description: "Kibana's timeout in seconds, stored as given." })
  get timeout(): number | null { return this.kibana.timeout ?? null }

  @Field(() => String, { nullable: true, description: "The pack query's platforms, as given." })
  get platform(): string | null { return this.kibana.platform ?? null }

  @Field(() => String, { nullable: true, description: "The pack query's oldest osquery version, as given." })
  get version(): string | null { return this.kibana.version ?? null }

  @Field(() => Campaign, { description: 'The campaign: subscribe to campaignEvents with its id to follow the answers live.' })
  get campaign(): Campaign { return new Campaign(this.row) }
}

@ObjectType({ description: "One row a host answered to a live query's query (Kibana's result document)." })
export class LiveQueryResultRow {
  constructor(r: { result_id: number; ord: number; created_at: Date; host_id: number; agent_id: string; hostname: string; row: unknown }) {
    this.id = `${r.result_id}-${r.ord}`
    this.createdAt = r.created_at
    this.host = new HostRef(r.host_id)
    this.agentId = r.agent_id
    this.hostname = r.hostname
    this.columns = (r.row && typeof r.row === 'object' && !Array.isArray(r.row) ? r.row : {}) as Record<string, unknown>
  }
  @Field(() => String, { description: 'Unique among the results: the stored answer\'s id and the row\'s position in it.' }) id: string
  @Field(() => Date, { description: 'When the host\'s answer was stored.' }) createdAt: Date
  @Field(() => HostRef, { description: 'The host that answered.' }) host: HostRef
  @Field(() => String, { description: "The host's agent id (Host.agentId)." }) agentId: string
  @Field(() => String, { description: "The host's hostname now." }) hostname: string
  @Field(() => GraphQLJSONObject, { description: 'The row: column name → value, as osquery sent it.' }) columns: Record<string, unknown>
}

@ObjectType({ description: "A numbered page of a live query's result rows, newest answer first unless asked otherwise." })
export class LiveQueryResultPage {
  @Field(() => [LiveQueryResultRow], { description: 'The rows of this page.' }) rows!: LiveQueryResultRow[]
  @Field(() => Int, { description: 'Rows the query has (with the kuery, when given).' }) totalCount!: number
  @Field(() => Boolean, { description: 'More rows follow this page.' }) hasMore!: boolean
}

@ObjectType({ description: 'A numbered page of live queries and how many the list holds.' })
export class LiveQueryPage {
  @Field(() => [LiveQuery], { description: 'The live queries of this page.' }) nodes!: LiveQuery[]
  @Field(() => Int, { description: 'How many live queries the list holds.' }) totalCount!: number
}
