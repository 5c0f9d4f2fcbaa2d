// Request-duration histograms in Prometheus' text format, served at /metrics on
// the public origin (Fleet serves Prometheus metrics there too). One registry
// per process; no dependency: a fixed set of buckets and counters is all the
// agent API needs, and recording is two array increments.
export const DURATION_BUCKETS_S = [0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 2, 5, 10]

class Histogram {
  private readonly series = new Map<string, { labels: Record<string, string>; counts: number[]; sum: number; count: number }>()
  constructor(readonly name: string, readonly help: string, private readonly buckets: number[]) {}

  observe(labels: Record<string, string>, seconds: number): void {
    const key = JSON.stringify(labels)
    let s = this.series.get(key)
    if (!s) this.series.set(key, (s = { labels, counts: new Array(this.buckets.length).fill(0), sum: 0, count: 0 }))
    const i = this.buckets.findIndex((b) => seconds <= b)
    if (i >= 0) s.counts[i]++
    s.sum += seconds
    s.count++
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`]
    const fmt = (l: Record<string, string>) => Object.entries(l).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`).join(',')
    for (const s of this.series.values()) {
      let cumulative = 0
      this.buckets.forEach((b, i) => {
        cumulative += s.counts[i]
        lines.push(`${this.name}_bucket{${fmt({ ...s.labels, le: String(b) })}} ${cumulative}`)
      })
      lines.push(`${this.name}_bucket{${fmt({ ...s.labels, le: '+Inf' })}} ${s.count}`)
      lines.push(`${this.name}_sum{${fmt(s.labels)}} ${s.sum}`)
      lines.push(`${this.name}_count{${fmt(s.labels)}} ${s.count}`)
    }
    return lines.join('\n') + '\n'
  }
}

const histograms = new Map<string, Histogram>()

export function histogram(name: string, help: string, buckets = DURATION_BUCKETS_S): Histogram {
  let h = histograms.get(name)
  if (!h) histograms.set(name, (h = new Histogram(name, help, buckets)))
  return h
}

/** Every metric of this process, in Prometheus' text exposition format. */
export function renderMetrics(): string {
  return [...histograms.values()].map((h) => h.render()).join('')
}

/**
 * Samples this process's event-loop lag (how late a 100 ms timer fires) into a histogram: the
 * time any request may wait before its callbacks run. Started once per process; unref'd.
 */
export function startEventLoopLagMetric(): () => void {
  const lag = histogram('fleetgraph_event_loop_lag_seconds', 'How late a 100 ms timer fired: event-loop lag, sampled ten times a second.')
  let expected = performance.now() + 100
  const timer = setInterval(() => {
    const now = performance.now()
    lag.observe({}, Math.max(0, now - expected) / 1000)
    expected = now + 100
  }, 100)
  timer.unref()
  return () => clearInterval(timer)
}
