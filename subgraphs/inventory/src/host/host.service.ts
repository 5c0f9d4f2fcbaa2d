// Host rules: who may see which hosts. Global users see every host; team users
// see their teams' hosts (Fleet's team filter).
import { parseId, requireReader } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Host } from './host.type.js'

export class HostService {
  async list(ctx: InventoryContext): Promise<Host[]> {
    const v = requireReader(ctx)
    const rows = await ctx.repos.hosts.list({ teamIds: v.globalRole ? null : v.teams.map((t) => t.teamId) })
    return rows.map((r) => new Host(r))
  }

  async search(ctx: InventoryContext, text: string, excluded: string[]): Promise<Host[]> {
    const v = requireReader(ctx)
    const ids = excluded.map((x) => parseId(x, 'Host') ?? Number(x)).filter((n) => Number.isSafeInteger(n) && n > 0)
    const rows = await ctx.repos.hosts.search(text.trim().slice(0, 255), ids, v.globalRole ? null : v.teams.map((t) => t.teamId))
    return rows.map((r) => new Host(r))
  }

  async get(ctx: InventoryContext, id: number): Promise<Host | null> {
    const v = requireReader(ctx)
    const row = await ctx.loaders.host.load(id)
    if (!row) return null
    if (!v.globalRole && !v.teams.some((t) => t.teamId === row.team_id)) return null
    return new Host(row)
  }
}
export const hostService = new HostService()
