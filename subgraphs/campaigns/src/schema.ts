import 'reflect-metadata'
import { buildFederatedSchema, type BusPubSub } from '@fleetgraph/subgraph-kit'
import { CampaignResolver } from './campaign/campaign.resolver.js'
import { CampaignResultResolver, HostCampaignResultsResolver, SavedQueryCampaignsResolver } from './campaign/campaign-edges.resolver.js'
import { campaignReference } from './campaign/campaign.reference.js'
import { LiveQueryQueryResolver, LiveQueryResolver } from './live-query/live-query.resolver.js'
import { hostReference, savedQueryReference } from './refs/entity-refs.reference.js'

export const buildCampaignsSchema = (pubSub?: BusPubSub) => buildFederatedSchema({
  resolvers: [CampaignResolver, CampaignResultResolver, SavedQueryCampaignsResolver, HostCampaignResultsResolver, LiveQueryResolver, LiveQueryQueryResolver],
  references: { Campaign: campaignReference, Host: hostReference, SavedQuery: savedQueryReference },
  pubSub,
})
