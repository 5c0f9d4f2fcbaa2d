// Counters the whole run shares, and the summary printed when it stops.
export const REQUEST_KINDS = ['enroll', 'config', 'distributed_read', 'distributed_write', 'log'] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]

const samples = () => Object.fromEntries(REQUEST_KINDS.map((k) => [k, [] as number[]])) as Record<RequestKind, number[]>

function percentiles(sample: number[]): { p50: number; p99: number; n: number } {
  const l = [...sample].sort((a, b) => a - b)
  const at = (q: number) => (l.length ? l[Math.min(l.length - 1, Math.floor(q * l.length))] : NaN)
  return { p50: at(0.5), p99: at(0.99), n: l.length }
}

const zero = () => Object.fromEntries(REQUEST_KINDS.map((k) => [k, 0])) as Record<RequestKind, number>

export class Stats {
  readonly startedAt = Date.now()
  /** Hosts that hold a node key (each counted once, however often it re-enrolled). */
  enrolled = 0
  reenrollments = 0
  /** HTTP requests sent, by kind (each retry counts). */
  readonly requests = zero()
  /** Failed requests, by kind: non-200 answers, network errors, timeouts. */
  readonly errors = zero()
  /** Why requests failed: "404", "500", "ECONNREFUSED", "timeout"... with counts. */
  readonly errorReasons = new Map<string, number>()
  /** Live queries (fleet_distributed_query_*) answered through distributed/write. */
  liveQueries = 0
  /** Every distributed query answered (detail, label, policy and live queries). */
  distributedQueries = 0
  /** Distributed or scheduled queries whose SQL failed (reported with a non-zero status). */
  sqlErrors = 0
  scheduledRuns = 0
  resultLogLines = 0
  statusLogLines = 0

  /** Round-trip times of successful requests (ms), by kind; a bounded sample keeps memory flat. */
  private readonly latencies = samples()
  /** The same since the last window report (steady-state figures without the enrollment burst). */
  private window = samples()
  private windowStartedAt = Date.now()
  private windowErrors = 0
  private static readonly SAMPLE = 200_000

  request(kind: RequestKind): void {
    this.requests[kind]++
  }

  latency(kind: RequestKind, ms: number): void {
    for (const l of [this.latencies[kind], this.window[kind]]) {
      if (l.length < Stats.SAMPLE) l.push(ms)
      else l[Math.floor(Math.random() * Stats.SAMPLE)] = ms
    }
  }

  /** p50/p99 round trip in ms for one kind (NaN without samples). */
  percentiles(kind: RequestKind): { p50: number; p99: number; n: number } {
    return percentiles(this.latencies[kind])
  }

  /** Latencies since the previous window report (or the start), then a new window begins. */
  windowReport(): string {
    const secs = ((Date.now() - this.windowStartedAt) / 1000).toFixed(1)
    const parts = REQUEST_KINDS.filter((k) => this.window[k].length).map((k) => {
      const p = percentiles(this.window[k])
      return `${k} ${p.p50.toFixed(1)}/${p.p99.toFixed(1)} (n=${p.n})`
    })
    const errors = this.windowErrors
    this.window = samples()
    this.windowStartedAt = Date.now()
    this.windowErrors = 0
    return `[simulator] window ${secs}s latency p50/p99 (ms): ${parts.join(', ') || 'no requests'}; errors: ${errors}`
  }

  failure(kind: RequestKind, reason: string): void {
    this.errors[kind]++
    this.windowErrors++
    this.errorReasons.set(`${kind} ${reason}`, (this.errorReasons.get(`${kind} ${reason}`) ?? 0) + 1)
  }

  get totalRequests(): number {
    return REQUEST_KINDS.reduce((n, k) => n + this.requests[k], 0)
  }

  get totalErrors(): number {
    return REQUEST_KINDS.reduce((n, k) => n + this.errors[k], 0)
  }

  /** One line for the periodic progress report while running. */
  statusLine(hosts: number): string {
    const secs = Math.round((Date.now() - this.startedAt) / 1000)
    return `[simulator] ${secs}s: ${this.enrolled}/${hosts} hosts enrolled, ${this.totalRequests} requests, ${this.totalErrors} errors, ${this.liveQueries} live queries answered`
  }

  summary(hosts: number, extra: Record<string, string> = {}): string {
    const secs = ((Date.now() - this.startedAt) / 1000).toFixed(1)
    const reasons = [...this.errorReasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ×${n}`)
    const lines = [
      `Simulation summary (${secs}s)`,
      `  hosts enrolled:        ${this.enrolled}/${hosts} (re-enrollments: ${this.reenrollments})`,
      `  requests:              ${this.totalRequests} (${REQUEST_KINDS.map((k) => `${k} ${this.requests[k]}`).join(', ')})`,
      `  errors:                ${this.totalErrors}${reasons.length ? ` (${reasons.slice(0, 8).join(', ')}${reasons.length > 8 ? ', ...' : ''})` : ''}`,
      `  live queries answered: ${this.liveQueries} (distributed queries answered: ${this.distributedQueries}, SQL errors: ${this.sqlErrors})`,
      `  scheduled query runs:  ${this.scheduledRuns}; log lines sent: ${this.resultLogLines} result, ${this.statusLogLines} status`,
      `  latency p50/p99 (ms):  ${REQUEST_KINDS.filter((k) => this.latencies[k].length).map((k) => { const p = this.percentiles(k); return `${k} ${p.p50.toFixed(1)}/${p.p99.toFixed(1)}` }).join(', ')}`,
      ...Object.entries(extra).map(([k, v]) => `  ${`${k}:`.padEnd(22)} ${v}`),
    ]
    return lines.join('\n')
  }
}
