import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { FleetError } from '@fleetgraph/subgraph-kit'
import { manualEnrollmentProfile } from './enrollment-profile.js'
import { isPlistDict, parsePlist } from './plist.js'
import type { PlistDict } from './plist.js'
import { parseProfile } from './profiles.js'

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/

function parse(buf: Buffer): { top: PlistDict; scep: PlistDict; mdm: PlistDict } {
  const top = parsePlist(buf)
  assert.ok(isPlistDict(top))
  const [scep, mdm] = top.PayloadContent as PlistDict[]
  return { top, scep, mdm }
}

describe('manualEnrollmentProfile', () => {
  it('builds a Configuration profile with a SCEP payload and an MDM payload bound to it', () => {
    const { top, scep, mdm } = parse(manualEnrollmentProfile({
      serverUrl: 'https://fleet.example.com/',
      orgName: 'Acme',
      scepChallenge: 'chal',
      topic: 'com.apple.mgmt.External.1234',
    }))
    assert.equal(top.PayloadType, 'Configuration')
    assert.equal(top.PayloadIdentifier, 'com.fleetdm.fleet.mdm.apple')
    assert.equal(top.PayloadDisplayName, 'Acme enrollment')
    assert.equal(top.PayloadScope, 'System')
    assert.equal(top.PayloadVersion, 1)

    assert.equal(scep.PayloadType, 'com.apple.security.scep')
    assert.deepEqual(scep.PayloadContent, {
      'Key Type': 'RSA',
      'Key Usage': 5,
      Keysize: 2048,
      Subject: [[['O', 'FleetDM']], [['CN', 'FleetDM Identity']]],
      URL: 'https://fleet.example.com/mdm/apple/scep',
      Challenge: 'chal',
    })

    assert.equal(mdm.PayloadType, 'com.apple.mdm')
    assert.equal(mdm.ServerURL, 'https://fleet.example.com/mdm/apple/mdm')
    assert.equal(mdm.CheckInURL, 'https://fleet.example.com/mdm/apple/mdm')
    assert.equal(mdm.Topic, 'com.apple.mgmt.External.1234')
    assert.equal(mdm.SignMessage, true)
    assert.equal(mdm.AccessRights, 8191)
    assert.equal(mdm.IdentityCertificateUUID, scep.PayloadUUID)
    for (const u of [top.PayloadUUID, scep.PayloadUUID, mdm.PayloadUUID]) assert.match(String(u), UUID)
  })

  it('uses fresh payload UUIDs on every call', () => {
    const a = parse(manualEnrollmentProfile({ serverUrl: 'https://f.example', orgName: 'A' }))
    const b = parse(manualEnrollmentProfile({ serverUrl: 'https://f.example', orgName: 'A' }))
    assert.notEqual(a.top.PayloadUUID, b.top.PayloadUUID)
    assert.notEqual(a.scep.PayloadUUID, b.scep.PayloadUUID)
    assert.notEqual(a.mdm.PayloadUUID, b.mdm.PayloadUUID)
  })

  it('escapes the organisation name and keeps a path prefix of the server URL', () => {
    const buf = manualEnrollmentProfile({ serverUrl: 'https://f.example/fleet//', orgName: 'Tom <&> "Jerry"' })
    const text = buf.toString('utf8')
    assert.ok(text.includes('<string>Tom &lt;&amp;&gt; &quot;Jerry&quot;</string>'))
    assert.ok(!text.includes('<&>'))
    const { top, scep, mdm } = parse(buf)
    assert.equal(top.PayloadOrganization, 'Tom <&> "Jerry"')
    assert.equal(top.PayloadDisplayName, 'Tom <&> "Jerry" enrollment')
    assert.equal((scep.PayloadContent as PlistDict).URL, 'https://f.example/fleet/mdm/apple/scep')
    assert.equal(mdm.ServerURL, 'https://f.example/fleet/mdm/apple/mdm')
  })

  it('leaves out Challenge and Topic when they are not given', () => {
    const { scep, mdm } = parse(manualEnrollmentProfile({ serverUrl: 'https://f.example', orgName: 'A' }))
    assert.equal('Challenge' in (scep.PayloadContent as PlistDict), false)
    assert.equal('Topic' in mdm, false)
  })

  it('answers 400 for a server URL that is not an http(s) URL', () => {
    for (const serverUrl of ['', 'not a url', 'ftp://f.example']) {
      assert.throws(() => manualEnrollmentProfile({ serverUrl, orgName: 'A' }), (err: unknown) =>
        err instanceof FleetError && err.code === 'BAD_REQUEST')
    }
  })

  it('is refused as a custom profile, since it reuses Fleet identifiers', () => {
    const b64 = manualEnrollmentProfile({ serverUrl: 'https://f.example', orgName: 'A' }).toString('base64')
    assert.throws(() => parseProfile(b64, 'profile'), /payload identifier com\.fleetdm\.fleet\.mdm\.apple is not allowed/)
  })
})
