import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inflateRawSync } from 'node:zlib'
import { SignedXml } from 'xml-crypto'
import { FleetError } from '@fleetgraph/subgraph-kit'
import { createSelfSignedCertificate, generateRsaKeyPem } from './certificates.js'
import { buildAuthnRequestUrl, validateSamlResponse } from './saml.js'
import { parseXmlStrict } from './xml.js'

const NOW = new Date('2024-03-01T12:00:00Z')
const AUDIENCE = 'https://fleet.example.com/api/v1/fleet/mdm/sso'
const SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256'
const SHA1 = 'http://www.w3.org/2000/09/xmldsig#rsa-sha1'
const iso = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString()

interface Idp { keyPem: string; certPem: string }
let idp: Idp
let attacker: Idp
before(async () => {
  const make = async (cn: string): Promise<Idp> => {
    const keys = await generateRsaKeyPem()
    return { keyPem: keys.privateKeyPem, certPem: await createSelfSignedCertificate({ keys, subject: { CN: cn }, validDays: 365, ca: false, now: NOW }) }
  }
  ;[idp, attacker] = await Promise.all([make('idp.example.com'), make('evil.example.com')])
})

function responseXml(o: { status?: string; nameId?: string; audience?: string; notBefore?: string; notOnOrAfter?: string; assertionId?: string } = {}): string {
  const assertionId = o.assertionId ?? '_a1'
  return `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r1" Version="2.0" IssueInstant="${iso(0)}" InResponseTo="_req1">` +
    '<saml:Issuer>https://idp.example.com</saml:Issuer>' +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:${o.status ?? 'Success'}"/></samlp:Status>` +
    `<saml:Assertion ID="${assertionId}" Version="2.0" IssueInstant="${iso(0)}">` +
    '<saml:Issuer>https://idp.example.com</saml:Issuer>' +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${o.nameId ?? 'alice@example.com'}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="_req1" NotOnOrAfter="${iso(300_000)}" Recipient="${AUDIENCE}/callback"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${o.notBefore ?? iso(-60_000)}" NotOnOrAfter="${o.notOnOrAfter ?? iso(300_000)}">` +
    `<saml:AudienceRestriction><saml:Audience>${o.audience ?? AUDIENCE}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${iso(0)}" SessionIndex="_session9"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    '<saml:AttributeStatement>' +
    '<saml:Attribute Name="email"><saml:AttributeValue>alice@example.com</saml:AttributeValue></saml:Attribute>' +
    '<saml:Attribute Name="groups"><saml:AttributeValue>admins</saml:AttributeValue><saml:AttributeValue>devs &amp; ops</saml:AttributeValue></saml:Attribute>' +
    '</saml:AttributeStatement></saml:Assertion></samlp:Response>'
}

/** Signs the Response or its Assertion the way IdPs do: enveloped, exc-c14n, after the Issuer. */
function sign(xml: string, target: 'Response' | 'Assertion', by: Idp, algorithm = SHA256): string {
  const sig = new SignedXml({ privateKey: by.keyPem, publicCert: by.certPem, signatureAlgorithm: algorithm, canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#' })
  const el = `//*[local-name(.)='${target}']`
  sig.addReference({
    xpath: el,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: algorithm === SHA1 ? 'http://www.w3.org/2000/09/xmldsig#sha1' : 'http://www.w3.org/2001/04/xmlenc#sha256',
  })
  sig.computeSignature(xml, { prefix: 'ds', location: { reference: `${el}/*[local-name(.)='Issuer']`, action: 'after' } })
  return sig.getSignedXml()
}

const b64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64')
const validate = (xml: string, opts: { now?: Date; audience?: string; idpCertPem?: string } = {}) =>
  validateSamlResponse(b64(xml), { idpCertPem: idp.certPem, audience: AUDIENCE, now: NOW, ...opts })

function rejectsWith(fn: () => unknown, code: 'BAD_REQUEST' | 'UNAUTHENTICATED', reason: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof FleetError, `not a FleetError: ${String(err)}`)
    assert.equal(err.code, code, err.message)
    assert.match(err.message, reason)
    return true
  })
}

