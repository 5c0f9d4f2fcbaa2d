// Cron schedules as a module of their own (`@fleetgraph/subgraph-inventory/cron`, no schema attached).
// Inventory owns them because it owns their table: cron_stats (and the schedules' leases in locks) is
// read by the cronSchedules field and written by the trigger route here, and the scheduler is the rest
// of the same bookkeeping (which run is due, who holds the lease, expiring a crashed holder's run).
// The stack launcher only composes: it binds each schedule to the jobs other workspaces contribute
// (typed CronJob) and starts the scheduler in every process that has the database.
export * from './cron.repository.js'
export * from './scheduler.js'
export * from './schedules.js'
