// GraphQL User → Fleet's user JSON (snake_case, as the Fleet docs show it).
export const USER_FIELDS = `fragment FleetUser on User {
  id name email globalRole apiOnly ssoEnabled forcePasswordReset gravatarUrl position createdAt updatedAt
  teams { role team { id name description } }
}`

export interface GqlUser {
  id: string; name: string; email: string; globalRole: string | null; apiOnly: boolean; ssoEnabled: boolean
  forcePasswordReset: boolean; gravatarUrl: string; position: string; createdAt: string; updatedAt: string
  teams: { role: string; team: { id: string; name: string; description: string } }[]
}

export function toFleetUser(u: GqlUser) {
  return {
    created_at: u.createdAt,
    updated_at: u.updatedAt,
    id: Number(u.id),
    name: u.name,
    email: u.email,
    force_password_reset: u.forcePasswordReset,
    gravatar_url: u.gravatarUrl,
    sso_enabled: u.ssoEnabled,
    global_role: u.globalRole,
    api_only: u.apiOnly,
    position: u.position,
    teams: u.teams.map((t) => ({ id: Number(t.team.id), name: t.team.name, description: t.team.description, role: t.role })),
  }
}
