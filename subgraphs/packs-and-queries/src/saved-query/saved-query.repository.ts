import type { Database, PrismaClient } from '@fleetgraph/prisma'
import { Prisma } from '@fleetgraph/prisma'
import { mapPrismaErrors, type OffsetWindow, type PageWindow } from '@fleetgraph/subgraph-kit'
import type { SavedQueryRow } from './saved-query.type.js'
import { and, asTimestamp, contains, pageSql, sql, type Sql } from '../paging/page.repository.js'

export interface SavedQueryPageFilter { search?: string | null; observerCanRun?: boolean | null; platform?: string | null }
export type SavedQuerySort = { field: 'NAME' | 'CREATED_AT' | 'UPDATED_AT'; desc: boolean }

const COLUMNS = sql`q.id, q.name, q.description, q.query, q.observer_can_run, q.platform, q.created_at, q.updated_at,
  q.interval, q.min_osquery_version, q.logging_type, q.kibana, q.author_id, q.updated_by_id`

function queryWhere(f: SavedQueryPageFilter): Sql[] {
  const w = [sql`q.saved`]
  if (f.search) w.push(sql`q.name ILIKE ${contains(f.search)}`)
  if (f.observerCanRun != null) w.push(sql`q.observer_can_run = ${f.observerCanRun}`)
  // Fleet: a query with no platform runs everywhere; otherwise its comma-separated list must name it.
  if (f.platform) w.push(sql`(q.platform = '' OR ${f.platform} = ANY(string_to_array(replace(q.platform, ' ', ''), ',')))`)
  return w
}

const sortColumn = (f: SavedQuerySort['field']) => (f === 'NAME' ? sql`q.name` : f === 'CREATED_AT' ? sql`q.created_at` : sql`q.updated_at`)

/** The columns a saved query's create or update writes (Prisma's names). */
export interface SavedQueryWrite {
  name?: string; query?: string; description?: string; interval?: number; platform?: string; min_osquery_version?: string
  logging_type?: string; observer_can_run?: boolean; kibana?: object | null
}

type Tx = Pick<PrismaClient, 'savedQuery'>
const jsonOrNull = (v: object | null | undefined) => (v === undefined ? undefined : v === null ? Prisma.Prisma.DbNull : v as Prisma.Prisma.InputJsonValue)

export class SavedQueryRepository {
  constructor(private readonly db: Database) {}

  listSaved(): Promise<SavedQueryRow[]> {
    return this.db.prisma.savedQuery.findMany({ where: { saved: true }, orderBy: { id: 'asc' } })
  }

  /**
   * Saved queries matching the filter in the REST list's order (`orderColumn` comes from the service's
   * allowlist, never from the request), the id breaking ties; all of them when `take` is absent.
   */
  list(filter: SavedQueryPageFilter, o: { orderColumn: string; desc: boolean; skip: number; take?: number }): Promise<SavedQueryRow[]> {
    const dir = Prisma.Prisma.raw(o.desc ? 'DESC' : 'ASC')
    const limit = o.take == null ? sql`` : sql`LIMIT ${o.take}`
    return this.db.prisma.$queryRaw<SavedQueryRow[]>(sql`
      SELECT ${COLUMNS} FROM queries q WHERE ${and(queryWhere(filter))}
      ORDER BY ${Prisma.Prisma.raw(`q.${o.orderColumn}`)} ${dir}, q.id ${dir} OFFSET ${o.skip} ${limit}`)
  }

  /** One page of saved queries (ad-hoc live queries excluded). */
  page(window: PageWindow, filter: SavedQueryPageFilter, sort: SavedQuerySort): Promise<SavedQueryRow[]> {
    return this.db.prisma.$queryRaw<SavedQueryRow[]>(pageSql({
      select: COLUMNS, from: sql`queries q`, where: queryWhere(filter), keys: [sortColumn(sort.field), sql`q.id`], desc: sort.desc, window,
      cursorValues: sort.field === 'NAME' ? undefined : ([t, id]) => [asTimestamp(t), sql`${id}`],
    }))
  }

