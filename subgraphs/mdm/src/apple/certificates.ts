// Keys and certificates for Apple MDM setup (Fleet's server/mdm/apple/apple_mdm.go):
//  - POST /mdm/apple/dep/key_pair: an RSA key and a self-signed certificate
//    ("public_key") that the admin uploads to Apple Business Manager, which
//    encrypts the DEP token to it.
//  - POST /mdm/apple/request_csr: an APNs private key (plus the CSR Fleet
//    sends to fleetdm.com for signing) and a self-signed SCEP CA.
// Keys come from node:crypto's async generator: it runs on the libuv thread
// pool, so a 2048-bit key (~100-300 ms) never blocks the event loop.
// node:crypto cannot build certificates, so node-forge assembles them; the
// RSA signature itself is made by node:crypto (forge's pure-JS RSA takes
// ~40 ms of event-loop time per signature).
// The PEM helpers of the Apple MDM code live here and nowhere else.
import { X509Certificate, constants, createPrivateKey, generateKeyPair, privateEncrypt, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import forge from 'node-forge'
import { invalidArgument } from '@fleetgraph/subgraph-kit'
import { truncateForMessage } from './encoding.js'

const generateKeyPairAsync = promisify(generateKeyPair)

// Apple rejects APNs CSRs and SCEP identities with other key sizes.
const RSA_KEY_BITS = 2048
// Apple does not check the DEP certificate's expiry; Fleet uses 30 days.
const DEP_CERT_VALID_DAYS = 30
// Fleet's SCEP CA (micromdm depot.NewCACert, WithYears(10)).
const SCEP_CA_VALID_DAYS = 3650
const MS_PER_DAY = 86_400_000

export interface RsaKeyPem {
  /** PKCS#1 "RSA PRIVATE KEY", the format Fleet returns and stores. */
  privateKeyPem: string
  /** SPKI "PUBLIC KEY". */
  publicKeyPem: string
}

/** A fresh 2048-bit RSA key pair, generated off the event loop. */
export async function generateRsaKeyPem(): Promise<RsaKeyPem> {
  const { privateKey, publicKey } = await generateKeyPairAsync('rsa', {
    modulusLength: RSA_KEY_BITS,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  })
  return { privateKeyPem: privateKey, publicKeyPem: publicKey }
}

// DER of DigestInfo{ sha256, NULL } up to the digest: PKCS#1 v1.5 signing is
// RSA (type-1 padding) over this prefix followed by the SHA-256 hash.
const SHA256_DIGEST_INFO_PREFIX = Buffer.from('3031300d060960864801650304020105000420', 'hex')

/**
 * A stand-in for a forge private key: forge hands `sign()` the SHA-256 it
 * computed over the to-be-signed bytes, and node:crypto (OpenSSL) signs it.
 */
function nodeSigner(privateKeyPem: string): forge.pki.rsa.PrivateKey {
  const key = createPrivateKey(privateKeyPem)
  const sign = (md: forge.md.MessageDigest): string => {
    if (md.algorithm !== 'sha256') throw new Error('only SHA-256 signatures are produced here')
    const digestInfo = Buffer.concat([SHA256_DIGEST_INFO_PREFIX, Buffer.from(md.digest().getBytes(), 'binary')])
    return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, digestInfo).toString('binary')
  }
  return { sign } as unknown as forge.pki.rsa.PrivateKey
}

/** forge writes CRLF line endings; Go (and Fleet's clients) write LF. */
const lf = (pem: string) => pem.replace(/\r\n/g, '\n')

export interface DistinguishedName { CN?: string; O?: string; OU?: string; C?: string }

// UTF8String so that non-ASCII organisation names survive (forge's default is PrintableString).
function dnAttributes(dn: DistinguishedName): forge.pki.CertificateField[] {
  const utf8 = forge.asn1.Type.UTF8 as unknown as forge.asn1.Class
  return (['C', 'O', 'OU', 'CN'] as const)
    .filter((k) => dn[k] !== undefined)
    .map((k) => ({ shortName: k, value: dn[k], valueTagClass: utf8 }))
}

export interface SelfSignedCertificateOptions {
  keys: RsaKeyPem
  subject: DistinguishedName
  validDays: number
  /** true: a CA (basicConstraints CA:true, keyCertSign + cRLSign); false: an end-entity key. */
  ca: boolean
  now?: Date
}

/**
 * Issues a self-signed X.509 v3 certificate (SHA-256 with RSA) for `keys`.
 *
 * @example
 *   const keys = await generateRsaKeyPem()
 *   const certPem = createSelfSignedCertificate({ keys, subject: { CN: 'FleetDM' }, validDays: 30, ca: false })
 *   new X509Certificate(certPem).checkPrivateKey(createPrivateKey(keys.privateKeyPem)) // true
 */
