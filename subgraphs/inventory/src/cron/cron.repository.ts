// Cron bookkeeping in the database: one row per run in cron_stats (Fleet's
// table) and a lease per schedule in locks, so that among many replicas exactly
// one runs a schedule at a time and a crashed holder's lease simply expires.
import type { Database } from '@fleetgraph/prisma'

export type CronStatus = 'queued' | 'pending' | 'completed' | 'failed' | 'expired'
export type RunType = 'scheduled' | 'triggered'

export interface CronRunRow {
  id: number; name: string; instance: string; run_type: RunType; status: CronStatus
  errors: Record<string, string> | null; created_at: Date; updated_at: Date
}

export class CronRepository {
  constructor(private readonly db: Database) {}

  /** The latest run of each schedule (any status). */
  async latest(names: string[]): Promise<Map<string, CronRunRow>> {
    const rows = await this.db.sql.query<CronRunRow>(
      `SELECT DISTINCT ON (name) id, name, instance, run_type, status, errors, created_at, updated_at
       FROM cron_stats WHERE name = ANY($1::text[]) ORDER BY name, created_at DESC, id DESC`, [names])
    return new Map(rows.map((r) => [r.name, r]))
  }

  /** Takes (or renews) the schedule's lease when it is free, expired or already ours. */
  async acquire(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const rows = await this.db.sql.query<{ owner: string }>(
      `INSERT INTO locks (name, owner, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
       WHERE locks.expires_at < now() OR locks.owner = EXCLUDED.owner
       RETURNING owner`, [`cron:${name}`, owner, ttlMs])
    return rows.length === 1
  }

  async release(name: string, owner: string): Promise<void> {
    await this.db.sql.query(`DELETE FROM locks WHERE name = $1 AND owner = $2`, [`cron:${name}`, owner])
  }

  /**
   * Starts a run: claims the queued trigger when there is one, else records a scheduled run.
   * Runs a crashed instance left pending are marked expired first.
   */
  async begin(name: string, instance: string): Promise<CronRunRow> {
    return this.db.prisma.$transaction(async (tx) => {
      await tx.cronRun.updateMany({ where: { name, status: 'pending' }, data: { status: 'expired' } })
      const queued = await tx.cronRun.findFirst({ where: { name, status: 'queued' }, orderBy: { id: 'asc' } })
      const row = queued
        ? await tx.cronRun.update({ where: { id: queued.id }, data: { status: 'pending', instance } })
        : await tx.cronRun.create({ data: { name, instance, run_type: 'scheduled', status: 'pending' } })
      return row as unknown as CronRunRow
    })
  }

  async finish(id: number, errors: Record<string, string>): Promise<void> {
    const failed = Object.keys(errors).length > 0
    await this.db.prisma.cronRun.update({ where: { id }, data: { status: failed ? 'failed' : 'completed', errors: failed ? errors : undefined } })
  }

  /**
   * Queues a triggered run unless one is queued or running; returns the run in the way otherwise.
   * Serialised per schedule so two triggers at once cannot both queue.
   */
  async queueTrigger(name: string): Promise<{ queued: true; run: CronRunRow } | { queued: false; blocking: CronRunRow }> {
    return this.db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `cron:${name}`)
      const blocking = await tx.cronRun.findFirst({ where: { name, status: { in: ['queued', 'pending'] } }, orderBy: { id: 'desc' } })
      if (blocking) return { queued: false as const, blocking: blocking as unknown as CronRunRow }
      const run = await tx.cronRun.create({ data: { name, instance: '', run_type: 'triggered', status: 'queued' } })
      return { queued: true as const, run: run as unknown as CronRunRow }
    })
  }
}
