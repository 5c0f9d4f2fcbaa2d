// What a user may see of teams' data: global roles see every team, others only their teams.
import { forbidden, requireReader, type HasViewer, type DeviceViewer, type Viewer } from '@fleetgraph/subgraph-kit'

/** The teams whose hosts and policies the viewer may see; null for all (a global role). */
export const teamScope = (v: Viewer): number[] | null => (v.globalRole ? null : v.teams.map((t) => t.teamId))

export const canSeeTeam = (v: Viewer, teamId: number): boolean => !!v.globalRole || v.teams.some((t) => t.teamId === teamId)

/**
 * The team scope to read one host's packs with: a device reads its own host only (no team limit), a
 * user the hosts of the teams it may see (a host outside them then has no packs).
 */
export function hostReadScope(ctx: HasViewer & { device: DeviceViewer | null }, hostId: number): number[] | null {
  if (ctx.device) {
    if (ctx.device.hostId !== hostId) throw forbidden()
    return null
  }
  return teamScope(requireReader(ctx))
}