export function createSelfSignedCertificate(opts: SelfSignedCertificateOptions): string {
  const cert = forge.pki.createCertificate()
  cert.publicKey = forge.pki.publicKeyFromPem(opts.keys.publicKeyPem)
  // A random positive serial: top bit cleared so DER does not read it as
  // negative, first byte non-zero so the encoding stays minimal.
  const serial = randomBytes(16)
  serial[0] = (serial[0] & 0x7f) || 0x01
  cert.serialNumber = serial.toString('hex')
  const now = opts.now ?? new Date()
  cert.validity.notBefore = now
  cert.validity.notAfter = new Date(now.getTime() + opts.validDays * MS_PER_DAY)
  const name = dnAttributes(opts.subject)
  cert.setSubject(name)
  cert.setIssuer(name)
  cert.setExtensions(opts.ca
    ? [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
        { name: 'subjectKeyIdentifier' },
      ]
    : [{ name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true }])
  cert.sign(nodeSigner(opts.keys.privateKeyPem), forge.md.sha256.create())
  return lf(forge.pki.certificateToPem(cert))
}

/**
 * POST /mdm/apple/dep/key_pair: `public_key` is this certificate (CN FleetDM,
 * 30 days), `private_key` its key. The route base64-encodes both.
 */
export async function generateDepKeyPair(): Promise<{ publicKeyPem: string; privateKeyPem: string }> {
  const keys = await generateRsaKeyPem()
  const publicKeyPem = createSelfSignedCertificate({ keys, subject: { CN: 'FleetDM' }, validDays: DEP_CERT_VALID_DAYS, ca: false })
  return { publicKeyPem, privateKeyPem: keys.privateKeyPem }
}

// Deliberately loose (one @, no spaces or brackets, a dotless-or-dotted domain):
// the address only has to reach fleetdm.com, which validates it properly.
const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\.]+(\.[^\s@<>()[\]",;:\\.]+)*$/

/** request_csr's input rules and Fleet's 422 reasons. Returns the trimmed values. */
export function validateCsrRequest(input: { email?: unknown; organization?: unknown }): { email: string; organization: string } {
  const email = typeof input.email === 'string' ? input.email.trim() : ''
  if (!email) throw invalidArgument('email_address', 'missing email address')
  if (email.length > 254 || !EMAIL.test(email)) {
    throw invalidArgument('email_address', `invalid email address: ${truncateForMessage(email)}`)
  }
  const organization = typeof input.organization === 'string' ? input.organization.trim() : ''
  if (!organization) throw invalidArgument('organization', 'missing organization')
  return { email, organization }
}

/**
 * The APNs CSR: subject O=<organization>, emailAddress=<email>, signed with
 * the APNs key (SHA-256). fleetdm.com signs it as the MDM vendor and emails
 * it to that address.
 */
export function createApnsCsr(opts: { email: string; organization: string; keys: RsaKeyPem }): string {
  const csr = forge.pki.createCertificationRequest()
  csr.publicKey = forge.pki.publicKeyFromPem(opts.keys.publicKeyPem)
  const ia5 = forge.asn1.Type.IA5STRING as unknown as forge.asn1.Class
  csr.setSubject([...dnAttributes({ O: opts.organization }), { name: 'emailAddress', value: opts.email, valueTagClass: ia5 }])
  csr.sign(nodeSigner(opts.keys.privateKeyPem), forge.md.sha256.create())
  return lf(forge.pki.certificationRequestToPem(csr))
}

export interface ApnsAndScep {
  apnsKeyPem: string
  /** For the fleetdm.com signing request; not part of the REST response. */
  apnsCsrPem: string
  scepCertPem: string
  scepKeyPem: string
}

/**
 * POST /mdm/apple/request_csr: validates first (422s), then creates the two
 * keys in parallel, the APNs CSR and the SCEP CA certificate.
 *
 * @example
 *   const r = await generateApnsAndScep({ email: body.email_address, organization: body.organization })
 *   return { apns_key: b64(r.apnsKeyPem), scep_cert: b64(r.scepCertPem), scep_key: b64(r.scepKeyPem) }
 */
export async function generateApnsAndScep(input: { email?: unknown; organization?: unknown }): Promise<ApnsAndScep> {
  const { email, organization } = validateCsrRequest(input)
  const [apnsKeys, scepKeys] = await Promise.all([generateRsaKeyPem(), generateRsaKeyPem()])
  return {
    apnsKeyPem: apnsKeys.privateKeyPem,
    apnsCsrPem: createApnsCsr({ email, organization, keys: apnsKeys }),
    scepCertPem: createSelfSignedCertificate({
      keys: scepKeys,
      subject: { CN: 'FleetDM', O: 'scep-ca', OU: 'SCEP CA', C: 'US' },
      validDays: SCEP_CA_VALID_DAYS,
      ca: true,
    }),
    scepKeyPem: scepKeys.privateKeyPem,
  }
}

/**
 * Accepts an IdP certificate as PEM or as the bare base64 found in SAML
 * metadata, and returns it as PEM. Returns undefined if it is not a certificate.
 */
export function normalizeCertificatePem(input: string): string | undefined {
  const trimmed = input.trim()
  try {
    const der = trimmed.includes('-----BEGIN') ? trimmed : Buffer.from(trimmed.replace(/\s+/g, ''), 'base64')
    return new X509Certificate(der).toString()
  } catch {
    return undefined
  }
}
