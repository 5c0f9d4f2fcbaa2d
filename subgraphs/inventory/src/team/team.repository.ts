import type { Database } from '@fleetgraph/prisma'
import type { TeamRow } from './team.type.js'

const columns = { id: true, name: true, description: true, created_at: true } as const

export class TeamRepository {
  constructor(private readonly db: Database) {}
  list(ids?: number[] | null): Promise<TeamRow[]> {
    return this.db.prisma.team.findMany({ select: columns, where: ids ? { id: { in: ids } } : undefined, orderBy: { name: 'asc' } })
  }
  byIds(ids: number[]): Promise<TeamRow[]> {
    return this.db.prisma.team.findMany({ select: columns, where: { id: { in: ids } } })
  }
}
