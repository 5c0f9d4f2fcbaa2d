// SAML 2.0 for SSO during DEP enrollment (POST /mdm/sso and /mdm/sso/callback).
// We are the service provider: we send an AuthnRequest with the HTTP-Redirect
// binding and receive the IdP's Response with the HTTP-POST binding.
//
// Errors, so the callback route can answer as Fleet does:
//  - BAD_REQUEST: the SAMLResponse cannot be decoded or is not a SAML Response
//    (Fleet: 400), or SSO is misconfigured (bad IdP certificate or URL).
//  - UNAUTHENTICATED: a well-formed response that does not authenticate anyone:
//    unsigned, bad or foreign signature, tampered, expired, wrong audience,
//    non-Success status (Fleet: 303 to the UI with an error).
import { randomBytes } from 'node:crypto'
import { deflateRawSync } from 'node:zlib'
import { SignedXml } from 'xml-crypto'
import { FleetError, badRequest } from '@fleetgraph/subgraph-kit'
import { normalizeCertificatePem } from './certificates.js'
import { decodeBase64Strict } from './encoding.js'
import { XmlError, allElements, childElements, elementText, escapeXml, optionalChild, parseXmlStrict } from './xml.js'

const PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol'
const ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion'
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#'
const STATUS_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success'
const ALLOWED_SIGNATURE_METHODS = new Set([
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1', // still the default of several IdPs
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
])
// Real responses are a few KiB; the bound keeps parsing cheap for junk.
export const MAX_SAML_RESPONSE_BYTES = 1024 * 1024
// Tolerated clock difference between us and the IdP (3 minutes, as Fleet's SAML library).
export const CLOCK_SKEW_MS = 180_000

export interface AuthnRequestInput {
  /** The IdP's SSO URL (HTTP-Redirect binding), e.g. from its metadata. */
  idpSsoUrl: string
  /** Our entity ID (Fleet's sso_settings.entity_id). */
  issuer: string
  /** Where the IdP must POST the response: <server>/api/v1/fleet/mdm/sso/callback. */
  acsUrl: string
  relayState?: string
  now?: Date
}

/**
 * Builds the redirect URL that starts SSO. Keep `requestId` (e.g. in the
 * session store) to match the response's InResponseTo.
 *
 * @example
 *   const { url, requestId } = buildAuthnRequestUrl({ idpSsoUrl, issuer: entityId, acsUrl })
 *   await sessions.put(requestId, ttl)
 *   return { url }
 */
