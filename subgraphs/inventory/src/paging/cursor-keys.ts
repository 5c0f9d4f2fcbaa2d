// A cursor is opaque but not trusted: pageWindow checks its order and key count, this checks each
// key's type before it reaches SQL, so a forged cursor is a BAD_REQUEST, never a database error.
import { badRequest, type PageWindow } from '@fleetgraph/subgraph-kit'

export type KeyKind = 'text' | 'timestamp' | 'int'

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/

function fits(kind: KeyKind, v: unknown): boolean {
  if (kind === 'text') return typeof v === 'string'
  if (kind === 'int') return typeof v === 'number' && Number.isSafeInteger(v) && Math.abs(v) <= 2_147_483_647
  return typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v))
}

/** Checks the window's cursor keys against `kinds` (the id, an int, is checked last). */
export function checkCursorKeys(window: PageWindow, kinds: KeyKind[]): void {
  if (!window.cursor) return
  const all: KeyKind[] = [...kinds, 'int']
  if (window.cursor.length !== all.length || !window.cursor.every((v, i) => fits(all[i]!, v))) {
    throw badRequest(`${window.forward ? 'after' : 'before'}: not a cursor of this list and order`)
  }
}
