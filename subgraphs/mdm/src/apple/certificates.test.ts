import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto'
import forge from 'node-forge'
import { FleetError } from '@fleetgraph/subgraph-kit'
import {
  createApnsCsr, createSelfSignedCertificate, generateApnsAndScep, generateDepKeyPair, generateRsaKeyPem,
  normalizeCertificatePem, validateCsrRequest,
} from './certificates.js'

const DAY = 86_400_000

function assertSelfSignedFor(certPem: string, keyPem: string): X509Certificate {
  const cert = new X509Certificate(certPem)
  const key = createPrivateKey(keyPem)
  assert.equal(key.asymmetricKeyDetails?.modulusLength, 2048)
  assert.equal(cert.checkPrivateKey(key), true, 'certificate matches the private key')
  assert.equal(cert.verify(cert.publicKey), true, 'self-signature verifies')
  assert.equal(cert.subject, cert.issuer)
  return cert
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
  it('returns a PKCS#1 RSA key and a 30-day self-signed certificate for it, CN FleetDM', async () => {
    const { publicKeyPem, privateKeyPem } = await generateDepKeyPair()
    assert.match(publicKeyPem, /^-----BEGIN CERTIFICATE-----\n[^\r]+-----END CERTIFICATE-----\n$/)
    assert.match(privateKeyPem, /^-----BEGIN RSA PRIVATE KEY-----\n/)
    const cert = assertSelfSignedFor(publicKeyPem, privateKeyPem)
    assert.equal(cert.subject, 'CN=FleetDM')
    assert.equal(cert.ca, false)
    const days = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / DAY
    assert.ok(Math.abs(days - 30) < 1, `valid for ${days} days`)
  })

  it('creates a new key every time', async () => {
    const [a, b] = await Promise.all([generateDepKeyPair(), generateDepKeyPair()])
    assert.notEqual(a.privateKeyPem, b.privateKeyPem)
  })
})

describe('generateApnsAndScep', () => {
  it('returns an APNs key with a CSR it signed, and a SCEP CA certificate with its key', async () => {
    const r = await generateApnsAndScep({ email: 'admin@example.com', organization: 'Société Ltd' })
    assert.equal(createPrivateKey(r.apnsKeyPem).asymmetricKeyDetails?.modulusLength, 2048)

    const scep = assertSelfSignedFor(r.scepCertPem, r.scepKeyPem)
    assert.equal(scep.ca, true)
    assert.match(scep.subject, /CN=FleetDM/)
    assert.ok((Date.parse(scep.validTo) - Date.now()) / DAY > 3600)
    const forgeCert = forge.pki.certificateFromPem(r.scepCertPem)
    const usage = forgeCert.getExtension('keyUsage') as { keyCertSign?: boolean; critical?: boolean }
    assert.equal(usage.keyCertSign, true)
    assert.equal(usage.critical, true)
    assert.notEqual(r.scepKeyPem, r.apnsKeyPem)

    assert.match(r.apnsCsrPem, /^-----BEGIN CERTIFICATE REQUEST-----\n/)
    const csr = forge.pki.certificationRequestFromPem(r.apnsCsrPem)
    assert.equal(csr.verify(), true, 'CSR signature verifies')
    const csrKeyPem = forge.pki.publicKeyToPem(csr.publicKey as forge.pki.rsa.PublicKey)
    const apnsPublic = createPublicKey(r.apnsKeyPem).export({ type: 'spki', format: 'pem' })
    assert.equal(csrKeyPem.replace(/\r\n/g, '\n'), apnsPublic, 'CSR carries the APNs public key')
    assert.equal(csr.subject.getField('E').value, 'admin@example.com')
    assert.equal(forge.util.decodeUtf8(csr.subject.getField('O').value), 'Société Ltd')
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
  it('issue for a given key, validity start and CA flag', async () => {
    const keys = await generateRsaKeyPem()
    const now = new Date('2024-01-01T00:00:00Z')
    const pem = createSelfSignedCertificate({ keys, subject: { CN: 'idp', O: 'Test' }, validDays: 2, ca: false, now })
    const cert = assertSelfSignedFor(pem, keys.privateKeyPem)
    assert.equal(Date.parse(cert.validFrom), now.getTime())
    assert.equal(Date.parse(cert.validTo), now.getTime() + 2 * DAY)
    const csr = forge.pki.certificationRequestFromPem(createApnsCsr({ email: 'a@b.c', organization: 'O', keys }))
    assert.equal(csr.verify(), true)
  })
})

describe('normalizeCertificatePem', () => {
  it('accepts PEM or bare base64 DER and refuses anything else', async () => {
    const keys = await generateRsaKeyPem()
    const pem = createSelfSignedCertificate({ keys, subject: { CN: 'idp' }, validDays: 1, ca: false })
    const bare = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '')
    assert.equal(normalizeCertificatePem(pem), pem)
    assert.equal(normalizeCertificatePem(`\n${bare.match(/.{1,64}/g)?.join('\n')}\n`), pem)
    assert.equal(normalizeCertificatePem('garbage'), undefined)
    assert.equal(normalizeCertificatePem(keys.publicKeyPem), undefined)
  })
})
