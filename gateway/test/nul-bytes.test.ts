// NUL characters are found in variables (at any depth, keys included) and in literals, and
// named by path (nul-bytes.ts).
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'graphql'
import { nulError, nulInDocument, nulInJson } from '../src/nul-bytes.js'

describe('NUL characters', () => {
  it('names the variable path of a NUL in a variable', () => {
    assert.equal(nulInJson({ input: { name: 'a\u0000b' } }, ''), 'input.name')
    assert.equal(nulInJson({ specs: [{ name: 'ok' }, { queries: ['x', '\u0000'] }] }, ''), 'specs[1].queries[1]')
  })

  it('finds a NUL in an object key (JSON scalars)', () => {
    assert.equal(nulInJson({ options: { 'k\u0000': 1 } }, ''), 'options.k\u0000')
  })

  it('walks nesting too deep for recursion', () => {
    let deep: unknown = 'a\u0000'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const path = nulInJson({ v: deep }, '') ?? ''
    assert.equal(path.length, 'v'.length + '[0]'.length * 100_000)
    assert.ok(path.startsWith('v[0][0]'))
  })

  it('names the argument path of a NUL in a literal, and variable defaults', () => {
    assert.equal(nulInDocument(parse('mutation { createPack(input: { name: "a\\u0000b" }) { id } }')), 'input.name')
    assert.equal(nulInDocument(parse('query($q: String = "\\u0000") { hosts(query: $q) { id } }')), '$q')
    assert.equal(nulInDocument(parse('{ hosts(query: "fine") { id } }')), undefined)
  })

  it('answers 422 BAD_USER_INPUT with the path as a field error', () => {
    const e = nulError('input.name')
    assert.equal(e.extensions.code, 'BAD_USER_INPUT')
    assert.deepEqual(e.extensions.http, { status: 422, spec: false })
    assert.deepEqual(e.extensions.errors, [{ name: 'input.name', reason: 'must not contain a NUL character (U+0000)' }])
    assert.match(e.message, /input\.name/)
  })
})
