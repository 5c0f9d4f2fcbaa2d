import { createUnionType, Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'
import { HostRef, LabelRef, TeamRef } from '../refs/entity-refs.js'

export interface CampaignRow {
  id: number; query_id: number; user_id: number | null; status: number; created_at: Date; updated_at: Date
  /** Its Kibana action id, and the Kibana live query it belongs to (null: started elsewhere, its own). */
  action_id: string; kibana_action_id: string | null
}

/** A campaign's lifecycle; stored as Fleet's integers (0, 1, 2), which REST still sends. */
export enum CampaignStatus { WAITING = 'WAITING', RUNNING = 'RUNNING', COMPLETED = 'COMPLETED' }
registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description: 'Where a live-query campaign is in its life (Fleet\'s 0, 1, 2).',
  valuesConfig: {
    WAITING: { description: 'Created; no targeted host has been sent the query yet (Fleet 0).' },
    RUNNING: { description: 'Targeted hosts are being asked and answering (Fleet 1).' },
    COMPLETED: { description: 'Every targeted host answered, or the campaign expired; answers that still arrive are stored (Fleet 2).' },
  },
})
const STATUS_BY_NUMBER = [CampaignStatus.WAITING, CampaignStatus.RUNNING, CampaignStatus.COMPLETED] as const
/** Fleet's stored integer for a status (filters compare against it). */
export const statusNumber = (s: CampaignStatus): number => STATUS_BY_NUMBER.indexOf(s)

@ObjectType({ description: 'Hosts targeted when the campaign was created, by status (Fleet "Metrics").' })
export class CampaignMetrics {
  @Field(() => Int, { description: 'Every targeted host.' }) totalHosts!: number
  @Field(() => Int, { description: 'Targeted hosts that were online.' }) onlineHosts!: number
  @Field(() => Int, { description: 'Targeted hosts that were not online; includes missing-in-action hosts, as Fleet counts them.' }) offlineHosts!: number
  @Field(() => Int, { description: 'Targeted hosts not seen for 30 days.' }) missingInActionHosts!: number
  @Field(() => Int, { description: 'Targeted hosts enrolled in the last 24 hours.' }) newHosts!: number
}

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A live query: one SQL statement sent to a set of hosts, with the answers they stored.' })
export class Campaign {
  constructor(readonly row: CampaignRow, readonly metrics?: CampaignMetrics) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION })
  get id(): string { return toNodeId('Campaign', this.row.id) }

  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION })
  get databaseId(): number { return this.row.id }

  @Field(() => CampaignStatus, { description: 'Waiting, running or completed.' })
  get status(): CampaignStatus { return STATUS_BY_NUMBER[this.row.status] ?? CampaignStatus.COMPLETED }

  @Field(() => ID, { description: 'The id of the query it runs (see `query`).' })
  get queryId(): string { return String(this.row.query_id) }

  @Field(() => ID, { nullable: true, description: 'The id of the user who started it (see `user`); null once that user is deleted.' })
  get userId(): string | null { return this.row.user_id == null ? null : String(this.row.user_id) }

  @Field(() => String, { description: "Its id as a Kibana live-query action (`queries[].action_id`): a UUID every campaign has." })
  get actionId(): string { return this.row.action_id }

  @Field(() => String, { description: "The Kibana live query it belongs to (`GET /api/osquery/live_queries/{id}`, liveQueryByActionId): the one that started it with its other queries, or, for a campaign started otherwise, its own actionId." })
  get liveQueryActionId(): string { return this.row.kibana_action_id ?? this.row.action_id }

  @Field(() => Date, { description: 'When it was started.' })
  get createdAt(): Date { return this.row.created_at }

  @Field(() => Date, { description: 'When its status last changed.' })
  get updatedAt(): Date { return this.row.updated_at }
}

@ObjectType({ description: 'What a campaign was started on: the hosts, labels and teams selected (Fleet\'s selection rules combine them).' })
export class CampaignTargets {
  constructor(hosts: HostRef[], labels: LabelRef[], teams: TeamRef[], noTeam: boolean) {
    this.hosts = hosts; this.labels = labels; this.teams = teams; this.noTeam = noTeam
  }
  @Field(() => [HostRef], { description: 'Hosts selected one by one (those still enrolled and visible to the caller).' }) hosts: HostRef[]
  @Field(() => [LabelRef], { description: 'Labels selected (those that still exist).' }) labels: LabelRef[]
  @Field(() => [TeamRef], { description: 'Teams selected (those that still exist).' }) teams: TeamRef[]
  @Field(() => Boolean, { description: 'True when "no team" was selected: hosts that belong to no team (team id 0 in REST).' }) noTeam: boolean
}

