import { parseId } from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { campaignService } from './campaign.service.js'

export const campaignReference = {
  async __resolveReference(ref: { id: string }, ctx: CampaignsContext) {
    const id = parseId(ref.id)
    return id && ctx.viewer ? campaignService.get(ctx, id) : null
  },
}
