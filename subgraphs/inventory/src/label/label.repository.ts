import type { Database } from '@fleetgraph/prisma'
import type { LabelRow } from './label.type.js'

export class LabelRepository {
  constructor(private readonly db: Database) {}
  list(): Promise<LabelRow[]> { return this.db.prisma.label.findMany({ orderBy: { id: 'asc' } }) }
  byIds(ids: number[]): Promise<LabelRow[]> { return this.db.prisma.label.findMany({ where: { id: { in: ids } } }) }
}
