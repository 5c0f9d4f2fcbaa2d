// The per-request context every subgraph starts from: who is calling and the
// shared handles. Subgraphs extend it with their own DataLoaders.
import { randomUUID } from 'node:crypto'
import type { Database } from '@fleetgraph/prisma'
import type { Bus } from './pubsub.js'
import { bearerToken, resolveViewer, type Viewer } from './auth/viewer.js'

export interface Deps {
  db: Database
  bus: Bus
  /** The environment the launcher was started with; a subgraph parses its own settings from it once. */
  env?: NodeJS.ProcessEnv
}

export interface BaseContext extends Deps {
  viewer: Viewer | null
  /** Why viewer is null when a header was sent (Fleet distinguishes the two reasons). */
  authError?: string
  /** The raw bearer token (logout needs it). */
  token: string | null
  requestId: string
}

export async function createBaseContext(deps: Deps, authorization: string | undefined): Promise<BaseContext> {
  const token = bearerToken(authorization)
  const viewer = token ? await resolveViewer(deps.db, authorization) : null
  return {
    ...deps, viewer, token, requestId: randomUUID(),
    authError: authorization ? 'Authentication required' : 'Authorization header required',
  }
}