export function buildAuthnRequestUrl(input: AuthnRequestInput): { url: string; requestId: string } {
  let target: URL
  try {
    target = new URL(input.idpSsoUrl)
  } catch {
    throw badRequest('SSO is misconfigured: the identity provider URL is not a valid URL')
  }
  // IDs must start with a letter or underscore (xs:ID) and be unguessable.
  const requestId = `_${randomBytes(20).toString('hex')}`
  const issueInstant = (input.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const xml =
    `<samlp:AuthnRequest xmlns:samlp="${PROTOCOL_NS}" xmlns:saml="${ASSERTION_NS}" ID="${requestId}" Version="2.0"` +
    ` IssueInstant="${issueInstant}" Destination="${escapeXml(input.idpSsoUrl)}"` +
    ` AssertionConsumerServiceURL="${escapeXml(input.acsUrl)}" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST">` +
    `<saml:Issuer>${escapeXml(input.issuer)}</saml:Issuer>` +
    '<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified" AllowCreate="true"/>' +
    '</samlp:AuthnRequest>'
  // HTTP-Redirect binding (SAML bindings §3.4.4.1): DEFLATE without zlib header, then base64.
  target.searchParams.append('SAMLRequest', deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'))
  if (input.relayState !== undefined) target.searchParams.append('RelayState', input.relayState)
  return { url: target.toString(), requestId }
}

export interface SamlIdentity {
  nameId: string
  attributes: Record<string, string[]>
  sessionIndex?: string
  /** The AuthnRequest ID this answers; undefined for IdP-initiated logins. */
  inResponseTo?: string
}

export interface ValidateSamlOptions {
  /** The IdP signing certificate, PEM or bare base64 from metadata. */
  idpCertPem: string
  /** Our entity ID; when set, the assertion must be restricted to it. */
  audience?: string
  now?: Date
}

const unauthenticated = (reason: string) => new FleetError('UNAUTHENTICATED', reason)

function parse(xml: string, what: string): Document {
  try {
    return parseXmlStrict(xml, { allowDoctype: false })
  } catch (err) {
    if (err instanceof XmlError) throw badRequest(`${what} is not valid XML: ${err.message}`)
    throw err
  }
}

function idOf(el: Element): string {
  return el.getAttribute('ID') ?? ''
}

/**
 * Verifies the enveloped signature `sig` of `el` against the IdP certificate
 * and returns the canonical XML that the signature covers. Only that XML is
 * read afterwards, so content smuggled next to the signed element (signature
 * wrapping) is never used.
 */
function verifiedXml(fullXml: string, el: Element, sig: Element, certPem: string): string {
  const id = idOf(el)
  const signedInfo = optionalChild(sig, DSIG_NS, 'SignedInfo')
  const refs = signedInfo ? childElements(signedInfo, DSIG_NS, 'Reference') : []
  if (!id || refs.length !== 1 || refs[0].getAttribute('URI') !== `#${id}`) {
    throw unauthenticated(`the SAML signature does not cover the ${el.localName} it is attached to`)
  }
  const method = signedInfo && optionalChild(signedInfo, DSIG_NS, 'SignatureMethod')?.getAttribute('Algorithm')
  if (!method || !ALLOWED_SIGNATURE_METHODS.has(method)) throw unauthenticated('unsupported SAML signature algorithm')
  const sameId = allElements(el.ownerDocument.documentElement).filter((e) => ['ID', 'Id', 'id'].some((a) => e.getAttribute(a) === id))
  if (sameId.length !== 1) throw unauthenticated('the SAML response contains several elements with the signed ID')

  // getCertFromKeyInfo: never trust a certificate that travels with the message.
  const verifier = new SignedXml({ publicCert: certPem, getCertFromKeyInfo: () => null })
  let ok = false
  try {
    verifier.loadSignature(sig)
    ok = verifier.checkSignature(fullXml)
  } catch {
    ok = false
  }
  const signed = ok ? verifier.getSignedReferences() : []
  if (signed.length !== 1) throw unauthenticated('the SAML signature is not valid for the configured identity provider certificate')
  return signed[0]
}

function checkStatus(response: Element): void {
  const status = optionalChild(response, PROTOCOL_NS, 'Status')
  const code = status && optionalChild(status, PROTOCOL_NS, 'StatusCode')?.getAttribute('Value')
  if (code !== STATUS_SUCCESS) {
    throw unauthenticated(`the identity provider did not authenticate the user (status ${code ? code.split(':').pop() : 'missing'})`)
  }
}

function time(value: string | null, what: string): number | undefined {
  if (!value) return undefined
  const t = Date.parse(value)
  if (Number.isNaN(t)) throw unauthenticated(`invalid ${what} in the SAML assertion`)
  return t
}

function checkConditions(assertion: Element, now: number, audience?: string): void {
  const conditions = optionalChild(assertion, ASSERTION_NS, 'Conditions')
  const notBefore = time(conditions?.getAttribute('NotBefore') ?? null, 'NotBefore')
  if (notBefore !== undefined && now + CLOCK_SKEW_MS < notBefore) throw unauthenticated('the SAML assertion is not valid yet')
  const notOnOrAfter = time(conditions?.getAttribute('NotOnOrAfter') ?? null, 'NotOnOrAfter')
  if (notOnOrAfter !== undefined && now - CLOCK_SKEW_MS >= notOnOrAfter) throw unauthenticated('the SAML assertion has expired')
  if (audience !== undefined) {
    const audiences = (conditions ? childElements(conditions, ASSERTION_NS, 'AudienceRestriction') : [])
      .flatMap((r) => childElements(r, ASSERTION_NS, 'Audience').map((a) => elementText(a).trim()))
    if (!audiences.includes(audience)) throw unauthenticated('the SAML assertion is not intended for this service provider (audience mismatch)')
  }
}

function readIdentity(assertion: Element, now: number): SamlIdentity {
  const subject = optionalChild(assertion, ASSERTION_NS, 'Subject')
  const nameIdEl = subject && optionalChild(subject, ASSERTION_NS, 'NameID')
  const nameId = nameIdEl ? elementText(nameIdEl).trim() : ''
  if (!nameId) throw unauthenticated('the SAML assertion has no NameID')
  let inResponseTo: string | undefined
  for (const conf of childElements(subject as Element, ASSERTION_NS, 'SubjectConfirmation')) {
    const data = optionalChild(conf, ASSERTION_NS, 'SubjectConfirmationData')
    const expires = time(data?.getAttribute('NotOnOrAfter') ?? null, 'SubjectConfirmationData NotOnOrAfter')
    if (expires !== undefined && now - CLOCK_SKEW_MS >= expires) throw unauthenticated('the SAML assertion has expired')
    inResponseTo ??= data?.getAttribute('InResponseTo') || undefined
  }
  const attributes: Record<string, string[]> = Object.create(null)
  for (const statement of childElements(assertion, ASSERTION_NS, 'AttributeStatement')) {
    for (const attr of childElements(statement, ASSERTION_NS, 'Attribute')) {
      const name = attr.getAttribute('Name') ?? ''
      const values = childElements(attr, ASSERTION_NS, 'AttributeValue').map((v) => elementText(v))
      attributes[name] = [...(attributes[name] ?? []), ...values]
    }
  }
  const authn = childElements(assertion, ASSERTION_NS, 'AuthnStatement')[0]
  const sessionIndex = authn?.getAttribute('SessionIndex') || undefined
  return { nameId, attributes: { ...attributes }, sessionIndex, inResponseTo }
}

/**
 * Validates the base64 `SAMLResponse` posted to the ACS URL and returns who
 * logged in. The Response or its Assertion (or both) must carry a valid
 * enveloped signature by the configured IdP certificate.
 *
 * @example
 *   const who = validateSamlResponse(form.SAMLResponse, { idpCertPem, audience: entityId })
 *   if (who.inResponseTo && !(await sessions.take(who.inResponseTo))) throw ...
 *   issueEnrollmentToken(who.nameId)
 */
export function validateSamlResponse(base64Response: string, opts: ValidateSamlOptions): SamlIdentity {
  const certPem = normalizeCertificatePem(opts.idpCertPem)
  if (!certPem) throw badRequest('SSO is misconfigured: the identity provider certificate could not be read')
  const decoded = decodeBase64Strict(typeof base64Response === 'string' ? base64Response : '', MAX_SAML_RESPONSE_BYTES)
  if (!decoded.ok) throw badRequest(decoded.error === 'too_large' ? 'SAMLResponse is too large' : 'SAMLResponse is not valid base64')
  const xml = decoded.bytes.toString('utf8')
  const response = parse(xml, 'SAMLResponse').documentElement
  if (response.localName !== 'Response' || response.namespaceURI !== PROTOCOL_NS) throw badRequest('SAMLResponse is not a SAML 2.0 Response')

  try {
    // Status first: IdPs often leave error responses unsigned, and a
    // non-Success answer is refused whatever its signature says.
    checkStatus(response)
    if (childElements(response, ASSERTION_NS, 'EncryptedAssertion').length) {
      throw badRequest('encrypted SAML assertions are not supported: turn off assertion encryption for this app in the identity provider')
    }
    const assertions = childElements(response, ASSERTION_NS, 'Assertion')
    if (assertions.length !== 1) throw badRequest(`a SAML Response must contain exactly one Assertion, found ${assertions.length}`)
    const responseSig = optionalChild(response, DSIG_NS, 'Signature')
    const assertionSig = optionalChild(assertions[0], DSIG_NS, 'Signature')
    if (!responseSig && !assertionSig) throw unauthenticated('the SAML response is not signed')

    // Every signature present must verify; the assertion is read from signed bytes only.
    const signedResponse = responseSig && verifiedXml(xml, response, responseSig, certPem)
    const signedAssertion = assertionSig && verifiedXml(xml, assertions[0], assertionSig, certPem)
    const assertion = signedAssertion
      ? parse(signedAssertion, 'the signed Assertion').documentElement
      : childElements(parse(signedResponse as string, 'the signed Response').documentElement, ASSERTION_NS, 'Assertion')[0]
    if (!assertion || assertion.localName !== 'Assertion' || assertion.namespaceURI !== ASSERTION_NS || idOf(assertion) !== idOf(assertions[0])) {
      throw unauthenticated('the signed content is not the SAML assertion')
    }
    const now = (opts.now ?? new Date()).getTime()
    checkConditions(assertion, now, opts.audience)
    return readIdentity(assertion, now)
  } catch (err) {
    if (err instanceof XmlError) throw badRequest(`malformed SAMLResponse: ${err.message}`)
    throw err
  }
}
