// The campaigns subgraph: live-query campaigns and their results.
import 'reflect-metadata'
import { createLogger, defineSubgraph } from '@fleetgraph/subgraph-kit'
import { buildCampaignsSchema } from './schema.js'
import { contextFactory } from './context.js'
import { createAgentApi } from './agent/agent.http.js'
import { loadCampaignsConfig } from './config.js'

// The subgraph also serves the osquery agent API on its own port; a public origin in the same process
// mounts the same handler, one in another process proxies agent paths here.
export const campaigns = defineSubgraph({
  name: 'campaigns', buildSchema: buildCampaignsSchema, contextFactory,
  httpHandler: (deps) => createAgentApi({ ...deps, log: createLogger('agent'), config: loadCampaignsConfig(deps.env) }),
})
export { AGENT_PATH } from './agent/agent.http.js'
export { loadCampaignsConfig } from './config.js'
export { campaignCleanupJobs } from './campaign/campaign.cleanup.js'
