// Team is inventory's entity; this subgraph resolves a reference to it trivially (no read: the id is
// all Team.policies and Team.packs need), for signed-in callers only.
import { parseId } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { TeamRef } from '../refs/entity-refs.js'

export const teamReference = {
  __resolveReference(ref: { id: string }, ctx: PacksContext): TeamRef | null {
    if (!ctx.viewer) return null
    const id = parseId(ref.id, 'Team')
    return id ? new TeamRef(id) : null
  },
}
