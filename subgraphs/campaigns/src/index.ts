// The campaigns subgraph: live-query campaigns and their results. The osquery agent API that hosts
// answer through is its own workspace (@fleetgraph/agent-api, ADR 0007).
import 'reflect-metadata'
import { defineSubgraph } from '@fleetgraph/subgraph-kit'
import { buildCampaignsSchema } from './schema.js'
import { contextFactory } from './context.js'

export const campaigns = defineSubgraph({ name: 'campaigns', buildSchema: buildCampaignsSchema, contextFactory })
export { loadCampaignsConfig } from './config.js'
export { campaignCleanupJobs } from './campaign/campaign.cleanup.js'
