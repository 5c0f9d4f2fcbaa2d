// osquery's `packs` config section for an agent policy (ADR 0013), the shape Kibana's osquery_manager
// integration shows under inputs[0].config.osquery.value.packs and osquery itself reads:
// { <pack>: { platform?, queries: { <name>: { query, interval, platform, version, removed?, snapshot?, shard?, denylist? } } } }.
import { requireReader, seesTeamRow } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import type { PackQueryRow } from './osquery-packs.repository.js'

export type OsqueryPacks = Record<string, { platform?: string; queries: Record<string, Record<string, unknown>> }>

/** Groups scheduled queries by pack, as the agent API does for a host's config. */
export function toOsqueryPacks(rows: PackQueryRow[]): OsqueryPacks {
  const packs: OsqueryPacks = {}
  for (const q of rows) {
    const pack = (packs[q.pack] ??= { ...(q.platform ? { platform: q.platform } : {}), queries: {} })
    pack.queries[q.name] = {
      query: q.query, interval: q.interval, platform: q.sq_platform, version: q.version,
      ...(q.removed != null ? { removed: q.removed } : {}), ...(q.snapshot != null ? { snapshot: q.snapshot } : {}),
      ...(q.shard != null ? { shard: q.shard } : {}), ...(q.denylist != null ? { denylist: q.denylist } : {}),
    }
  }
  return packs
}

export class OsqueryPacksService {
  /** The team's packs config (Team-targeted packs); empty for a team the caller is not on. */
  async ofTeam(ctx: PacksContext, teamId: number): Promise<OsqueryPacks> {
    const v = requireReader(ctx)
    if (!seesTeamRow(v, teamId)) return {}
    return toOsqueryPacks(await ctx.loaders.teamOsqueryPacks.load(teamId))
  }

  /** The default policy's packs config: the enabled packs targeting All Hosts. */
  async ofAllHosts(ctx: PacksContext): Promise<OsqueryPacks> {
    requireReader(ctx)
    return toOsqueryPacks(await ctx.repos.osqueryPacks.forAllHosts())
  }
}
export const osqueryPacksService = new OsqueryPacksService()
