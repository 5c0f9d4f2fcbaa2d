// The device tokens' part of cleanups_then_aggregation: a token expired for a
// day is deleted. Not sooner: re-storing an expired token keeps its old time
// (as Fleet), so it stays refused; once the row is gone the same value could be
// stored afresh, and a day is far beyond orbit's hourly rotation.
import type { CronJob } from '../cron/scheduler.js'
import { loadDeviceAuthConfig } from '../config.js'
import type { Database } from '@fleetgraph/prisma'
import { DeviceTokenRepository } from './device-token.repository.js'

const STALE_AFTER_EXPIRY_MS = 24 * 3600 * 1000

export function deviceTokenCleanupJobs(deps: { db: Database; env?: NodeJS.ProcessEnv }): CronJob[] {
  const { deviceTokenTtlMs } = loadDeviceAuthConfig(deps.env)
  const tokens = new DeviceTokenRepository(deps.db)
  return [{
    name: 'delete_expired_device_tokens',
    async run() {
      await tokens.deleteStoredBefore(new Date(Date.now() - deviceTokenTtlMs - STALE_AFTER_EXPIRY_MS))
    },
  }]
}
