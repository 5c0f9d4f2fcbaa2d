// Host expiry, the hosts' part of cleanups_then_aggregation (Fleet's CleanupExpiredHosts): with
// `host_expiry_settings.host_expiry_enabled`, a host that has not checked in for `host_expiry_window`
// days (never checked in: since it enrolled) is deleted with everything recorded about it. It enrolls
// again as a new host if it still holds a valid secret. Deleted in batches, so no statement holds
// locks on a large fleet's rows for long.
import type { Database } from '@fleetgraph/prisma'
import { createLogger } from '@fleetgraph/subgraph-kit'
import type { CronJob } from '../cron/scheduler.js'
import { AppConfigRepository } from '../app-config/app-config.repository.js'
import { HostRepository } from './host.repository.js'

const BATCH = 1_000
const log = createLogger('host-expiry')

export function hostExpiryJobs(deps: { db: Database }): CronJob[] {
  const settings = new AppConfigRepository(deps.db)
  const hosts = new HostRepository(deps.db)
  return [{
    name: 'expire_hosts',
    async run() {
      const c = await settings.get()
      if (!c.host_expiry_enabled || c.host_expiry_window <= 0) return
      let total = 0
      for (;;) {
        const n = await hosts.deleteExpired(c.host_expiry_window, BATCH)
        total += n
        if (n < BATCH) break
      }
      if (total) log.info('expired hosts deleted', { count: total, window_days: c.host_expiry_window })
    },
  }]
}
