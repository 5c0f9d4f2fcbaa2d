// The one reader of the Authorization header: every scheme a caller may present is parsed here and
// nowhere else (ADR 0014). Scheme names are matched without case, as RFC 9110 says.
//   Bearer <token>        a session token (login, setup, an API-only user's token)
//   ApiKey <value>        the same token, as Kibana's clients send keys: base64 of "<id>:<token>", or
//                         the token itself
//   Basic <base64>        base64 of "<email>:<password>", checked like a login (inventory's identity)
//   Device <token>        Fleet Desktop's device token; never a user (device.ts)
// A value this parser does not accept is no credential at all: the caller is unauthenticated (401),
// never a 500. Parsing is linear in the header and refuses values past MAX_AUTHORIZATION_LENGTH.

/** What a user presents: a session token (Bearer or ApiKey) or an email and password (Basic). */
export type UserCredentials =
  | { scheme: 'bearer' | 'apikey'; token: string }
  | { scheme: 'basic'; email: string; password: string }

export type Credentials = UserCredentials | { scheme: 'device'; token: string }

/**
 * Longest Authorization value read, in characters. Tokens are 88 characters and a Basic value for a
 * 255-character email and a 48-character password about 410; 4 KiB leaves room for other clients'
 * key formats while keeping work per request bounded (graphql-ws connectionParams have no header limit).
 */
export const MAX_AUTHORIZATION_LENGTH = 4096

const SCHEME_AND_VALUE = /^\s*([A-Za-z]+)\s+(\S+)\s*$/
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/
const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Strict base64 (standard alphabet, padding optional but right when present) decoded as UTF-8; null otherwise. */
function base64Text(value: string): string | null {
  if (!BASE64.test(value)) return null
  const unpadded = value.replace(/=+$/, '')
  if (unpadded.length % 4 === 1 || (unpadded.length !== value.length && value.length % 4 !== 0)) return null
  try {
    return utf8.decode(Buffer.from(unpadded, 'base64'))
  } catch {
    return null
  }
}

/** Text a person or program wrote: no control characters (random bytes that happen to decode are not). */
function isPrintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || c === 0x7f) return false
  }
  return true
}

/**
 * Kibana's key is base64 of "<id>:<key>": a value that decodes (strict base64) to printable UTF-8
 * holding a colon is that form, and the token is what follows the first colon. Anything else is the
 * token itself: a raw token (64 random bytes in base64) does not decode to printable text.
 */
function apiKeyToken(value: string): string | null {
  const text = base64Text(value)
  if (text === null || !isPrintable(text)) return value
  const colon = text.indexOf(':')
  if (colon < 0) return value
  return text.slice(colon + 1) || null
}

function basicCredentials(value: string): UserCredentials | null {
  const text = base64Text(value)
  const colon = text?.indexOf(':') ?? -1
  if (text === null || colon <= 0 || colon === text.length - 1) return null
  return { scheme: 'basic', email: text.slice(0, colon), password: text.slice(colon + 1) }
}

/**
 * Parses an Authorization value: the credentials it carries, or null (absent, unknown scheme, malformed).
 * @example
 *   parseAuthorization('Bearer abc')             // { scheme: 'bearer', token: 'abc' }
 *   parseAuthorization('apikey ' + btoa('k:abc')) // { scheme: 'apikey', token: 'abc' }
 *   parseAuthorization('Basic !!')               // null
 */
export function parseAuthorization(header: string | undefined | null): Credentials | null {
  if (!header || header.length > MAX_AUTHORIZATION_LENGTH) return null
  const m = SCHEME_AND_VALUE.exec(header)
  if (!m) return null
  const [, scheme, value] = m
  switch (scheme.toLowerCase()) {
    case 'bearer': return { scheme: 'bearer', token: value }
    case 'apikey': {
      const token = apiKeyToken(value)
      return token ? { scheme: 'apikey', token } : null
    }
    case 'basic': return basicCredentials(value)
    case 'device': return { scheme: 'device', token: value }
    default: return null
  }
}

/**
 * The token of `Authorization: Device …`, or null.
 * @example
 *   deviceToken('Device abc') === 'abc'
 */
export function deviceToken(header: string | undefined | null): string | null {
  const c = parseAuthorization(header)
  return c?.scheme === 'device' ? c.token : null
}
