// Resolving Fleet Desktop's device token (`Authorization: Device <token>`, see
// subgraph-kit's auth/device.ts for the scheme) to its host, against the
// device-token table this subgraph's orbit routes write.

/** Fleet's rule (server/service/devices.go): a token is valid for one hour after the agent last wrote it. */
export const DEVICE_TOKEN_TTL_MS = 3600 * 1000

/** A stored device token: its host and when the agent last changed it. */
export interface StoredDeviceToken { host_id: number; updated_at: Date }

/**
 * The host a stored token names, or null when there is none or it is `ttlMs` old or older.
 * No cache: a replaced token is refused at once in every process.
 * @example
 *   deviceHost(await repo.deviceToken(hashToken(token)), DEVICE_TOKEN_TTL_MS)
 */
export function deviceHost(row: StoredDeviceToken | null, ttlMs = DEVICE_TOKEN_TTL_MS, now = Date.now()): { hostId: number } | null {
  if (!row || now - row.updated_at.getTime() >= ttlMs) return null
  return { hostId: row.host_id }
}
