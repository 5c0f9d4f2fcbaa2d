// Apple MDM routes through the running stack: real keys and certificates
// (checked with node:crypto), turning MDM on, custom settings batches, and
// end-user SSO with a SAML response signed by a test IdP.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto'
import { inflateRawSync } from 'node:zlib'
import { SignedXml } from 'xml-crypto'
import forge from 'node-forge'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

const pem = (b64: string) => Buffer.from(b64, 'base64').toString('utf8')
const CONFIGURE = `mutation($i: AppleMdmAssetsInput!) { configureAppleMdm(input: $i) }`

function mobileconfig(identifier: string, name: string): string {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>PayloadContent</key><array><dict><key>PayloadType</key><string>com.apple.dock</string><key>PayloadIdentifier</key><string>${identifier}.dock</string>
<key>PayloadUUID</key><string>5A1F0C3E-0000-4000-8000-000000000001</string><key>PayloadVersion</key><integer>1</integer></dict></array>
<key>PayloadDisplayName</key><string>${name}</string><key>PayloadIdentifier</key><string>${identifier}</string>
<key>PayloadType</key><string>Configuration</string><key>PayloadUUID</key><string>5A1F0C3E-0000-4000-8000-000000000000</string><key>PayloadVersion</key><integer>1</integer>
</dict></plist>`
  return Buffer.from(xml).toString('base64')
}

/** A SAML Response from the test IdP, its Assertion signed the way IdPs do. */
function samlResponse(o: { inResponseTo: string; audience: string; keyPem: string; certPem: string; nameId?: string }): string {
  const now = Date.now(), iso = (ms: number) => new Date(now + ms).toISOString()
  const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r${now}" Version="2.0" IssueInstant="${iso(0)}" InResponseTo="${o.inResponseTo}">` +
    '<saml:Issuer>https://idp.example.com</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>' +
    `<saml:Assertion ID="_a${now}" Version="2.0" IssueInstant="${iso(0)}"><saml:Issuer>https://idp.example.com</saml:Issuer>` +
    `<saml:Subject><saml:NameID>${o.nameId ?? 'alice@example.com'}</saml:NameID>` +
    // InResponseTo is read from here: inside the signed assertion (the Response's own attribute may be unsigned)
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="${o.inResponseTo}" NotOnOrAfter="${iso(300_000)}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${iso(-60_000)}" NotOnOrAfter="${iso(300_000)}"><saml:AudienceRestriction><saml:Audience>${o.audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    '<saml:AttributeStatement><saml:Attribute Name="displayname"><saml:AttributeValue>Alice</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>' +
    '</saml:Assertion></samlp:Response>'
  const sig = new SignedXml({ privateKey: o.keyPem, publicCert: o.certPem, signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#' })
  sig.addReference({ xpath: "//*[local-name(.)='Assertion']", transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'], digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256' })
  sig.computeSignature(xml, { prefix: 'ds', location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: 'after' } })
  return Buffer.from(sig.getSignedXml()).toString('base64')
}

describe('Apple MDM (premium)', () => {
  let stack: TestStack
  let base: string, admin: string, observer: string
  let keyPair: { cert: string; key: string }

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
  })
  after(async () => { await stack.stop() })

  it('dep/key_pair: a real self-signed certificate and its RSA key, base64 PEM, for any signed-in user', async () => {
    await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/dep/key_pair', undefined, 401)
    const r = await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/dep/key_pair', undefined, 200, observer)
    const cert = new X509Certificate(pem(r.body.public_key))
    const key = createPrivateKey(pem(r.body.private_key))
    assert.ok(cert.checkPrivateKey(key))
    assert.ok(cert.verify(cert.publicKey), 'self-signed')
    assert.match(pem(r.body.private_key), /^-----BEGIN RSA PRIVATE KEY-----/)
    keyPair = { cert: pem(r.body.public_key), key: pem(r.body.private_key) }
  })

  it('request_csr: validates its input (422) and returns a real APNs key and SCEP CA, for admins', async () => {
    await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/request_csr', { email_address: 'a@example.com', organization: 'Acme' }, 403, observer)
    const bad = async (body: unknown, name: string, reason: RegExp) => {
      const r = await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/request_csr', body, 422, admin)
      assertFleetError(r.body, 'Validation Failed')
      assert.ok(r.body.errors.some((e: any) => e.name === name && reason.test(e.reason)), JSON.stringify(r.body))
    }
    await bad({ organization: 'Acme' }, 'email_address', /missing email address/)
    await bad({ email_address: 'not-an-email', organization: 'Acme' }, 'email_address', /invalid email address/)
    await bad({ email_address: 'a@example.com' }, 'organization', /missing organization/)
    const r = await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/request_csr', { email_address: 'a@example.com', organization: 'Acme' }, 200, admin)
    assert.deepEqual(Object.keys(r.body).sort(), ['apns_key', 'scep_cert', 'scep_key'])
    createPrivateKey(pem(r.body.apns_key))
    const scep = new X509Certificate(pem(r.body.scep_cert))
    assert.ok(scep.ca, 'the SCEP certificate is a CA')
    assert.ok(scep.checkPrivateKey(createPrivateKey(pem(r.body.scep_key))))

    // the GraphQL twin also returns the CSR for Apple: signed by the APNs key, naming the organisation and email
    const g = await gql(base, 'mutation { requestAppleMdmCsr(emailAddress: "a@example.com", organization: "Acme") { apnsKey apnsCsr } }', undefined, admin)
    const csr = forge.pki.certificationRequestFromPem(pem(g.data!.requestAppleMdmCsr.apnsCsr))
    assert.ok(csr.verify(), 'the CSR signature verifies')
    assert.equal(csr.subject.getField('O')?.value, 'Acme')
    const apnsPublic = createPublicKey(pem(g.data!.requestAppleMdmCsr.apnsKey)).export({ type: 'spki', format: 'pem' }).toString()
    assert.equal(forge.pki.publicKeyToPem(csr.publicKey!).replace(/\r/g, '').trim(), apnsPublic.trim(), 'the CSR is for the APNs key returned with it')
  })

  it('MDM routes answer "not turned on" until APNs and SCEP material is stored; mismatched pairs are refused', async () => {
    const off = await doJSON(base, 'POST', '/api/v1/fleet/mdm/sso', undefined, 400)
    assert.match(off.body.message, /^MDM features aren't turned on in Fleet/)
    const batch = await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/profiles/batch', { profiles: [] }, 422, admin)
    assert.equal(batch.body.errors[0].name, 'mdm')

    const csr = (await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/request_csr', { email_address: 'a@example.com', organization: 'Acme' }, 200, admin)).body
    const mismatched = await gql(base, CONFIGURE, { i: { apnsCertPem: keyPair.cert, apnsKeyPem: pem(csr.apns_key), scepCertPem: pem(csr.scep_cert), scepKeyPem: pem(csr.scep_key) } }, admin)
    assert.equal(mismatched.errors?.[0]?.extensions?.code, 'VALIDATION_FAILED')
    assert.equal((await gql(base, '{ mdmApple { enabledAndConfigured } }', undefined, admin)).data!.mdmApple.enabledAndConfigured, false)
    // (Apple would issue the APNs certificate for the CSR; the DEP pair stands in for it here.)
    const ok = await gql(base, CONFIGURE, { i: { apnsCertPem: keyPair.cert, apnsKeyPem: keyPair.key, scepCertPem: pem(csr.scep_cert), scepKeyPem: pem(csr.scep_key) } }, admin)
    assert.equal(ok.errors, undefined, JSON.stringify(ok.errors))
    assert.equal((await gql(base, '{ mdmApple { enabledAndConfigured } }', undefined, admin)).data!.mdmApple.enabledAndConfigured, true)
  })

  it('profiles/batch replaces the set (204), honours dry_run and team_id/team_name, and stores nothing from a bad batch', async () => {
    const list = async (teamId?: string) => (await gql(base, 'query($t: ID) { appleProfiles(teamId: $t) { identifier name } }', { t: teamId ?? null }, admin)).data!.appleProfiles
    const batch = (profiles: unknown, status: number, query = '') => doJSON(base, 'POST', `/api/v1/fleet/mdm/apple/profiles/batch${query}`, { profiles }, status, admin)
    await batch([mobileconfig('com.acme.a', 'A'), mobileconfig('com.acme.b', 'B')], 204)
    assert.deepEqual(await list(), [{ identifier: 'com.acme.a', name: 'A' }, { identifier: 'com.acme.b', name: 'B' }])
    await batch([mobileconfig('com.acme.b', 'B renamed')], 204)
    assert.deepEqual(await list(), [{ identifier: 'com.acme.b', name: 'B renamed' }])
    await batch([mobileconfig('com.acme.c', 'C')], 204, '?dry_run=true')
    assert.deepEqual(await list(), [{ identifier: 'com.acme.b', name: 'B renamed' }], 'dry run stores nothing')

    const dup = await batch([mobileconfig('com.acme.x', 'X'), mobileconfig('com.acme.x', 'Y')], 422)
    assert.match(dup.body.errors[0].reason, /PayloadIdentifier/)
    await batch(['%%% not base64'], 422)
    await batch([Buffer.from('<plist><string>no dict</string></plist>').toString('base64')], 422)
    assert.deepEqual(await list(), [{ identifier: 'com.acme.b', name: 'B renamed' }], 'bad batches change nothing')

    await doJSON(base, 'POST', '/api/latest/fleet/spec/teams', { specs: [{ name: 'Laptops' }] }, 200, admin)
    await batch([mobileconfig('com.acme.t', 'T')], 204, '?team_name=Laptops')
    const team = (await gql(base, '{ teamList { id databaseId name } }', undefined, admin)).data!.teamList.find((t: any) => t.name === 'Laptops')
    assert.deepEqual(await list(team.id), [{ identifier: 'com.acme.t', name: 'T' }])
    assert.deepEqual(await list(String(team.databaseId)), [{ identifier: 'com.acme.t', name: 'T' }], "Fleet's integer id works too")
    await batch([], 422, `?team_name=Laptops&team_id=${team.databaseId}`)
    await batch([], 404, '?team_name=Nope')
    await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/profiles/batch', { profiles: [] }, 403, observer)
  })

  it('profiles/preassign and match: the host moves to the team with exactly its profiles, created from the groups when none matches', async () => {
    await enrollHost(base, 'puppet-1.local')
    await enrollHost(base, 'puppet-2.local')
    const pre = (ext: string, host: string, id: string, group: string, status = 204) => doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/profiles/preassign',
      { external_host_identifier: ext, host_uuid: `uuid-${host}`, profile: mobileconfig(id, id.toUpperCase()), group }, status, admin)
    await pre('ext-1', 'puppet-1.local', 'com.acme.wifi', 'Workstations')
    await pre('ext-1', 'puppet-1.local', 'com.acme.vpn', 'Engineering')
    await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/profiles/preassign', { external_host_identifier: 'ext-1', host_uuid: 'uuid-puppet-1.local', profile: '' }, 422, admin)
    await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/profiles/match', { external_host_identifier: 'ext-1' }, 204, admin)
    const teamOf = async (hostname: string) => (await gql(base, '{ hostList { hostname team { id name } } }', undefined, admin)).data!.hostList.find((h: any) => h.hostname === hostname).team
    const created = await teamOf('puppet-1.local')
    assert.equal(created.name, 'Engineering - Workstations')
    const profiles = (await gql(base, 'query($t: ID) { appleProfiles(teamId: $t) { identifier } }', { t: created.id }, admin)).data!.appleProfiles
    assert.deepEqual(profiles.map((p: any) => p.identifier), ['com.acme.vpn', 'com.acme.wifi'])

    // the same set for another host: the existing team is reused
    await pre('ext-2', 'puppet-2.local', 'com.acme.vpn', 'Other')
    await pre('ext-2', 'puppet-2.local', 'com.acme.wifi', 'Other')
    await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/profiles/match', { external_host_identifier: 'ext-2' }, 204, admin)
    assert.deepEqual(await teamOf('puppet-2.local'), created)
    await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/profiles/match', { external_host_identifier: 'ext-2' }, 204, admin) // nothing left: no-op
    await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/profiles/match', {}, 400, admin)
  })

  it('SSO: builds a signed-request URL for the IdP; a response the IdP signed redirects (303) with the enrollment tokens, anything else with error=true', async () => {
    const entityId = 'fleetgraph-test-sp'
    const set = await gql(base, 'mutation($i: MdmSsoSettingsInput!) { configureMdmSso(input: $i) }', { i: { idpSsoUrl: 'https://idp.example.com/sso', idpCertPem: keyPair.cert, entityId } }, admin)
    assert.equal(set.errors, undefined, JSON.stringify(set.errors))
    const start = async () => {
      const url = new URL((await doJSON(base, 'POST', '/api/v1/fleet/mdm/sso', undefined, 200)).body.url)
      assert.equal(url.origin + url.pathname, 'https://idp.example.com/sso')
      const request = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest')!, 'base64')).toString()
      assert.match(request, new RegExp(`<saml:Issuer>${entityId}</saml:Issuer>`))
      return /ID="([^"]+)"/.exec(request)![1]
    }
    const callback = (saml: string) => fetch(`${base}/api/v1/fleet/mdm/sso/callback`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ SAMLResponse: saml }).toString(),
    })

    const requestId = await start()
    const good = samlResponse({ inResponseTo: requestId, audience: entityId, keyPem: keyPair.key, certPem: keyPair.cert })
    const ok = await callback(good)
    assert.equal(ok.status, 303)
    const to = new URL(ok.headers.get('location')!)
    assert.equal(to.pathname, '/mdm/sso/callback')
    assert.match(to.searchParams.get('enrollment_reference') ?? '', /^[0-9a-f-]{36}$/)
    assert.ok(to.searchParams.get('profile_token'))
    assert.equal(to.searchParams.get('eula_token'), null, 'no EULA uploaded')

    const errorOf = async (r: Response) => { assert.equal(r.status, 303); return new URL(r.headers.get('location')!).searchParams.get('error') }
    assert.equal(await errorOf(await callback(good)), 'true', 'a response is accepted once')
    const other = (await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/dep/key_pair', undefined, 200, admin)).body
    const forged = samlResponse({ inResponseTo: await start(), audience: entityId, keyPem: pem(other.private_key), certPem: pem(other.public_key) })
    assert.equal(await errorOf(await callback(forged)), 'true', 'signed by another key')
    const unsolicited = samlResponse({ inResponseTo: '_never-requested', audience: entityId, keyPem: keyPair.key, certPem: keyPair.cert })
    assert.equal(await errorOf(await callback(unsolicited)), 'true', 'not an answer to our request')
    const wrongAudience = samlResponse({ inResponseTo: await start(), audience: 'someone-else', keyPem: keyPair.key, certPem: keyPair.cert })
    assert.equal(await errorOf(await callback(wrongAudience)), 'true')
    const garbage = await callback('!!!not base64!!!')
    assert.equal(garbage.status, 400)
    assertFleetError(await garbage.json())
  })
})

describe('Apple MDM (free)', () => {
  let stack: TestStack
  before(async () => { stack = await startIsolatedStack(); await setupInstance(stack.url) })
  after(async () => { await stack.stop() })

  it('SSO, preassign and match are Premium features (402); team batches are refused on Free (422)', async () => {
    await doJSON(stack.url, 'POST', '/api/v1/fleet/mdm/sso', undefined, 402)
    const admin = (await doJSON(stack.url, 'POST', '/api/v1/fleet/login', { email: 'admin@example.com', password: 'correct horse 1!' }, 200)).body.token
    await doJSON(stack.url, 'POST', '/api/v1/fleet/mdm/apple/profiles/match', { external_host_identifier: 'x' }, 402, admin)
    const r = await doJSON(stack.url, 'POST', '/api/v1/fleet/mdm/apple/profiles/batch?team_id=1', { profiles: [] }, 422, admin)
    assert.match(r.body.errors[0].reason, /Premium/)
  })
})
