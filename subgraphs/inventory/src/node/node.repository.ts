// What node refetch needs to know about rows other subgraphs own: that they
// exist, and the one column their visibility rule reads (team or owner). One
// statement per type for any number of ids. (One database holds every
// subgraph's tables; only these columns are read here.)
import type { Database } from '@fleetgraph/prisma'

/** A foreign row as its visibility rule sees it. */
export interface ForeignRow { id: number; team_id: number | null; user_id: number | null }
export type ForeignType = 'Pack' | 'SavedQuery' | 'ScheduledQuery' | 'Policy' | 'Campaign' | 'AppleProfile'

const id = { id: true } as const
const plain = (rows: { id: number }[]): ForeignRow[] => rows.map((r) => ({ id: r.id, team_id: null, user_id: null }))

export class NodeRepository {
  constructor(private readonly db: Database) {}

  async foreignRows(type: ForeignType, ids: number[]): Promise<ForeignRow[]> {
    const p = this.db.prisma
    const where = { id: { in: ids } }
    switch (type) {
      case 'Pack': return plain(await p.pack.findMany({ where, select: id }))
      case 'SavedQuery': return plain(await p.savedQuery.findMany({ where, select: id }))
      case 'ScheduledQuery': return plain(await p.scheduledQuery.findMany({ where, select: id }))
      case 'Policy': return (await p.policy.findMany({ where, select: { id: true, team_id: true } })).map((r) => ({ ...r, user_id: null }))
      case 'Campaign': return (await p.campaign.findMany({ where, select: { id: true, user_id: true } })).map((r) => ({ ...r, team_id: null }))
      case 'AppleProfile': return (await p.mdmAppleProfile.findMany({ where, select: { id: true, team_id: true } })).map((r) => ({ ...r, user_id: null }))
    }
  }
}
