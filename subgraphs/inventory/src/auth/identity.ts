// Who is calling, for every subgraph: subgraph-kit's Identity over the tables
// this subgraph owns (sessions and users with their passwords, device tokens). Every subgraph
// resolves the caller itself (identity is enforced in the subgraphs, not only
// at the edge): they import this module (`@fleetgraph/subgraph-inventory/identity`,
// no schema or resolvers attached) and hand it to createBaseContext.
import { createHmac, randomBytes } from 'node:crypto'
import type { Database } from '@fleetgraph/prisma'
import {
  deviceToken, hashToken, type Deps, type DeviceViewer, type Identity, type RequestOrigin, type Role, type Viewer,
} from '@fleetgraph/subgraph-kit'
import { loadDeviceAuthConfig, type DeviceAuthConfig } from '../config.js'
import { deviceHost } from '../device/device-auth.js'
import { chargeDeviceAuthFailure, deviceAuthRetryAfter } from '../device/device-throttle.js'
import { IdentityRepository } from './identity.repository.js'
import { loginThrottleOf } from './login-throttle.js'
import { checkPassword } from './password-check.js'

// A short-lived in-process cache: every subgraph of a request would otherwise
// look the same caller up again. Logout clears it in this process; other
// processes may accept a revoked token (or a changed password) for at most TTL_MS.
const TTL_MS = 2000
const MAX_ENTRIES = 10_000
const cache = new Map<string, { viewer: Viewer; at: number }>()

function cached(key: string, now: number): Viewer | null {
  const hit = cache.get(key)
  return hit && now - hit.at < TTL_MS ? hit.viewer : null
}

function remember(key: string, viewer: Viewer, now: number) {
  if (cache.size > MAX_ENTRIES) cache.clear()
  cache.set(key, { viewer, at: now })
}

/**
 * Sessions slide: each use pushes expiry out, written at most once a minute. Sessions of API-only
 * users never expire (Fleet's validateSession treats their duration as unlimited): they end at logout
 * or with the user.
 */
export const SESSION_DURATION_MS = 5 * 24 * 3600 * 1000

interface UserWithTeams { id: number; email: string; name: string; api_only: boolean; global_role: string | null; teams: { team_id: number; role: string }[] }

const viewerOf = (u: UserWithTeams, sessionId: number | null): Viewer => ({
  userId: u.id, email: u.email, name: u.name, apiOnly: u.api_only,
  globalRole: (u.global_role as Role | null) ?? null,
  teams: u.teams.map((t) => ({ teamId: t.team_id, role: t.role as Role })),
  sessionId,
})

/**
 * The user behind a session token (`Authorization: Bearer <token>`, or `ApiKey` in either form), or null.
 * @example
 *   const viewer = await resolveSession(db, token)
 */
export async function resolveSession(db: Database, token: string): Promise<Viewer | null> {
  const key = hashToken(token)
  const now = Date.now()
  const hit = cached(key, now)
  if (hit) return hit
  const repo = new IdentityRepository(db)
  const session = await repo.session(key)
  if (!session || (!session.user.api_only && session.expires_at.getTime() <= now)) { cache.delete(key); return null }
  // Gone meanwhile (logout): the next call fails auth.
  if (now - session.accessed_at.getTime() > 60_000) await repo.slideSession(session.id, new Date(now), new Date(now + SESSION_DURATION_MS))
  const viewer = viewerOf(session.user, session.id)
  remember(key, viewer, now)
  return viewer
}

// Basic authentication (ADR 0014). A new email and password pays the login's password check, under
// the login's throttle (password-check.ts). A check that passed is remembered for BASIC_VERIFIED_MS,
// keyed by an HMAC of the credentials under a key of this process (nothing in memory can be
// checked against a guess elsewhere), with the password hash it matched: later requests with the same
// header cost a user lookup and no hashing, and a changed password, a user turned SSO or a deleted
// user is refused at the next lookup.
const BASIC_VERIFIED_MS = 60_000
const basicSecret = randomBytes(32)
const verified = new Map<string, { userId: number; passwordHash: string; at: number }>()
const basicKey = (email: string, password: string) => `basic:${createHmac('sha256', basicSecret).update(`${email}:${password}`).digest('hex')}`

async function resolveBasic(deps: Deps, email: string, password: string, origin: RequestOrigin | undefined): Promise<{ viewer: Viewer | null; retryAfter?: number }> {
  const key = basicKey(email, password)
  const hit = cached(key, Date.now())
  if (hit) return { viewer: hit }
  // Once per request, however many subgraph contexts ask: a wrong password is one failure, not one per subgraph.
  const check = () => verifyBasic(deps, email, password, key, origin)
  return origin ? origin.once(key, check) : check()
}

async function verifyBasic(deps: Deps, email: string, password: string, key: string, origin: RequestOrigin | undefined): Promise<{ viewer: Viewer | null; retryAfter?: number }> {
  const found = await new IdentityRepository(deps.db).userWithPassword(email.trim())
  const now = Date.now()
  const known = verified.get(key)
  let user = found && !found.sso_enabled && known && known.userId === found.id && known.passwordHash === found.password_hash && now - known.at < BASIC_VERIFIED_MS
    ? found : null
  if (!user) {
    // SSO users sign in through their identity provider only; API-only users may use their password here.
    const r = await checkPassword(loginThrottleOf(deps), origin?.address ?? null, email, password, async () => found, (u) => !u.sso_enabled)
    if (!r.user) return { viewer: null, retryAfter: r.retryAfter }
    user = r.user
    if (verified.size > MAX_ENTRIES) verified.clear()
    verified.set(key, { userId: user.id, passwordHash: user.password_hash, at: now })
  }
  const viewer = viewerOf(user, null)
  remember(key, viewer, now)
  return { viewer }
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
  async viewer(deps, credentials, origin) {
    if (credentials.scheme === 'basic') return resolveBasic(deps, credentials.email, credentials.password, origin)
    return { viewer: await resolveSession(deps.db, credentials.token) }
  },
  async device(deps, authorization, origin) {
    // Fleet's errorLimiter, per client address: a client over its budget is refused before the token is looked up.
    const retryAfter = origin ? await deviceAuthRetryAfter(deps, origin) : 0
    if (retryAfter) return { device: null, retryAfter }
    const device = await resolveDevice(deps.db, authorization, deviceConfig(deps.env).deviceTokenTtlMs)
    if (!device && origin) await chargeDeviceAuthFailure(deps, origin)
    return { device }
  },
}
