import { Ctx, Query, Resolver } from 'type-graphql'
import type { MdmContext } from '../context.js'
import { MdmAppleStatus } from './mdm-status.type.js'
import { mdmStatusService } from './mdm-status.service.js'

@Resolver()
export class MdmStatusResolver {
  @Query(() => MdmAppleStatus, { description: 'Whether Apple MDM is set up on this instance. Any user with a global or team role.' })
  mdmApple(@Ctx() ctx: MdmContext): Promise<MdmAppleStatus> { return mdmStatusService.apple(ctx) }
}
