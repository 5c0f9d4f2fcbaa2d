// Keyset pages over one table sorted by one column (labels, teams, users): the SQL shared by their
// repositories. Hosts have more orders and filters and build theirs in host.repository.ts.
import { keysetOrder, keysetPredicate, Prisma, type Database } from '@fleetgraph/prisma'

const { sql, join, raw } = Prisma.Prisma
export type Sql = Prisma.Prisma.Sql
export { sql, join, raw }

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
export const likeContains = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

export interface KeysetWindow {
  forward: boolean
  desc: boolean
  /** size + 1 rows are fetched. */
  size: number
  /** [sort key, id] of the cursor row, or null from the start. */
  cursor: (string | number | boolean | null)[] | null
}

export interface KeysetTable {
  /** `SELECT` list, e.g. raw('l.*'). */
  select: Sql
  /** `FROM` clause, e.g. raw('labels l'). */
  from: Sql
  /** The sort column and the cast its cursor value needs (timestamps). */
  key: Sql
  cast: 'text' | 'timestamp'
  /** The id column. */
  id: Sql
}

/** A row with its sort key (as the cursor stores it). */
export interface KeyedRow<R> { row: R; key: string }

const castKey = (t: KeysetTable, v: unknown): Sql => (t.cast === 'timestamp' ? sql`${v}::timestamp(3)` : sql`${v}`)
const whereOf = (conds: Sql[]): Sql => (conds.length ? join(conds, ' AND ') : raw('TRUE'))

function parts(t: KeysetTable, conds: Sql[], w: KeysetWindow) {
  const keys = [t.key, t.id]
  const all = w.cursor ? [...conds, keysetPredicate(keys, [castKey(t, w.cursor[0]), sql`${w.cursor[1]}::int`], w.forward, w.desc)] : conds
  return { where: whereOf(all), orderBy: keysetOrder(keys, w.forward, w.desc) }
}

type Raw<R> = R & { sort_key: unknown; parent_id?: number }
function keyed<R>(r: Raw<R>): KeyedRow<R> {
  const { sort_key, parent_id: _parent, ...row } = r
  return { row: row as R, key: sort_key instanceof Date ? sort_key.toISOString() : String(sort_key) }
}

/** One keyset page. */
export async function keysetPage<R>(db: Database, t: KeysetTable, conds: Sql[], w: KeysetWindow): Promise<KeyedRow<R>[]> {
  const { where, orderBy } = parts(t, conds, w)
  const rows = await db.prisma.$queryRaw<Raw<R>[]>(sql`SELECT ${t.select}, ${t.key} AS sort_key FROM ${t.from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${w.size + 1}`)
  return rows.map(keyed)
}

/** How many rows match. */
export async function keysetCount(db: Database, t: KeysetTable, conds: Sql[]): Promise<number> {
  const [r] = await db.prisma.$queryRaw<{ n: bigint }[]>(sql`SELECT count(*) AS n FROM ${t.from} WHERE ${whereOf(conds)}`)
  return Number(r?.n ?? 0)
}

/**
 * The same page under many parents in ONE statement: `condsOf(p.parent_id)` narrows the rows to a
 * parent, and a LATERAL subquery reads each parent's keyset window.
 */
export async function keysetPagesOf<R>(db: Database, t: KeysetTable, parentIds: number[], condsOf: (parent: Sql) => Sql[], w: KeysetWindow): Promise<Map<number, KeyedRow<R>[]>> {
  const { where, orderBy } = parts(t, condsOf(raw('p.parent_id')), w)
  const rows = await db.prisma.$queryRaw<Raw<R>[]>(sql`SELECT p.parent_id, x.* FROM unnest(${parentIds}::int[]) AS p(parent_id)
    CROSS JOIN LATERAL (SELECT ${t.select}, ${t.key} AS sort_key FROM ${t.from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${w.size + 1}) x`)
  const out = new Map<number, KeyedRow<R>[]>(parentIds.map((id) => [id, []]))
  for (const r of rows) out.get(r.parent_id!)!.push(keyed(r))
  return out
}

/** How many rows match under each parent, in one statement. */
export async function keysetCountsOf(db: Database, t: KeysetTable, parentIds: number[], condsOf: (parent: Sql) => Sql[]): Promise<Map<number, number>> {
  const rows = await db.prisma.$queryRaw<{ parent_id: number; n: bigint }[]>(sql`SELECT p.parent_id,
    (SELECT count(*) FROM ${t.from} WHERE ${whereOf(condsOf(raw('p.parent_id')))}) AS n FROM unnest(${parentIds}::int[]) AS p(parent_id)`)
  return new Map(rows.map((r) => [r.parent_id, Number(r.n)]))
}
