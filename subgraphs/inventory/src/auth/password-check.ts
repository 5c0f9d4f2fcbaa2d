// The password check login and Basic authentication share, so Basic cannot guess passwords faster
// than login: a try taken from the login throttle first (an account or client over its failure budget
// is refused before any password is hashed, whatever the password, and guesses sent together each
// take their own try), the same hashing cost whether or not the email exists, every failure counted,
// a success giving its try back and clearing the account's count.
import { hashPassword, verifyPassword } from '@fleetgraph/subgraph-kit'
import type { LoginThrottle } from './login-throttle.js'

// Compared against when the email is unknown, so both failures cost the same time.
let dummyHash: Promise<string> | null = null

/** What a password is checked against. */
export interface PasswordHolder { password_hash: string; api_only: boolean; sso_enabled: boolean }

/** The user when the password is right and the user may use it; else null, with `retryAfter` when throttled. */
export type PasswordCheck<U> = { user: U; retryAfter?: undefined } | { user: null; retryAfter?: number }

/**
 * Checks `password` for the account `find` returns, under the login throttle. `admits` says whether
 * the user may authenticate with a password here (login: not API-only or SSO users; Basic: not SSO users).
 * @example
 *   const r = await checkPassword(throttle, ctx.clientAddress, email, password, (e) => repo.byEmail(e), (u) => !u.sso_enabled)
 *   if (r.retryAfter) throw tooManyRequests(r.retryAfter)
 */
export async function checkPassword<U extends PasswordHolder>(
  throttle: LoginThrottle, address: string | null, email: string, password: string,
  find: (email: string) => Promise<U | null>, admits: (user: U) => boolean,
): Promise<PasswordCheck<U>> {
  const retryAfter = await throttle.take(email, address)
  if (retryAfter) return { user: null, retryAfter }
  const found = await find(email.trim())
  dummyHash ??= hashPassword('not a real password 1!')
  const ok = await verifyPassword(password, found?.password_hash ?? (await dummyHash))
  if (!found || !ok || !admits(found)) return { user: null } // the try taken stays spent
  await throttle.succeeded(email, address)
  return { user: found }
}
