// The inventory subgraph's settings, parsed once from the launcher's environment.
import { parseEnv, z } from '@fleetgraph/subgraph-kit/config'
import { DEVICE_TOKEN_TTL_MS } from './device/device-auth.js'

const count = (dflt: number) => z.coerce.number().int().min(0).default(dflt)

export const loadInventoryConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const cfg = parseEnv({
    // Failed logins allowed per account (email) in a window; the next attempt gets a 429 until the
    // window ends, whatever the password. 10 per 15 minutes stops online guessing (~1,000 guesses a
    // day) and leaves a user who mistypes room to get it right. 0: no per-account limit.
    LOGIN_MAX_FAILURES_PER_EMAIL: count(10),
    // Failed logins allowed per client address in a window, across all accounts: stops one client
    // trying one password on many accounts. 100: an office behind one NAT address can still mistype. 0: off.
    LOGIN_MAX_FAILURES_PER_ADDRESS: count(100),
    // The window both counts run over (15 minutes), starting at the first failure.
    LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(15 * 60),
  }, env)
  return Object.freeze({
    loginMaxFailuresPerEmail: cfg.LOGIN_MAX_FAILURES_PER_EMAIL,
    loginMaxFailuresPerAddress: cfg.LOGIN_MAX_FAILURES_PER_ADDRESS,
    loginFailureWindowSeconds: cfg.LOGIN_FAILURE_WINDOW_SECONDS,
  })
}
export type InventoryConfig = ReturnType<typeof loadInventoryConfig>

/**
 * Device-token settings. Apart from the rest: every subgraph that accepts device callers reads them
 * (through ./auth/identity.ts), including one running in a process of its own.
 * @example
 *   const { deviceTokenTtlMs } = loadDeviceAuthConfig(deps.env)
 */
export function loadDeviceAuthConfig(env: NodeJS.ProcessEnv = process.env) {
  const cfg = parseEnv({
    // How long a device token stays valid after the agent last wrote it. Fleet's one hour; tests shorten it.
    DEVICE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).default(DEVICE_TOKEN_TTL_MS / 1000),
  }, env)
  return Object.freeze({ deviceTokenTtlMs: cfg.DEVICE_TOKEN_TTL_SECONDS * 1000 })
}
export type DeviceAuthConfig = ReturnType<typeof loadDeviceAuthConfig>
