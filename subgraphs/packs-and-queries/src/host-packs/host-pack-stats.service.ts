// A host's pack stats (Fleet's loadHostPackStatsDB): the packs reaching the host (Host.packs), each
// with its scheduled queries for the host's platform and the host's counters for them. Who may
// read them: as Host.packs (a user for hosts of its teams, a device for its own host).
import { policyApplies } from '@fleetgraph/agent-api/platforms'
import type { PacksContext } from '../context.js'
import type { PolicyHost } from '../host-policies/host-policies.type.js'
import { packService } from '../pack/pack.service.js'
import { HostPackStats } from './host-pack-stats.type.js'

export class HostPackStatsService {
  async forHost(ctx: PacksContext, host: PolicyHost): Promise<HostPackStats[]> {
    const packs = await packService.forHost(ctx, host.hostId)
    const rows = await ctx.loaders.hostScheduledStats.load({ hostId: host.hostId, packIds: packs.map((p) => p.row.id) })
    // A scheduled query's platform list (empty = all) as Fleet filters it: the host's platform family.
    const applies = rows.filter((r) => policyApplies(r.platform, host.platformValue))
    return packs.map((p) => new HostPackStats(p, applies.filter((r) => r.pack_id === p.row.id)))
  }
}
export const hostPackStatsService = new HostPackStatsService()
