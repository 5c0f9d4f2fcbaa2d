// One simulated osquery agent: enrolls, then runs osquery's loops on timers:
// config refresh, distributed read/write, scheduled queries and the TLS logger.
// Every distributed or scheduled query is answered by running its SQL on this
// host's own tables (sql-engine.ts), so wrong SQL fails the way it would on a
// real host.
import { createHash } from 'node:crypto'
import { backoffMs, sleep, withRetry, type RetryOptions } from './backoff.js'
import { HostData, OSQUERY_VERSION } from './host-data.js'
import { calendarTime } from './calendar.js'
import type { AgentDeps, AgentOptions, DistributedRead, ScheduleState } from './agent-types.js'
import { NodeInvalidError, RequestError, type OsqueryClient } from './osquery-client.js'
import {
  decoratorQueries, diff, differentialLines, rowKey, scheduledQueries, snapshotLine, statusLine,
  type LogMeta, type OsqueryConfig, type ScheduledQuery,
} from './schedule.js'
import { platformMask } from './tables.js'

/** osquery's `kDistributedAccelerationInterval`: poll every 5 s while accelerated. */
const ACCELERATED_INTERVAL_S = 5
/** osquery's `logger_tls_max_lines`. */
const LOG_BATCH = 1024
/** Lines kept per host while the server refuses logs; the oldest go first (osquery's buffered_log_max does the same). */
const LOG_BUFFER_MAX = 10_000
/** osquery's `*_tls_max_attempts` default. */
const RETRY: Omit<RetryOptions, 'signal'> = { attempts: 3, baseMs: 1_000, capMs: 30_000 }

const positive = (v: unknown): number | undefined => {
  const n = typeof v === 'string' ? Number(v) : v
  return typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : undefined
}

export class Agent {
  readonly host: HostData
  private nodeKey = ''
  private everEnrolled = false
  private stopped = false
  private readonly abort = new AbortController()
  private readonly timers = new Set<NodeJS.Timeout>()
  private reenrolling?: Promise<void>
  private acceleratedUntilMs = 0
  private readonly schedule = new Map<string, ScheduleState>()
  private scheduleTimer?: NodeJS.Timeout
  private loadDecorations: Record<string, string> = {}
  private alwaysDecorators: string[] = []
  private results: object[] = []
  private statuses: object[] = []

  constructor(private readonly options: AgentOptions, private readonly deps: AgentDeps) {
    this.host = new HostData(options.seed, options.index, options.platform, options.epochSeconds)
    this.host.runtime = {
      ...this.host.runtime,
      distributedInterval: options.distributedInterval,
      configRefresh: options.configInterval,
      loggerPeriod: options.loggerInterval,
      startTime: Math.floor(Date.now() / 1000),
    }
  }

  /** osquery runs with --host_identifier=uuid here: the hardware UUID identifies the host. */
  get identifier(): string {
    return this.host.identity.uuid
  }

  get enrolled(): boolean {
    return this.nodeKey !== ''
  }

  /** Enrolls (retrying until it works or the agent stops), fetches the config, then starts the loops. */
  async start(): Promise<void> {
    try {
      await this.enroll()
      if (this.stopped) return
      this.status(0, 'init.cpp', 676, `osqueryd started [version=${OSQUERY_VERSION}]`)
      await this.guard(() => this.refreshConfig())
      if (this.stopped) return
      this.every(() => this.refreshConfig(), () => this.host.runtime.configRefresh * 1000, this.host.runtime.configRefresh * 1000)
      this.every(() => this.pollDistributed(), () => this.distributedDelayMs(), 0)
      this.every(() => this.flushLogs(), () => this.host.runtime.loggerPeriod * 1000, this.host.runtime.loggerPeriod * 1000)
    } catch (e) {
      if (!this.stopped) this.deps.onUnexpected?.(e, this)
    }
  }

  /** Stops every loop and aborts requests in flight. */
  stop(): void {
    this.stopped = true
    this.abort.abort()
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }

  // ---- enrollment -----------------------------------------------------------

