import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { decodeBase64Strict, truncateForMessage } from './encoding.js'

describe('decodeBase64Strict', () => {
  it('decodes padded base64, also when it is wrapped in lines', () => {
    const text = 'hello, mobileconfig'
    const b64 = Buffer.from(text).toString('base64')
    assert.deepEqual(decodeBase64Strict(b64, 100), { ok: true, bytes: Buffer.from(text) })
    const wrapped = `${b64.slice(0, 8)}\r\n${b64.slice(8)}\n`
    assert.deepEqual(decodeBase64Strict(wrapped, 100), { ok: true, bytes: Buffer.from(text) })
  })

  it('decodes the empty string to no bytes', () => {
    assert.deepEqual(decodeBase64Strict('', 10), { ok: true, bytes: Buffer.alloc(0) })
  })

  it('rejects characters outside the alphabet, url-safe base64 and missing padding', () => {
    for (const bad of ['not base64!', 'ab-_', 'YWJj ZA==', 'YWJjZA', 'YQ===', '=YWJ']) {
      assert.deepEqual(decodeBase64Strict(bad, 100), { ok: false, error: 'invalid' }, bad)
    }
  })

  it('rejects input that decodes to more than the limit, before decoding it', () => {
    const b64 = Buffer.alloc(11).toString('base64')
    assert.deepEqual(decodeBase64Strict(b64, 10), { ok: false, error: 'too_large' })
    assert.equal(decodeBase64Strict(b64, 11).ok, true)
    assert.deepEqual(decodeBase64Strict('A'.repeat(4000), 100), { ok: false, error: 'too_large' })
  })
})

describe('truncateForMessage', () => {
  it('keeps short values and shortens long ones', () => {
    assert.equal(truncateForMessage('abc'), 'abc')
    assert.equal(truncateForMessage('x'.repeat(150)), `${'x'.repeat(100)}…`)
  })
})
