import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { checkInput, checkJsonBody, MAX_JSON_DEPTH } from './input-rules.js'
import { RestError } from './errors.js'

/** The error checkInput throws, as {code, fieldErrors}. */
function refusal(value: unknown, where = 'body') {
  try { checkInput(value, where) } catch (e) {
    assert.ok(e instanceof RestError)
    return { code: e.code, names: e.fieldErrors?.map((f) => f.name) }
  }
  return null
}

const nest = (depth: number) => { let v: unknown = 'leaf'; for (let i = 0; i < depth; i++) v = [v]; return v }

describe('REST input rules', () => {
  it('accepts control characters, lone surrogates and any other Unicode but NUL', () => {
    assert.equal(refusal({ a: '\u0001\u001f\u007f', b: ['\ud800', '\udfff'], c: 'ü🎉', d: 5, e: null, f: true }), null)
  })

  it('refuses a NUL in a value with VALIDATION_FAILED naming the dotted path', () => {
    assert.deepEqual(refusal({ specs: [{ name: 'ok' }, { name: 'a\u0000' }] }), { code: 'VALIDATION_FAILED', names: ['specs.1.name'] })
  })

  it('refuses a NUL in a key, naming the key with the NUL spelled out', () => {
    assert.deepEqual(refusal({ outer: { 'k\u0000': 1 } }), { code: 'VALIDATION_FAILED', names: ['outer.k\\u0000'] })
  })

  it('names the input itself when the whole value is a string holding a NUL', () => {
    assert.deepEqual(refusal('\u0000', 'query'), { code: 'VALIDATION_FAILED', names: ['query'] })
  })

  it(`accepts ${MAX_JSON_DEPTH} levels of nesting and refuses one more with BAD_REQUEST`, () => {
    assert.equal(refusal(nest(MAX_JSON_DEPTH)), null)
    assert.equal(refusal(nest(MAX_JSON_DEPTH + 1))?.code, 'BAD_REQUEST')
  })

  it('walks 100,000 nested levels and a 100,000-element array without overflowing the stack', () => {
    assert.equal(refusal(nest(100_000))?.code, 'BAD_REQUEST')
    const wide = Array.from({ length: 100_000 }, () => 'x')
    wide.push('\u0000')
    assert.deepEqual(refusal(wide), { code: 'VALIDATION_FAILED', names: ['100000'] })
  })

  it('checks a JSON body from its text: the \\u0000 escape and bracket depth, brackets in strings not counted', () => {
    const json = (text: string) => { try { checkJsonBody(text, JSON.parse(text)); return null } catch (e) { return (e as RestError).code } }
    assert.equal(json('{"a": "x\\u0000"}'), 'VALIDATION_FAILED')
    assert.equal(json('{"a\\u0000": 1}'), 'VALIDATION_FAILED')
    assert.equal(json('{"a": "\\\\u0000 is only spelled out"}'), null)
    assert.equal(json(`{"a": "${'['.repeat(500)}"}`), null)
    assert.equal(json('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH)), null)
    assert.equal(json('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)), 'BAD_REQUEST')
  })
})
