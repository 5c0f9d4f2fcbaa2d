import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import { CONNECTION_LIST_SIZE, notFound, parseId } from '@fleetgraph/subgraph-kit'
import type { CampaignsContext } from '../context.js'
import { SavedQueryRef, UserRef } from '../refs/entity-refs.js'
import { CampaignResultsArgs, CampaignsArgs } from './campaign.args.js'
import { CampaignConnection, CampaignResultConnection } from './campaign.connection.js'
import { Campaign, CampaignEvent, CampaignMetrics, CampaignTargets, CampaignTotals, TargetCount, TargetsInput, TargetsSelection } from './campaign.type.js'
import { campaignService } from './campaign.service.js'
import { campaignGraphService } from './campaign-graph.service.js'

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => Campaign, { description: 'One campaign; NOT_FOUND when it does not exist or the caller may not see it (team members see only their own).' })
  async campaign(@Arg('id', () => ID, { description: 'The campaign\'s id.' }) id: string, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    const n = parseId(id, 'Campaign')
    const c = n ? await campaignService.get(ctx, n) : null
    if (!c) throw notFound('Campaign', id)
    return c
  }

  @Query(() => CampaignConnection, { description: 'Campaigns the caller may see (global roles: all; team members: their own), newest first by default.' })
  @Directive(CONNECTION_LIST_SIZE)
  async campaigns(@Args(() => CampaignsArgs) args: CampaignsArgs, @Ctx() ctx: CampaignsContext): Promise<CampaignConnection> {
    return new CampaignConnection(await campaignGraphService.list(ctx, args))
  }

  @FieldResolver(() => SavedQueryRef, { description: 'The query it runs: a saved query, or the unsaved one an ad-hoc live query stores.' })
  query(@Root() c: Campaign): SavedQueryRef { return new SavedQueryRef(c.row.query_id) }

  @FieldResolver(() => UserRef, { nullable: true, description: 'Who started it; null when unknown (the user was deleted).' })
  user(@Root() c: Campaign): UserRef | null { return c.row.user_id == null ? null : new UserRef(c.row.user_id) }

  @FieldResolver(() => CampaignTargets, { description: 'The hosts, labels and teams it was started on.' })
  targets(@Root() c: Campaign, @Ctx() ctx: CampaignsContext): Promise<CampaignTargets> { return campaignGraphService.targets(ctx, c) }

  @FieldResolver(() => CampaignTotals, { description: 'Hosts its selection targets now, by status, and how many answered, succeeded and failed.' })
  totals(@Root() c: Campaign, @Ctx() ctx: CampaignsContext): Promise<CampaignTotals> { return campaignGraphService.totals(ctx, c) }

  @FieldResolver(() => CampaignResultConnection, { description: 'The answers stored for it, in arrival order (kept for CAMPAIGN_RESULT_RETENTION_SECONDS after it completed).' })
  @Directive(CONNECTION_LIST_SIZE)
  async results(@Root() c: Campaign, @Args(() => CampaignResultsArgs) args: CampaignResultsArgs, @Ctx() ctx: CampaignsContext): Promise<CampaignResultConnection> {
    return new CampaignResultConnection(await campaignGraphService.results(ctx, c, args))
  }

  @Mutation(() => Campaign, { description: "Starts a live query; results arrive through campaignEvents. Admins and maintainers; a team's on that team's hosts only." })
  runLiveQuery(@Arg('sql', () => String, { description: 'The osquery SQL to run.' }) sql: string, @Arg('targets', () => TargetsInput, { description: 'The hosts to ask.' }) targets: TargetsInput, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    return campaignService.run(ctx, sql, targets)
  }

  @Mutation(() => Campaign, { description: "Runs a saved query: admins and maintainers (a team's on that team's hosts), observers too when the query allows it." })
  runSavedQuery(@Arg('queryId', () => ID, { description: 'The saved query to run.' }) queryId: string, @Arg('targets', () => TargetsInput, { description: 'The hosts to ask.' }) targets: TargetsInput, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    return campaignService.runSaved(ctx, queryId, targets)
  }

  @Query(() => TargetsSelection, { description: 'Resolves hostnames/uuids/serials and label names into a selection (run_by_names).' })
  async selectionByNames(
    @Arg('hosts', () => [String], { description: 'Hostnames, UUIDs or hardware serials; unknown ones are ignored.' }) hosts: string[],
    @Arg('labels', () => [String], { description: 'Label names; an unknown one is a BAD_REQUEST.' }) labels: string[], @Ctx() ctx: CampaignsContext,
  ): Promise<TargetsSelection> {
    return campaignService.selectionByNames(ctx, hosts, labels) as Promise<TargetsSelection>
  }

  @Query(() => TargetCount, { description: 'How many hosts of a selection the caller may target now, online and offline (observers: with a saved query they may run).' })
  countTargets(
    @Arg('targets', () => TargetsInput, { description: 'The selection.' }) targets: TargetsInput, @Ctx() ctx: CampaignsContext,
    @Arg('queryId', () => ID, { nullable: true, description: "The saved query to run (Fleet's query_id): observers' hosts count only when it lets them run it (observer_can_run); NOT_FOUND when unknown." }) queryId?: string | null,
  ): Promise<TargetCount> {
    return campaignService.count(ctx, targets, queryId)
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
  campaignEvents(@Arg('campaignId', () => ID, { description: 'The campaign to follow.' }) _campaignId: string, @Root() event: unknown): unknown {
    if (event && typeof event === 'object' && '__error' in event) throw (event as { __error: unknown }).__error
    return event
  }
}
