// Who is calling, for every subgraph: subgraph-kit's Identity over the tables
// this subgraph owns (sessions and users, device tokens). Every subgraph
// resolves the caller itself (identity is enforced in the subgraphs, not only
// at the edge): they import this module (`@fleetgraph/subgraph-inventory/identity`,
// no schema or resolvers attached) and hand it to createBaseContext.
import type { Database } from '@fleetgraph/prisma'
import { bearerToken, deviceToken, hashToken, type Deps, type DeviceViewer, type Identity, type Role, type Viewer } from '@fleetgraph/subgraph-kit'
import { loadDeviceAuthConfig, type DeviceAuthConfig } from '../config.js'
import { deviceHost } from '../device/device-auth.js'
import { chargeDeviceAuthFailure, deviceAuthRetryAfter } from '../device/device-throttle.js'
import { IdentityRepository } from './identity.repository.js'

// A short-lived in-process cache: every subgraph of a request would otherwise
// look the same session up again. Logout clears it in this process; other
// processes may accept a revoked token for at most TTL_MS.
const TTL_MS = 2000
const cache = new Map<string, { viewer: Viewer; at: number }>()

/**
 * Sessions slide: each use pushes expiry out, written at most once a minute. Sessions of API-only
 * users never expire (Fleet's validateSession treats their duration as unlimited): they end at logout
 * or with the user.
 */
export const SESSION_DURATION_MS = 5 * 24 * 3600 * 1000

/**
 * The user behind `Authorization: Bearer <token>`, or null.
 * @example
 *   const viewer = await resolveViewer(db, req.headers.authorization)
 */
export async function resolveViewer(db: Database, authorization: string | undefined | null): Promise<Viewer | null> {
  const token = bearerToken(authorization)
  if (!token) return null
  const key = hashToken(token)
  const hit = cache.get(key)
  const now = Date.now()
  if (hit && now - hit.at < TTL_MS) return hit.viewer
  const repo = new IdentityRepository(db)
  const session = await repo.session(key)
  if (!session || (!session.user.api_only && session.expires_at.getTime() <= now)) { cache.delete(key); return null }
  // Gone meanwhile (logout): the next call fails auth.
  if (now - session.accessed_at.getTime() > 60_000) await repo.slideSession(session.id, new Date(now), new Date(now + SESSION_DURATION_MS))
  const u = session.user
  const viewer: Viewer = {
    userId: u.id, email: u.email, name: u.name, apiOnly: u.api_only,
    globalRole: (u.global_role as Role | null) ?? null,
    teams: u.teams.map((t) => ({ teamId: t.team_id, role: t.role as Role })),
    sessionId: session.id,
  }
  if (cache.size > 10_000) cache.clear()
  cache.set(key, { viewer, at: now })
  return viewer
}

/** Drops a token from this process's cache (logout). */
export function forgetToken(token: string) { cache.delete(hashToken(token)) }

/**
 * Resolves `Authorization: Device <token>` to the device's host, or null (no such header, unknown
 * token, or a token older than `ttlMs`). Only the token's SHA-256 is stored, as for sessions.
 * @example
 *   const device = await resolveDevice(db, req.headers.authorization, deviceTokenTtlMs)
 */
export async function resolveDevice(db: Database, authorization: string | undefined | null, ttlMs?: number): Promise<DeviceViewer | null> {
  const token = deviceToken(authorization)
  if (!token) return null
  return deviceHost(await new IdentityRepository(db).deviceToken(hashToken(token)), ttlMs)
}

/** Device-token settings, parsed once per launcher environment (without one: the process's). */
const deviceConfigs = new WeakMap<NodeJS.ProcessEnv, DeviceAuthConfig>()
let processDeviceConfig: DeviceAuthConfig | undefined
function deviceConfig(env: NodeJS.ProcessEnv | undefined): DeviceAuthConfig {
  if (!env) return (processDeviceConfig ??= loadDeviceAuthConfig())
  let c = deviceConfigs.get(env)
  if (!c) deviceConfigs.set(env, (c = loadDeviceAuthConfig(env)))
  return c
}

/**
 * @example
 *   // in a subgraph's context factory
 *   await createBaseContext(deps, authorization, identity)
 */
export const identity: Identity = {
  viewer: (deps: Deps, authorization) => resolveViewer(deps.db, authorization),
  async device(deps, authorization, origin) {
    // Fleet's errorLimiter, per client address: a client over its budget is refused before the token is looked up.
    const retryAfter = origin ? await deviceAuthRetryAfter(deps, origin) : 0
    if (retryAfter) return { device: null, retryAfter }
    const device = await resolveDevice(deps.db, authorization, deviceConfig(deps.env).deviceTokenTtlMs)
    if (!device && origin) await chargeDeviceAuthFailure(deps, origin)
    return { device }
  },
}
