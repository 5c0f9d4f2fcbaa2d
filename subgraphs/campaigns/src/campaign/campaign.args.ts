import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql'
import { ConnectionArgs, OrderDirection } from '@fleetgraph/subgraph-kit'
import { CampaignStatus } from './campaign.type.js'

@InputType({ description: 'Narrows a list of campaigns; every field given must match.' })
export class CampaignFilter {
  @Field(() => ID, { nullable: true, description: 'Campaigns running this query (a SavedQuery id; ad-hoc live queries have one too).' })
  queryId?: string | null

  @Field(() => ID, { nullable: true, description: 'Campaigns started by this user.' })
  userId?: string | null

  @Field(() => [CampaignStatus], { nullable: true, description: 'Campaigns in any of these statuses.' })
  status?: CampaignStatus[] | null
}

export enum CampaignOrderField { CREATED_AT = 'CREATED_AT' }
registerEnumType(CampaignOrderField, {
  name: 'CampaignOrderField',
  description: 'What campaigns can be sorted by.',
  valuesConfig: { CREATED_AT: { description: 'When the campaign was started.' } },
})

@InputType({ description: 'The order of a list of campaigns.' })
export class CampaignOrder {
  @Field(() => CampaignOrderField, { description: 'The sort key.' })
  field!: CampaignOrderField

  @Field(() => OrderDirection, { nullable: true, description: 'DESC (newest first) when not given.' })
  direction?: OrderDirection | null
}

@ArgsType()
export class CampaignsArgs extends ConnectionArgs {
  @Field(() => CampaignFilter, { nullable: true, description: 'Only the campaigns matching this filter.' })
  filter?: CampaignFilter | null

  @Field(() => CampaignOrder, { nullable: true, description: 'The order; newest first when not given.' })
  orderBy?: CampaignOrder | null
}

@InputType({ description: 'Narrows a campaign\'s results; every field given must match.' })
export class CampaignResultFilter {
  @Field(() => ID, { nullable: true, description: 'Only this host\'s result.' })
  hostId?: string | null

  @Field(() => Boolean, { nullable: true, description: 'true: only errors; false: only successful answers.' })
  hasError?: boolean | null
}

@ArgsType()
export class CampaignResultsArgs extends ConnectionArgs {
  @Field(() => CampaignResultFilter, { nullable: true, description: 'Only the results matching this filter.' })
  filter?: CampaignResultFilter | null
}
