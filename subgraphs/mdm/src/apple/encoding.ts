// Base64 decoding shared by the Apple MDM routes (profiles, SAML responses).
// Node's Buffer.from(s, 'base64') silently skips characters it does not know,
// so "not base64 at all" would decode to garbage and fail later with a
// confusing reason. Fleet decodes with Go's strict StdEncoding, which only
// tolerates line breaks; we do the same.

export type Base64Result =
  | { ok: true; bytes: Buffer }
  | { ok: false; error: 'invalid' | 'too_large' }

const STRICT_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * Decodes standard (padded) base64, allowing CR/LF line breaks as MIME and
 * many IdPs produce them. Rejects anything else, and rejects input that would
 * decode to more than `maxBytes` before decoding it, so an oversized request
 * never costs a large allocation.
 *
 * @example
 *   const r = decodeBase64Strict(body.profile, 1024 * 1024)
 *   if (!r.ok) throw invalidArgument('profile', r.error)
 *   use(r.bytes)
 */
export function decodeBase64Strict(input: string, maxBytes: number): Base64Result {
  const compact = input.includes('\n') || input.includes('\r') ? input.replace(/\r?\n|\r/g, '') : input
  if (Math.floor(compact.length / 4) * 3 > maxBytes + 2) return { ok: false, error: 'too_large' }
  if (compact.length % 4 !== 0 || !STRICT_BASE64.test(compact)) return { ok: false, error: 'invalid' }
  const bytes = Buffer.from(compact, 'base64')
  if (bytes.length > maxBytes) return { ok: false, error: 'too_large' }
  return { ok: true, bytes }
}

/** Shortens a user-supplied value before it is echoed in an error reason. */
export function truncateForMessage(value: string, max = 100): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`
}