  private async enroll(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        const reply = await this.deps.client.post<{ node_key?: unknown }>('enroll', {
          enroll_secret: this.options.enrollSecret,
          host_identifier: this.identifier,
          // osquery sends its platform bit mask here, as a string.
          platform_type: String(platformMask(this.options.platform)),
          host_details: this.host.hostDetails(),
        }, this.abort.signal)
        if (typeof reply.node_key === 'string' && reply.node_key) {
          this.nodeKey = reply.node_key
          if (this.everEnrolled) {
            this.deps.stats.reenrollments++
          } else {
            this.everEnrolled = true
            this.deps.stats.enrolled++
            this.deps.onEnrolled?.(this)
          }
          return
        }
        this.deps.stats.failure('enroll', 'no node_key')
      } catch (e) {
        if (this.stopped) return
        if (!(e instanceof RequestError)) throw e
      }
      // osquery keeps retrying enrollment; back off up to a minute so a down server is not hammered.
      try {
        await sleep(backoffMs(attempt, 1_000, 60_000), this.abort.signal)
      } catch {
        return
      }
    }
  }

  /** One re-enrollment at a time, however many loops hit node_invalid together. */
  private reenroll(): Promise<void> {
    this.nodeKey = ''
    this.reenrolling ??= this.enroll().finally(() => { this.reenrolling = undefined })
    return this.reenrolling
  }

  /** A request that carries the node key: retried with backoff, re-enrolling once on node_invalid. */
  private async call<T>(kind: 'config' | 'distributed_read' | 'distributed_write' | 'log', body: object): Promise<T> {
    const options = { ...RETRY, ...this.options.retry, signal: this.abort.signal }
    const attempt = () => this.deps.client.post<T>(kind, { node_key: this.nodeKey, ...body }, this.abort.signal)
    try {
      return await withRetry(attempt, options)
    } catch (e) {
      if (!(e instanceof NodeInvalidError) || this.stopped) throw e
      await this.reenroll()
      return await withRetry(attempt, options)
    }
  }

  // ---- loops ----------------------------------------------------------------

  /** Runs `task` now-ish and then again `nextMs()` after each run ends (osquery pauses after a run, it does not tick). */
  private every(task: () => Promise<void>, nextMs: () => number, firstMs: number): void {
    if (this.stopped) return
    const run = async () => {
      await this.guard(task)
      if (!this.stopped) this.after(nextMs(), run)
    }
    this.after(firstMs, run)
  }

  private after(ms: number, fn: () => void): NodeJS.Timeout {
    const t = setTimeout(() => {
      this.timers.delete(t)
      fn()
    }, ms)
    this.timers.add(t)
    return t
  }

  /** Server failures are already counted by the client; anything else is a bug worth reporting. */
  private async guard(task: () => Promise<void>): Promise<void> {
    try {
      await task()
    } catch (e) {
      if (this.stopped || e instanceof RequestError || e instanceof NodeInvalidError) return
      this.deps.onUnexpected?.(e, this)
    }
  }

  private distributedDelayMs(): number {
    const seconds = Date.now() < this.acceleratedUntilMs ? ACCELERATED_INTERVAL_S : this.host.runtime.distributedInterval
    return seconds * 1000
  }

  // ---- config ---------------------------------------------------------------

  private async refreshConfig(): Promise<void> {
    const config = await this.call<OsqueryConfig>('config', {})
    if (typeof config !== 'object' || config === null) return
    const text = JSON.stringify(config)
    const hash = createHash('sha1').update(text).digest('hex')
    if (hash === this.host.runtime.configHash) return
    const options = typeof config.options === 'object' && config.options !== null ? config.options : {}
    const rt = this.host.runtime
    const delimiter = typeof options.pack_delimiter === 'string' && options.pack_delimiter ? options.pack_delimiter : '/'
    this.host.runtime = {
      ...rt,
      configHash: hash,
      distributedInterval: positive(options.distributed_interval) ?? rt.distributedInterval,
      // config_tls_refresh is the older name of the same flag.
      configRefresh: positive(options.config_refresh) ?? positive(options.config_tls_refresh) ?? rt.configRefresh,
      loggerPeriod: positive(options.logger_tls_period) ?? rt.loggerPeriod,
      // Fleet always sends "/"; osquery's own default is "_".
      packDelimiter: delimiter,
    }
    this.applySchedule(scheduledQueries(config, this.options.platform, delimiter, this.identifier))
    const decorators = decoratorQueries(config)
    this.loadDecorations = this.decorate(decorators.load)
    this.alwaysDecorators = decorators.always
  }

  // ---- distributed queries --------------------------------------------------

  private async pollDistributed(): Promise<void> {
    const read = await this.call<DistributedRead>('distributed_read', {})
    const accelerate = Number(read?.accelerate)
    if (Number.isFinite(accelerate) && accelerate > 0) this.acceleratedUntilMs = Date.now() + accelerate * 1000
    const queries = typeof read?.queries === 'object' && read.queries !== null ? read.queries : {}
    const discovery = typeof read?.discovery === 'object' && read.discovery !== null ? read.discovery : {}
    const out: Record<string, Record<string, string>[]> = {}
    const statuses: Record<string, number> = {}
    const messages: Record<string, string> = {}
    const stats: Record<string, { wall_time_ms: number; user_time: number; system_time: number; memory: number }> = {}
    for (const [name, sql] of Object.entries(queries)) {
      if (typeof sql !== 'string') continue
      // osquery runs a query only if its discovery query (when there is one) returns rows.
      const gate = discovery[name]
      if (typeof gate === 'string') {
        const found = this.deps.engine.query(this.host, gate)
        if (!found.ok || found.rows.length === 0) continue
      }
      const cpu = process.cpuUsage()
      const result = this.deps.engine.query(this.host, sql)
      const used = process.cpuUsage(cpu)
      out[name] = result.rows
      statuses[name] = result.ok ? 0 : 1
      if (!result.ok) {
        messages[name] = result.error
        this.deps.stats.sqlErrors++
      }
      // The simulator has no honest per-query memory figure, so it reports none.
      stats[name] = { wall_time_ms: Math.round(result.wallMs), user_time: Math.round(used.user / 1000), system_time: Math.round(used.system / 1000), memory: 0 }
    }
    const names = Object.keys(out)
    if (!names.length) return
    await this.call('distributed_write', { queries: out, statuses, messages, stats })
    this.deps.stats.distributedQueries += names.length
    this.deps.stats.liveQueries += names.filter((n) => n.startsWith('fleet_distributed_query_')).length
  }

  // ---- scheduled queries and logs -------------------------------------------

  private applySchedule(queries: ScheduledQuery[]): void {
    const now = Date.now()
    const next = new Map<string, ScheduleState>()
    for (const q of queries) {
      const old = this.schedule.get(q.name)
      if (old && old.query.query === q.query && old.query.interval === q.interval) {
        next.set(q.name, { ...old, query: q, stat: { ...old.stat, query: q.query, interval: q.interval } })
        continue
      }
      // First run about one interval from now, splayed ±10% (osquery's schedule_splay_percent) so hosts drift apart.
      const splay = 0.9 + Math.random() * 0.2
      next.set(q.name, {
        query: q, nextRunMs: now + q.interval * 1000 * splay, counter: 0,
        stat: { name: q.name, query: q.query, interval: q.interval, executions: 0, lastExecuted: 0, outputSize: 0, wallTimeMs: 0, lastWallTimeMs: 0, userTime: 0, lastUserTime: 0, systemTime: 0, lastSystemTime: 0 },
      })
    }
    this.schedule.clear()
    for (const [k, v] of next) this.schedule.set(k, v)
    this.host.runtime = { ...this.host.runtime, schedule: [...this.schedule.values()].map((s) => s.stat) }
    this.armScheduler()
  }

  private armScheduler(): void {
    if (this.scheduleTimer) {
      clearTimeout(this.scheduleTimer)
      this.timers.delete(this.scheduleTimer)
      this.scheduleTimer = undefined
    }
    if (this.stopped || !this.schedule.size) return
    let due = Infinity
    for (const s of this.schedule.values()) due = Math.min(due, s.nextRunMs)
    this.scheduleTimer = this.after(Math.max(0, due - Date.now()), () => {
      this.scheduleTimer = undefined
      try {
        this.runDueQueries()
      } catch (e) {
        this.deps.onUnexpected?.(e, this)
      }
      this.armScheduler()
    })
  }

  private runDueQueries(): void {
    const now = Date.now()
    for (const s of this.schedule.values()) {
      if (s.nextRunMs > now) continue
      while (s.nextRunMs <= now) s.nextRunMs += s.query.interval * 1000
      this.runScheduled(s)
    }
    this.host.runtime = { ...this.host.runtime, schedule: [...this.schedule.values()].map((s) => s.stat) }
  }

  private runScheduled(s: ScheduleState): void {
    const q = s.query
    this.status(0, 'scheduler.cpp', 83, `Executing scheduled query ${q.name}: ${q.query}`)
    const cpu = process.cpuUsage()
    const result = this.deps.engine.query(this.host, q.query)
    const used = process.cpuUsage(cpu)
    const wall = Math.round(result.wallMs), user = Math.round(used.user / 1000), system = Math.round(used.system / 1000)
    const st = s.stat
    s.stat = {
      ...st, executions: st.executions + 1, lastExecuted: Math.floor(Date.now() / 1000), wallTimeMs: st.wallTimeMs + wall, lastWallTimeMs: wall,
      userTime: st.userTime + user, lastUserTime: user, systemTime: st.systemTime + system, lastSystemTime: system,
      outputSize: st.outputSize + (result.ok ? JSON.stringify(result.rows).length : 0),
    }
    this.deps.stats.scheduledRuns++
    if (!result.ok) {
      this.deps.stats.sqlErrors++
      this.status(2, 'scheduler.cpp', 102, `Error executing scheduled query ${q.name}: ${result.error}`)
      return
    }
    const meta = this.logMeta()
    if (q.snapshot) {
      this.pushResults([snapshotLine(q.name, result.rows, meta)])
      return
    }
    const keys = result.rows.map(rowKey)
    const changes = diff(s.previous, keys)
    s.previous = keys
    if (!changes.added.length && !(q.removed && changes.removed.length)) return
    this.pushResults(differentialLines(q.name, changes.added, q.removed ? changes.removed : [], s.counter, meta))
    s.counter++
  }

  private async flushLogs(): Promise<void> {
    for (const [type, take] of [['status', () => this.statuses], ['result', () => this.results]] as const) {
      while (take().length) {
        const batch = take().slice(0, LOG_BATCH)
        await this.call('log', { log_type: type, data: batch })
        take().splice(0, batch.length)
        if (type === 'status') this.deps.stats.statusLogLines += batch.length
        else this.deps.stats.resultLogLines += batch.length
      }
    }
  }

  private pushResults(lines: object[]): void {
    this.results.push(...lines)
    if (this.results.length > LOG_BUFFER_MAX) this.results.splice(0, this.results.length - LOG_BUFFER_MAX)
  }

  private status(severity: 0 | 1 | 2, file: string, line: number, message: string): void {
    this.statuses.push(statusLine(severity, file, line, message, this.logMeta(false), OSQUERY_VERSION))
    if (this.statuses.length > LOG_BUFFER_MAX) this.statuses.splice(0, this.statuses.length - LOG_BUFFER_MAX)
  }

  private logMeta(withAlways = true): LogMeta {
    const now = new Date()
    const decorations = withAlways && this.alwaysDecorators.length ? { ...this.loadDecorations, ...this.decorate(this.alwaysDecorators) } : this.loadDecorations
    return { hostIdentifier: this.identifier, unixTime: Math.floor(now.getTime() / 1000), calendarTime: calendarTime(now), decorations }
  }

  /** Decorator queries: the first row of each, merged; failing ones add nothing (as in osquery). */
  private decorate(queries: string[]): Record<string, string> {
    const out: Record<string, string> = {}
    for (const sql of queries) {
      const r = this.deps.engine.query(this.host, sql)
      if (r.ok && r.rows[0]) Object.assign(out, r.rows[0])
    }
    return out
  }
}

export type { AgentDeps, AgentOptions } from './agent-types.js'
