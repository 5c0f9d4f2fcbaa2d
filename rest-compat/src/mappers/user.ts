// GraphQL User → Fleet's user JSON (snake_case, as the Fleet docs show it).
// The fields read are the FleetUser fragment (user.graphql). Roles are GraphQL enums (ADMIN);
// Fleet's JSON shows them lowercase ("admin"). The JSON is described once, by the zod schemas
// below (the OpenAPI document's components), and the mappers are typed by them.
import { z } from 'zod'
import type { FleetUserFragment, Role } from '../generated/graphql.js'

const role = z.enum(['admin', 'maintainer', 'observer'])
const fleetRole = (r: Role) => r.toLowerCase() as Lowercase<Role>

/** A team as the session routes list it (`available_teams`). */
export const fleetTeamSummary = z.object({ id: z.number().int(), name: z.string(), description: z.string() }).meta({ id: 'FleetTeamSummary' })

export const fleetUser = z.object({
  created_at: z.string(),
  updated_at: z.string(),
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  force_password_reset: z.boolean(),
  gravatar_url: z.string(),
  sso_enabled: z.boolean(),
  global_role: role.nullable().meta({ description: 'null for a user with team roles only' }),
  api_only: z.boolean(),
  position: z.string(),
  teams: z.array(fleetTeamSummary.extend({ role })),
}).meta({ id: 'FleetUser', description: "Fleet's user" })
export type FleetUser = z.infer<typeof fleetUser>

export function toFleetUser(u: FleetUserFragment): FleetUser {
  return {
    created_at: u.createdAt,
    updated_at: u.updatedAt,
    id: Number(u.id),
    name: u.name,
    email: u.email,
    force_password_reset: u.forcePasswordReset,
    gravatar_url: u.gravatarUrl,
    sso_enabled: u.ssoEnabled,
    global_role: u.globalRole ? fleetRole(u.globalRole) : null,
    api_only: u.apiOnly,
    position: u.position,
    teams: u.teams.map((t) => ({ id: Number(t.team.id), name: t.team.name, description: t.team.description, role: fleetRole(t.role) })),
  }
}
