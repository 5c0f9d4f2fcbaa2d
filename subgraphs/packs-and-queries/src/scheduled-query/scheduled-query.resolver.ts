import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import type { PacksContext } from '../context.js'
import { ScheduleQueryInput, ScheduledQuery, UpdateScheduledQueryInput } from './scheduled-query.type.js'
import { scheduledQueryService } from './scheduled-query.service.js'

@Resolver(() => ScheduledQuery)
export class ScheduledQueryResolver {
  @Query(() => [ScheduledQuery], { description: "A pack's scheduled queries; an unknown pack has none (as in Fleet)." })
  scheduledQueries(
    @Arg('packId', () => ID) packId: string,
    @Ctx() ctx: PacksContext,
    @Arg('page', () => Int, { nullable: true }) page?: number,
    @Arg('perPage', () => Int, { nullable: true }) perPage?: number,
  ): Promise<ScheduledQuery[]> {
    return scheduledQueryService.listForPack(ctx, packId, page, perPage)
  }

  @Query(() => ScheduledQuery)
  scheduledQuery(@Arg('id', () => ID) id: string, @Ctx() ctx: PacksContext): Promise<ScheduledQuery> { return scheduledQueryService.get(ctx, id) }

  @Mutation(() => ScheduledQuery, { description: 'Adds a saved query to a pack.' })
  scheduleQuery(@Arg('input', () => ScheduleQueryInput) input: ScheduleQueryInput, @Ctx() ctx: PacksContext): Promise<ScheduledQuery> {
    return scheduledQueryService.create(ctx, input)
  }

  @Mutation(() => ScheduledQuery)
  updateScheduledQuery(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateScheduledQueryInput) input: UpdateScheduledQueryInput,
    @Ctx() ctx: PacksContext,
  ): Promise<ScheduledQuery> {
    // GraphQL keeps an explicit null apart from an absent field: null clears, absent keeps.
    return scheduledQueryService.update(ctx, id, input, (k) => (input as Record<string, unknown>)[k] !== undefined)
  }

  @Mutation(() => Boolean)
  deleteScheduledQuery(@Arg('id', () => ID) id: string, @Ctx() ctx: PacksContext): Promise<boolean> { return scheduledQueryService.delete(ctx, id) }
}
