// Same-named fields merge before planning (merge-fields.ts): the rewritten document holds each
// response key once per selection set, with the same meaning as the original.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parse, print } from 'graphql'
import { mergeSameNamedFields } from '../src/merge-fields.js'

const merged = (doc: string) => print(mergeSameNamedFields(parse(doc)))
const same = (doc: string) => print(parse(doc))

describe('mergeSameNamedFields', () => {
  it('merges sibling fields with the same response key into one', () => {
    assert.equal(merged('{ users { id } users { email } }'), same('{ users { id email } }'))
  })

  it('merges what the merge brings together, at every level', () => {
    assert.equal(merged('{ hosts { id team { id } } hosts { team { name } } }'), same('{ hosts { id team { id name } } }'))
  })

  it('merges aliased fields by their alias, inside fragments too', () => {
    assert.equal(
      merged('{ a: users { id } a: users { email } ...F } fragment F on Query { hosts { id } hosts { id } }'),
      same('{ a: users { id email } ...F } fragment F on Query { hosts { id } }'),
    )
  })

  it('keeps fields whose @skip/@include differ, the later one behind an inline fragment', () => {
    assert.equal(
      merged('query($a: Boolean!) { users { id } users @include(if: $a) { email } }'),
      same('query($a: Boolean!) { users { id } ... { users @include(if: $a) { email } } }'),
    )
  })

  it('returns the same document object when nothing repeats (query plans are cached per document)', () => {
    const document = parse('{ users { id email } hosts { id } }')
    assert.equal(mergeSameNamedFields(document), document)
  })

  it('returns one stable document per repeated input', () => {
    const document = parse('{ users { id } users { email } }')
    assert.equal(mergeSameNamedFields(document), mergeSameNamedFields(document))
  })
})
