// Runs named cron schedules (Fleet's cron_schedules): each schedule is a list
// of jobs run one after another every `intervalMs`, or at once when triggered.
// Every process with a database runs a scheduler; a lease in the database makes
// sure only one of them runs a given schedule at a time.
import { randomUUID } from 'node:crypto'
import type { Database } from '@fleetgraph/prisma'
import type { Logger } from '@fleetgraph/subgraph-kit'
import { CronRepository, type CronRunRow } from './cron.repository.js'

export interface CronJob { name: string; run(): Promise<void> }
export interface CronSchedule { name: string; intervalMs: number; jobs: CronJob[] }

export interface Scheduler {
  /** Resolves when the schedule's current run (if any) in this process has finished. */
  idle(): Promise<void>
  stop(): Promise<void>
}

export interface SchedulerOptions {
  /** How often due schedules and queued triggers are looked for. */
  tickMs?: number
  /** How long a lease lasts without renewal (renewed while a run goes on). */
  leaseMs?: number
}

export function startScheduler(db: Database, schedules: CronSchedule[], log: Logger, opts: SchedulerOptions = {}): Scheduler {
  const repo = new CronRepository(db)
  const instance = randomUUID()
  const tickMs = opts.tickMs ?? 1000
  const leaseMs = opts.leaseMs ?? 60_000
  const names = schedules.map((s) => s.name)
  let stopped = false
  let current: Promise<void> = Promise.resolve()

  const isDue = (s: CronSchedule, last: CronRunRow | undefined, now: number) =>
    !last || last.status === 'queued' || (last.status !== 'pending' && now - last.created_at.getTime() >= s.intervalMs) ||
    // a pending run whose holder died: its lease has expired, so acquire() below decides
    (last.status === 'pending' && now - last.updated_at.getTime() >= leaseMs)

  async function run(s: CronSchedule) {
    if (!(await repo.acquire(s.name, instance, leaseMs))) return
    const renew = setInterval(() => { void repo.acquire(s.name, instance, leaseMs).catch(() => {}) }, leaseMs / 3)
    try {
      const row = await repo.begin(s.name, instance)
      const errors: Record<string, string> = {}
      for (const job of s.jobs) {
        try { await job.run() } catch (e) {
          errors[job.name] = (e as Error).message
          log.error('cron job failed', { schedule: s.name, job: job.name, error: String((e as Error)?.stack ?? e) })
        }
      }
      await repo.finish(row.id, errors)
      log.debug('cron run finished', { schedule: s.name, run_type: row.run_type, failed: Object.keys(errors) })
    } finally {
      clearInterval(renew)
      await repo.release(s.name, instance).catch(() => {})
    }
  }

  async function tick() {
    const latest = await repo.latest(names)
    const now = Date.now()
    for (const s of schedules) {
      if (stopped) return
      if (isDue(s, latest.get(s.name), now)) await run(s)
    }
  }

  let timer: NodeJS.Timeout | undefined
  const loop = () => {
    current = tick().catch((e) => log.error('cron tick failed', { error: String(e) })).finally(() => {
      if (!stopped) { timer = setTimeout(loop, tickMs); timer.unref() }
    })
  }
  loop()

  return {
    idle: () => current,
    async stop() { stopped = true; clearTimeout(timer); await current },
  }
}
