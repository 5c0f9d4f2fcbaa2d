// AgentPolicy references by policyKey (team databaseId, 0 for the default policy), for callers who see it.
import { seesTeamRow } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { AgentPolicy } from './agent-policy.type.js'

export const agentPolicyReference = {
  async __resolveReference(ref: { policyKey: number }, ctx: InventoryContext): Promise<AgentPolicy | null> {
    if (!ctx.viewer || !Number.isSafeInteger(ref.policyKey) || ref.policyKey < 0) return null
    if (!seesTeamRow(ctx.viewer, ref.policyKey === 0 ? null : ref.policyKey)) return null
    const row = await ctx.loaders.agentPolicy.load(ref.policyKey)
    return row ? new AgentPolicy(row) : null
  },
}
