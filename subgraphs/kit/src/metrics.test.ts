import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { METRICS_CONTENT_TYPE, histogram, renderMetrics, startEventLoopLagMetric } from './metrics.js'

// One sample line of the text exposition format 0.0.4: a name, optional
// {label="value",...} where a value may hold only \\, \" and \n escapes, and a
// number (Prometheus reads NaN in any case; prom-client writes "Nan").
const SAMPLE = /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\\n]|\\["\\n])*",?)*\})? ([-+0-9.eE]+|[Nn][Aa][Nn]|[+-]Inf)$/

function assertValidExposition(text: string) {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue
    assert.match(line, SAMPLE)
  }
}

describe('metrics', () => {
  it('escapes label values: a quote, a backslash and a newline stay inside one valid sample line', async () => {
    const h = histogram('fleetgraph_test_escaping_seconds', 'Escaping check.', ['route', 'status'])
    h.observe({ route: 'a"b\\c\nd', status: '200' }, 0.004)
    const text = await renderMetrics()
    assertValidExposition(text)
    assert.ok(text.split('\n').includes('fleetgraph_test_escaping_seconds_count{route="a\\"b\\\\c\\nd",status="200"} 1'), text)
  })

  it('renders histograms in the shape /metrics readers parse: le first, then the labels in declared order; cumulative buckets', async () => {
    const h = histogram('fleetgraph_test_shape_seconds', 'Shape check.', ['route', 'status'])
    h.observe({ route: 'config', status: '200' }, 0.004)
    h.observe({ route: 'config', status: '200' }, 3)
    const lines = (await renderMetrics()).split('\n').filter((l) => l.startsWith('fleetgraph_test_shape_seconds'))
    assert.ok(lines.includes('fleetgraph_test_shape_seconds_bucket{le="0.003",route="config",status="200"} 0'), lines.join('\n'))
    assert.ok(lines.includes('fleetgraph_test_shape_seconds_bucket{le="0.005",route="config",status="200"} 1'), lines.join('\n'))
    assert.ok(lines.includes('fleetgraph_test_shape_seconds_bucket{le="+Inf",route="config",status="200"} 2'), lines.join('\n'))
    assert.ok(lines.includes('fleetgraph_test_shape_seconds_count{route="config",status="200"} 2'), lines.join('\n'))
  })

  it('returns the same histogram for the same name', () => {
    assert.equal(histogram('fleetgraph_test_same_seconds', 'Same.', []), histogram('fleetgraph_test_same_seconds', 'Same.', []))
  })

  it('adds the default process metrics and the event-loop lag histogram once started', async () => {
    const stop = startEventLoopLagMetric()
    try {
      const text = await renderMetrics()
      assertValidExposition(text)
      assert.match(text, /^# TYPE process_cpu_user_seconds_total counter$/m)
      assert.match(text, /^# TYPE nodejs_heap_size_used_bytes gauge$/m)
      assert.match(text, /^# TYPE fleetgraph_event_loop_lag_seconds histogram$/m)
      assert.match(text, /^fleetgraph_event_loop_lag_seconds_bucket\{le="\+Inf"\} \d+$/m)
    } finally {
      stop()
    }
  })

  it('names the Prometheus text format as its content type', () => {
    assert.match(METRICS_CONTENT_TYPE, /^text\/plain; version=0\.0\.4; charset=utf-8$/)
  })
})
