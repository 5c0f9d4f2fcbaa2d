// One host's view of the packs reaching it: each pack with its scheduled queries and what the host
// reported of them (Fleet's HostDetail.pack_stats). Not nodes: the stats differ from host to host.
import { Field, Float, Int, ObjectType } from 'type-graphql'
import { Pack } from '../pack/pack.type.js'
import type { HostScheduledStatsRow } from './host-pack-stats.repository.js'

@ObjectType({ description: "A scheduled query of a pack reaching the host, with the host's counters for it (zeros until the host reports any)." })
export class HostScheduledQueryStats {
  constructor(readonly row: HostScheduledStatsRow) {}
  @Field(() => Int, { description: "The scheduled query's Fleet id." }) get scheduledQueryId(): number { return this.row.scheduled_query_id }
  @Field(() => String, { description: 'The name it has in the pack (and in the osquery config).' }) get scheduledQueryName(): string { return this.row.scheduled_query_name }
  @Field(() => String, { description: 'The saved query it runs.' }) get queryName(): string { return this.row.query_name }
  @Field(() => String, { description: "The saved query's description." }) get description(): string { return this.row.description }
  @Field(() => Int, { description: 'Seconds between runs.' }) get interval(): number { return this.row.interval }
  @Field(() => Float, { description: 'How many times the host ran it (osquery_schedule.executions).' }) get executions(): number { return this.row.executions }
  @Field(() => Float, { description: 'System CPU time, milliseconds, over those runs.' }) get systemTime(): number { return this.row.system_time }
  @Field(() => Float, { description: 'User CPU time, milliseconds, over those runs.' }) get userTime(): number { return this.row.user_time }
  @Field(() => Float, { description: 'Wall time, milliseconds, over those runs.' }) get wallTime(): number { return this.row.wall_time }
  @Field(() => Date, { nullable: true, description: 'When the host last ran it; null before it reports a run.' }) get lastExecuted(): Date | null { return this.row.last_executed }
}

@ObjectType({ description: 'A pack reaching the host, with the stats of its scheduled queries for the host\'s platform.' })
export class HostPackStats {
  constructor(readonly packValue: Pack, readonly rows: HostScheduledStatsRow[]) {}
  @Field(() => Pack, { description: 'The pack.' }) get pack(): Pack { return this.packValue }
  @Field(() => [HostScheduledQueryStats], { description: "Its scheduled queries that run on the host's platform, in schedule order." })
  get queryStats(): HostScheduledQueryStats[] { return this.rows.map((r) => new HostScheduledQueryStats(r)) }
}
