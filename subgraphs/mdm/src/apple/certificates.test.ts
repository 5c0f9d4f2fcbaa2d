import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, createHash, createPrivateKey, createPublicKey, verify } from 'node:crypto'
import { FleetError } from '@fleetgraph/subgraph-kit'
import {
  createApnsCsr, createSelfSignedCertificate, generateApnsAndScep, generateDepKeyPair, generateRsaKeyPem,
  normalizeCertificatePem, validateCsrRequest,
} from './certificates.js'

const DAY = 86_400_000

// --- A few DER readers, so that what is checked here does not come from the library under test.
interface Tlv { tag: number; start: number; contentStart: number; end: number }
function tlv(der: Buffer, at: number): Tlv {
  const tag = der[at]
  let len = der[at + 1]
  let contentStart = at + 2
  if (len & 0x80) {
    const n = len & 0x7f
    len = 0
    for (let i = 0; i < n; i++) len = len * 256 + der[at + 2 + i]
    contentStart += n
  }
  return { tag, start: at, contentStart, end: contentStart + len }
}
const children = (der: Buffer, parent: Tlv): Tlv[] => {
  const out: Tlv[] = []
  for (let at = parent.contentStart; at < parent.end; at = out[out.length - 1].end) out.push(tlv(der, at))
  return out
}
const derOfPem = (pem: string) => Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64')

/** The ASN.1 string type of the value next to the attribute OID, e.g. 0x0c UTF8String, 0x13 PrintableString, 0x16 IA5String. */
function attributeStringTags(der: Buffer, oid: string): number[] {
  const oidTlv = Buffer.from(`0603${oid}`, 'hex')
  const tags: number[] = []
  for (let at = der.indexOf(oidTlv); at >= 0; at = der.indexOf(oidTlv, at + 1)) tags.push(der[at + oidTlv.length])
  return tags
}
const OID = { C: '550406', O: '55040a', OU: '55040b', CN: '550403' }
const UTF8STRING = 0x0c
const IA5STRING = 0x16

/** CertificationRequest ::= SEQUENCE { info, signatureAlgorithm, signature BIT STRING }, checked with node:crypto. */
function parseCsr(pem: string) {
  const der = derOfPem(pem)
  const [info, , signature] = children(der, tlv(der, 0))
  const [version, subject, spki, attributes] = children(der, info)
  return {
    der,
    version: der[version.contentStart],
    subjectDer: der.subarray(subject.start, subject.end),
    publicKey: createPublicKey({ key: der.subarray(spki.start, spki.end), format: 'der', type: 'spki' }),
    /** The [0] attributes set (challenge password, requested extensions…): empty here. */
    attributes: children(der, attributes),
    signatureVerifies: (key = createPublicKey({ key: der.subarray(spki.start, spki.end), format: 'der', type: 'spki' })) =>
      verify('sha256', der.subarray(info.start, info.end), key, der.subarray(signature.contentStart + 1, signature.end)),
  }
}

/** Extensions by OID (dotted suffix under 2.5.29), with their critical flag and value bytes. */
function extensionsOf(pem: string): Map<string, { critical: boolean; value: Buffer }> {
  const der = derOfPem(pem)
  const [tbs] = children(der, tlv(der, 0))
  const wrapper = children(der, tbs).find((t) => t.tag === 0xa3)
  const out = new Map<string, { critical: boolean; value: Buffer }>()
  if (!wrapper) return out
  for (const ext of children(der, children(der, wrapper)[0])) {
    const parts = children(der, ext)
    const oid = der.subarray(parts[0].contentStart, parts[0].end).toString('hex')
    const critical = parts.length === 3 && der[parts[1].contentStart] === 0xff
    const value = parts[parts.length - 1]
    out.set(oid, { critical, value: der.subarray(value.contentStart, value.end) })
  }
  return out
}
const EXT = { basicConstraints: '551d13', keyUsage: '551d0f', subjectKeyIdentifier: '551d0e' }

function assertSelfSignedFor(certPem: string, keyPem: string): X509Certificate {
  const cert = new X509Certificate(certPem)
  const key = createPrivateKey(keyPem)
  assert.equal(key.asymmetricKeyDetails?.modulusLength, 2048)
  assert.equal(cert.checkPrivateKey(key), true, 'certificate matches the private key')
  assert.equal(cert.verify(cert.publicKey), true, 'self-signature verifies')
  assert.equal(cert.subject, cert.issuer)
  assert.equal(cert.publicKey.asymmetricKeyType, 'rsa')
  return cert
}

function assertPositive16ByteSerial(cert: X509Certificate) {
  assert.match(cert.serialNumber, /^[0-7][0-9A-F]{31}$/i, `serial ${cert.serialNumber}`)
  assert.notEqual(cert.serialNumber.slice(0, 2), '00')
}

