// The per-request context every subgraph starts from: who is calling and the
// shared handles. Subgraphs extend it with their own DataLoaders.
import { randomUUID } from 'node:crypto'
import type { Database } from '@fleetgraph/prisma'
import type { Bus } from './pubsub.js'
import type { Viewer } from './auth/viewer.js'
import type { DeviceViewer } from './auth/device.js'
import { parseAuthorization } from './auth/authorization.js'
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
  /** Set when the account or client failed password checks too often (Basic): seconds before it may try again (requireViewer answers 429). */
  authRetryAfter?: number
  /** Fleet Desktop's device (Authorization: Device <token>); a device is never a viewer. */
  device: DeviceViewer | null
  /** Set when the client failed device authentication too often: seconds before it may try again (requireDevice answers 429). */
  deviceRetryAfter?: number
  /** The client's address when the public origin runs in this process (see client-address.ts); null otherwise. */
  clientAddress: string | null
  /** Why viewer is null when a header was sent (Fleet distinguishes the two reasons). */
  authError?: string
  /** The session token the caller presented (Bearer or ApiKey; logout needs it); null otherwise. */
  token: string | null
  requestId: string
}

/** `identity`: the session, password and device-token lookups (inventory's, `@fleetgraph/subgraph-inventory/identity`). */
export async function createBaseContext(deps: Deps, authorization: string | undefined, identity: Identity): Promise<BaseContext> {
  const credentials = parseAuthorization(authorization)
  const origin = requestOrigin()
  let viewer: Viewer | null = null, authRetryAfter: number | undefined
  let device: DeviceViewer | null = null, deviceRetryAfter: number | undefined
  if (credentials && credentials.scheme !== 'device') ({ viewer, retryAfter: authRetryAfter } = await identity.viewer(deps, credentials, origin))
  if (credentials?.scheme === 'device') ({ device, retryAfter: deviceRetryAfter } = await identity.device(deps, authorization, origin))
  return {
    ...deps, viewer, device, requestId: randomUUID(), clientAddress: origin?.address ?? null,
    token: credentials && (credentials.scheme === 'bearer' || credentials.scheme === 'apikey') ? credentials.token : null,
    ...(authRetryAfter ? { authRetryAfter } : {}),
    ...(deviceRetryAfter ? { deviceRetryAfter } : {}),
    authError: authorization ? 'Authentication required' : 'Authorization header required',
  }
}
