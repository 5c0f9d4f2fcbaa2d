import { byId, CountCache, createBaseContext, type BaseContext, type Deps } from '@fleetgraph/subgraph-kit'
import { identity } from '@fleetgraph/subgraph-inventory/identity'
import { CampaignRepository, type TotalsRow } from './campaign/campaign.repository.js'
import { LiveQueryRepository } from './live-query/live-query.repository.js'
import type { LiveQueryCounts } from './live-query/live-query.type.js'
import DataLoader from 'dataloader'
import type { CampaignResultRow, CampaignRow } from './campaign/campaign.type.js'
import { loadCampaignsConfig, type CampaignsConfig } from './config.js'
import { LoaderFamily } from './paging.js'

export function createRepos(deps: Deps) {
  return { campaigns: new CampaignRepository(deps.db), liveQueries: new LiveQueryRepository(deps.db) }
}
type Repos = ReturnType<typeof createRepos>
type TargetRow = Awaited<ReturnType<CampaignRepository['targets']>>[number]

/** Per-request loaders; the families are keyed by argument signature (paging.ts). */
export const createLoaders = (repos: Repos) => ({
  campaign: byId((ids) => repos.campaigns.byIds(ids)),
  /** SavedQuery.campaigns pages, by query id. */
  queryCampaigns: new LoaderFamily<number, CampaignRow[]>(),
  queryCampaignCounts: new LoaderFamily<number, number>(),
  /** Campaign.results and Host.campaignResults pages, by campaign or host id. */
  results: new LoaderFamily<number, CampaignResultRow[]>(),
  resultCounts: new LoaderFamily<number, number>(),
  targets: new LoaderFamily<number, TargetRow[]>(),
  totals: new LoaderFamily<number, TotalsRow | null>(),
  /** Kibana's counts of many campaigns (live-query queries), one statement. */
  liveQueryCounts: new DataLoader<number, LiveQueryCounts>(async (ids) => {
    const m = await repos.liveQueries.counts([...ids])
    return ids.map((id) => m.get(id) ?? { responded: 0, successful: 0, failed: 0, docs: 0, owed: 0 })
  }),
  /** The agents of many live queries (by their first campaign), per limit. */
  liveQueryAgents: new LoaderFamily<number, string[]>(),
})
export type CampaignLoaders = ReturnType<typeof createLoaders>

export interface CampaignsContext extends BaseContext {
  repos: Repos
  loaders: CampaignLoaders
  config: CampaignsConfig
  /** Large totalCounts, reused for a few seconds across requests (kit/count-cache.ts). */
  counts: CountCache
}

export function contextFactory(deps: Deps) {
  const repos = createRepos(deps)
  const config = loadCampaignsConfig(deps.env)
  const counts = new CountCache()
  return async (authorization: string | undefined): Promise<CampaignsContext> => ({
    ...(await createBaseContext(deps, authorization, identity)), repos, loaders: createLoaders(repos), config, counts,
  })
}
