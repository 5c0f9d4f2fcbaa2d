// The one Authorization parser: each scheme, scheme names in any case, and malformed or oversized
// values that must be "no credentials" (a 401 downstream), never an exception.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { MAX_AUTHORIZATION_LENGTH, deviceToken, parseAuthorization } from './authorization.js'

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
/** The session token a value carries (Bearer or ApiKey), as the context reads it. */
function sessionToken(header: string): string | null {
  const c = parseAuthorization(header)
  return c && (c.scheme === 'bearer' || c.scheme === 'apikey') ? c.token : null
}
/** A token as the server issues them: 64 random bytes in base64. */
const token = () => randomBytes(64).toString('base64')

describe('parseAuthorization', () => {
  it('reads Bearer, ApiKey, Basic and Device with the scheme in any case', () => {
    const t = token()
    for (const s of ['Bearer', 'bearer', 'BEARER']) assert.deepEqual(parseAuthorization(`${s} ${t}`), { scheme: 'bearer', token: t })
    for (const s of ['ApiKey', 'apikey', 'APIKEY']) assert.deepEqual(parseAuthorization(`${s} ${t}`), { scheme: 'apikey', token: t })
    for (const s of ['Basic', 'basic', 'BASIC']) {
      assert.deepEqual(parseAuthorization(`${s} ${b64('jane@example.com:correct horse 1!')}`), { scheme: 'basic', email: 'jane@example.com', password: 'correct horse 1!' })
    }
    assert.deepEqual(parseAuthorization('device abc'), { scheme: 'device', token: 'abc' })
    assert.deepEqual(parseAuthorization('  Bearer abc  '), { scheme: 'bearer', token: 'abc' })
  })

  it("takes Kibana's ApiKey form (base64 of \"<id>:<token>\") to mean the part after the first colon", () => {
    const t = token()
    assert.equal(sessionToken(`ApiKey ${b64(`partner-key-1:${t}`)}`), t)
    assert.equal(sessionToken(`ApiKey ${b64(`id:${t}`).replace(/=+$/, '')}`), t, 'padding is optional')
    assert.equal(sessionToken(`ApiKey ${b64('a:b:c')}`), 'b:c')
  })

  it('takes any other ApiKey value to be the token itself, raw tokens included', () => {
    for (let i = 0; i < 200; i++) {
      const t = token() // random bytes: never printable text holding a colon
      assert.equal(sessionToken(`ApiKey ${t}`), t)
    }
    assert.equal(sessionToken('ApiKey not-base64!'), 'not-base64!')
    assert.equal(sessionToken(`ApiKey ${b64('no colon here')}`), b64('no colon here'))
  })

  it('is null for an empty key after the colon, and for malformed Basic values', () => {
    assert.equal(parseAuthorization(`ApiKey ${b64('id:')}`), null)
    for (const v of ['!!!', b64('no-colon'), b64(':password only'), b64('email only:'), 'YQ', 'Y===', b64('a:b').slice(1), Buffer.from([0x61, 0x3a, 0xff, 0xfe]).toString('base64')]) {
      assert.equal(parseAuthorization(`Basic ${v}`), null, v)
    }
  })

  it('is null without a header, for unknown schemes, missing or extra parts, and past the length limit', () => {
    for (const h of [undefined, null, '', 'Bearer', 'Bearer ', 'abc', 'Token abc', 'Bearer a b', 'Negotiate abc', 'Basic', 'ApiKey']) {
      assert.equal(parseAuthorization(h), null, String(h))
    }
    assert.equal(parseAuthorization(`Bearer ${'a'.repeat(MAX_AUTHORIZATION_LENGTH)}`), null)
    assert.equal(parseAuthorization(`Basic ${b64(`${'e'.repeat(3000)}@x:${'p'.repeat(3000)}`)}`), null)
    assert.equal(parseAuthorization(' '.repeat(MAX_AUTHORIZATION_LENGTH)), null)
  })

  it('tells user credentials from device tokens', () => {
    assert.equal(sessionToken('Device abc'), null)
    assert.equal(deviceToken('Bearer abc'), null)
    assert.equal(deviceToken('Device abc'), 'abc')
    assert.equal(sessionToken(`Basic ${b64('a@b.c:pw')}`), null)
  })
})
