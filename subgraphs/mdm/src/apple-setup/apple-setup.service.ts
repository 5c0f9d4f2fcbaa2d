// Setting Apple MDM up: the DEP key pair and APNs/SCEP material (fleetctl
// generate mdm-apple), storing the material that turns MDM on, and the SAML
// IdP for end-user authentication. Keys are returned to the caller or stored,
// never logged.
import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto'
import { ADMINS, invalidArgument, mdmNotConfigured, requireDevice, requireRole, requireViewer, validationFailed, type FieldError } from '@fleetgraph/subgraph-kit'
import type { MdmContext } from '../context.js'
import { generateApnsAndScep, generateDepKeyPair, normalizeCertificatePem } from '../apple/certificates.js'
import { manualEnrollmentProfile } from '../apple/enrollment-profile.js'
import type { AppleMdmAssetsInput, AppleMdmCsr, DepKeyPair, MdmSsoSettingsInput } from './apple-setup.type.js'

const b64 = (pem: string) => Buffer.from(pem).toString('base64')

/** A certificate and the key that belongs to it; the problems, if any, under the given field names. */
function checkPair(certPem: string, keyPem: string, certField: string, keyField: string): FieldError[] {
  let cert: X509Certificate
  try { cert = new X509Certificate(certPem) } catch { return [{ name: certField, reason: 'is not a PEM certificate' }] }
  let key
  try { key = createPrivateKey(keyPem) } catch { return [{ name: keyField, reason: 'is not a PEM private key' }] }
  if (!cert.checkPrivateKey(key)) return [{ name: keyField, reason: `does not match ${certField}` }]
  if (new Date(cert.validTo).getTime() < Date.now()) return [{ name: certField, reason: `expired on ${cert.validTo}` }]
  return []
}

export class AppleSetupService {
  /** Fleet checks no role here: any signed-in user may generate a key pair (nothing is stored). */
  async depKeyPair(ctx: MdmContext): Promise<DepKeyPair> {
    requireViewer(ctx)
    const pair = await generateDepKeyPair()
    return { publicKey: b64(pair.publicKeyPem), privateKey: b64(pair.privateKeyPem) }
  }

  async requestCsr(ctx: MdmContext, email: string | null | undefined, organization: string | null | undefined): Promise<AppleMdmCsr> {
    requireRole(ctx, ADMINS)
    const r = await generateApnsAndScep({ email: email ?? undefined, organization: organization ?? undefined })
    return { apnsKey: b64(r.apnsKeyPem), scepCert: b64(r.scepCertPem), scepKey: b64(r.scepKeyPem), apnsCsr: b64(r.apnsCsrPem) }
  }

  /** Stores APNs and SCEP material (each certificate with its key) and turns Apple MDM on. */
  async configure(ctx: MdmContext, input: AppleMdmAssetsInput): Promise<boolean> {
    requireRole(ctx, ADMINS)
    const problems = [
      ...checkPair(input.apnsCertPem, input.apnsKeyPem, 'apns_cert', 'apns_key'),
      ...checkPair(input.scepCertPem, input.scepKeyPem, 'scep_cert', 'scep_key'),
    ]
    if (problems.length) throw validationFailed(problems)
    const { mdm } = await ctx.repos.appleSetup.instance()
    await ctx.repos.appleSetup.save(
      { apns_cert: input.apnsCertPem, apns_key: input.apnsKeyPem, scep_cert: input.scepCertPem, scep_key: input.scepKeyPem },
      {
        enabled_and_configured: true,
        enrollment_profile_token: mdm.enrollment_profile_token ?? randomBytes(24).toString('base64url'),
        scep_challenge: mdm.scep_challenge ?? randomBytes(24).toString('base64url'),
      },
    )
    return true
  }

  /** Fleet Desktop's manual enrollment profile for the calling device: base64 of the .mobileconfig. */
  async deviceEnrollmentProfile(ctx: MdmContext): Promise<string> {
    requireDevice(ctx)
    const { mdm, serverUrl, orgName } = await ctx.repos.appleSetup.instance()
    if (mdm.enabled_and_configured !== true) throw mdmNotConfigured()
    const apns = await ctx.repos.appleSetup.asset('apns_cert')
    // The push topic is the APNs certificate's subject UID (com.apple.mgmt.External.<uuid>).
    const topic = apns ? /(?:^|\n)UID=([^\n]+)/.exec(new X509Certificate(apns).subject)?.[1] : undefined
    return manualEnrollmentProfile({ serverUrl, orgName, topic, scepChallenge: mdm.scep_challenge }).toString('base64')
  }

  async configureSso(ctx: MdmContext, input: MdmSsoSettingsInput): Promise<boolean> {
    requireRole(ctx, ADMINS)
    let url: URL
    try { url = new URL(input.idpSsoUrl) } catch { throw invalidArgument('idp_sso_url', 'is not a URL') }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalidArgument('idp_sso_url', 'must be http or https')
    const cert = normalizeCertificatePem(input.idpCertPem)
    if (!cert) throw invalidArgument('idp_cert', 'is not a PEM certificate')
    if (!input.entityId.trim()) throw invalidArgument('entity_id', 'must not be empty')
    await ctx.repos.appleSetup.save({ idp_cert: cert }, { end_user_authentication: { sso_url: url.toString(), entity_id: input.entityId.trim() } })
    return true
  }
}
export const appleSetupService = new AppleSetupService()
