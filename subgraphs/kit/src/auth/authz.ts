// Role checks shared by every service. Fleet's model: a global role applies to
// everything; team roles apply to that team's resources. Services call these
// before touching data, so the same rules hold for REST and GraphQL callers.
import { forbidden, unauthenticated } from '../errors.js'
import { tooManyRequests } from '../rate-limit.js'
import type { Role, Viewer } from './viewer.js'
import type { DeviceViewer } from './device.js'

export interface HasViewer { viewer: Viewer | null; authError?: string }

/** Contexts of subgraphs that accept Fleet Desktop's device tokens (a device is never a Viewer). */
export interface HasDevice {
  device: DeviceViewer | null
  /** Seconds the client must wait after too many failed device authentications (see device-throttle.ts). */
  deviceRetryAfter?: number
}

/**
 * The caller must be a device (`Authorization: Device <token>`); a user's token is refused.
 * @example
 *   const { hostId } = requireDevice(ctx)
 */
export function requireDevice(ctx: HasDevice): DeviceViewer {
  if (ctx.deviceRetryAfter) throw tooManyRequests(ctx.deviceRetryAfter)
  if (!ctx.device) throw unauthenticated('Authentication required')
  return ctx.device
}

// Device callers have no viewer: the three checks below refuse them.
/** The caller must be logged in. */
export function requireViewer(ctx: HasViewer): Viewer {
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

/** Any role anywhere: observers and up may read. */
export function requireReader(ctx: HasViewer): Viewer {
  const v = requireViewer(ctx)
  if (v.globalRole || v.teams.length) return v
  throw forbidden()
}

export const WRITERS: readonly Role[] = ['admin', 'maintainer']
export const ADMINS: readonly Role[] = ['admin']