  /** One numbered page of saved queries (the same order as `page`, the id breaking ties). */
  offsetPage(w: OffsetWindow, filter: SavedQueryPageFilter, sort: SavedQuerySort): Promise<SavedQueryRow[]> {
    const dir = Prisma.Prisma.raw(sort.desc ? 'DESC' : 'ASC')
    return this.db.prisma.$queryRaw<SavedQueryRow[]>(sql`
      SELECT ${COLUMNS} FROM queries q WHERE ${and(queryWhere(filter))}
      ORDER BY ${sortColumn(sort.field)} ${dir}, q.id ${dir} OFFSET ${w.offset} LIMIT ${w.limit}`)
  }

  async count(filter: SavedQueryPageFilter): Promise<number> {
    const [r] = await this.db.prisma.$queryRaw<{ n: number }[]>(sql`SELECT count(*)::int AS n FROM queries q WHERE ${and(queryWhere(filter))}`)
    return r?.n ?? 0
  }

  byName(name: string): Promise<SavedQueryRow | null> {
    return this.db.prisma.savedQuery.findUnique({ where: { name } }).then((r) => (r?.saved ? r : null))
  }

  /** Whether any query row (saved, ad-hoc or a pack's) holds the name: names are unique across them all. */
  nameTaken(name: string, exceptId?: number): Promise<boolean> {
    return this.db.prisma.savedQuery.count({ where: { name, ...(exceptId ? { id: { not: exceptId } } : {}) } }).then((n) => n > 0)
  }

  /** A saved query by id (ad-hoc and pack rows are not saved queries). */
  savedById(id: number): Promise<SavedQueryRow | null> {
    return this.db.prisma.savedQuery.findFirst({ where: { id, saved: true } })
  }

  byIds(ids: number[]): Promise<SavedQueryRow[]> {
    return this.db.prisma.savedQuery.findMany({ where: { id: { in: ids } } })
  }

  create(f: SavedQueryWrite & { name: string; query: string }, authorId: number): Promise<SavedQueryRow> {
    return mapPrismaErrors('query', () => this.db.prisma.savedQuery.create({
      data: { ...f, kibana: jsonOrNull(f.kibana), saved: true, author_id: authorId, updated_by_id: authorId },
    }))
  }

  update(id: number, f: SavedQueryWrite, editorId: number): Promise<SavedQueryRow> {
    return mapPrismaErrors('query', () => this.db.prisma.savedQuery.update({ where: { id }, data: { ...f, kibana: jsonOrNull(f.kibana), updated_by_id: editorId } }))
  }

  async delete(id: number): Promise<boolean> {
    return (await this.db.prisma.savedQuery.deleteMany({ where: { id, saved: true } })).count > 0
  }

  /**
   * Kibana's copy name: `<base>_copy` when free, else `_copy_<n>` past the highest numbered copy
   * (`_copy` itself counting as 1), whatever else holds names.
   */
  async copyName(base: string): Promise<string> {
    const copy = `${base}_copy`
    const [r] = await this.db.sql.query<{ taken: boolean; top: number | null }>(`
      SELECT EXISTS (SELECT 1 FROM queries WHERE name = $1) AS taken,
        (SELECT max(substring(name from char_length($1) + 2)::bigint) FROM queries
          WHERE left(name, char_length($1) + 1) = $1 || '_' AND substring(name from char_length($1) + 2) ~ '^[1-9][0-9]{0,9}$') AS top`, [copy])
    if (!r?.taken) return copy
    return `${copy}_${Math.max(1, Number(r.top ?? 1)) + 1}`
  }

  /** Upserts every spec by name in one transaction. */
  /** Query specs by name: created with the given columns, or updated in the given ones only. */
  async upsertMany(specs: (Omit<SavedQueryWrite, 'kibana'> & { name: string; query: string })[], authorId: number): Promise<void> {
    await this.db.prisma.$transaction(async (tx: Tx) => {
      for (const { name, ...columns } of specs) {
        await tx.savedQuery.upsert({
          where: { name },
          create: { name, ...columns, author_id: authorId, saved: true },
          update: { ...columns, saved: true },
        })
      }
    })
  }
}
