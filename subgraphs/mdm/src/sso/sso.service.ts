// End-user authentication during DEP enrollment (Fleet Premium): start builds
// the IdP redirect and remembers the request; the callback checks the IdP's
// signed response and sends the browser to the UI with the enrollment tokens.
// A response that fails any check sends it there with error=true (as Fleet);
// only an undecodable post is a 400.
import { randomUUID } from 'node:crypto'
import { FleetError, mdmNotConfigured, paymentRequired, type FleetError as FE } from '@fleetgraph/subgraph-kit'
import type { MdmContext } from '../context.js'
import { buildAuthnRequestUrl, validateSamlResponse } from '../apple/saml.js'
import type { MdmSsoCallback, MdmSsoStart } from './sso.type.js'

/** An AuthnRequest may be answered within 10 minutes. */
const REQUEST_TTL_MS = 10 * 60 * 1000
const CALLBACK_PATH = '/api/v1/fleet/mdm/sso/callback'
const UI_CALLBACK_PATH = '/mdm/sso/callback'

export class SsoService {
  async start(ctx: MdmContext): Promise<MdmSsoStart> {
    const { licenseTier, serverUrl, mdm } = await ctx.repos.appleSetup.instance()
    if (licenseTier !== 'premium') throw paymentRequired()
    if (mdm.enabled_and_configured !== true) throw mdmNotConfigured()
    const sso = mdm.end_user_authentication
    if (!sso) throw new FleetError('BAD_REQUEST', 'end user authentication is not configured')
    const { url, requestId } = buildAuthnRequestUrl({ idpSsoUrl: sso.sso_url, issuer: sso.entity_id, acsUrl: serverUrl.replace(/\/$/, '') + CALLBACK_PATH })
    await ctx.repos.sso.saveRequest(requestId, REQUEST_TTL_MS)
    return { url }
  }

  async callback(ctx: MdmContext, samlResponse: string): Promise<MdmSsoCallback> {
    const { licenseTier, serverUrl, mdm } = await ctx.repos.appleSetup.instance()
    const ui = new URL(UI_CALLBACK_PATH, serverUrl || 'http://localhost')
    const fail = (): MdmSsoCallback => { ui.search = 'error=true'; return { redirectUrl: ui.toString(), ok: false } }
    if (!samlResponse) throw new FleetError('BAD_REQUEST', 'missing SAMLResponse')
    if (licenseTier !== 'premium') return fail()
    if (mdm.enabled_and_configured !== true) throw mdmNotConfigured()
    const sso = mdm.end_user_authentication
    const cert = await ctx.repos.appleSetup.asset('idp_cert')
    if (!sso || !cert) return fail()
    let identity
    try {
      identity = validateSamlResponse(samlResponse, { idpCertPem: cert.toString(), audience: sso.entity_id })
    } catch (e) {
      // Undecodable input is the caller's mistake (400); a response that does not verify goes back to the UI.
      if ((e as FE).code === 'BAD_REQUEST') throw e
      return fail()
    }
    // Only answers to requests this service made (and each once): no IdP-initiated or replayed logins.
    if (!identity.inResponseTo || !(await ctx.repos.sso.takeRequest(identity.inResponseTo))) return fail()
    const reference = randomUUID()
    const fullname = identity.attributes.displayname?.[0] ?? identity.attributes.name?.[0] ?? ''
    await ctx.repos.sso.saveAccount(reference, identity.nameId, fullname)
    ui.searchParams.set('enrollment_reference', reference)
    ui.searchParams.set('profile_token', mdm.enrollment_profile_token ?? '')
    const eula = await ctx.repos.sso.eulaToken()
    if (eula) ui.searchParams.set('eula_token', eula)
    return { redirectUrl: ui.toString(), ok: true }
  }
}
export const ssoService = new SsoService()
