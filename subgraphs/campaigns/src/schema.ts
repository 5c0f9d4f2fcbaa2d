import 'reflect-metadata'
import { buildFederatedSchema, type BusPubSub } from '@fleetgraph/subgraph-kit'
import { CampaignResolver } from './campaign/campaign.resolver.js'
import { campaignReference } from './campaign/campaign.reference.js'

export const buildCampaignsSchema = (pubSub?: BusPubSub) => buildFederatedSchema({
  resolvers: [CampaignResolver], references: { Campaign: campaignReference }, pubSub,
})
