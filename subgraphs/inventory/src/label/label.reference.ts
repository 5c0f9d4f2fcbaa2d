import { parseId } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Label } from './label.type.js'

export const labelReference = {
  async __resolveReference(ref: { id: string }, ctx: InventoryContext): Promise<Label | null> {
    if (!ctx.viewer) return null
    const id = parseId(ref.id)
    const row = id ? await ctx.loaders.label.load(id) : null
    return row ? new Label(row) : null
  },
}
