// Campaign visibility: the creator and global users see a campaign.
import { requireReader } from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { Campaign } from './campaign.type.js'

export class CampaignService {
  async get(ctx: CampaignsContext, id: number): Promise<Campaign | null> {
    const v = requireReader(ctx)
    const row = await ctx.loaders.campaign.load(id)
    if (!row || (!v.globalRole && row.user_id !== v.userId)) return null
    return new Campaign(row)
  }
}
export const campaignService = new CampaignService()
