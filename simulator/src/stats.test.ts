import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Stats } from './stats.js'

describe('simulator stats', () => {
  it('reports latencies per window and starts a new one; the whole-run figures keep everything', () => {
    const s = new Stats()
    for (let i = 1; i <= 100; i++) s.latency('distributed_read', i)
    assert.match(s.windowReport(), /distributed_read 51\.0\/100\.0 \(n=100\)/)
    s.failure('config', 'timeout')
    assert.match(s.windowReport(), /no requests; errors: 1$/)
    s.latency('distributed_read', 500)
    assert.match(s.windowReport(), /distributed_read 500\.0\/500\.0 \(n=1\); errors: 0$/)
    assert.deepEqual(s.percentiles('distributed_read'), { p50: 51, p99: 100, n: 101 })
  })
})
