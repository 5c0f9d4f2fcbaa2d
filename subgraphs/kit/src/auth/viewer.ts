// Who is calling: resolves a bearer token to a Viewer. Every subgraph does this
// itself (identity is enforced in the subgraphs, not only at the edge), against
// the shared sessions table.
import type { Database } from '@fleetgraph/prisma'
import { hashToken } from './password.js'

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

// A short-lived in-process cache: every subgraph of a request would otherwise
// look the same session up again. Logout clears it in this process; other
// processes may accept a revoked token for at most TTL_MS.
const TTL_MS = 2000
const cache = new Map<string, { viewer: Viewer; at: number }>()

/** Sessions slide: each use pushes expiry out, written at most once a minute. */
export const SESSION_DURATION_MS = 5 * 24 * 3600 * 1000

export async function resolveViewer(db: Database, authorization: string | undefined | null): Promise<Viewer | null> {
  const token = bearerToken(authorization)
  if (!token) return null
  const key = hashToken(token)
  const hit = cache.get(key)
  const now = Date.now()
  if (hit && now - hit.at < TTL_MS) return hit.viewer
  const session = await db.prisma.session.findUnique({
    relationLoadStrategy: 'join', // one statement per lookup instead of three
    where: { token_hash: key },
    include: { user: { include: { teams: true } } },
  })
  if (!session || session.expires_at.getTime() <= now) { cache.delete(key); return null }
  if (now - session.accessed_at.getTime() > 60_000) {
    await db.prisma.session.update({
      where: { id: session.id },
      data: { accessed_at: new Date(now), expires_at: new Date(now + SESSION_DURATION_MS) },
    }).catch(() => { /* deleted concurrently (logout): the next call fails auth */ })
  }
  const u = session.user
  const viewer: Viewer = {
    userId: u.id, email: u.email, name: u.name, apiOnly: u.api_only,
    globalRole: (u.global_role as Role | null) ?? null,
    teams: u.teams.map((t) => ({ teamId: t.team_id, role: t.role as Role })),
    sessionId: session.id,
  }
  if (cache.size > 10_000) cache.clear()
  cache.set(key, { viewer, at: now })
  return viewer
}

/** Drops a token from this process's cache (logout). */
export function forgetToken(token: string) { cache.delete(hashToken(token)) }
