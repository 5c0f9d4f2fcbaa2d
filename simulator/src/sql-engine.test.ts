import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { SqlEngine } from './sql-engine.js'
import { HostData } from './host-data.js'
import { PLATFORMS } from './tables.js'

const EPOCH = 1_700_000_000

describe('SqlEngine', () => {
  let engine: SqlEngine
  before(async () => { engine = await SqlEngine.create({ cacheSize: 4 }) })
  after(() => engine.close())

  const host = (index: number, platform = PLATFORMS[index % PLATFORMS.length]) => new HostData(7, index, platform, EPOCH)

  it('answers SELECT hostname FROM system_info with the host\'s own hostname', () => {
    const h = host(0)
    const r = engine.query(h, 'SELECT hostname FROM system_info')
    assert.ok(r.ok)
    assert.deepEqual(r.rows, [{ hostname: h.identity.hostname }])
  })

  it('returns every value as a string, as osquery does', () => {
    const r = engine.query(host(1), 'SELECT cpu_logical_cores, physical_memory, NULL AS missing FROM system_info')
    assert.ok(r.ok)
    for (const v of Object.values(r.rows[0])) assert.equal(typeof v, 'string')
    assert.equal(r.rows[0].missing, '')
    assert.match(r.rows[0].physical_memory, /^\d+$/)
  })

  it('answers joins across tables', () => {
    const h = host(2)
    const r = engine.query(h, 'SELECT p.name, u.username FROM processes p JOIN users u ON p.uid = u.uid WHERE u.username = (SELECT version FROM osquery_info) OR p.pid = (SELECT pid FROM osquery_info)')
    assert.ok(r.ok, !r.ok ? r.error : '')
    assert.equal(r.rows.length, 1)
    assert.match(r.rows[0].name, /^osqueryd(\.exe)?$/)
    const count = engine.query(h, 'SELECT count(*) AS n FROM processes JOIN users USING (uid)')
    assert.ok(count.ok && Number(count.rows[0].n) > 5)
  })

  for (const platform of PLATFORMS) {
    it(`SELECT 1 FROM os_version WHERE platform = 'darwin' matches only darwin hosts (${platform})`, () => {
      const r = engine.query(host(10, platform), "SELECT 1 FROM os_version WHERE platform = 'darwin'")
      assert.ok(r.ok)
      assert.deepEqual(r.rows, platform === 'darwin' ? [{ 1: '1' }] : [])
    })
  }

  it('reports bad SQL with the SQLite error text and no rows', () => {
    const r = engine.query(host(3), 'SELEC hostname FROM system_info')
    assert.deepEqual({ ok: r.ok, rows: r.rows, error: !r.ok && r.error }, { ok: false, rows: [], error: 'near "SELEC": syntax error' })
  })

  it('has platform-specific tables only where osquery has them', () => {
    const ubuntu = engine.query(host(20, 'ubuntu'), 'SELECT * FROM battery')
    assert.equal(!ubuntu.ok && ubuntu.error, 'no such table: battery')
    assert.ok(engine.query(host(20, 'ubuntu'), 'SELECT name FROM deb_packages').rows.length > 10)
    assert.ok(engine.query(host(21, 'centos'), 'SELECT name FROM rpm_packages').rows.length > 10)
    assert.ok(engine.query(host(22, 'windows'), 'SELECT name FROM programs').rows.length > 5)
    assert.ok(engine.query(host(23, 'darwin'), 'SELECT name FROM apps').rows.length > 5)
    const win = engine.query(host(22, 'windows'), 'SELECT * FROM apps')
    assert.equal(!win.ok && win.error, 'no such table: apps')
  })

  it('refuses writes, so a query cannot change the host for the next one', () => {
    const h = host(4)
    const r = engine.query(h, 'DELETE FROM users')
    assert.equal(!r.ok && r.error, 'attempt to write a readonly database')
    assert.ok(engine.query(h, 'SELECT * FROM users').rows.length > 0)
  })

  it('keeps answers right when host databases are evicted and reused (no rows leak between hosts)', () => {
    const hosts = Array.from({ length: 12 }, (_, i) => host(100 + i, 'ubuntu'))
    for (let round = 0; round < 2; round++) {
      for (const h of hosts) {
        const r = engine.query(h, 'SELECT hostname FROM system_info')
        assert.deepEqual(r.rows, [{ hostname: h.identity.hostname }])
        const users = engine.query(h, 'SELECT count(*) AS n FROM users')
        assert.equal(users.rows[0].n, String(h.rows('users').length))
      }
    }
    assert.ok(engine.cachedDatabases <= 4)
  })

  it('reads volatile tables fresh on every query (flags follow the config)', () => {
    const h = host(5)
    const flag = () => engine.query(h, "SELECT value FROM osquery_flags WHERE name = 'distributed_interval'").rows[0].value
    assert.equal(flag(), '10')
    h.runtime = { ...h.runtime, distributedInterval: 3 }
    assert.equal(flag(), '3')
  })
})
