import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { extensionsFor, extensionsPlatform, notificationsFor, orbitConfigOf, type MdmFacts } from './orbit-config.js'

describe("orbit config rules (Fleet's GetOrbitConfig)", () => {
  it('names the extensions platform from osquery platform and CPU, as FilterByHostPlatform', () => {
    assert.equal(extensionsPlatform('darwin', 'arm64e'), 'macos')
    assert.equal(extensionsPlatform('ubuntu', 'x86_64'), 'linux')
    assert.equal(extensionsPlatform('rhel', 'aarch64'), 'linux-arm64')
    assert.equal(extensionsPlatform('windows', 'AMD64'), 'windows')
    assert.equal(extensionsPlatform('windows', 'ARM'), 'windows-arm64')
    assert.equal(extensionsPlatform('ubuntu', ''), 'ubuntu') // no CPU reported yet: no extension applies
  })

  it("keeps the extensions for the host's platform; on Premium only those whose labels it has, label names removed", () => {
    const ext = {
      mac: { platform: 'macos', channel: 'stable' },
      linux: { platform: 'linux', channel: 'stable' },
      labelled: { platform: 'macos', channel: 'edge', labels: ['A', 'B'] },
    }
    const mac = { platform: 'darwin', cpu_type: 'arm64' }
    assert.deepEqual(extensionsFor(ext, mac, true, new Set(['A'])), { mac: { platform: 'macos', channel: 'stable' } })
    assert.deepEqual(extensionsFor(ext, mac, true, new Set(['A', 'B'])), {
      mac: { platform: 'macos', channel: 'stable' }, labelled: { platform: 'macos', channel: 'edge' },
    })
    // Free: labels are not a filter (and are sent as stored)
    assert.deepEqual(Object.keys(extensionsFor(ext, mac, false, new Set()) ?? {}), ['mac', 'labelled'])
    assert.equal(extensionsFor(ext, { platform: 'windows', cpu_type: 'x86_64' }, true, new Set()), null)
    assert.equal(extensionsFor('not an object', mac, true, new Set()), null)
  })

  it('notifies a Mac only while Apple MDM is set up and osquery enrolled it', () => {
    const facts = (over: Partial<MdmFacts> = {}, host: Partial<MdmFacts['host']> = {}): MdmFacts => ({
      appleMdmConfigured: true, migrationEnabled: true,
      host: { platform: 'darwin', osquery_enrolled: true, dep_assigned_to_fleet: true, ...host },
      hostMdm: { enrolled: true, name: 'Jamf' }, ...over,
    })
    assert.deepEqual(notificationsFor(facts()), { renewEnrollmentProfile: false, needsMdmMigration: true })
    assert.deepEqual(notificationsFor(facts({ migrationEnabled: false })), { renewEnrollmentProfile: false, needsMdmMigration: false })
    assert.deepEqual(notificationsFor(facts({ hostMdm: { enrolled: false, name: '' } })), { renewEnrollmentProfile: true, needsMdmMigration: false })
    assert.deepEqual(notificationsFor(facts({ hostMdm: { enrolled: true, name: 'Fleet' } })), { renewEnrollmentProfile: false, needsMdmMigration: false })
    for (const f of [facts({ appleMdmConfigured: false }), facts({}, { osquery_enrolled: false }), facts({}, { platform: 'windows' })]) {
      assert.deepEqual(notificationsFor(f), { renewEnrollmentProfile: false, needsMdmMigration: false })
    }
  })

  it('reads flags, timeout and update channels from the agent options, ignoring values of the wrong type', () => {
    const n = { renewEnrollmentProfile: false, needsMdmMigration: false }
    assert.deepEqual(orbitConfigOf({ command_line_flags: { verbose: true }, script_execution_timeout: 90, update_channels: { orbit: 'edge' } }, null, n), {
      commandLineStartupFlags: { verbose: true }, extensions: null, scriptExecutionTimeout: 90,
      updateChannels: { orbit: 'edge', osqueryd: '', desktop: '' }, notifications: n,
    })
    assert.deepEqual(orbitConfigOf({ command_line_flags: ['x'], script_execution_timeout: 'soon', update_channels: 3 }, null, n), {
      commandLineStartupFlags: null, extensions: null, scriptExecutionTimeout: null, updateChannels: null, notifications: n,
    })
    assert.deepEqual(orbitConfigOf(null, null, n).commandLineStartupFlags, null)
  })
})
