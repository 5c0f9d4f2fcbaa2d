import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { FleetError } from '@fleetgraph/subgraph-kit'
import { buildPlist } from './plist.js'
import type { PlistDict } from './plist.js'
import { MAX_PROFILES_PER_BATCH, MAX_PROFILE_BYTES, parseProfile, parseProfileBatch } from './profiles.js'

function profile(name: string, identifier: string, extra: PlistDict = {}): PlistDict {
  return {
    PayloadContent: [{ PayloadType: 'com.apple.dock', PayloadIdentifier: `${identifier}.dock`, PayloadUUID: 'A', PayloadVersion: 1 }],
    PayloadDisplayName: name,
    PayloadIdentifier: identifier,
    PayloadType: 'Configuration',
    PayloadUUID: 'B',
    PayloadVersion: 1,
    ...extra,
  }
}
const b64 = (v: PlistDict | Buffer | string) =>
  (Buffer.isBuffer(v) ? v : typeof v === 'string' ? Buffer.from(v) : buildPlist(v)).toString('base64')

/** Asserts a Fleet 422 with exactly one field error and returns its reason. */
function rejection(fn: () => unknown, field: string): string {
  try {
    fn()
  } catch (err) {
    assert.ok(err instanceof FleetError, String(err))
    assert.equal(err.code, 'VALIDATION_FAILED')
    assert.equal(err.fieldErrors.length, 1)
    assert.equal(err.fieldErrors[0].name, field)
    return err.fieldErrors[0].reason
  }
  assert.fail('expected a 422')
}

describe('parseProfileBatch', () => {
  it('returns identifier, name, bytes and the MD5 checksum of each profile, in order', () => {
    const first = buildPlist(profile('Dock', 'com.example.dock'))
    const second = buildPlist(profile('Wi-Fi', 'com.example.wifi'))
    const out = parseProfileBatch([first.toString('base64'), second.toString('base64')])
    assert.deepEqual(out, [
      { identifier: 'com.example.dock', name: 'Dock', mobileconfig: first, checksum: createHash('md5').update(first).digest('hex') },
      { identifier: 'com.example.wifi', name: 'Wi-Fi', mobileconfig: second, checksum: createHash('md5').update(second).digest('hex') },
    ])
  })

  it('accepts an empty batch (it removes every profile)', () => {
    assert.deepEqual(parseProfileBatch([]), [])
  })

  it('names the index of the duplicate in a duplicate PayloadDisplayName, as Fleet does', () => {
    const reason = rejection(() => parseProfileBatch([b64(profile('N1', 'I1')), b64(profile('N1', 'I2'))]), 'profiles[1]')
    assert.equal(reason, 'Couldn’t edit custom_settings. More than one configuration profile have the same name (PayloadDisplayName): "N1"')
  })

  it('rejects a duplicate PayloadIdentifier', () => {
    const batch = [b64(profile('N1', 'I1')), b64(profile('N2', 'I2')), b64(profile('N3', 'I1'))]
    const reason = rejection(() => parseProfileBatch(batch), 'profiles[2]')
    assert.equal(reason, 'Couldn’t edit custom_settings. More than one configuration profile have the same identifier (PayloadIdentifier): "I1"')
  })

  it('rejects the whole batch when one profile is invalid, naming its index', () => {
    assert.match(rejection(() => parseProfileBatch([b64(profile('N1', 'I1')), 'not base64!']), 'profiles[1]'), /not valid base64/)
  })

  it('rejects more than 1,000 profiles before decoding any', () => {
    const batch = Array.from({ length: MAX_PROFILES_PER_BATCH + 1 }, () => 'x')
    assert.match(rejection(() => parseProfileBatch(batch), 'profiles'), /too many profiles: 1001/)
  })
})

describe('parseProfile', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['a non-string', 42, /must be a base64-encoded \.mobileconfig string/],
    ['invalid base64', 'not base64!', /not valid base64/],
    ['a profile over 1 MiB', Buffer.alloc(MAX_PROFILE_BYTES + 1, 0x20).toString('base64'), /larger than 1048576 bytes/],
    ['data that is not a plist', b64('hello world'), /not a configuration profile: expected an XML property list/],
    ['malformed XML', b64('<?xml version="1.0"?><plist><dict></plist>'), /not a valid XML property list/],
    ['a signed (CMS) profile', b64(Buffer.from([0x30, 0x80, 0x06, 0x09])), /signed configuration profiles are not supported/],
    ['a binary plist', b64(Buffer.from('bplist00\u0000\u0000')), /binary property lists are not supported/],
    ['a top level that is not a dict', b64('<plist version="1.0"><array/></plist>'), /top level of a configuration profile must be a <dict>/],
    ['a PayloadType other than Configuration', b64(profile('N', 'I', { PayloadType: 'abcd' })), /^invalid PayloadType: abcd$/],
    ['a missing PayloadType', b64({ PayloadIdentifier: 'I', PayloadDisplayName: 'N' }), /^invalid PayloadType: $/],
    ['a missing PayloadIdentifier', b64({ PayloadType: 'Configuration', PayloadDisplayName: 'N' }), /^empty PayloadIdentifier in profile$/],
    ['a missing PayloadDisplayName', b64({ PayloadType: 'Configuration', PayloadIdentifier: 'I' }), /^empty PayloadDisplayName in profile$/],
    ['a PayloadContent that is not an array of dicts', b64(profile('N', 'I', { PayloadContent: 'x' })), /PayloadContent must be an array/],
    ['a reserved top-level identifier', b64(profile('N', 'com.fleetdm.fleet.mdm.filevault')), /payload identifier com\.fleetdm\.fleet\.mdm\.filevault is not allowed/],
    ['a reserved profile name', b64(profile('Disk encryption', 'I')), /payload display name Disk encryption is not allowed/],
  ]
  for (const [what, input, reason] of cases) {
    it(`rejects ${what} with 422 on the given field`, () => {
      assert.match(rejection(() => parseProfile(input, 'profiles[0]'), 'profiles[0]'), reason)
    })
  }

  it('rejects payloads Fleet manages itself: MDM enrollment and FileVault', () => {
    const withPayloads = (...types: string[]) => b64(profile('N', 'I', {
      PayloadContent: types.map((t, i) => ({ PayloadType: t, PayloadIdentifier: `p${i}`, PayloadUUID: `${i}`, PayloadVersion: 1 })),
    }))
    assert.equal(rejection(() => parseProfile(withPayloads('com.apple.mdm'), 'profile'), 'profile'), 'unsupported PayloadType(s): com.apple.mdm')
    assert.equal(
      rejection(() => parseProfile(withPayloads('com.apple.dock', 'com.apple.MCX.FileVault2', 'com.apple.security.FDERecoveryKeyEscrow'), 'profile'), 'profile'),
      'unsupported PayloadType(s): com.apple.MCX.FileVault2, com.apple.security.FDERecoveryKeyEscrow',
    )
    const reservedId = b64(profile('N', 'I', { PayloadContent: [{ PayloadType: 'com.apple.dock', PayloadIdentifier: 'com.fleetdm.fleetd.config' }] }))
    assert.equal(rejection(() => parseProfile(reservedId, 'profile'), 'profile'), 'unsupported PayloadIdentifier(s): com.fleetdm.fleetd.config')
  })

  it('accepts a profile with a UTF-8 byte order mark and without PayloadContent', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buildPlist({ PayloadType: 'Configuration', PayloadIdentifier: 'I', PayloadDisplayName: 'Ünïcode' })])
    assert.equal(parseProfile(bom.toString('base64'), 'profile').name, 'Ünïcode')
  })
})
