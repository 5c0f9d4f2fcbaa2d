// GraphQL User → Fleet's user JSON (snake_case, as the Fleet docs show it).
// The fields read are the FleetUser fragment (user.graphql). Roles are GraphQL enums (ADMIN);
// Fleet's JSON shows them lowercase ("admin").
import type { FleetUserFragment } from '../generated/graphql.js'

export function toFleetUser(u: FleetUserFragment) {
  return {
    created_at: u.createdAt,
    updated_at: u.updatedAt,
    id: Number(u.id),
    name: u.name,
    email: u.email,
    force_password_reset: u.forcePasswordReset,
    gravatar_url: u.gravatarUrl,
    sso_enabled: u.ssoEnabled,
    global_role: u.globalRole?.toLowerCase() ?? null,
    api_only: u.apiOnly,
    position: u.position,
    teams: u.teams.map((t) => ({ id: Number(t.team.id), name: t.team.name, description: t.team.description, role: t.role.toLowerCase() })),
  }
}
