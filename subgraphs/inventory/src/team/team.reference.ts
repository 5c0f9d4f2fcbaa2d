import { parseId } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Team } from './team.type.js'

export const teamReference = {
  async __resolveReference(ref: { id: string }, ctx: InventoryContext): Promise<Team | null> {
    if (!ctx.viewer) return null
    const id = parseId(ref.id)
    const row = id ? await ctx.loaders.team.load(id) : null
    return row ? new Team(row) : null
  },
}