function rejection(fn: () => unknown): { name: string; reason: string } {
  try {
    fn()
  } catch (err) {
    assert.ok(err instanceof FleetError)
    assert.equal(err.code, 'VALIDATION_FAILED')
    return err.fieldErrors[0]
  }
  assert.fail('expected a 422')
}

describe('generateDepKeyPair', () => {
  it('returns a PKCS#1 RSA key and a 30-day self-signed end-entity certificate for it, CN FleetDM', async () => {
    const { publicKeyPem, privateKeyPem } = await generateDepKeyPair()
    assert.match(publicKeyPem, /^-----BEGIN CERTIFICATE-----\n[^\r]+-----END CERTIFICATE-----\n$/)
    assert.match(privateKeyPem, /^-----BEGIN RSA PRIVATE KEY-----\n/)
    const cert = assertSelfSignedFor(publicKeyPem, privateKeyPem)
    assert.equal(cert.subject, 'CN=FleetDM')
    assert.equal(cert.ca, false)
    assertPositive16ByteSerial(cert)
    const days = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / DAY
    assert.ok(Math.abs(days - 30) < 1, `valid for ${days} days`)
    assert.ok(Math.abs(Date.parse(cert.validFrom) - Date.now()) < 60_000, 'valid from now')
    const ext = extensionsOf(publicKeyPem)
    assert.deepEqual([...ext.keys()], [EXT.keyUsage], 'only keyUsage')
    // KeyUsage BIT STRING: digitalSignature (bit 0) + keyEncipherment (bit 2) = 1010 0000, 5 unused bits.
    assert.deepEqual(ext.get(EXT.keyUsage), { critical: true, value: Buffer.from('030205a0', 'hex') })
  })

  it('creates a new key and serial every time', async () => {
    const [a, b] = await Promise.all([generateDepKeyPair(), generateDepKeyPair()])
    assert.notEqual(a.privateKeyPem, b.privateKeyPem)
    assert.notEqual(new X509Certificate(a.publicKeyPem).serialNumber, new X509Certificate(b.publicKeyPem).serialNumber)
  })
})

describe('generateApnsAndScep', () => {
  it('returns an APNs key with a CSR it signed, and a SCEP CA certificate with its key', async () => {
    const r = await generateApnsAndScep({ email: 'admin@example.com', organization: 'Société Ltd' })
    assert.equal(createPrivateKey(r.apnsKeyPem).asymmetricKeyDetails?.modulusLength, 2048)
    assert.notEqual(r.scepKeyPem, r.apnsKeyPem)

    assert.match(r.scepCertPem, /^-----BEGIN CERTIFICATE-----\n[^\r]+-----END CERTIFICATE-----\n$/)
    const scep = assertSelfSignedFor(r.scepCertPem, r.scepKeyPem)
    assert.equal(scep.ca, true)
    assert.equal(scep.checkIssued(scep), true, 'a CA that may sign certificates (OpenSSL checks keyCertSign)')
    assert.equal(scep.subject, 'C=US\nO=scep-ca\nOU=SCEP CA\nCN=FleetDM')
    assertPositive16ByteSerial(scep)
    const days = (Date.parse(scep.validTo) - Date.parse(scep.validFrom)) / DAY
    assert.ok(Math.abs(days - 3650) < 1, `valid for ${days} days`)
    const ext = extensionsOf(r.scepCertPem)
    assert.deepEqual([...ext.keys()], [EXT.basicConstraints, EXT.keyUsage, EXT.subjectKeyIdentifier])
    assert.deepEqual(ext.get(EXT.basicConstraints), { critical: true, value: Buffer.from('30030101ff', 'hex') }, 'CA:TRUE, no path length')
    // digitalSignature (bit 0) + keyCertSign (5) + cRLSign (6) = 1000 0110, 1 unused bit.
    assert.deepEqual(ext.get(EXT.keyUsage), { critical: true, value: Buffer.from('03020186', 'hex') })
    // RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits (the PKCS#1 RSAPublicKey).
    const rsaPublicKey = createPublicKey(r.scepKeyPem).export({ type: 'pkcs1', format: 'der' })
    const ski = ext.get(EXT.subjectKeyIdentifier)
    assert.equal(ski?.critical, false)
    assert.deepEqual(ski?.value, Buffer.concat([Buffer.from('0414', 'hex'), createHash('sha1').update(rsaPublicKey).digest()]))

    assert.match(r.apnsCsrPem, /^-----BEGIN CERTIFICATE REQUEST-----\n[^\r]+-----END CERTIFICATE REQUEST-----\n$/)
    const csr = parseCsr(r.apnsCsrPem)
    assert.equal(csr.version, 0)
    assert.equal(csr.signatureVerifies(), true, 'CSR signature verifies')
    const apnsPublic = createPublicKey(r.apnsKeyPem)
    assert.equal(csr.publicKey.equals(apnsPublic), true, 'CSR carries the APNs public key')
    assert.equal(csr.signatureVerifies(apnsPublic), true, 'signed by the APNs key')
    assert.deepEqual(csr.attributes, [], 'no challenge password or other attributes')
    // Subject: O=Société Ltd (UTF8String), then emailAddress (IA5String).
    const expectedSubject = Buffer.concat([
      Buffer.from('303a', 'hex'),
      Buffer.from('31163014060355040a0c0d', 'hex'), Buffer.from('Société Ltd'),
      Buffer.from('3120301e06092a864886f70d0109011611', 'hex'), Buffer.from('admin@example.com'),
    ])
    assert.deepEqual(csr.subjectDer, expectedSubject)
  })

  const invalid: Array<[string, { email?: unknown; organization?: unknown }, string, string]> = [
    ['a missing email', { organization: 'Acme' }, 'email_address', 'missing email address'],
    ['a blank email', { email: '  ', organization: 'Acme' }, 'email_address', 'missing email address'],
    ['a malformed email', { email: 'not-an-email', organization: 'Acme' }, 'email_address', 'invalid email address: not-an-email'],
    ['an email with two @', { email: 'a@b@c', organization: 'Acme' }, 'email_address', 'invalid email address: a@b@c'],
    ['a missing organization', { email: 'a@example.com' }, 'organization', 'missing organization'],
    ['a non-string organization', { email: 'a@example.com', organization: 7 }, 'organization', 'missing organization'],
  ]
  for (const [what, input, name, reason] of invalid) {
    it(`answers 422 for ${what} before generating any key`, async () => {
      await assert.rejects(generateApnsAndScep(input), (err: unknown) => {
        assert.ok(err instanceof FleetError)
        assert.equal(err.code, 'VALIDATION_FAILED')
        assert.deepEqual(err.fieldErrors, [{ name, reason }])
        return true
      })
    })
  }

  it('shortens a very long invalid email in the reason', () => {
    const { reason } = rejection(() => validateCsrRequest({ email: 'x'.repeat(500), organization: 'A' }))
    assert.ok(reason.length < 130)
  })
})

