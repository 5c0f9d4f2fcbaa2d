// Keys and certificates for Apple MDM setup (Fleet's server/mdm/apple/apple_mdm.go):
//  - POST /mdm/apple/dep/key_pair: an RSA key and a self-signed certificate
//    ("public_key") that the admin uploads to Apple Business Manager, which
//    encrypts the DEP token to it.
//  - POST /mdm/apple/request_csr: an APNs private key (plus the CSR Fleet
//    sends to fleetdm.com for signing) and a self-signed SCEP CA.
// Keys come from node:crypto's async generator: it runs on the libuv thread
// pool, so a 2048-bit key (~100-300 ms) never blocks the event loop.
// node:crypto cannot build certificates, so @peculiar/x509 assembles them over
// Node's WebCrypto, whose RSA signatures also run on the thread pool.
// The PEM helpers of the Apple MDM code live here and nowhere else.
//
// @peculiar/x509 resolves its algorithms through tsyringe, which needs the
// Reflect metadata API loaded first (type-graphql loads it too; this file must
// not depend on being imported after the schema).
import 'reflect-metadata'
import { X509Certificate, createPrivateKey, createPublicKey, generateKeyPair, randomBytes, webcrypto } from 'node:crypto'
import { promisify } from 'node:util'
import {
  BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, Name, Pkcs10CertificateRequestGenerator,
  SubjectKeyIdentifierExtension, X509CertificateGenerator, type Extension, type JsonNameParams,
} from '@peculiar/x509'
import { invalidArgument } from '@fleetgraph/subgraph-kit'
import { truncateForMessage } from './encoding.js'

const generateKeyPairAsync = promisify(generateKeyPair)

// Passed to every @peculiar/x509 call rather than set process-wide with
// cryptoProvider.set(): Node 20's WebCrypto, nothing else to configure. (The
// DOM typings the library uses and @types/node describe the same object differently.)
const crypto = webcrypto as unknown as Crypto

// Apple rejects APNs CSRs and SCEP identities with other key sizes.
const RSA_KEY_BITS = 2048
// Apple does not check the DEP certificate's expiry; Fleet uses 30 days.
const DEP_CERT_VALID_DAYS = 30
// Fleet's SCEP CA (micromdm depot.NewCACert, WithYears(10)).
const SCEP_CA_VALID_DAYS = 3650
const MS_PER_DAY = 86_400_000
// Every signature here is SHA-256 with RSA (PKCS#1 v1.5), as Fleet's.
const RSA_SHA256: RsaHashedImportParams = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }

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

/** The PEM pair as WebCrypto keys (WebCrypto reads PKCS#8, not PKCS#1: node:crypto converts). */
async function cryptoKeys(keys: RsaKeyPem): Promise<CryptoKeyPair> {
  const pkcs8 = createPrivateKey(keys.privateKeyPem).export({ type: 'pkcs8', format: 'der' })
  const spki = createPublicKey(keys.publicKeyPem).export({ type: 'spki', format: 'der' })
  const [privateKey, publicKey] = await Promise.all([
    crypto.subtle.importKey('pkcs8', pkcs8, RSA_SHA256, false, ['sign']),
    crypto.subtle.importKey('spki', spki, RSA_SHA256, true, ['verify']),
  ])
  return { privateKey, publicKey }
}

/** PEM with LF line endings and a final newline, as Go (and Fleet's clients) write it. */
const pemOf = (item: { toString(format: 'pem'): string }) => `${item.toString('pem').replace(/\r\n/g, '\n').trimEnd()}\n`

export interface DistinguishedName { CN?: string; O?: string; OU?: string; C?: string }

// One attribute per RDN in Go's order, as UTF8String so that non-ASCII
// organisation names survive (a plain string would become PrintableString
// whenever it fits one). `more` follows, with the string types it names.
function distinguishedName(dn: DistinguishedName, more: JsonNameParams = []): Name {
  const attributes: JsonNameParams = (['C', 'O', 'OU', 'CN'] as const)
    .filter((k) => dn[k] !== undefined)
    .map((k) => ({ [k]: [{ utf8String: dn[k] }] }))
  return new Name([...attributes, ...more])
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
 *   const certPem = await createSelfSignedCertificate({ keys, subject: { CN: 'FleetDM' }, validDays: 30, ca: false })
 *   new X509Certificate(certPem).checkPrivateKey(createPrivateKey(keys.privateKeyPem)) // true
 */
export async function createSelfSignedCertificate(opts: SelfSignedCertificateOptions): Promise<string> {
  const keys = await cryptoKeys(opts.keys)
  // A random positive serial: top bit cleared so DER does not read it as
  // negative, first byte non-zero so the encoding stays minimal (16 bytes).
  const serial = randomBytes(16)
  serial[0] = (serial[0] & 0x7f) || 0x01
  const now = opts.now ?? new Date()
  const extensions: Extension[] = opts.ca
    ? [
        new BasicConstraintsExtension(true, undefined, true),
        new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
        await SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
      ]
    : [new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment, true)]
  const cert = await X509CertificateGenerator.createSelfSigned({
    serialNumber: serial.toString('hex'),
    name: distinguishedName(opts.subject),
    notBefore: now,
    notAfter: new Date(now.getTime() + opts.validDays * MS_PER_DAY),
    keys,
    signingAlgorithm: RSA_SHA256,
    extensions,
  }, crypto)
  return pemOf(cert)
}

/**
 * POST /mdm/apple/dep/key_pair: `public_key` is this certificate (CN FleetDM,
 * 30 days), `private_key` its key. The route base64-encodes both.
 */
export async function generateDepKeyPair(): Promise<{ publicKeyPem: string; privateKeyPem: string }> {
  const keys = await generateRsaKeyPem()
  const publicKeyPem = await createSelfSignedCertificate({ keys, subject: { CN: 'FleetDM' }, validDays: DEP_CERT_VALID_DAYS, ca: false })
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
export async function createApnsCsr(opts: { email: string; organization: string; keys: RsaKeyPem }): Promise<string> {
  const csr = await Pkcs10CertificateRequestGenerator.create({
    // emailAddress is an IA5String (PKCS#9).
    name: distinguishedName({ O: opts.organization }, [{ E: [{ ia5String: opts.email }] }]),
    keys: await cryptoKeys(opts.keys),
    signingAlgorithm: RSA_SHA256,
  }, crypto)
  return pemOf(csr)
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
  const [apnsCsrPem, scepCertPem] = await Promise.all([
    createApnsCsr({ email, organization, keys: apnsKeys }),
    createSelfSignedCertificate({
      keys: scepKeys,
      subject: { CN: 'FleetDM', O: 'scep-ca', OU: 'SCEP CA', C: 'US' },
      validDays: SCEP_CA_VALID_DAYS,
      ca: true,
    }),
  ])
  return { apnsKeyPem: apnsKeys.privateKeyPem, apnsCsrPem, scepCertPem, scepKeyPem: scepKeys.privateKeyPem }
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
