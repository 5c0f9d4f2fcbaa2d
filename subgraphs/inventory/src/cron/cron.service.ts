// Cron schedules seen from the API: their latest runs, and ad-hoc triggers
// (fleetctl trigger). Global admins only. A trigger only queues the run; the
// scheduler of whichever replica holds the schedule's lease picks it up.
import { ADMINS, FleetError, conflict, requireRole } from '@fleetgraph/subgraph-kit'
import { CRON_SCHEDULES, CRON_SCHEDULE_NAMES, type CronScheduleName } from './schedules.js'
import type { InventoryContext } from '../context.js'
import { CronRun, CronSchedule } from './cron.type.js'

function unknownName(): FleetError {
  const n = CRON_SCHEDULE_NAMES
  const reason = n.length === 0 ? 'no supported triggers'
    : n.length === 1 ? `invalid name; supported trigger name is ${n[0]}`
      : `invalid name; supported trigger names are ${n.slice(0, -1).join(', ')}${n.length > 2 ? ',' : ''} and ${n[n.length - 1]}`
  return new FleetError('NOT_FOUND', reason)
}

/** Go's time.Duration rounded to seconds: "1h2m3s", "45s". */
function ago(ms: number): string {
  let s = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(s / 3600); s -= h * 3600
  const m = Math.floor(s / 60); s -= m * 60
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`
}

export class CronService {
  async schedules(ctx: InventoryContext): Promise<CronSchedule[]> {
    requireRole(ctx, ADMINS)
    const latest = await ctx.repos.cron.latest(CRON_SCHEDULE_NAMES)
    return CRON_SCHEDULE_NAMES.map((n) => new CronSchedule(n, CRON_SCHEDULES[n].intervalMs, latest.get(n)))
  }

  async trigger(ctx: InventoryContext, name: string): Promise<CronRun> {
    requireRole(ctx, ADMINS)
    if (!CRON_SCHEDULE_NAMES.includes(name as CronScheduleName)) throw unknownName()
    const r = await ctx.repos.cron.queueTrigger(name)
    if (!r.queued) {
      const kind = r.blocking.status === 'queued' ? 'triggered' : r.blocking.run_type
      throw conflict(`conflicts with current status of ${name} schedule: ${kind} run started ${ago(Date.now() - r.blocking.created_at.getTime())} ago`)
    }
    return new CronRun(r.run)
  }
}
export const cronService = new CronService()
