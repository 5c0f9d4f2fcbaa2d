// The per-request context every subgraph starts from: who is calling and the
// shared handles. Subgraphs extend it with their own DataLoaders.
import { randomUUID } from 'node:crypto'
import type { Database } from '@fleetgraph/prisma'
import type { Bus } from './pubsub.js'
import { bearerToken, type Viewer } from './auth/viewer.js'
import { deviceToken, type DeviceViewer } from './auth/device.js'
import type { Identity } from './auth/identity.js'
import { requestOrigin } from './client-address.js'

export interface Deps {
  db: Database
  bus: Bus
  /** The environment the launcher was started with; a subgraph parses its own settings from it once. */
  env?: NodeJS.ProcessEnv
}

export interface BaseContext extends Deps {
  viewer: Viewer | null
  /** Fleet Desktop's device (Authorization: Device <token>); a device is never a viewer. */
  device: DeviceViewer | null
  /** Set when the client failed device authentication too often: seconds before it may try again (requireDevice answers 429). */
  deviceRetryAfter?: number
  /** The client's address when the public origin runs in this process (see client-address.ts); null otherwise. */
  clientAddress: string | null
  /** Why viewer is null when a header was sent (Fleet distinguishes the two reasons). */
  authError?: string
  /** The raw bearer token (logout needs it). */
  token: string | null
  requestId: string
}

/** `identity`: the session and device-token lookups (inventory's, `@fleetgraph/subgraph-inventory/identity`). */
export async function createBaseContext(deps: Deps, authorization: string | undefined, identity: Identity): Promise<BaseContext> {
  const token = bearerToken(authorization)
  const viewer = token ? await identity.viewer(deps, authorization) : null
  const origin = requestOrigin()
  let device: DeviceViewer | null = null, deviceRetryAfter: number | undefined
  if (!viewer && deviceToken(authorization)) ({ device, retryAfter: deviceRetryAfter } = await identity.device(deps, authorization, origin))
  return {
    ...deps, viewer, device, token, requestId: randomUUID(), clientAddress: origin?.address ?? null,
    ...(deviceRetryAfter ? { deviceRetryAfter } : {}),
    authError: authorization ? 'Authentication required' : 'Authorization header required',
  }
}
