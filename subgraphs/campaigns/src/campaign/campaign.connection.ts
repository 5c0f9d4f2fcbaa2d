// The connection types of this subgraph, declared once (kit's connectionOf).
import { connectionOf } from '@fleetgraph/subgraph-kit'
import { Campaign, CampaignResult } from './campaign.type.js'

export const CampaignConnection = connectionOf(Campaign, 'Campaign', 'campaigns')
export type CampaignConnection = InstanceType<typeof CampaignConnection>
export const CampaignResultConnection = connectionOf(CampaignResult, 'CampaignResult', 'campaign results')
export type CampaignResultConnection = InstanceType<typeof CampaignResultConnection>
