// Node ids and connection windows (relay.ts): ids round-trip, only the canonical
// spelling of an id is accepted, cursors are bound to their order and refused
// when tampered with, and page windows follow Relay's first/after, last/before.
import 'reflect-metadata'
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { toGlobalId } from 'graphql-relay'
import { FleetError } from './errors.js'
import {
  DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, NODE_TYPES, emptyPage, encodeCursor, fromNodeId, pageWindow, parseId, toNodeId, toPage,
  type CursorKey, type PageWindow,
} from './relay.js'

const codeOf = (fn: () => unknown): string | undefined => {
  try { fn() } catch (e) { return e instanceof FleetError ? e.code : 'not a FleetError' }
  return undefined
}

describe('node ids', () => {
  it('round-trips every node type and id', () => {
    for (const type of NODE_TYPES) {
      for (const n of [1, 7, 1_000, 2_147_483_647]) {
        const id = toNodeId(type, n)
        assert.deepEqual(fromNodeId(id), { type, id: n })
        assert.equal(parseId(id, type), n)
        assert.equal(parseId(id), n)
      }
    }
  })

  it('is graphql-relay\'s global id: base64 of "Type:n"', () => {
    assert.equal(toNodeId('Host', 7), Buffer.from('Host:7').toString('base64'))
    assert.equal(toNodeId('Host', 7), toGlobalId('Host', '7'))
  })

  it('gives the same integer different ids in different types', () => {
    const ids = NODE_TYPES.map((t) => toNodeId(t, 5))
    assert.equal(new Set(ids).size, NODE_TYPES.length)
  })

  it("refuses a node id of another type when a type is asked for", () => {
    assert.equal(parseId(toNodeId('Label', 3), 'Host'), null)
    assert.equal(parseId(toNodeId('Host', 3), 'Host'), 3)
  })

  it("accepts Fleet's integer ids, as numbers and as decimal strings", () => {
    assert.equal(parseId('42', 'Host'), 42)
    assert.equal(parseId(42, 'Host'), 42)
    assert.equal(parseId('2147483647'), 2_147_483_647)
  })

  it('refuses integers out of range and non-integers', () => {
    for (const bad of ['0', 0, -1, '-1', '2147483648', 2_147_483_648, 1.5, '1.5', '', ' 1', '1e3', '0x10', null, undefined, {}, []]) {
      assert.equal(parseId(bad), null, `parseId(${JSON.stringify(bad)})`)
    }
  })

  it('refuses non-canonical spellings of a valid id', () => {
    const id = toNodeId('Host', 7) // "SG9zdDo3"
    const variants = [
      `${id}\n`, ` ${id}`, `${id}=`, `${id}==`, id.replace(/=+$/, ''),
      Buffer.from('Host:07').toString('base64'), // leading zero
      Buffer.from('Host:+7').toString('base64'),
      Buffer.from('Host: 7').toString('base64'),
      Buffer.from('Host:7').toString('base64url') + '.', // not base64 at all
    ].filter((v) => v !== id)
    for (const v of variants) assert.equal(fromNodeId(v), null, `accepted ${JSON.stringify(v)}`)
  })

  it('refuses forged ids: unknown types, missing or huge numbers, other separators, long input', () => {
    const forged = [
      toGlobalId('Query', '1'), toGlobalId('host', '1'), toGlobalId('EnrollSecret', '1'), toGlobalId('Host', ''), toGlobalId('Host', '0'),
      toGlobalId('Host', '-1'), toGlobalId('Host', '2147483648'), toGlobalId('Host', '99999999999'), toGlobalId('Host', '1:2'),
      Buffer.from('Host').toString('base64'), Buffer.from('Host;1').toString('base64'), 'A'.repeat(65), '%%%', 'SG9zdDo3'.repeat(9),
    ]
    for (const f of forged) {
      assert.equal(fromNodeId(f), null, `accepted ${f} (${Buffer.from(f, 'base64').toString()})`)
      assert.equal(parseId(f), null)
    }
  })
})

describe('cursors', () => {
  const order = 'HOSTNAME_ASC'
  it('decodes a cursor issued for the same order and key count', () => {
    const c = encodeCursor(order, ['web-1', 7])
    assert.deepEqual(pageWindow({ first: 10, after: c }, order, 2), { forward: true, size: 10, cursor: ['web-1', 7], order })
  })

  it('refuses a cursor of another order or another key count', () => {
    const c = encodeCursor(order, ['web-1', 7])
    assert.equal(codeOf(() => pageWindow({ after: c }, 'HOSTNAME_DESC', 2)), 'BAD_REQUEST')
    assert.equal(codeOf(() => pageWindow({ after: c }, order, 3)), 'BAD_REQUEST')
  })

  it('refuses tampered cursors', () => {
    const good = encodeCursor(order, ['web-1', 7])
    const raw = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const tampered = [
      good.slice(0, -2), `${good}==`, `${good}!`, 'not base64url +/', Buffer.from('{"o":').toString('base64url'),
      raw(null), raw([1, 2]), raw({ o: order }), raw({ o: order, k: 'web-1' }), raw({ o: order, k: [{ a: 1 }, 7] }),
      raw({ o: order, k: ['x'.repeat(513), 7] }), raw({ o: order, k: ['a\u0000b', 7] }), 'A'.repeat(1025),
    ]
    for (const t of tampered) assert.equal(codeOf(() => pageWindow({ first: 5, after: t }, order, 2)), 'BAD_REQUEST', `accepted ${t}`)
  })
})

