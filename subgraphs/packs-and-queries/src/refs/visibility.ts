// What a user may see of teams' data: global roles see every team, others only their teams.
import type { Viewer } from '@fleetgraph/subgraph-kit'

/** The teams whose hosts and policies the viewer may see; null for all (a global role). */
export const teamScope = (v: Viewer): number[] | null => (v.globalRole ? null : v.teams.map((t) => t.teamId))

export const canSeeTeam = (v: Viewer, teamId: number): boolean => !!v.globalRole || v.teams.some((t) => t.teamId === teamId)
