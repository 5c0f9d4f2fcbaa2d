import { Ctx, Query, Resolver } from 'type-graphql'
import type { MdmContext } from '../context.js'
import { MdmAppleStatus } from './mdm-status.type.js'
import { mdmStatusService } from './mdm-status.service.js'

@Resolver()
export class MdmStatusResolver {
  @Query(() => MdmAppleStatus)
  mdmApple(@Ctx() ctx: MdmContext): Promise<MdmAppleStatus> { return mdmStatusService.apple(ctx) }
}
