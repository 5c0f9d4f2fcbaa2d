import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import { notFound, parseId } from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { Campaign, CampaignEvent, CampaignMetrics, TargetsInput } from './campaign.type.js'
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

  @Mutation(() => Campaign, { description: 'Starts a live query; results arrive through campaignEvents.' })
  runLiveQuery(@Arg('sql', () => String) sql: string, @Arg('targets', () => TargetsInput) targets: TargetsInput, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    return campaignService.run(ctx, sql, targets)
  }

  @FieldResolver(() => CampaignMetrics, { nullable: true, description: 'Counted when the campaign was created (only on runLiveQuery).' })
  metrics(@Root() c: Campaign): CampaignMetrics | null { return c.metrics ?? null }

  @Subscription(() => CampaignEvent, {
    description: 'Totals, every result so far (late subscribers miss nothing), then live results, each followed by the status.',
    subscribe: ({ args, context }) => campaignService.events(context as CampaignsContext, (args as { campaignId: string }).campaignId) as any,
  })
  campaignEvents(@Arg('campaignId', () => ID) _campaignId: string, @Root() event: unknown): unknown {
    if (event && typeof event === 'object' && '__error' in event) throw (event as { __error: unknown }).__error
    return event
  }
}
