import { byId, createBaseContext, type BaseContext, type Deps } from '@fleetgraph/subgraph-kit'
import { identity } from '@fleetgraph/subgraph-inventory/identity'
import { CampaignRepository } from './campaign/campaign.repository.js'
import { loadCampaignsConfig, type CampaignsConfig } from './config.js'

export function createRepos(deps: Deps) {
  return { campaigns: new CampaignRepository(deps.db) }
}
type Repos = ReturnType<typeof createRepos>
const createLoaders = (repos: Repos) => ({ campaign: byId((ids) => repos.campaigns.byIds(ids)) })

export interface CampaignsContext extends BaseContext { repos: Repos; loaders: ReturnType<typeof createLoaders>; config: CampaignsConfig }

export function contextFactory(deps: Deps) {
  const repos = createRepos(deps)
  const config = loadCampaignsConfig(deps.env)
  return async (authorization: string | undefined): Promise<CampaignsContext> => ({
    ...(await createBaseContext(deps, authorization, identity)), repos, loaders: createLoaders(repos), config,
  })
}
