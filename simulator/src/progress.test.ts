import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { ProgressBar } from './progress.js'

describe('ProgressBar', () => {
  it('redraws one line with \\r on a terminal', () => {
    let out = ''
    const bar = new ProgressBar({ isTTY: true, columns: 80, write: (t: string) => (out += t) }, 4, 'hosts enrolled')
    bar.update(1)
    bar.finish(4)
    assert.ok(out.startsWith('\r['))
    assert.match(out, /100% 4\/4 hosts enrolled/)
    assert.ok(out.endsWith('\n'))
    assert.equal(out.split('\n').length, 2)
  })

  it('prints plain lines, at most one a second plus the last, when not a terminal', () => {
    let out = ''
    let now = 0
    const bar = new ProgressBar({ isTTY: false, write: (t: string) => (out += t) }, 10, 'hosts enrolled', () => now)
    bar.update(1)
    bar.update(2)
    now = 1500
    bar.update(3)
    bar.finish(10, 'in 2.0s')
    assert.equal(out, '10% 1/10 hosts enrolled\n30% 3/10 hosts enrolled\n100% 10/10 hosts enrolled in 2.0s\n')
    assert.ok(!out.includes('\r'))
  })
})
