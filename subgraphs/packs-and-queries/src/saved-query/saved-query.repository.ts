import type { Database, PrismaClient } from '@fleetgraph/prisma'
import type { PageWindow } from '@fleetgraph/subgraph-kit'
import type { SavedQueryRow } from './saved-query.type.js'
import { and, asTimestamp, contains, pageSql, sql, type Sql } from '../paging/page.repository.js'

export interface SavedQueryPageFilter { search?: string | null; observerCanRun?: boolean | null; platform?: string | null }
export type SavedQuerySort = { field: 'NAME' | 'CREATED_AT' | 'UPDATED_AT'; desc: boolean }

const COLUMNS = sql`q.id, q.name, q.description, q.query, q.observer_can_run, q.platform, q.created_at, q.updated_at`

function queryWhere(f: SavedQueryPageFilter): Sql[] {
  const w = [sql`q.saved`]
  if (f.search) w.push(sql`q.name ILIKE ${contains(f.search)}`)
  if (f.observerCanRun != null) w.push(sql`q.observer_can_run = ${f.observerCanRun}`)
  // Fleet: a query with no platform runs everywhere; otherwise its comma-separated list must name it.
  if (f.platform) w.push(sql`(q.platform = '' OR ${f.platform} = ANY(string_to_array(replace(q.platform, ' ', ''), ',')))`)
  return w
}

type Tx = Pick<PrismaClient, 'savedQuery'>

export class SavedQueryRepository {
  constructor(private readonly db: Database) {}

  listSaved(): Promise<SavedQueryRow[]> {
    return this.db.prisma.savedQuery.findMany({ where: { saved: true }, orderBy: { id: 'asc' } })
  }

  /** One page of saved queries (ad-hoc live queries excluded). */
  page(window: PageWindow, filter: SavedQueryPageFilter, sort: SavedQuerySort): Promise<SavedQueryRow[]> {
    const col = sort.field === 'NAME' ? sql`q.name` : sort.field === 'CREATED_AT' ? sql`q.created_at` : sql`q.updated_at`
    return this.db.prisma.$queryRaw<SavedQueryRow[]>(pageSql({
      select: COLUMNS, from: sql`queries q`, where: queryWhere(filter), keys: [col, sql`q.id`], desc: sort.desc, window,
      cursorValues: sort.field === 'NAME' ? undefined : ([t, id]) => [asTimestamp(t), sql`${id}`],
    }))
  }

  async count(filter: SavedQueryPageFilter): Promise<number> {
    const [r] = await this.db.prisma.$queryRaw<{ n: number }[]>(sql`SELECT count(*)::int AS n FROM queries q WHERE ${and(queryWhere(filter))}`)
    return r?.n ?? 0
  }

  byName(name: string): Promise<SavedQueryRow | null> {
    return this.db.prisma.savedQuery.findUnique({ where: { name } }).then((r) => (r?.saved ? r : null))
  }

  byIds(ids: number[]): Promise<SavedQueryRow[]> {
    return this.db.prisma.savedQuery.findMany({ where: { id: { in: ids } } })
  }

  /** Upserts every spec by name in one transaction. */
  async upsertMany(specs: { name: string; description: string; query: string }[], authorId: number): Promise<void> {
    await this.db.prisma.$transaction(async (tx: Tx) => {
      for (const s of specs) {
        await tx.savedQuery.upsert({
          where: { name: s.name },
          create: { ...s, author_id: authorId, saved: true },
          update: { description: s.description, query: s.query, saved: true },
        })
      }
    })
  }
}
