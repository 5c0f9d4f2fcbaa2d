// Validation of custom configuration profiles (.mobileconfig), as
// POST /mdm/apple/profiles/batch and /profiles/preassign receive them: base64
// strings in JSON. Fleet's rules (server/fleet/mobileconfig.go and
// BatchSetMDMAppleProfiles): an XML plist whose top level has PayloadType
// "Configuration", a PayloadIdentifier and a PayloadDisplayName, no payloads
// Fleet manages itself, and no two profiles of a batch sharing an identifier
// or a name. Every failure is a 422 on `profiles[i]`, and the whole batch is
// checked before the caller stores anything.
import { createHash } from 'node:crypto'
import { validationFailed, invalidArgument } from '@fleetgraph/subgraph-kit'
import { decodeBase64Strict } from './encoding.js'
import { FLEET_ENROLLMENT_IDENTIFIERS } from './enrollment-profile.js'
import { PlistError, isPlistDict, parsePlist } from './plist.js'
import type { PlistDict, PlistValue } from './plist.js'

/** One profile ready to store. `checksum` is MD5 hex, as Fleet's `checksum` column holds. */
export interface ParsedProfile {
  identifier: string
  name: string
  mobileconfig: Buffer
  checksum: string
}

// Bounds so that one request cannot make the service hold gigabytes: real
// profiles are a few KiB, and Fleet's UI shows far fewer than 1,000 per team.
export const MAX_PROFILES_PER_BATCH = 1000
export const MAX_PROFILE_BYTES = 1024 * 1024

// Payloads Fleet delivers itself (mobileconfig.FleetPayloadTypes, plus the MDM
// enrollment payload: a second com.apple.mdm payload would try to re-enroll
// the device with another server). A custom profile carrying one would fight
// Fleet's own FileVault and enrollment profiles.
export const RESERVED_PAYLOAD_TYPES: ReadonlySet<string> = new Set([
  'com.apple.mdm',
  'com.apple.security.FDERecoveryKeyEscrow',
  'com.apple.security.FDERecoveryRedirect',
  'com.apple.MCX.FileVault2',
])
// mobileconfig.FleetPayloadIdentifiers plus the identifiers of our enrollment profile.
export const RESERVED_PAYLOAD_IDENTIFIERS: ReadonlySet<string> = new Set([
  'com.fleetdm.fleet.mdm.filevault',
  'com.fleetdm.fleetd.config',
  'com.fleetdm.caroot',
  ...FLEET_ENROLLMENT_IDENTIFIERS,
])
// mdm.FleetReservedProfileNames for macOS.
export const RESERVED_PROFILE_NAMES: ReadonlySet<string> = new Set(['Disk encryption', 'Fleetd configuration'])

/** The reason a profile is refused; turned into a 422 on the right field. */
class ProfileRejection extends Error {}

function decode(base64: unknown): Buffer {
  if (typeof base64 !== 'string') throw new ProfileRejection('must be a base64-encoded .mobileconfig string')
  const r = decodeBase64Strict(base64, MAX_PROFILE_BYTES)
  if (r.ok) return r.bytes
  throw new ProfileRejection(r.error === 'too_large'
    ? `profile is larger than ${MAX_PROFILE_BYTES} bytes (1 MiB) once decoded`
    : 'not valid base64: encode the .mobileconfig file with standard base64')
}

function readPlist(bytes: Buffer): PlistDict {
  const start = bytes.subarray(0, 64).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart()
  if (bytes.length > 1 && bytes[0] === 0x30 && (bytes[1] & 0x80) !== 0) {
    // A DER/BER SEQUENCE with a long or indefinite length: a CMS (PKCS#7)
    // signed profile, as `security cms -S` writes. We do not unwrap those.
    throw new ProfileRejection('signed configuration profiles are not supported: upload the unsigned .mobileconfig')
  }
  if (!start.startsWith('<') && !start.startsWith('bplist')) {
    throw new ProfileRejection('not a configuration profile: expected an XML property list (.mobileconfig)')
  }
  let top: PlistValue
  try {
    top = parsePlist(bytes)
  } catch (err) {
    if (err instanceof PlistError) throw new ProfileRejection(err.message)
    throw err
  }
  if (!isPlistDict(top)) throw new ProfileRejection('the top level of a configuration profile must be a <dict>')
  return top
}

const str = (v: PlistValue | undefined): string => (typeof v === 'string' ? v : '')

