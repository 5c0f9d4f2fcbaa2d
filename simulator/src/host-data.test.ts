import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { HostData } from './host-data.js'
import { PLATFORMS, TABLES, tablesFor } from './tables.js'

const EPOCH = 1_700_000_000
const STATIC = TABLES.filter((t) => !t.volatile).map((t) => t.name)
const snapshot = (h: HostData) => Object.fromEntries(STATIC.map((t) => [t, h.rows(t, EPOCH * 1000)]))

describe('HostData', () => {
  it('rebuilds exactly the same host from the same seed and index', () => {
    for (const platform of PLATFORMS) {
      assert.deepEqual(snapshot(new HostData(1, 42, platform, EPOCH)), snapshot(new HostData(1, 42, platform, EPOCH)))
    }
  })

  it('gives every host its own hostname, uuid and serial', () => {
    const hosts = Array.from({ length: 2000 }, (_, i) => new HostData(1, i, PLATFORMS[i % 4], EPOCH))
    for (const field of ['hostname', 'uuid', 'serial'] as const) {
      const values = hosts.map((h) => h.identity[field]).filter(Boolean)
      assert.equal(new Set(values).size, values.length, `${field} repeats`)
    }
  })

  it('differs between seeds', () => {
    const a = new HostData(1, 5, 'darwin', EPOCH), b = new HostData(2, 5, 'darwin', EPOCH)
    assert.notEqual(a.identity.uuid, b.identity.uuid)
    assert.notDeepEqual(a.rows('processes'), b.rows('processes'))
  })

  it('looks like its platform', () => {
    const mac = new HostData(1, 1, 'darwin', EPOCH).rows('system_info')[0]
    assert.equal(mac.hardware_vendor, 'Apple Inc.')
    assert.match(String(mac.hostname), /\.local$/)
    const win = new HostData(1, 2, 'windows', EPOCH)
    assert.match(String(win.rows('processes').find((p) => p.name === 'explorer.exe')?.path), /^C:\\Windows\\/)
    assert.equal(win.rows('os_version')[0].platform, 'windows')
    const ubuntu = new HostData(1, 0, 'ubuntu', EPOCH).rows('os_version')[0]
    assert.deepEqual([ubuntu.name, ubuntu.platform_like], ['Ubuntu', 'debian'])
    const centos = new HostData(1, 3, 'centos', EPOCH).rows('os_version')[0]
    assert.deepEqual([centos.platform, centos.platform_like], ['centos', 'rhel'])
  })

  it('fills every table of its platform with rows of the declared columns', () => {
    for (const platform of PLATFORMS) {
      const h = new HostData(3, 9, platform, EPOCH)
      for (const def of tablesFor(platform)) {
        const rows = h.rows(def.name)
        if (def.name === 'osquery_schedule' || def.name === 'battery' || def.name === 'logged_in_users') continue
        assert.ok(rows.length > 0, `${platform}.${def.name} is empty`)
        const columns = new Set(def.columns.map(([c]) => c))
        for (const k of Object.keys(rows[0])) assert.ok(columns.has(k), `${platform}.${def.name} has undeclared column ${k}`)
      }
    }
  })

  it('sends enrollment host_details as strings, as osquery does', () => {
    const details = new HostData(1, 0, 'ubuntu', EPOCH).hostDetails()
    assert.deepEqual(Object.keys(details).sort(), ['os_version', 'osquery_info', 'platform_info', 'system_info'])
    for (const table of Object.values(details)) for (const v of Object.values(table)) assert.equal(typeof v, 'string')
    assert.equal(details.osquery_info.version, '5.12.1')
  })

  it('computes uptime from boot time and the clock', () => {
    const h = new HostData(1, 0, 'ubuntu', EPOCH)
    const a = h.rows('uptime', EPOCH * 1000)[0], b = h.rows('uptime', (EPOCH + 90) * 1000)[0]
    assert.equal(Number(b.total_seconds) - Number(a.total_seconds), 90)
  })
})
