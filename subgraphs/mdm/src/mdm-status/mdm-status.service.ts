import { requireReader } from '@fleetgraph/subgraph-kit'
import type { MdmContext } from '../context.js'
import type { MdmAppleStatus } from './mdm-status.type.js'

export class MdmStatusService {
  async apple(ctx: MdmContext): Promise<MdmAppleStatus> {
    requireReader(ctx)
    const s = await ctx.repos.status.settings()
    return { enabledAndConfigured: s.enabled_and_configured === true }
  }
}
export const mdmStatusService = new MdmStatusService()
