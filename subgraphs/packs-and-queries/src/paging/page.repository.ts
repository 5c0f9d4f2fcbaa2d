// Keyset page SQL shared by this subgraph's connections: one statement for a top-level page, and one
// statement for the pages of any number of parents (a LATERAL join per parent id, each side using
// the same index a top-level page uses), so 50 teams asking `policies(first: 5)` cost one statement.
import { Prisma as P, keysetOrder, keysetPredicate } from '@fleetgraph/prisma'
import type { PageWindow } from '@fleetgraph/subgraph-kit'

export const { sql, join, empty, raw } = P.Prisma
export type Sql = P.Prisma.Sql

/** A page's query: `select` from `from` where every `where` holds, ordered by `keys` (the unique id last). */
export interface PageQuery {
  select: Sql
  from: Sql
  where: Sql[]
  keys: Sql[]
  desc: boolean
  window: PageWindow
  /** The cursor's keys as SQL values (casts where needed); defaults to the raw values. */
  cursorValues?: (keys: unknown[]) => Sql[]
}

/** AND of the conditions (TRUE for none). */
export function and(conds: Sql[]): Sql {
  return conds.length ? join(conds.map((c) => sql`(${c})`), ' AND ') : sql`TRUE`
}

/** One page: `size + 1` rows in the window's direction after (or before) the cursor. */
export function pageSql(q: PageQuery, numbered = false): Sql {
  const conds = [...q.where]
  if (q.window.cursor) {
    const values = q.cursorValues ? q.cursorValues(q.window.cursor) : q.window.cursor.map((v) => sql`${v}`)
    conds.push(keysetPredicate(q.keys, values, q.window.forward, q.desc))
  }
  const order = keysetOrder(q.keys, q.window.forward, q.desc)
  const rn = numbered ? sql`, row_number() OVER (ORDER BY ${order}) AS page_rn` : empty
  return sql`SELECT ${q.select}${rn} FROM ${q.from} WHERE ${and(conds)} ORDER BY ${order} LIMIT ${q.window.size + 1}`
}

/**
 * The same page for every parent id in one statement: `from`/`where` refer to the current parent as
 * `parent.id`. Rows come back with `parent_id`, in page order within each parent.
 */
export function parentsPageSql(parentIds: number[], q: PageQuery): Sql {
  return sql`SELECT parent.id AS parent_id, page.* FROM unnest(${parentIds}::int[]) AS parent(id)
    CROSS JOIN LATERAL (${pageSql(q, true)}) AS page ORDER BY parent.id, page.page_rn`
}

/** Groups rows by `parent_id` (every parent gets an entry). */
export function byParent<R extends { parent_id: number }>(parentIds: number[], rows: R[]): Map<number, R[]> {
  const out = new Map<number, R[]>(parentIds.map((id) => [id, []]))
  for (const r of rows) out.get(Number(r.parent_id))?.push(r)
  return out
}

/** `%text%` for ILIKE, with the pattern characters in `text` matched literally. */
export function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** A cursor's timestamp key back as a column value (TIMESTAMP(3), no time zone). */
export const asTimestamp = (v: unknown): Sql => sql`${v}::timestamp(3)`
