// The cron schedules this product has (names as in Fleet's cron_schedules) and
// how often each runs. Their jobs are bound where every service is at hand
// (the stack launcher); the trigger route only needs the names.
export const CRON_SCHEDULES = {
  /** Expire finished live-query campaigns and their results, stale device tokens. Fleet: hourly. */
  cleanups_then_aggregation: { intervalMs: 60 * 60 * 1000 },
  /** Post the failing-policies webhook. Fleet: webhook_settings.interval, 24 h by default. */
  automations: { intervalMs: 24 * 60 * 60 * 1000 },
} as const

export type CronScheduleName = keyof typeof CRON_SCHEDULES
export const CRON_SCHEDULE_NAMES = Object.keys(CRON_SCHEDULES).sort() as CronScheduleName[]
