import { Arg, Ctx, Mutation, Resolver } from 'type-graphql'
import { EnrollService } from '@fleetgraph/agent-api/enroll'
import type { InventoryContext } from '../context.js'
import { EnrollAgentInput, EnrollAgentPayload } from './enroll.type.js'

// The rule lives in the agent API (which serves POST /api/v1/osquery/enroll itself); this mutation
// shares that one implementation.
@Resolver()
export class EnrollResolver {
  @Mutation(() => EnrollAgentPayload, { description: 'osquery agents: enroll with an enroll secret (no user token).' })
  async enrollAgent(@Arg('input', () => EnrollAgentInput, { description: 'The enroll secret and what osquery reports about the host.' }) input: EnrollAgentInput, @Ctx() ctx: InventoryContext): Promise<EnrollAgentPayload> {
    const { nodeKey, hostId } = await new EnrollService(ctx.repos.enroll).enroll(input)
    return { nodeKey, hostId: String(hostId) }
  }
}
