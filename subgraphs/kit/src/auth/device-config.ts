// Device-token settings, shared by every subgraph that accepts device callers
// (inventory, packs-and-queries), parsed once from the launcher's environment.
import { parseEnv, z } from '../config.js'
import { DEVICE_TOKEN_TTL_MS } from './device.js'

/**
 * @example
 *   const { deviceTokenTtlMs } = loadDeviceAuthConfig(deps.env)
 *   await resolveDevice(db, authorization, deviceTokenTtlMs)
 */
export function loadDeviceAuthConfig(env?: NodeJS.ProcessEnv) {
  const cfg = parseEnv({
    // How long a device token stays valid after the agent last wrote it. Fleet's one hour; tests shorten it.
    DEVICE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).default(DEVICE_TOKEN_TTL_MS / 1000),
  }, env)
  return Object.freeze({ deviceTokenTtlMs: cfg.DEVICE_TOKEN_TTL_SECONDS * 1000 })
}
export type DeviceAuthConfig = ReturnType<typeof loadDeviceAuthConfig>
