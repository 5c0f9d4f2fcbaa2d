import { byId, createBaseContext, type BaseContext, type Deps } from '@fleetgraph/subgraph-kit'
import { CampaignRepository } from './campaign/campaign.repository.js'

export function createRepos(deps: Deps) {
  return { campaigns: new CampaignRepository(deps.db) }
}
type Repos = ReturnType<typeof createRepos>
const createLoaders = (repos: Repos) => ({ campaign: byId((ids) => repos.campaigns.byIds(ids)) })

export interface CampaignsContext extends BaseContext { repos: Repos; loaders: ReturnType<typeof createLoaders> }

export function contextFactory(deps: Deps) {
  const repos = createRepos(deps)
  return async (authorization: string | undefined): Promise<CampaignsContext> => ({
    ...(await createBaseContext(deps, authorization)), repos, loaders: createLoaders(repos),
  })
}
