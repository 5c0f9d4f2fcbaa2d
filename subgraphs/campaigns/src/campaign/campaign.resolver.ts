import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql'
import { notFound, parseId } from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { Campaign } from './campaign.type.js'
import { campaignService } from './campaign.service.js'

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => Campaign)
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    const n = parseId(id)
    const c = n ? await campaignService.get(ctx, n) : null
    if (!c) throw notFound('Campaign', id)
    return c
  }
}