describe('validateSamlResponse', () => {
  it('returns NameID, attributes, SessionIndex and InResponseTo of a signed Assertion (RSA-SHA256)', () => {
    const who = validate(sign(responseXml(), 'Assertion', idp))
    assert.deepEqual(who, {
      nameId: 'alice@example.com',
      attributes: { email: ['alice@example.com'], groups: ['admins', 'devs & ops'] },
      sessionIndex: '_session9',
      inResponseTo: '_req1',
    })
  })

  it('accepts a signed Response (RSA-SHA1), both signed, and the certificate as bare base64', () => {
    assert.equal(validate(sign(responseXml(), 'Response', idp, SHA1)).nameId, 'alice@example.com')
    const both = sign(sign(responseXml(), 'Assertion', idp), 'Response', idp)
    assert.equal(validate(both).nameId, 'alice@example.com')
    const bare = idp.certPem.replace(/-----[A-Z ]+-----|\s/g, '')
    assert.equal(validate(sign(responseXml(), 'Assertion', idp), { idpCertPem: bare }).nameId, 'alice@example.com')
  })

  it('rejects an unsigned response', () => {
    rejectsWith(() => validate(responseXml()), 'UNAUTHENTICATED', /not signed/)
  })

  it('rejects a signature by another key, even with its certificate in KeyInfo', () => {
    const forged = sign(responseXml(), 'Assertion', attacker)
    assert.ok(forged.includes('<ds:X509Certificate>'))
    rejectsWith(() => validate(forged), 'UNAUTHENTICATED', /signature is not valid/)
  })

  it('rejects content changed after signing', () => {
    const tampered = sign(responseXml(), 'Assertion', idp).replace('>alice@example.com</saml:NameID>', '>mallory@example.com</saml:NameID>')
    rejectsWith(() => validate(tampered), 'UNAUTHENTICATED', /signature is not valid/)
    const signedResponse = sign(responseXml(), 'Response', idp).replace('<saml:AttributeValue>admins', '<saml:AttributeValue>root')
    rejectsWith(() => validate(signedResponse), 'UNAUTHENTICATED', /signature is not valid/)
  })

  it('rejects signature wrapping: a forged Assertion next to the signed one', () => {
    const signed = sign(responseXml(), 'Assertion', idp)
    const original = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(signed)?.[0] as string
    const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(original)?.[0] as string
    const evil = responseXml({ nameId: 'mallory@example.com' })
    const evilAssertion = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(evil)?.[0] as string
    const withSig = (a: string) => a.replace('</saml:Issuer>', `</saml:Issuer>${signature}`)
    const hidden = `<samlp:Extensions>${original}</samlp:Extensions>`

    // Same ID as the signed Assertion, signature copied in, signed one hidden in Extensions.
    const sameId = signed.replace(original, withSig(evilAssertion)).replace('<samlp:Status>', `${hidden}<samlp:Status>`)
    rejectsWith(() => validate(sameId), 'UNAUTHENTICATED', /several elements with the signed ID|signature is not valid/)
    // Another ID: the copied signature references an element it is not attached to.
    const otherId = signed.replace(original, withSig(evilAssertion.replace('ID="_a1"', 'ID="_evil"'))).replace('<samlp:Status>', `${hidden}<samlp:Status>`)
    rejectsWith(() => validate(otherId), 'UNAUTHENTICATED', /does not cover the Assertion/)
  })

  it('rejects an expired assertion, tolerating 3 minutes of clock skew', () => {
    const xml = sign(responseXml({ notOnOrAfter: iso(0) }), 'Assertion', idp)
    assert.equal(validate(xml, { now: new Date(NOW.getTime() + 170_000) }).nameId, 'alice@example.com')
    rejectsWith(() => validate(xml, { now: new Date(NOW.getTime() + 181_000) }), 'UNAUTHENTICATED', /expired/)
  })

  it('rejects an assertion that is not valid yet', () => {
    const xml = sign(responseXml({ notBefore: iso(600_000) }), 'Assertion', idp)
    rejectsWith(() => validate(xml), 'UNAUTHENTICATED', /not valid yet/)
  })

  it('rejects an assertion for another audience', () => {
    const xml = sign(responseXml({ audience: 'https://other.example.com' }), 'Assertion', idp)
    rejectsWith(() => validate(xml), 'UNAUTHENTICATED', /audience mismatch/)
    assert.equal(validate(xml, { audience: undefined }).nameId, 'alice@example.com')
  })

  it('rejects a non-Success status, signed or not', () => {
    rejectsWith(() => validate(sign(responseXml({ status: 'Responder' }), 'Response', idp)), 'UNAUTHENTICATED', /status Responder/)
    rejectsWith(() => validate(responseXml({ status: 'AuthnFailed' })), 'UNAUTHENTICATED', /status AuthnFailed/)
  })

  it('answers 400 for what cannot be decoded or is not a SAML Response', () => {
    const opts = { idpCertPem: idp.certPem, now: NOW }
    rejectsWith(() => validateSamlResponse('%%% not base64', opts), 'BAD_REQUEST', /not valid base64/)
    rejectsWith(() => validateSamlResponse(b64('<<< not xml'), opts), 'BAD_REQUEST', /not valid XML/)
    rejectsWith(() => validateSamlResponse(b64('<Response/>'), opts), 'BAD_REQUEST', /not a SAML 2.0 Response/)
    rejectsWith(() => validateSamlResponse(b64(`<!DOCTYPE x>${responseXml()}`), opts), 'BAD_REQUEST', /DOCTYPE/)
    const twoAssertions = responseXml().replace('</samlp:Response>', `${/<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(responseXml())?.[0]}</samlp:Response>`)
    rejectsWith(() => validateSamlResponse(b64(twoAssertions), opts), 'BAD_REQUEST', /exactly one Assertion, found 2/)
  })

  it('answers 400, not 500, when the configured IdP certificate is unusable', () => {
    rejectsWith(() => validate(sign(responseXml(), 'Assertion', idp), { idpCertPem: 'nonsense' }), 'BAD_REQUEST', /misconfigured/)
  })
})

