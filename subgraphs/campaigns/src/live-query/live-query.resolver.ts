import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { CampaignsContext } from '../context.js'
import { UserRef } from '../refs/entity-refs.js'
import { LiveQueryInput, LiveQueryPageArgs, LiveQueryResultsArgs } from './live-query.input.js'
import { LiveQuery, LiveQueryPage, LiveQueryQuery, LiveQueryResultPage, LiveQueryStatus } from './live-query.type.js'
import { liveQueryService } from './live-query.service.js'

@Resolver(() => LiveQuery)
export class LiveQueryResolver {
  @Mutation(() => LiveQuery, { description: "Starts a Kibana live query (`POST /api/osquery/live_queries`): one campaign per query; answers arrive through campaignEvents of each query's campaign and are stored. BAD_REQUEST \"No agents found for selection\" when the request reaches no host." })
  startLiveQuery(@Arg('input', () => LiveQueryInput, { description: 'The agents to ask and what to ask them.' }) input: LiveQueryInput, @Ctx() ctx: CampaignsContext): Promise<LiveQuery> {
    return liveQueryService.start(ctx, input)
  }

  @Query(() => LiveQuery, { description: 'A Kibana live query by its action id (a campaign started otherwise is one by its own actionId); NOT_FOUND when none the caller may see.' })
  liveQueryByActionId(@Arg('actionId', () => String, { description: "The live query's action id." }) actionId: string, @Ctx() ctx: CampaignsContext): Promise<LiveQuery> {
    return liveQueryService.byActionId(ctx, actionId)
  }

  @Query(() => LiveQueryPage, { description: 'Live queries the caller may see (global roles: all; team members: their own), by page number, newest first by default (`GET /api/osquery/live_queries`).' })
  liveQueryPage(@Args(() => LiveQueryPageArgs) args: LiveQueryPageArgs, @Ctx() ctx: CampaignsContext): Promise<LiveQueryPage> {
    return liveQueryService.page(ctx, args)
  }

  @Query(() => LiveQueryResultPage, { description: "A page of one query's result rows (`GET /api/osquery/live_queries/{id}/results/{actionId}`): a row per row each host answered, newest answer first by default." })
  liveQueryResults(@Args(() => LiveQueryResultsArgs) args: LiveQueryResultsArgs, @Ctx() ctx: CampaignsContext): Promise<LiveQueryResultPage> {
    return liveQueryService.results(ctx, args)
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'Who started it; null when unknown (the user was deleted).' })
  user(@Root() l: LiveQuery): UserRef | null { return l.head.user_id == null ? null : new UserRef(l.head.user_id) }

  @FieldResolver(() => LiveQueryStatus, { description: 'Completed when every query is.' })
  status(@Root() l: LiveQuery, @Ctx() ctx: CampaignsContext): Promise<LiveQueryStatus> { return liveQueryService.liveStatus(ctx, l) }

  @FieldResolver(() => Int, { description: 'How many agents it asked: the hosts the Kibana request resolved to when it started (for a campaign started otherwise, those that answered or still owe an answer).' })
  agentCount(@Root() l: LiveQuery, @Ctx() ctx: CampaignsContext): Promise<number> { return liveQueryService.targeted(ctx, l.queries[0]!) }

  @FieldResolver(() => [String], { description: "The agent ids it asked (Kibana's `agents`), in order; hosts deleted since are left out." })
  agents(@Root() l: LiveQuery, @Ctx() ctx: CampaignsContext, @Arg('first', () => Int, { nullable: true, description: 'At most this many; all when absent.' }) first?: number): Promise<string[]> {
    return liveQueryService.agents(ctx, l, first)
  }
}

@Resolver(() => LiveQueryQuery)
export class LiveQueryQueryResolver {
  @FieldResolver(() => Int, { description: "Rows answered (Kibana's `docs`)." })
  async docs(@Root() q: LiveQueryQuery, @Ctx() ctx: CampaignsContext): Promise<number> { return (await liveQueryService.counts(ctx, q)).docs }

  @FieldResolver(() => Int, { description: 'Hosts that answered.' })
  async responded(@Root() q: LiveQueryQuery, @Ctx() ctx: CampaignsContext): Promise<number> { return (await liveQueryService.counts(ctx, q)).responded }

  @FieldResolver(() => Int, { description: 'Hosts whose answer is rows.' })
  async successful(@Root() q: LiveQueryQuery, @Ctx() ctx: CampaignsContext): Promise<number> { return (await liveQueryService.counts(ctx, q)).successful }

  @FieldResolver(() => Int, { description: 'Hosts whose answer is an error.' })
  async failed(@Root() q: LiveQueryQuery, @Ctx() ctx: CampaignsContext): Promise<number> { return (await liveQueryService.counts(ctx, q)).failed }

  @FieldResolver(() => Int, { description: 'Hosts asked that have not answered.' })
  pending(@Root() q: LiveQueryQuery, @Ctx() ctx: CampaignsContext): Promise<number> { return liveQueryService.pending(ctx, q) }

  @FieldResolver(() => LiveQueryStatus, { description: 'Completed when its campaign is, when it expired, or when no answer is pending.' })
  status(@Root() q: LiveQueryQuery, @Ctx() ctx: CampaignsContext): Promise<LiveQueryStatus> { return liveQueryService.status(ctx, q) }
}
