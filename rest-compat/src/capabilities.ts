// Fleet's X-Fleet-Capabilities header (server/fleet/capabilities.go): the features this server offers
// its agents, read by orbit from every orbit answer and by Fleet Desktop from the device pings. Only
// what is served here is advertised: orbit's endpoints, and device-token rotation (the device_token
// route, with tokens valid an hour after they change: without this capability orbit would never
// rotate its token and Fleet Desktop would lose access). Not end_user_email, escrow_buddy, setup
// experience… (their routes are not served). The device capabilities are Fleet's default: none (no
// error_reporting: /device/{token}/debug/errors is not served), and then no header at all, as Fleet.
import type { Context } from 'koa'

export const CAPABILITIES_HEADER = 'X-Fleet-Capabilities'
export const ORBIT_CAPABILITIES: readonly string[] = ['orbit_endpoints', 'token_rotation']
export const DEVICE_CAPABILITIES: readonly string[] = []

/** Sets the header as Fleet's writeCapabilitiesHeader does: not at all when the list is empty. */
export function writeCapabilities(ctx: Context, capabilities: readonly string[]): void {
  if (capabilities.length) ctx.set(CAPABILITIES_HEADER, capabilities.join(','))
}
