// Password and token hashing. Passwords use scrypt (a memory-hard KDF, in
// node:crypto so nothing native to build); bearer tokens are long random values,
// so a fast SHA-256 is enough to keep only a non-reversible form at rest.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

// N=2^15, r=8: ~100 ms and 32 MiB per hash on this class of machine; slows
// offline guessing without making login noticeably slow.
const N = 1 << 15, R = 8, P = 1, KEYLEN = 64, MAXMEM = 64 * 1024 * 1024

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEYLEN, { N: n, r, p, maxmem: MAXMEM }, (err, key) => (err ? reject(err) : resolve(key))))
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scryptAsync(password, salt, N, R, P)
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p))
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A new bearer token, in the same form Fleet uses (64 random bytes, base64). */
export const newToken = () => randomBytes(64).toString('base64')
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** Fleet's password rules: 12–48 characters with at least one number and one symbol. */
export function passwordProblem(password: string): string | null {
  if (password.length < 12 || password.length > 48) return 'Password must be at least 12 characters long (and at most 48)'
  if (!/[0-9]/.test(password) || !/[^A-Za-z0-9]/.test(password)) return 'Password must include at least one number and one symbol'
  return null
}
