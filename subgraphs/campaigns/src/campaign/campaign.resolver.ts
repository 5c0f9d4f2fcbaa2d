import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import { notFound, parseId } from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { Campaign, CampaignEvent, CampaignMetrics, TargetCount, TargetsInput, TargetsSelection } from './campaign.type.js'
import { campaignService } from './campaign.service.js'

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => Campaign)
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    const n = parseId(id, 'Campaign')
    const c = n ? await campaignService.get(ctx, n) : null
    if (!c) throw notFound('Campaign', id)
    return c
  }

  @Mutation(() => Campaign, { description: 'Starts a live query; results arrive through campaignEvents.' })
  runLiveQuery(@Arg('sql', () => String) sql: string, @Arg('targets', () => TargetsInput) targets: TargetsInput, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    return campaignService.run(ctx, sql, targets)
  }

  @Mutation(() => Campaign, { description: 'Runs a saved query; observers may when the query allows it.' })
  runSavedQuery(@Arg('queryId', () => ID) queryId: string, @Arg('targets', () => TargetsInput) targets: TargetsInput, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    return campaignService.runSaved(ctx, queryId, targets)
  }

  @Query(() => TargetsSelection, { description: 'Resolves hostnames/uuids/serials and label names into a selection (run_by_names).' })
  async selectionByNames(
    @Arg('hosts', () => [String]) hosts: string[], @Arg('labels', () => [String]) labels: string[], @Ctx() ctx: CampaignsContext,
  ): Promise<TargetsSelection> {
    return campaignService.selectionByNames(ctx, hosts, labels) as Promise<TargetsSelection>
  }

  @Query(() => TargetCount)
  countTargets(@Arg('targets', () => TargetsInput) targets: TargetsInput, @Ctx() ctx: CampaignsContext): Promise<TargetCount> {
    return campaignService.count(ctx, targets)
  }

  @Query(() => Boolean, { description: 'FORBIDDEN when live queries are disabled; SERVICE_UNAVAILABLE when the result store is down.' })
  liveQueryStatus(@Ctx() ctx: CampaignsContext): Promise<boolean> { return campaignService.liveQueryStatus(ctx) }

  @Query(() => Boolean, { description: 'SERVICE_UNAVAILABLE when the result store (Redis) is down.' })
  resultStoreStatus(@Ctx() ctx: CampaignsContext): Promise<boolean> { return campaignService.resultStoreStatus(ctx) }

  @FieldResolver(() => CampaignMetrics, { nullable: true, description: 'Counted when the campaign was created (only on runLiveQuery).' })
  metrics(@Root() c: Campaign): CampaignMetrics | null { return c.metrics ?? null }

  @Subscription(() => CampaignEvent, {
    description: 'Totals, every result so far (late subscribers miss nothing), then live results, each followed by the status.',
    subscribe: ({ args, context }) => campaignService.events(context as CampaignsContext, (args as { campaignId: string }).campaignId),
  })
  campaignEvents(@Arg('campaignId', () => ID) _campaignId: string, @Root() event: unknown): unknown {
    if (event && typeof event === 'object' && '__error' in event) throw (event as { __error: unknown }).__error
    return event
  }
}