@InputType({ description: "Fleet's selection rules: AND across kinds, OR within a kind; \"All Hosts\" selects everything; listed hosts are always included." })
export class TargetsInput {
  @Field(() => [ID], { nullable: true, description: 'Host ids; these hosts are always included.' }) hostIds?: string[] | null
  @Field(() => [ID], { nullable: true, description: 'Label ids: hosts in any of them.' }) labelIds?: string[] | null
  @Field(() => [ID], { nullable: true, description: 'Team ids; 0 means hosts in no team.' }) teamIds?: string[] | null
}

@ObjectType({
  description: 'A campaign\'s counts: the hosts its selection targets now, by status (as Fleet\'s "totals" message counts them), and the answers stored so far.',
})
export class CampaignTotals {
  @Field(() => Int, { description: 'Hosts the selection targets.' }) count!: number
  @Field(() => Int, { description: 'Targeted hosts online now.' }) online!: number
  @Field(() => Int, { description: 'Targeted hosts not online now; includes missing-in-action hosts, as Fleet counts them.' }) offline!: number
  @Field(() => Int, { description: 'Targeted hosts not seen for 30 days.' }) missingInAction!: number
  @Field(() => Int, { description: 'Hosts that answered (stored results).' }) responded!: number
  @Field(() => Int, { description: 'Hosts whose answer is rows (no error).' }) succeeded!: number
  @Field(() => Int, { description: 'Hosts whose answer is an error.' }) failed!: number
}

@ObjectType({ description: 'Progress of a running campaign (Fleet\'s "status" message), sent after each result.' })
export class CampaignProgress {
  @Field(() => Int, { description: 'Targeted hosts that were online when the subscription started.' }) expectedResults!: number
  @Field(() => Int, { description: 'Results received so far.' }) actualResults!: number
  @Field(() => String, { description: 'pending | finished (finished once every expected host answered).' }) status!: string
}

/** A stored result as the repositories read it, with the answering host's current names. */
export interface CampaignResultRow {
  id: number; campaign_id: number; host_id: number; rows: unknown; error: string | null
  hostname: string; display_name: string
}

@ObjectType({ description: 'One host\'s answer to a campaign: its rows, or its error.' })
export class CampaignResult {
  constructor(readonly campaignId: number, host: HostRef, rows: Record<string, unknown>[], error: string | null) {
    this.host = host; this.rows = rows; this.error = error
  }

  static of(r: CampaignResultRow): CampaignResult {
    return new CampaignResult(r.campaign_id, new HostRef(r.host_id, { hostname: r.hostname, displayName: r.display_name }),
      (r.rows ?? []) as Record<string, unknown>[], r.error)
  }

  @Directive('@provides(fields: "databaseId hostname displayName")')
  @Field(() => HostRef, { description: 'The host that answered (owned by the inventory subgraph); hostname and displayName come with the result.' })
  host: HostRef

  @Field(() => [GraphQLJSONObject], { description: 'The rows the query returned on the host (empty on error).' })
  rows: Record<string, unknown>[]

  @Field(() => String, { nullable: true, description: 'What osquery reported when the query failed on the host; null on success.' })
  error: string | null
}

export const CampaignEvent = createUnionType({
  name: 'CampaignEvent',
  description: 'One event of a campaign\'s stream: totals first, then each result followed by the progress.',
  types: () => [CampaignTotals, CampaignProgress, CampaignResult] as const,
  resolveType: (v) => ('count' in v ? CampaignTotals : 'expectedResults' in v ? CampaignProgress : CampaignResult),
})

@ObjectType({ description: 'How many hosts a selection reaches (offline includes missing-in-action, as in Fleet).' })
export class TargetCount {
  @Field(() => Int, { description: 'Hosts selected.' }) count!: number
  @Field(() => Int, { description: 'Selected hosts online now.' }) online!: number
  @Field(() => Int, { description: 'Selected hosts not online now.' }) offline!: number
}

@ObjectType({ description: 'A selection resolved to ids.' })
export class TargetsSelection {
  @Field(() => [ID], { description: 'Hosts found by hostname, UUID or serial.' }) hostIds!: string[]
  @Field(() => [ID], { description: 'Labels found by name.' }) labelIds!: string[]
  @Field(() => [ID], { description: 'Always empty (names select no team).' }) teamIds!: string[]
}
