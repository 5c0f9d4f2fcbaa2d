// Role checks shared by every service. Fleet's model: a global role applies to
// everything; team roles apply to that team's resources. Services call these
// before touching data, so the same rules hold for REST and GraphQL callers.
// Each check records that the operation made an authorization decision, whatever
// its outcome: the backstop (authz-check.ts, ADR 0009) refuses a root field that
// finished without one, as Fleet's authzcheck middleware does.
import { AsyncLocalStorage } from 'node:async_hooks'
import { forbidden, unauthenticated } from '../errors.js'
import { tooManyRequests } from '../rate-limit.js'
import type { Role, Viewer } from './viewer.js'
import type { DeviceViewer } from './device.js'

export interface HasViewer {
  viewer: Viewer | null
  authError?: string
  /** Seconds the client must wait after too many failed password checks (Basic authentication, as login). */
  authRetryAfter?: number
}

/** What the backstop knows about the root field being resolved. */
export interface AuthzDecision { decided: boolean }

/**
 * One record per root field, carried through the resolver's async work (an operation's root fields run
 * concurrently, so a flag on the shared request context could not tell which of them decided).
 */
export const authzDecisions = new AsyncLocalStorage<AuthzDecision>()

function decided(): void {
  const d = authzDecisions.getStore()
  if (d) d.decided = true
}

/**
 * Records that the caller needs no authorization for what it asks: a public operation (login, setup, a
 * setting everyone may read), or one with its own proof of identity checked by the caller (an enroll
 * secret). Fleet's `SkipAuthorization`. Say why next to the call.
 * @example
 *   // Anyone may try to log in; the password is the proof.
 *   skipAuthorization(ctx)
 */
export function skipAuthorization(_ctx: object): void {
  decided()
}

/**
 * Records a decision taken without the role helpers below (a rule of the service's own that
 * refused or allowed the caller). Prefer requireRole and friends.
 * @example
 *   if (!isOwner(ctx.viewer, row)) throw forbidden()
 *   authorized(ctx)
 */
export function authorized(_ctx: object): void {
  decided()
}

/** Contexts of subgraphs that accept Fleet Desktop's device tokens (a device is never a Viewer). */
export interface HasDevice {
  device: DeviceViewer | null
  /** Seconds the client must wait after too many failed device authentications (see subgraph-inventory src/device/device-throttle.ts). */
  deviceRetryAfter?: number
}

/**
 * The caller must be a device (`Authorization: Device <token>`); a user's token is refused.
 * @example
 *   const { hostId } = requireDevice(ctx)
 */
export function requireDevice(ctx: HasDevice): DeviceViewer {
  decided()
  if (ctx.deviceRetryAfter) throw tooManyRequests(ctx.deviceRetryAfter)
  if (!ctx.device) throw unauthenticated('Authentication required')
  return ctx.device
}

// Device callers have no viewer: the three checks below refuse them.
/** The caller must be logged in. */
export function requireViewer(ctx: HasViewer): Viewer {
  decided()
  if (!ctx.viewer && ctx.authRetryAfter) throw tooManyRequests(ctx.authRetryAfter)
  if (!ctx.viewer) throw unauthenticated(ctx.authError ?? 'Authentication required')
  return ctx.viewer
}

/** The caller must hold one of `roles` globally (or, with `teamId`, on that team). */
export function requireRole(ctx: HasViewer, roles: readonly Role[], teamId?: number | null): Viewer {
  const v = requireViewer(ctx)
  if (v.globalRole && roles.includes(v.globalRole)) return v
  if (teamId != null && v.teams.some((t) => t.teamId === teamId && roles.includes(t.role))) return v
  throw forbidden()
}

/**
 * A writer (admin or maintainer) globally or of some team: what lets a team's maintainers act on their
 * team's objects (run live queries, change agents). The objects acted on are narrowed to the caller's
 * teams by the rule that picks them (e.g. targetableTeamIds).
 */
export function requireWriterSomewhere(ctx: HasViewer): Viewer {
  const v = requireViewer(ctx)
  const writes = (r: Role | null | undefined) => r != null && WRITERS.includes(r)
  if (writes(v.globalRole) || v.teams.some((t) => writes(t.role))) return v
  throw forbidden()
}

/** Any role anywhere: observers and up may read. */
export function requireReader(ctx: HasViewer): Viewer {
  const v = requireViewer(ctx)
  if (v.globalRole || v.teams.length) return v
  throw forbidden()
}

export const WRITERS: readonly Role[] = ['admin', 'maintainer']
export const ADMINS: readonly Role[] = ['admin']
