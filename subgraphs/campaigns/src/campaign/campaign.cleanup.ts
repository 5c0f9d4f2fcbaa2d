// The campaigns' part of the cleanups_then_aggregation schedule: the rule that
// ends every campaign and bounds what is kept.
//   1. A campaign not completed CAMPAIGN_EXPIRY_SECONDS after it started is completed
//      (its hosts stop being asked; answers that arrive later are still stored).
//   2. CAMPAIGN_RESULT_RETENTION_SECONDS after a campaign completed, its results are deleted;
//      the campaign row and its selection stay as history.
import type { Bus } from '@fleetgraph/subgraph-kit'
import type { CronJob } from '@fleetgraph/subgraph-inventory/cron'
import type { Database } from '@fleetgraph/prisma'
import type { CampaignsConfig } from '../config.js'
import { CampaignRepository } from './campaign.repository.js'

export function campaignCleanupJobs(deps: { db: Database; bus: Bus; config: CampaignsConfig }): CronJob[] {
  const repo = new CampaignRepository(deps.db)
  return [
    {
      name: 'expire_live_query_campaigns',
      async run() {
        // Every process's agent API stops asking at its next refresh (its cache keeps only running campaigns).
        await repo.completeStartedBefore(deps.config.campaignExpirySeconds)
      },
    },
    { name: 'delete_old_campaign_results', run: () => repo.deleteResultsCompletedBefore(deps.config.resultRetentionSeconds) },
  ]
}
