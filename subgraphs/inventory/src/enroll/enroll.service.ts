// osquery enrollment: a valid global or team enroll secret creates the host
// (or updates it when the same identifier enrolls again) and issues a new node
// key. Errors use osquery's wording; the REST layer shapes them for agents.
import { randomBytes } from 'node:crypto'
import { FleetError, publishHostChanged } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import type { EnrollAgentInput, EnrollAgentPayload } from './enroll.type.js'
import { hostFieldsFromDetails } from './host-details.js'

export class EnrollService {
  async enroll(ctx: InventoryContext, input: EnrollAgentInput): Promise<EnrollAgentPayload> {
    if (!input.enrollSecret) throw new FleetError('UNAUTHENTICATED', 'enroll failed: missing enroll secret')
    const secret = await ctx.repos.enroll.findSecret(input.enrollSecret)
    if (!secret) throw new FleetError('UNAUTHENTICATED', 'enroll failed: no matching secret found')
    const identifier = input.hostIdentifier?.trim()
    if (!identifier || identifier.length > 255) throw new FleetError('BAD_REQUEST', 'enroll failed: missing or invalid host_identifier')
    const nodeKey = randomBytes(24).toString('base64')
    const host = await ctx.repos.enroll.upsertHost(identifier, nodeKey, secret.team_id, hostFieldsFromDetails(input.hostDetails, input.platformType))
    // a re-enrolled host's old node key must stop working in every process that cached it
    publishHostChanged(ctx.bus, host.id)
    return { nodeKey, hostId: String(host.id) }
  }
}
export const enrollService = new EnrollService()
