// Node refetch (Relay's node/nodes): decodes each id and loads it as the type's
// own query would, with the same visibility rule (a hidden node is null, never
// an error), through the request's loaders: fifty hosts cost one statement.
// Types other subgraphs own come back as stubs the gateway completes, after the
// same existence and visibility check their owner applies (kit's visibility rules):
// the gateway cannot turn a stub its owner refuses into null, so it is never sent.
import { FleetError, fromNodeId, requireReader, seesOwnRow, seesTeamRow, writesTeamRow, type Viewer } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { hostService } from '../host/host.service.js'
import { Label } from '../label/label.type.js'
import { Team } from '../team/team.type.js'
import { User } from '../user/user.type.js'
import type { Host } from '../host/host.type.js'
import { FOREIGN_NODES, type ForeignNode } from './node.type.js'
import type { ForeignRow, ForeignType } from './node.repository.js'

/** The most ids nodes(ids:) takes in one call. */
export const MAX_NODE_IDS = 100

export type AnyNode = Host | Label | Team | User | ForeignNode

const inTeam = (v: Viewer, teamId: number) => v.teams.some((t) => t.teamId === teamId)

/** Each foreign type's rule, as its owner applies it (the owner's list or get, and its reference resolver). */
const FOREIGN_VISIBLE: Record<ForeignType, (v: Viewer, row: ForeignRow) => boolean> = {
  Pack: () => true, SavedQuery: () => true, ScheduledQuery: () => true, // every reader
  Policy: (v, r) => seesTeamRow(v, r.team_id),
  Campaign: (v, r) => seesOwnRow(v, r.user_id),
  AppleProfile: (v, r) => writesTeamRow(v, r.team_id),
}

export class NodeService {
  async nodes(ctx: InventoryContext, ids: readonly string[]): Promise<(AnyNode | null)[]> {
    const v = requireReader(ctx)
    if (ids.length > MAX_NODE_IDS) {
      throw new FleetError('TOO_MANY_IDS', `nodes was given ${ids.length} ids; at most ${MAX_NODE_IDS} per call`, { fieldErrors: [{ name: 'ids', reason: `at most ${MAX_NODE_IDS} ids` }] })
    }
    return Promise.all(ids.map((id) => this.load(ctx, v, id)))
  }

  private async load(ctx: InventoryContext, v: Viewer, raw: string): Promise<AnyNode | null> {
    const node = fromNodeId(raw)
    if (!node) return null
    const { type, id } = node
    switch (type) {
      case 'Host':
        return hostService.get(ctx, id)
      case 'Label': {
        // every reader sees every label (labels)
        const row = await ctx.loaders.label.load(id)
        return row ? new Label(row) : null
      }
      case 'Team': {
        // global users see every team, team users their own (teams)
        const row = await ctx.loaders.team.load(id)
        return row && seesTeamRow(v, id) ? new Team(row) : null
      }
      case 'User': {
        // oneself (me), everyone for global users, members of one's teams for team users (users(filter: {teamId}))
        const row = await ctx.loaders.user.load(id)
        const visible = row && (row.id === v.userId || v.globalRole || row.teams.some((t) => inTeam(v, t.team_id)))
        return visible ? new User(row) : null
      }
      default: {
        const row = await ctx.loaders.foreign(type).load(id)
        return row && FOREIGN_VISIBLE[type](v, row) ? new FOREIGN_NODES[type](id) : null
      }
    }
  }
}
export const nodeService = new NodeService()
