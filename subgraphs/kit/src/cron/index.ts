export * from './cron.repository.js'
export * from './scheduler.js'
export * from './schedules.js'
