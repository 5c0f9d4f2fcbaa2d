import type { Database, PrismaClient } from '@fleetgraph/prisma'
import type { SavedQueryRow } from './saved-query.type.js'

type Tx = Pick<PrismaClient, 'savedQuery'>

export class SavedQueryRepository {
  constructor(private readonly db: Database) {}

  listSaved(): Promise<SavedQueryRow[]> {
    return this.db.prisma.savedQuery.findMany({ where: { saved: true }, orderBy: { id: 'asc' } })
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
