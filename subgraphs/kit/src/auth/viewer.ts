// Who is calling: a user, as every subgraph's authorization sees it. Every
// subgraph resolves the bearer token itself (identity is enforced in the
// subgraphs, not only at the edge) through the Identity the owner of the
// sessions table provides (inventory; see identity.ts).

export type Role = 'admin' | 'maintainer' | 'observer'
export const ROLES: readonly Role[] = ['admin', 'maintainer', 'observer']

export interface Viewer {
  userId: number
  email: string
  name: string
  globalRole: Role | null
  teams: { teamId: number; role: Role }[]
  sessionId: number
  apiOnly: boolean
}

/** Extracts the token from an `Authorization: Bearer …` value ("Bearer" in any case). */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null
  const m = /^\s*bearer\s+(\S+)\s*$/i.exec(header)
  return m ? m[1] : null
}
