// Runs N agents in one process: staggers their enrollment over the start
// period, shares one HTTP pool, one SQL engine and one set of counters, and
// stops them all at once.
import { Agent } from './agent.js'
import type { SimulatorOptions } from './args.js'
import { OsqueryClient } from './osquery-client.js'
import { SqlEngine } from './sql-engine.js'
import { Stats } from './stats.js'

export interface SimulatorHooks {
  /** A host enrolled for the first time; `enrolled` counts hosts so far. */
  onEnrolled?(enrolled: number): void
  /** An error that is a simulator bug, not a server answer (the first few are worth printing). */
  onUnexpected?(error: unknown, hostIndex: number): void
}

export class Simulator {
  readonly stats = new Stats()
  private readonly agents: Agent[] = []
  private readonly startTimers = new Set<NodeJS.Timeout>()
  private readonly client: OsqueryClient
  private stopped = false

  private constructor(readonly options: SimulatorOptions, readonly engine: SqlEngine, private readonly hooks: SimulatorHooks) {
    this.client = new OsqueryClient({ server: options.server, insecure: options.insecure, concurrency: options.concurrency, timeoutMs: options.timeoutMs }, this.stats)
  }

  static async create(options: SimulatorOptions, hooks: SimulatorHooks = {}): Promise<Simulator> {
    return new Simulator(options, await SqlEngine.create({ cacheSize: options.dbCache }), hooks)
  }

  get hostCount(): number {
    return this.options.hosts
  }

  /** Schedules every host's start; host i starts at i/N of the start period, so load ramps up evenly. */
  start(): void {
    const { hosts, startPeriod } = this.options
    const epochSeconds = Math.floor(Date.now() / 1000)
    for (let index = 0; index < hosts; index++) {
      const t = setTimeout(() => {
        this.startTimers.delete(t)
        if (this.stopped) return
        // Agents are built when they start: a host that has not started yet costs nothing.
        const agent = new Agent({
          seed: this.options.seed, index, platform: this.options.platforms[index % this.options.platforms.length], enrollSecret: this.options.enrollSecret,
          distributedInterval: this.options.distributedInterval, configInterval: this.options.configInterval, loggerInterval: this.options.loggerInterval, epochSeconds,
        }, {
          client: this.client, engine: this.engine, stats: this.stats,
          onEnrolled: () => this.hooks.onEnrolled?.(this.stats.enrolled),
          onUnexpected: (e) => this.hooks.onUnexpected?.(e, index),
        })
        this.agents.push(agent)
        void agent.start()
      }, hosts > 1 ? Math.floor((index * startPeriod * 1000) / hosts) : 0)
      this.startTimers.add(t)
    }
  }

  /** Stops every agent, waits briefly for aborted requests to settle, and releases sockets and databases. */
  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    for (const t of this.startTimers) clearTimeout(t)
    this.startTimers.clear()
    for (const agent of this.agents) agent.stop()
    const deadline = Date.now() + 2_000
    while (this.client.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    this.client.close()
    this.engine.close()
  }

  summary(): string {
    const mem = process.memoryUsage()
    const e = this.engine.stats
    return this.stats.summary(this.options.hosts, {
      'sql engine': `${e.queries} queries, ${e.misses} host databases loaded (${e.opened} opened), ${e.tableLoads} table fills`,
      memory: `rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`,
    })
  }
}
