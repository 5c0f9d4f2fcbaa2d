// Prometheus metrics, served at /metrics on the public origin (Fleet serves
// Prometheus metrics there too): prom-client's default process metrics plus
// Fleetgraph's own histograms. prom-client owns the exposition format, label
// value escaping included. One registry per process, not prom-client's global
// one, so that a library registering its own metrics cannot collide with ours.
import { Histogram as PromHistogram, Registry, collectDefaultMetrics } from 'prom-client'

export const DURATION_BUCKETS_S = [0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 2, 5, 10]

const registry = new Registry()

/** The Content-Type of what `renderMetrics()` returns (Prometheus text format 0.0.4). */
export const METRICS_CONTENT_TYPE: string = registry.contentType

/** A duration histogram whose label names are fixed when it is declared. */
export interface Histogram<L extends string = never> {
  readonly name: string
  observe(labels: Record<L, string>, seconds: number): void
}

const histograms = new Map<string, Histogram<string>>()

/**
 * Declares (once per process; later calls with the same name return the first
 * one) a histogram of durations in seconds. Prometheus wants every series of a
 * metric to carry the same label names, so they are declared here.
 *
 * @example
 *   const durations = histogram('fleetgraph_agent_request_duration_seconds', 'osquery agent API requests…', ['route', 'status'])
 *   durations.observe({ route: 'config', status: '200' }, 0.004)
 */
export function histogram<L extends string = never>(name: string, help: string, labelNames: readonly L[], buckets: number[] = DURATION_BUCKETS_S): Histogram<L> {
  const known = histograms.get(name)
  if (known) return known as Histogram<L>
  const metric = new PromHistogram<L>({ name, help, labelNames, buckets, registers: [registry] })
  const h: Histogram<L> = { name, observe: (labels, seconds) => metric.observe(labels, seconds) }
  histograms.set(name, h as Histogram<string>)
  return h
}

/** Every metric of this process, in Prometheus' text exposition format (`METRICS_CONTENT_TYPE`). */
export function renderMetrics(): Promise<string> {
  return registry.metrics()
}

let defaultsCollected = false

/**
 * Starts this process's runtime metrics: prom-client's defaults (CPU, memory,
 * heap, GC, handles, Node's own event-loop delay) and Fleetgraph's event-loop
 * lag histogram (how late a 100 ms timer fires: the time any request may wait
 * before its callbacks run, the figure docs/benchmarks.md records). Meant to
 * be called once by the process that serves /metrics; the timer is unref'd.
 */
export function startEventLoopLagMetric(): () => void {
  if (!defaultsCollected) {
    collectDefaultMetrics({ register: registry })
    defaultsCollected = true
  }
  const lag = histogram('fleetgraph_event_loop_lag_seconds', 'How late a 100 ms timer fired: event-loop lag, sampled ten times a second.', [])
  let expected = performance.now() + 100
  const timer = setInterval(() => {
    const now = performance.now()
    lag.observe({}, Math.max(0, now - expected) / 1000)
    expected = now + 100
  }, 100)
  timer.unref()
  return () => clearInterval(timer)
}