describe('createSelfSignedCertificate and createApnsCsr', () => {
  it('issue for a given key, validity start (whole seconds) and CA flag', async () => {
    const keys = await generateRsaKeyPem()
    const now = new Date('2024-01-01T00:00:00.750Z')
    const pem = await createSelfSignedCertificate({ keys, subject: { CN: 'idp', O: 'Test' }, validDays: 2, ca: false, now })
    const cert = assertSelfSignedFor(pem, keys.privateKeyPem)
    assert.equal(cert.subject, 'O=Test\nCN=idp')
    assert.equal(Date.parse(cert.validFrom), Date.parse('2024-01-01T00:00:00Z'))
    assert.equal(Date.parse(cert.validTo), Date.parse('2024-01-03T00:00:00Z'))
    const csr = parseCsr(await createApnsCsr({ email: 'a@b.c', organization: 'O', keys }))
    assert.equal(csr.signatureVerifies(createPublicKey(keys.publicKeyPem)), true)
  })

  it('writes every name attribute as a UTF8String, so that non-ASCII names survive', async () => {
    const keys = await generateRsaKeyPem()
    const pem = await createSelfSignedCertificate({ keys, subject: { CN: 'Zoë', O: 'Société Ltd', OU: 'IT', C: 'FR' }, validDays: 1, ca: true })
    const der = derOfPem(pem)
    for (const [name, oid] of Object.entries(OID)) assert.deepEqual(attributeStringTags(der, oid), [UTF8STRING, UTF8STRING], `${name} in subject and issuer`)
    assert.equal(new X509Certificate(pem).subject, 'C=FR\nO=Société Ltd\nOU=IT\nCN=Zoë')
    const csrDer = derOfPem(await createApnsCsr({ email: 'it@example.fr', organization: 'Société Ltd', keys }))
    assert.deepEqual(attributeStringTags(csrDer, OID.O), [UTF8STRING])
    assert.equal(csrDer[csrDer.indexOf(Buffer.from('06092a864886f70d010901', 'hex')) + 11], IA5STRING)
  })
})

describe('normalizeCertificatePem', () => {
  it('accepts PEM or bare base64 DER and refuses anything else', async () => {
    const keys = await generateRsaKeyPem()
    const pem = await createSelfSignedCertificate({ keys, subject: { CN: 'idp' }, validDays: 1, ca: false })
    const bare = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '')
    assert.equal(normalizeCertificatePem(pem), pem)
    assert.equal(normalizeCertificatePem(`\n${bare.match(/.{1,64}/g)?.join('\n')}\n`), pem)
    assert.equal(normalizeCertificatePem('garbage'), undefined)
    assert.equal(normalizeCertificatePem(keys.publicKeyPem), undefined)
  })
})