describe('page windows', () => {
  it('defaults to the first page of DEFAULT_PAGE_SIZE items', () => {
    assert.deepEqual(pageWindow({}, 'O', 1), { forward: true, size: DEFAULT_PAGE_SIZE, cursor: null, order: 'O' })
  })

  it('pages backwards with last (and with before alone)', () => {
    const c = encodeCursor('O', [3])
    assert.deepEqual(pageWindow({ last: 4, before: c }, 'O', 1), { forward: false, size: 4, cursor: [3], order: 'O' })
    assert.deepEqual(pageWindow({ last: 4 }, 'O', 1), { forward: false, size: 4, cursor: null, order: 'O' })
    assert.deepEqual(pageWindow({ before: c }, 'O', 1), { forward: false, size: DEFAULT_PAGE_SIZE, cursor: [3], order: 'O' })
  })

  it(`accepts up to ${MAX_PAGE_SIZE} items and refuses more with PAGE_SIZE_EXCEEDED`, () => {
    assert.equal(pageWindow({ first: MAX_PAGE_SIZE }, 'O', 1).size, MAX_PAGE_SIZE)
    assert.equal(pageWindow({ first: 0 }, 'O', 1).size, 0)
    assert.equal(codeOf(() => pageWindow({ first: MAX_PAGE_SIZE + 1 }, 'O', 1)), 'PAGE_SIZE_EXCEEDED')
    assert.equal(codeOf(() => pageWindow({ last: MAX_PAGE_SIZE + 1 }, 'O', 1)), 'PAGE_SIZE_EXCEEDED')
  })

  it('refuses negative sizes, first with last, after with last, before with first', () => {
    const c = encodeCursor('O', [1])
    assert.equal(codeOf(() => pageWindow({ first: -1 }, 'O', 1)), 'BAD_REQUEST')
    assert.equal(codeOf(() => pageWindow({ first: 1, last: 1 }, 'O', 1)), 'BAD_REQUEST')
    assert.equal(codeOf(() => pageWindow({ last: 1, after: c }, 'O', 1)), 'BAD_REQUEST')
    assert.equal(codeOf(() => pageWindow({ first: 1, before: c }, 'O', 1)), 'BAD_REQUEST')
  })
})

describe('pages', () => {
  const rows = (ids: number[]) => ids.map((id) => ({ id }))
  const keys = (r: { id: number }): CursorKey[] => [r.id]
  const page = (fetched: number[], w: PageWindow) => toPage(rows(fetched), w, keys, (r) => r.id, async () => 99)

  it('turns the extra row of a forward window into hasNextPage', () => {
    const p = page([1, 2, 3], pageWindow({ first: 2 }, 'O', 1))
    assert.deepEqual(p.nodes, [1, 2])
    assert.deepEqual({ ...p.pageInfo }, { hasNextPage: true, hasPreviousPage: false, startCursor: encodeCursor('O', [1]), endCursor: encodeCursor('O', [2]) })
  })

  it('reports hasPreviousPage after a cursor (the approximation Relay allows)', () => {
    const p = page([3], pageWindow({ first: 2, after: encodeCursor('O', [2]) }, 'O', 1))
    assert.deepEqual([p.pageInfo.hasNextPage, p.pageInfo.hasPreviousPage], [false, true])
  })

  it('puts a backward window back in order and turns its extra row into hasPreviousPage', () => {
    // a backward window is fetched newest-first: 5, 4, 3 for last: 2 before 6
    const p = page([5, 4, 3], pageWindow({ last: 2, before: encodeCursor('O', [6]) }, 'O', 1))
    assert.deepEqual(p.nodes, [4, 5])
    assert.deepEqual([p.pageInfo.hasNextPage, p.pageInfo.hasPreviousPage], [true, true])
    assert.deepEqual(p.cursors, [encodeCursor('O', [4]), encodeCursor('O', [5])])
  })

  it('counts once, on request', async () => {
    let counted = 0
    const p = toPage(rows([1]), pageWindow({}, 'O', 1), keys, (r) => r.id, async () => ++counted)
    assert.equal(counted, 0)
    assert.equal(await p.totalCount(), 1)
    assert.equal(await p.totalCount(), 1)
  })

  it('has an empty page with no cursors', async () => {
    const p = emptyPage<number>()
    assert.deepEqual({ ...p.pageInfo }, { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null })
    assert.equal(await p.totalCount(), 0)
  })
})
