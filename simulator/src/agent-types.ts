// The shapes an agent is built from and keeps while it runs.
import type { RetryOptions } from './backoff.js'
import type { ScheduleStat } from './host-data.js'
import type { OsqueryClient } from './osquery-client.js'
import type { ScheduledQuery } from './schedule.js'
import type { SqlEngine } from './sql-engine.js'
import type { Stats } from './stats.js'
import type { Platform } from './tables.js'
import type { Agent } from './agent.js'

export interface AgentOptions {
  seed: number
  index: number
  platform: Platform
  enrollSecret: string
  /** Starting intervals in seconds; the config's options override them, as in osquery. */
  distributedInterval: number
  configInterval: number
  loggerInterval: number
  /** The simulator's start, unix seconds (host boot and process times are placed before it). */
  epochSeconds: number
  /** Retry policy for node-key requests; osquery's defaults unless a test needs them faster. */
  retry?: Partial<Omit<RetryOptions, 'signal'>>
}

export interface AgentDeps {
  client: OsqueryClient
  engine: SqlEngine
  stats: Stats
  /** Called once, when the host first gets a node key. */
  onEnrolled?: (agent: Agent) => void
  /** Called with errors that are bugs rather than server answers. */
  onUnexpected?: (error: unknown, agent: Agent) => void
}

export interface DistributedRead {
  queries?: Record<string, unknown>
  discovery?: Record<string, unknown>
  accelerate?: unknown
}

export interface ScheduleState {
  query: ScheduledQuery
  nextRunMs: number
  previous?: string[]
  counter: number
  stat: ScheduleStat
}
