// Resolves Host references from other subgraphs through the request's loader:
// fifty references cost one SQL statement.
import { parseId } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Host } from './host.type.js'

export const hostReference = {
  async __resolveReference(ref: { id: string }, ctx: InventoryContext): Promise<Host | null> {
    // Another subgraph already decided the caller may see this host (it handed out the reference);
    // still, anonymous callers get nothing.
    if (!ctx.viewer) return null
    const id = parseId(ref.id)
    const row = id ? await ctx.loaders.host.load(id) : null
    return row ? new Host(row) : null
  },
}
