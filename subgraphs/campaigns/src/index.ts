// The campaigns subgraph: live-query campaigns and their results.
import 'reflect-metadata'
import { defineSubgraph } from '@fleetgraph/subgraph-kit'
import { buildCampaignsSchema } from './schema.js'
import { contextFactory } from './context.js'

export const campaigns = defineSubgraph({ name: 'campaigns', buildSchema: buildCampaignsSchema, contextFactory })
export { createAgentApi, type AgentApi } from './agent/agent.http.js'
