// The gateway sends a host here with its team and platform (@requires on the
// policy fields): nothing to load. Callers must be a user or a device; which
// hosts they may ask about is checked by the service.
import { parseId } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { PolicyHost } from './host-policies.type.js'

export const hostPoliciesReference = {
  __resolveReference(ref: { id: string; teamId?: number | null; platform?: string | null }, ctx: PacksContext): PolicyHost | null {
    if (!ctx.viewer && !ctx.device) return null
    const id = parseId(ref.id, 'Host')
    return id ? new PolicyHost(id, ref.teamId ?? null, ref.platform ?? '') : null
  },
}