/** Fleet's ScreenPayloads: refuse payloads that Fleet itself manages. */
function screenPayloads(top: PlistDict): void {
  const identifier = str(top.PayloadIdentifier)
  if (RESERVED_PAYLOAD_IDENTIFIERS.has(identifier)) throw new ProfileRejection(`payload identifier ${identifier} is not allowed`)
  const name = str(top.PayloadDisplayName)
  if (RESERVED_PROFILE_NAMES.has(name)) throw new ProfileRejection(`payload display name ${name} is not allowed`)

  const content = top.PayloadContent
  if (content === undefined) return
  if (!Array.isArray(content) || !content.every(isPlistDict)) {
    throw new ProfileRejection('PayloadContent must be an array of payload dictionaries')
  }
  const items = content as PlistDict[]
  const screened = (key: string, reserved: ReadonlySet<string>) =>
    items.map((p) => str(p[key])).filter((v) => reserved.has(v))
  const types = screened('PayloadType', RESERVED_PAYLOAD_TYPES)
  if (types.length) throw new ProfileRejection(`unsupported PayloadType(s): ${types.join(', ')}`)
  const ids = screened('PayloadIdentifier', RESERVED_PAYLOAD_IDENTIFIERS)
  if (ids.length) throw new ProfileRejection(`unsupported PayloadIdentifier(s): ${ids.join(', ')}`)
  const names = screened('PayloadDisplayName', RESERVED_PROFILE_NAMES)
  if (names.length) throw new ProfileRejection(`unsupported PayloadDisplayName(s): ${names.join(', ')}`)
}

function checkProfile(base64: unknown): ParsedProfile {
  const mobileconfig = decode(base64)
  const top = readPlist(mobileconfig)
  // Same order and wording as Fleet's ParseConfigProfile.
  if (top.PayloadType !== 'Configuration') throw new ProfileRejection(`invalid PayloadType: ${str(top.PayloadType)}`)
  const identifier = str(top.PayloadIdentifier)
  if (!identifier) throw new ProfileRejection('empty PayloadIdentifier in profile')
  const name = str(top.PayloadDisplayName)
  if (!name) throw new ProfileRejection('empty PayloadDisplayName in profile')
  screenPayloads(top)
  const checksum = createHash('md5').update(mobileconfig).digest('hex')
  return { identifier, name, mobileconfig, checksum }
}

/**
 * Validates one base64 .mobileconfig. `field` names the input in the 422
 * (`profile` for preassign, `profiles[3]` inside a batch).
 *
 * @example
 *   const p = parseProfile(body.profile, 'profile')
 *   await repo.preassign(hostUuid, p.identifier, p.mobileconfig, p.checksum)
 */
export function parseProfile(base64: unknown, field: string): ParsedProfile {
  try {
    return checkProfile(base64)
  } catch (err) {
    if (err instanceof ProfileRejection) throw invalidArgument(field, err.message)
    throw err
  }
}

/**
 * Validates a whole batch before anything is stored: every profile on its own,
 * then the uniqueness of names and identifiers (Fleet checks names first).
 * An empty batch is valid and means "remove every profile".
 *
 * @example
 *   const profiles = parseProfileBatch(body.profiles)
 *   if (!dryRun) await repo.replaceTeamProfiles(teamId, profiles)
 */
export function parseProfileBatch(base64s: readonly unknown[]): ParsedProfile[] {
  if (!Array.isArray(base64s)) throw invalidArgument('profiles', 'must be an array of base64-encoded .mobileconfig strings')
  if (base64s.length > MAX_PROFILES_PER_BATCH) {
    throw invalidArgument('profiles', `too many profiles: ${base64s.length} (at most ${MAX_PROFILES_PER_BATCH} per request)`)
  }
  const byName = new Set<string>()
  const byIdentifier = new Set<string>()
  return base64s.map((b64, i) => {
    const field = `profiles[${i}]`
    const p = parseProfile(b64, field)
    if (byName.has(p.name)) {
      throw validationFailed([{ name: field, reason: `Couldn’t edit custom_settings. More than one configuration profile have the same name (PayloadDisplayName): ${JSON.stringify(p.name)}` }])
    }
    byName.add(p.name)
    if (byIdentifier.has(p.identifier)) {
      throw validationFailed([{ name: field, reason: `Couldn’t edit custom_settings. More than one configuration profile have the same identifier (PayloadIdentifier): ${JSON.stringify(p.identifier)}` }])
    }
    byIdentifier.add(p.identifier)
    return p
  })
}
