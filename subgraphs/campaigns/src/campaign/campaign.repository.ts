import type { Database } from '@fleetgraph/prisma'
import type { CampaignRow } from './campaign.type.js'

export class CampaignRepository {
  constructor(private readonly db: Database) {}
  byIds(ids: number[]): Promise<CampaignRow[]> {
    return this.db.prisma.campaign.findMany({ where: { id: { in: ids } } })
  }
}
