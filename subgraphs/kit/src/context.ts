// The per-request context every subgraph starts from: who is calling and the
// shared handles. Subgraphs extend it with their own DataLoaders.
import { randomUUID } from 'node:crypto'
import type { Database } from '@fleetgraph/prisma'
import type { Bus } from './pubsub.js'
import { bearerToken, resolveViewer, type Viewer } from './auth/viewer.js'
import { deviceToken, resolveDevice, type DeviceViewer } from './auth/device.js'
import { loadDeviceAuthConfig, type DeviceAuthConfig } from './auth/device-config.js'
import { chargeDeviceAuthFailure, deviceAuthRetryAfter } from './auth/device-throttle.js'
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

/** Device-token settings, parsed once per launcher environment. */
const deviceConfigs = new WeakMap<object, DeviceAuthConfig>()
// Stands for "no environment given": the config module then parses the process's own.
const PROCESS_ENV_KEY = {}
function deviceConfig(env: NodeJS.ProcessEnv | undefined): DeviceAuthConfig {
  const key = env ?? PROCESS_ENV_KEY
  let c = deviceConfigs.get(key)
  if (!c) deviceConfigs.set(key, (c = loadDeviceAuthConfig(env)))
  return c
}

export async function createBaseContext(deps: Deps, authorization: string | undefined): Promise<BaseContext> {
  const token = bearerToken(authorization)
  const viewer = token ? await resolveViewer(deps.db, authorization) : null
  const origin = requestOrigin()
  let device: DeviceViewer | null = null, deviceRetryAfter: number | undefined
  if (!viewer && deviceToken(authorization)) {
    // Fleet's errorLimiter, per client address: a client over its budget is refused before the token is looked up.
    deviceRetryAfter = origin ? await deviceAuthRetryAfter(deps, origin) : 0
    if (!deviceRetryAfter) {
      device = await resolveDevice(deps.db, authorization, deviceConfig(deps.env).deviceTokenTtlMs)
      if (!device && origin) await chargeDeviceAuthFailure(deps, origin)
    }
  }
  return {
    ...deps, viewer, device, token, requestId: randomUUID(), clientAddress: origin?.address ?? null,
    ...(deviceRetryAfter ? { deviceRetryAfter } : {}),
    authError: authorization ? 'Authentication required' : 'Authorization header required',
  }
}
