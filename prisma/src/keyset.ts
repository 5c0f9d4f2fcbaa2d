// Keyset pagination's WHERE clause: rows strictly after (or before) the cursor row in the order
// given by `columns`, all sorted in one direction with the row's id last as the tie-breaker.
// A row comparison `(a, b, id) > ($1, $2, $3)` that PostgreSQL answers from a matching index, so
// page 1,000 costs what page 1 costs.
import { Prisma } from '../generated/client/client.js'

/**
 * @param columns the sort expressions, the unique id last (e.g. [Prisma.sql`h.hostname`, Prisma.sql`h.id`])
 * @param values  the cursor's keys, same length (wrap one in Prisma.sql to cast it, e.g. Prisma.sql`${v}::timestamptz`)
 * @param after   true for rows after the cursor in the order, false for rows before it
 * @param desc    true when the order is descending
 * @example
 *   const where = keysetPredicate([Prisma.sql`h.hostname`, Prisma.sql`h.id`], cursor, window.forward, false)
 */
export function keysetPredicate(columns: Prisma.Sql[], values: unknown[], after: boolean, desc: boolean): Prisma.Sql {
  if (columns.length !== values.length || !columns.length) throw new Error('keysetPredicate: one value per column')
  const op = after !== desc ? Prisma.raw('>') : Prisma.raw('<')
  const vals = values.map((v) => (v instanceof Prisma.Sql ? v : Prisma.sql`${v}`))
  return Prisma.sql`(${Prisma.join(columns, ', ')}) ${op} (${Prisma.join(vals, ', ')})`
}

/** ORDER BY for a keyset window: the order's direction when paging forwards, reversed when backwards. */
export function keysetOrder(columns: Prisma.Sql[], forward: boolean, desc: boolean): Prisma.Sql {
  const dir = Prisma.raw(forward !== desc ? 'ASC' : 'DESC')
  return Prisma.join(columns.map((c) => Prisma.sql`${c} ${dir}`), ', ')
}
