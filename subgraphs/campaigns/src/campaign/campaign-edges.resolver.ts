// Edges into campaigns from the other side: CampaignResult.campaign, SavedQuery.campaigns and
// Host.campaignResults (SavedQuery and Host are owned elsewhere; this subgraph adds these fields).
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql'
import { ConnectionArgs, CONNECTION_LIST_SIZE, notFound } from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { HostRef, SavedQueryRef } from '../refs/entity-refs.js'
import { CampaignConnection, CampaignResultConnection } from './campaign.connection.js'
import { Campaign, CampaignResult } from './campaign.type.js'
import { campaignService } from './campaign.service.js'
import { campaignGraphService } from './campaign-graph.service.js'

@Resolver(() => CampaignResult)
export class CampaignResultResolver {
  @FieldResolver(() => Campaign, { description: 'The campaign this answers.' })
  async campaign(@Root() r: CampaignResult, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    // Results are only ever read through a campaign the caller may see; this cannot miss but for a race with deletion.
    const c = await campaignService.get(ctx, r.campaignId)
    if (!c) throw notFound('Campaign', String(r.campaignId))
    return c
  }
}

@Resolver(() => SavedQueryRef)
export class SavedQueryCampaignsResolver {
  @FieldResolver(() => CampaignConnection, { description: 'Campaigns that ran this query and that the caller may see, newest first.' })
  @Directive(CONNECTION_LIST_SIZE)
  async campaigns(@Root() q: SavedQueryRef, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CampaignsContext): Promise<CampaignConnection> {
    return new CampaignConnection(await campaignGraphService.forQuery(ctx, q.rowId, args))
  }
}

@Resolver(() => HostRef)
export class HostCampaignResultsResolver {
  @FieldResolver(() => CampaignResultConnection, { description: 'This host\'s stored answers to campaigns the caller may see, newest first.' })
  @Directive(CONNECTION_LIST_SIZE)
  async campaignResults(@Root() h: HostRef, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: CampaignsContext): Promise<CampaignResultConnection> {
    return new CampaignResultConnection(await campaignGraphService.forHost(ctx, h.rowId, args))
  }
}