describe('buildAuthnRequestUrl', () => {
  it('encodes a deflated AuthnRequest with a fresh ID for the HTTP-Redirect binding', () => {
    const input = { idpSsoUrl: 'https://idp.example.com/sso?tenant=1', issuer: 'fleet & co', acsUrl: `${AUDIENCE}/callback`, relayState: 'r1', now: NOW }
    const { url, requestId } = buildAuthnRequestUrl(input)
    const parsed = new URL(url)
    assert.equal(parsed.origin + parsed.pathname, 'https://idp.example.com/sso')
    assert.equal(parsed.searchParams.get('tenant'), '1')
    assert.equal(parsed.searchParams.get('RelayState'), 'r1')
    const xml = inflateRawSync(Buffer.from(parsed.searchParams.get('SAMLRequest') as string, 'base64')).toString('utf8')
    const req = parseXmlStrict(xml, { allowDoctype: false }).documentElement
    assert.equal(req.localName, 'AuthnRequest')
    assert.equal(req.getAttribute('ID'), requestId)
    assert.match(requestId, /^_[0-9a-f]{40}$/)
    assert.equal(req.getAttribute('IssueInstant'), '2024-03-01T12:00:00Z')
    assert.equal(req.getAttribute('Destination'), input.idpSsoUrl)
    assert.equal(req.getAttribute('AssertionConsumerServiceURL'), input.acsUrl)
    assert.equal(req.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:assertion', 'Issuer')[0].textContent, 'fleet & co')
    assert.notEqual(buildAuthnRequestUrl(input).requestId, requestId)
  })

  it('answers 400 when the IdP URL is not a URL', () => {
    rejectsWith(() => buildAuthnRequestUrl({ idpSsoUrl: 'nope', issuer: 'x', acsUrl: 'https://a' }), 'BAD_REQUEST', /misconfigured/)
  })
})
