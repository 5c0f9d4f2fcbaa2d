// Fleet's orbit agent (fleetd): it enrolls the device with an enroll secret,
// then writes the device token Fleet Desktop authenticates with
// (server/service/orbit.go). Errors use Fleet's wording; the REST layer answers
// authentication failures in osquery's {error, node_invalid} shape.
import { randomBytes } from 'node:crypto'
import { badRequest, conflict, FleetError, hashToken } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import type { EnrollOrbitInput, EnrollOrbitPayload } from './orbit.type.js'

const MAX_FIELD = 255
// Tokens travel in URL paths (/device/{token}): Fleet accepts only characters
// that need no escaping there (url.QueryEscape(token) == token).
const TOKEN_CHARS = /^[A-Za-z0-9._~-]+$/

const field = (v: string | null | undefined) => (v ?? '').trim().slice(0, MAX_FIELD)

export class OrbitService {
  async enroll(ctx: Pick<InventoryContext, 'repos' | 'bus'>, input: EnrollOrbitInput): Promise<EnrollOrbitPayload> {
    if (!input.enrollSecret) throw new FleetError('UNAUTHENTICATED', 'orbit enroll failed: missing enroll secret')
    const secret = await ctx.repos.enroll.findSecret(input.enrollSecret)
    if (!secret) throw new FleetError('UNAUTHENTICATED', 'orbit enroll failed: no matching secret found')
    const uuid = input.hardwareUuid?.trim()
    if (!uuid || uuid.length > MAX_FIELD) throw badRequest('orbit enroll failed: missing or invalid hardware_uuid')
    const orbitNodeKey = randomBytes(24).toString('base64')
    const host = await ctx.repos.orbit.enroll({
      hardwareUuid: uuid, osqueryIdentifier: field(input.osqueryIdentifier) || null, hardwareSerial: field(input.hardwareSerial),
      hostname: field(input.hostname), platform: field(input.platform), computerName: field(input.computerName), hardwareModel: field(input.hardwareModel),
    }, orbitNodeKey, secret.team_id)
    // the agent API caches host rows: a re-enrolled host's team (or a new host) must be seen everywhere
    return { orbitNodeKey, hostId: String(host.id) }
  }

  /** Orbit authenticates with its node key, then stores the token Fleet Desktop will use. */
  async setDeviceToken(ctx: Pick<InventoryContext, 'repos'>, orbitNodeKey: string, token: string): Promise<boolean> {
    if (!orbitNodeKey) throw new FleetError('UNAUTHENTICATED', 'authentication error: missing orbit node key')
    const hostId = await ctx.repos.orbit.hostIdByOrbitNodeKey(orbitNodeKey)
    if (hostId == null) throw new FleetError('UNAUTHENTICATED', 'authentication error: invalid orbit node key')
    if (!token) throw badRequest('device auth token cannot be empty')
    if (token.length > MAX_FIELD) throw badRequest(`device auth token cannot be longer than ${MAX_FIELD} characters`)
    if (!TOKEN_CHARS.test(token)) throw badRequest('device auth token contains invalid characters')
    if ((await ctx.repos.orbit.setDeviceToken(hostId, hashToken(token))) === 'conflict') throw conflict('auth token conflicts with another host')
    return true
  }
}
export const orbitService = new OrbitService()
