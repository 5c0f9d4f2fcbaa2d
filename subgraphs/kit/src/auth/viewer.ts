// Who is calling: a user, as every subgraph's authorization sees it. Every
// subgraph resolves the caller's credentials itself (identity is enforced in the
// subgraphs, not only at the edge) through the Identity the owner of the
// sessions table provides (inventory; see identity.ts). The schemes a caller may
// use are read in one place: authorization.ts.

export type Role = 'admin' | 'maintainer' | 'observer'
export const ROLES: readonly Role[] = ['admin', 'maintainer', 'observer']

export interface Viewer {
  userId: number
  email: string
  name: string
  globalRole: Role | null
  teams: { teamId: number; role: Role }[]
  /** The session the caller presented (Bearer or ApiKey); null under Basic authentication, which has none. */
  sessionId: number | null
  apiOnly: boolean
}
