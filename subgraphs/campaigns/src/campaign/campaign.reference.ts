import { entityReference } from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { campaignService } from './campaign.service.js'

// Campaigns are visible to their creator and global users only: the service decides.
export const campaignReference = entityReference((ctx: CampaignsContext, id) => campaignService.get(ctx, id), (c) => c, 'Campaign')
