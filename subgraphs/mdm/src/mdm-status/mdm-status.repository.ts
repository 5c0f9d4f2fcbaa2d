import type { Database } from '@fleetgraph/prisma'

export class MdmStatusRepository {
  constructor(private readonly db: Database) {}
  async settings(): Promise<Record<string, unknown>> {
    const row = await this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { mdm: true } })
    return (row?.mdm as Record<string, unknown> | null) ?? {}
  }
}
