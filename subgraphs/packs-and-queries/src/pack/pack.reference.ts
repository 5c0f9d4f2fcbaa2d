import { parseId } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { Pack } from './pack.type.js'

export const packReference = {
  async __resolveReference(ref: { id: string }, ctx: PacksContext): Promise<Pack | null> {
    if (!ctx.viewer) return null
    const id = parseId(ref.id)
    const row = id ? await ctx.loaders.pack.load(id) : null
    return row ? new Pack(row) : null
  },
}
