import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { MAX_OFFSET_WINDOW, offsetWindow } from './offset-page.js'

describe('numbered pages (offsetWindow)', () => {
  it('turns a page and its size into an offset and a limit, pages numbered from 1 or 0', () => {
    assert.deepEqual(offsetWindow(1, 20), { offset: 0, limit: 20, page: 1, perPage: 20 })
    assert.deepEqual(offsetWindow(3, 20), { offset: 40, limit: 20, page: 3, perPage: 20 })
    assert.deepEqual(offsetWindow(0, 100, 0), { offset: 0, limit: 100, page: 0, perPage: 100 })
    assert.deepEqual(offsetWindow(2, 100, 0), { offset: 200, limit: 100, page: 2, perPage: 100 })
  })

  it('refuses pages before the first, fractions, negative sizes and pages past the 10,000th row', () => {
    for (const [page, perPage, first] of [[0, 20, 1], [-1, 20, 0], [1.5, 20, 1], [1, -1, 1], [1, 2.5, 1], [2, MAX_OFFSET_WINDOW, 1], [101, 100, 1]] as const) {
      assert.throws(() => offsetWindow(page, perPage, first), (e: { code?: string }) => e.code === 'VALIDATION_FAILED', `${page} × ${perPage}`)
    }
    assert.deepEqual(offsetWindow(100, 100, 1).offset, 9_900)
  })
})
