import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { decoratorQueries, diff, differentialLines, platformMatches, rowKey, scheduledQueries, snapshotLine } from './schedule.js'

const meta = { hostIdentifier: 'H', unixTime: 1700000000, calendarTime: 'Tue Nov 14 22:13:20 2023 UTC', decorations: { host_uuid: 'H' } }

describe('schedule', () => {
  it('names pack queries pack/<pack>/<query> with the delimiter and keeps their options', () => {
    const config = { packs: { Global: { queries: { procs: { query: 'SELECT * FROM processes', interval: 60, snapshot: true }, users: { query: 'SELECT * FROM users', interval: '300' } } } } }
    assert.deepEqual(scheduledQueries(config, 'ubuntu', '/', 'H'), [
      { name: 'pack/Global/procs', query: 'SELECT * FROM processes', interval: 60, snapshot: true, removed: true },
      { name: 'pack/Global/users', query: 'SELECT * FROM users', interval: 300, snapshot: false, removed: true },
    ])
  })

  it('skips queries and packs for other platforms, and malformed entries', () => {
    const config = {
      schedule: { top: { query: 'SELECT 1', interval: 10 }, bad: { interval: 10 }, zero: { query: 'SELECT 1', interval: 0 } },
      packs: { mac: { platform: 'darwin', queries: { a: { query: 'SELECT 1', interval: 10 } } }, mixed: { queries: { win: { query: 'SELECT 1', interval: 10, platform: 'windows' }, nix: { query: 'SELECT 1', interval: 10, platform: 'posix' } } } },
    }
    assert.deepEqual(scheduledQueries(config, 'centos', '_', 'H').map((q) => q.name), ['top', 'pack_mixed_nix'])
    assert.deepEqual(scheduledQueries(config, 'darwin', '/', 'H').map((q) => q.name), ['top', 'pack/mac/a', 'pack/mixed/nix'])
  })

  it('matches osquery platform names', () => {
    assert.ok(platformMatches('linux', 'ubuntu'))
    assert.ok(platformMatches('darwin,windows', 'windows'))
    assert.ok(platformMatches('', 'darwin'))
    assert.ok(!platformMatches('linux', 'darwin'))
  })

  it('reads decorators: load and interval at config time, always per log', () => {
    assert.deepEqual(decoratorQueries({ decorators: { load: ['a'], always: ['b'], interval: { 3600: ['c'] } } }), { load: ['a', 'c'], always: ['b'] })
  })

  it('writes differential results as added and removed events', () => {
    const before = [{ name: 'a' }, { name: 'b' }].map(rowKey)
    const now = [{ name: 'b' }, { name: 'c' }].map(rowKey)
    const d = diff(before, now)
    const lines = differentialLines('pack/Global/x', d.added, d.removed, 1, meta) as any[]
    assert.deepEqual(lines.map((l) => [l.action, l.columns.name]), [['removed', 'a'], ['added', 'c']])
    assert.deepEqual(Object.keys(lines[0]).sort(), ['action', 'calendarTime', 'columns', 'counter', 'decorations', 'epoch', 'hostIdentifier', 'name', 'numerics', 'unixTime'])
    assert.equal(lines[0].numerics, false)
  })

  it('writes snapshot results as one line', () => {
    const line = snapshotLine('pack/Global/x', [{ a: '1' }], meta) as any
    assert.equal(line.action, 'snapshot')
    assert.deepEqual(line.snapshot, [{ a: '1' }])
  })
})
