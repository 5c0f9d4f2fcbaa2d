import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import type { PacksContext } from '../context.js'
import { ScheduleQueryInput, ScheduledQuery, UpdateScheduledQueryInput } from './scheduled-query.type.js'
import { scheduledQueryService } from './scheduled-query.service.js'

@Resolver(() => ScheduledQuery)
export class ScheduledQueryResolver {
  @Query(() => [ScheduledQuery], { description: "A pack's scheduled queries; an unknown pack has none (as in Fleet)." })
  scheduledQueries(
    @Arg('packId', () => ID, { description: 'The pack.' }) packId: string,
    @Ctx() ctx: PacksContext,
    @Arg('page', () => Int, { nullable: true, description: '0-based page number (with perPage).' }) page?: number,
    @Arg('perPage', () => Int, { nullable: true, description: 'Items per page; all when absent.' }) perPage?: number,
    @Arg('orderKey', () => String, { nullable: true, description: "Fleet's order_key: id (default), name, query_name, interval, platform, version, shard, created_at, updated_at, …" }) orderKey?: string,
    @Arg('orderDirection', () => String, { nullable: true, description: 'asc (default) or desc.' }) orderDirection?: string,
  ): Promise<ScheduledQuery[]> {
    return scheduledQueryService.listForPack(ctx, packId, page, perPage, orderKey, orderDirection)
  }

  @Query(() => ScheduledQuery, { description: 'A scheduled query by id; NOT_FOUND when there is none.' })
  scheduledQuery(@Arg('id', () => ID, { description: "The scheduled query's id." }) id: string, @Ctx() ctx: PacksContext): Promise<ScheduledQuery> { return scheduledQueryService.get(ctx, id) }

  @Mutation(() => ScheduledQuery, { description: 'Adds a saved query to a pack.' })
  scheduleQuery(@Arg('input', () => ScheduleQueryInput, { description: 'The query, the pack and the options.' }) input: ScheduleQueryInput, @Ctx() ctx: PacksContext): Promise<ScheduledQuery> {
    return scheduledQueryService.create(ctx, input)
  }

  @Mutation(() => ScheduledQuery, { description: "Changes a scheduled query's options." })
  updateScheduledQuery(
    @Arg('id', () => ID, { description: "The scheduled query's id." }) id: string,
    @Arg('input', () => UpdateScheduledQueryInput, { description: 'The changes.' }) input: UpdateScheduledQueryInput,
    @Ctx() ctx: PacksContext,
  ): Promise<ScheduledQuery> {
    // GraphQL keeps an explicit null apart from an absent field: null clears, absent keeps.
    return scheduledQueryService.update(ctx, id, input, (k) => (input as Record<string, unknown>)[k] !== undefined)
  }

  @Mutation(() => Boolean, { description: 'Removes a query from its pack.' })
  deleteScheduledQuery(@Arg('id', () => ID, { description: "The scheduled query's id." }) id: string, @Ctx() ctx: PacksContext): Promise<boolean> { return scheduledQueryService.delete(ctx, id) }
}
