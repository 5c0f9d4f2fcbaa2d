import { createUnionType, Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { DATABASE_ID_DESCRIPTION, NODE_ID_DESCRIPTION, Node, toNodeId } from '@fleetgraph/subgraph-kit'
import { GraphQLJSONObject } from 'graphql-scalars'
import { HostRef } from '../refs/entity-refs.js'

export interface CampaignRow { id: number; query_id: number; user_id: number | null; status: number; created_at: Date; updated_at: Date }

@ObjectType({ description: 'Hosts targeted when the campaign was created, by status (Fleet "Metrics").' })
export class CampaignMetrics {
  @Field(() => Int) totalHosts!: number
  @Field(() => Int) onlineHosts!: number
  @Field(() => Int, { description: 'Includes missing-in-action hosts, as Fleet counts them.' }) offlineHosts!: number
  @Field(() => Int) missingInActionHosts!: number
  @Field(() => Int) newHosts!: number
}

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'A live query: one SQL statement sent to a set of hosts.' })
export class Campaign {
  constructor(readonly row: CampaignRow, readonly metrics?: CampaignMetrics) {}
  @Field(() => ID, { description: NODE_ID_DESCRIPTION }) get id(): string { return toNodeId('Campaign', this.row.id) }
  @Field(() => Int, { description: DATABASE_ID_DESCRIPTION }) get databaseId(): number { return this.row.id }
  @Field(() => Int, { description: '0 waiting, 1 running, 2 completed (Fleet values)' }) get status(): number { return this.row.status }
  @Field(() => ID) get queryId(): string { return String(this.row.query_id) }
  @Field(() => ID, { nullable: true }) get userId(): string | null { return this.row.user_id == null ? null : String(this.row.user_id) }
  @Field(() => Date) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date) get updatedAt(): Date { return this.row.updated_at }
}

@InputType({ description: "Fleet's selection rules: AND across kinds, OR within a kind; \"All Hosts\" selects everything; listed hosts are always included." })
export class TargetsInput {
  @Field(() => [ID], { nullable: true }) hostIds?: string[] | null
  @Field(() => [ID], { nullable: true }) labelIds?: string[] | null
  @Field(() => [ID], { nullable: true, description: 'Team ids; 0 means hosts in no team.' }) teamIds?: string[] | null
}

@ObjectType()
export class CampaignTotals {
  @Field(() => Int) count!: number
  @Field(() => Int) online!: number
  @Field(() => Int) offline!: number
  @Field(() => Int) missingInAction!: number
}

@ObjectType()
export class CampaignStatus {
  @Field(() => Int, { description: 'Targeted hosts that were online when the campaign started.' }) expectedResults!: number
  @Field(() => Int) actualResults!: number
  @Field(() => String, { description: 'pending | finished' }) status!: string
}

@ObjectType()
export class CampaignResult {
  @Directive('@provides(fields: "databaseId hostname displayName")')
  @Field(() => HostRef, { description: 'Owned by the inventory subgraph; databaseId, hostname and displayName come with the result.' }) host!: HostRef
  @Field(() => [GraphQLJSONObject]) rows!: Record<string, unknown>[]
  @Field(() => String, { nullable: true }) error!: string | null
}

export const CampaignEvent = createUnionType({
  name: 'CampaignEvent',
  types: () => [CampaignTotals, CampaignStatus, CampaignResult] as const,
  resolveType: (v) => ('count' in v ? CampaignTotals : 'expectedResults' in v ? CampaignStatus : CampaignResult),
})

@ObjectType({ description: 'How many hosts a selection reaches (offline includes missing-in-action, as in Fleet).' })
export class TargetCount {
  @Field(() => Int) count!: number
  @Field(() => Int) online!: number
  @Field(() => Int) offline!: number
}

@ObjectType({ description: 'A selection resolved to ids.' })
export class TargetsSelection {
  @Field(() => [ID]) hostIds!: string[]
  @Field(() => [ID]) labelIds!: string[]
  @Field(() => [ID]) teamIds!: string[]
}
