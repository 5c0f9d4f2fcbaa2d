// The manual enrollment profile served by
// GET /device/{token}/mdm/apple/manual_enrollment_profile (attachment
// fleet-mdm-enrollment-profile.mobileconfig, Content-Type
// application/x-apple-aspen-config). Installing it makes a Mac request an
// identity certificate over SCEP and then enroll with our MDM endpoint using
// that identity, so the two payloads are tied by IdentityCertificateUUID.
import { randomUUID } from 'node:crypto'
import { badRequest } from '@fleetgraph/subgraph-kit'
import { buildPlist } from './plist.js'
import type { PlistDict } from './plist.js'

/** Fleet's identifiers for the profile and its payloads; custom profiles may not reuse them. */
export const ENROLLMENT_PROFILE_IDENTIFIER = 'com.fleetdm.fleet.mdm.apple'
export const SCEP_PAYLOAD_IDENTIFIER = 'com.fleetdm.fleet.mdm.apple.scep'
export const MDM_PAYLOAD_IDENTIFIER = 'com.fleetdm.fleet.mdm.apple.mdm'
export const FLEET_ENROLLMENT_IDENTIFIERS = [ENROLLMENT_PROFILE_IDENTIFIER, SCEP_PAYLOAD_IDENTIFIER, MDM_PAYLOAD_IDENTIFIER] as const

// Apple's MDM AccessRights bit mask: all rights (1 through 4096 ORed together),
// which Fleet requests because it manages profiles, apps, settings and more.
const ALL_ACCESS_RIGHTS = 8191
// SCEP "Key Usage": 1 signing | 4 encryption. The identity is used for both.
const SCEP_KEY_USAGE_SIGN_AND_ENCRYPT = 5
// Apple rejects identity keys other than 2048-bit RSA in this flow.
const SCEP_KEY_SIZE = 2048

export interface ManualEnrollmentProfileInput {
  /** Fleet's public URL (server_settings.server_url), possibly with a path prefix. */
  serverUrl: string
  /** Shown to the user as "<org> enrollment" and as the profile's organisation. */
  orgName: string
  /** The SCEP challenge the SCEP server expects; omitted from the payload when absent. */
  scepChallenge?: string
  /**
   * The APNs topic from the push certificate (com.apple.mgmt.External.<uuid>).
   * macOS refuses an MDM payload without one, so callers should always pass
   * it once APNs is configured; it is optional only for previews and tests.
   */
  topic?: string
}

function baseUrl(serverUrl: string): string {
  let url: URL
  try {
    url = new URL(serverUrl)
  } catch {
    throw badRequest('cannot build the enrollment profile: the server URL is not a valid URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw badRequest('cannot build the enrollment profile: the server URL must be an http(s) URL')
  }
  return url.href.replace(/[?#].*$/, '').replace(/\/+$/, '')
}

/** Payload UUIDs are upper-case by Apple convention; fresh per profile so re-installs are distinct. */
const payloadUuid = () => randomUUID().toUpperCase()

/**
 * Builds a manual-enrollment .mobileconfig (unsigned XML plist).
 *
 * @example
 *   const body = manualEnrollmentProfile({ serverUrl: cfg.serverUrl, orgName, scepChallenge, topic })
 *   ctx.set('Content-Disposition', 'attachment;fileName=fleet-mdm-enrollment-profile.mobileconfig')
 *   ctx.body = body
 */
export function manualEnrollmentProfile(input: ManualEnrollmentProfileInput): Buffer {
  const base = baseUrl(input.serverUrl)
  const mdmUrl = `${base}/mdm/apple/mdm`
  const scepUuid = payloadUuid()

  const scepContent: PlistDict = {
    'Key Type': 'RSA',
    'Key Usage': SCEP_KEY_USAGE_SIGN_AND_ENCRYPT,
    Keysize: SCEP_KEY_SIZE,
    Subject: [[['O', 'FleetDM']], [['CN', 'FleetDM Identity']]],
    URL: `${base}/mdm/apple/scep`,
  }
  if (input.scepChallenge !== undefined) scepContent.Challenge = input.scepChallenge

  const mdmPayload: PlistDict = {
    AccessRights: ALL_ACCESS_RIGHTS,
    CheckInURL: mdmUrl,
    CheckOutWhenRemoved: true,
    IdentityCertificateUUID: scepUuid,
    PayloadIdentifier: MDM_PAYLOAD_IDENTIFIER,
    PayloadType: 'com.apple.mdm',
    PayloadUUID: payloadUuid(),
    PayloadVersion: 1,
    ServerCapabilities: ['com.apple.mdm.per-user-connections'],
    ServerURL: mdmUrl,
    // Devices sign each message with the SCEP identity, so the server can
    // authenticate check-ins without client TLS certificates.
    SignMessage: true,
  }
  if (input.topic !== undefined) mdmPayload.Topic = input.topic

  return buildPlist({
    PayloadContent: [
      {
        PayloadContent: scepContent,
        PayloadIdentifier: SCEP_PAYLOAD_IDENTIFIER,
        PayloadType: 'com.apple.security.scep',
        PayloadUUID: scepUuid,
        PayloadVersion: 1,
      },
      mdmPayload,
    ],
    PayloadDisplayName: `${input.orgName} enrollment`,
    PayloadIdentifier: ENROLLMENT_PROFILE_IDENTIFIER,
    PayloadOrganization: input.orgName,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: payloadUuid(),
    PayloadVersion: 1,
  })
}
