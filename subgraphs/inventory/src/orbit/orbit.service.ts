// Fleet's orbit agent (fleetd): it enrolls the device with an enroll secret,
// then writes the device token Fleet Desktop authenticates with
// (server/service/orbit.go). Errors use Fleet's wording; the REST layer answers
// authentication failures in osquery's {error, node_invalid} shape.
import { randomBytes } from 'node:crypto'
import { badRequest, conflict, FleetError, hashToken } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import type { EnrollOrbitInput, EnrollOrbitPayload, OrbitConfig } from './orbit.type.js'
import { extensionsFor, needsLabels, notificationsFor, orbitConfigOf } from './orbit-config.js'

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

  /**
   * Orbit's config (Fleet's GetOrbitConfig): the host's agent options (its team's, else the
   * instance's: the agent API's rule for osquery's config) and the notifications this server models.
   */
  async config(ctx: Pick<InventoryContext, 'repos'>, orbitNodeKey: string): Promise<OrbitConfig> {
    if (!orbitNodeKey) throw new FleetError('UNAUTHENTICATED', 'authentication error: missing orbit node key')
    const host = await ctx.repos.orbit.configHost(orbitNodeKey)
    if (!host) throw new FleetError('UNAUTHENTICATED', 'authentication error: invalid orbit node key')
    const [app, appleMdmConfigured, hostMdm] = await Promise.all([
      ctx.repos.device.appConfig(), ctx.repos.device.appleMdmConfigured(), ctx.repos.device.mdm(host.id),
    ])
    const premium = app.license_tier === 'premium'
    const options = (host.agent_options ?? {}) as Record<string, unknown>
    // label names are read only when an extension is limited to labels (a Premium feature)
    const labels = premium && needsLabels(options.extensions) ? await ctx.repos.orbit.labelNames(host.id) : new Set<string>()
    const migration = app.mdm.macos_migration
    const migrationEnabled = !!migration && typeof migration === 'object' && (migration as { enable?: unknown }).enable === true
    return orbitConfigOf(options, extensionsFor(options.extensions, host, premium, labels),
      notificationsFor({ appleMdmConfigured, migrationEnabled, host, hostMdm }))
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
