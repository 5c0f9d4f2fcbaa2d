import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { CronRun, CronSchedule } from './cron.type.js'
import { cronService } from './cron.service.js'

@Resolver()
export class CronResolver {
  @Query(() => [CronSchedule], { description: 'The cron schedules and their latest runs. Global admins only.' })
  cronSchedules(@Ctx() ctx: InventoryContext): Promise<CronSchedule[]> { return cronService.schedules(ctx) }

  @Mutation(() => CronRun, { description: 'Queues a run of the schedule now (runs asynchronously). NOT_FOUND for an unknown name; CONFLICT while a run is queued or running. Global admins only.' })
  triggerCronSchedule(@Arg('name', () => String, { description: 'The schedule name.' }) name: string, @Ctx() ctx: InventoryContext): Promise<CronRun> {
    return cronService.trigger(ctx, name)
  }
}
