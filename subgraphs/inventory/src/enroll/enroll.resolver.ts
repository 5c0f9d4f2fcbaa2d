import { Arg, Ctx, Mutation, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { EnrollAgentInput, EnrollAgentPayload } from './enroll.type.js'
import { enrollService } from './enroll.service.js'

@Resolver()
export class EnrollResolver {
  @Mutation(() => EnrollAgentPayload, { description: 'osquery agents: enroll with an enroll secret (no user token).' })
  enrollAgent(@Arg('input', () => EnrollAgentInput) input: EnrollAgentInput, @Ctx() ctx: InventoryContext): Promise<EnrollAgentPayload> {
    return enrollService.enroll(ctx, input)
  }
}
