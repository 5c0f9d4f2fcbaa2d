import { Field, ID, Int, ObjectType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import type { CronRunRow } from './cron.repository.js'

@ObjectType({ description: 'One run of a cron schedule (Fleet cron_stats row).' })
export class CronRun {
  constructor(private readonly row: CronRunRow) {}
  @Field(() => ID, { description: 'The run id.' }) get id(): string { return String(this.row.id) }
  @Field(() => String, { description: 'scheduled | triggered' }) get runType(): string { return this.row.run_type }
  @Field(() => String, { description: 'queued (triggered, not started) | pending (running) | completed | failed | expired (its instance stopped mid-run)' })
  get status(): string { return this.row.status }
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'job name → error message, for failed runs' })
  get errors(): Record<string, string> | null { return this.row.errors ?? null }
  @Field(() => Date, { description: 'When the run was queued.' }) get createdAt(): Date { return this.row.created_at }
  @Field(() => Date, { description: 'When the run last changed state.' }) get updatedAt(): Date { return this.row.updated_at }
}

@ObjectType({ description: 'A named cron schedule and its latest run.' })
export class CronSchedule {
  constructor(readonly name: string, private readonly intervalMs: number, private readonly last: CronRunRow | undefined) {}
  @Field(() => String, { name: 'name', description: 'The schedule name.' }) get scheduleName(): string { return this.name }
  @Field(() => Int, { description: 'Seconds between scheduled runs.' }) get intervalSeconds(): number { return Math.round(this.intervalMs / 1000) }
  @Field(() => CronRun, { nullable: true, description: 'The latest run; null before the first.' }) get lastRun(): CronRun | null { return this.last ? new CronRun(this.last) : null }
}
