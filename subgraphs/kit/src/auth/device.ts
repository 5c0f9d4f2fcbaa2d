// Fleet Desktop's identity: a device token (written by the host's orbit agent,
// see the inventory subgraph's orbit folder) names one host. It travels as
// `Authorization: Device <token>` — a scheme of its own, so it can never be
// mistaken for a user's bearer token: a device caller has no Viewer, and every
// user-only check (requireViewer, requireRole, requireReader) refuses it.
import type { Database } from '@fleetgraph/prisma'
import { hashToken } from './password.js'

/** The calling device: the host its token belongs to. */
export interface DeviceViewer { hostId: number }

/** Fleet's rule (server/service/devices.go): a token is valid for one hour after the agent last wrote it. */
export const DEVICE_TOKEN_TTL_MS = 3600 * 1000

/** Extracts the token from an `Authorization: Device …` value ("Device" in any case). */
export function deviceToken(header: string | undefined | null): string | null {
  if (!header) return null
  const m = /^\s*device\s+(\S+)\s*$/i.exec(header)
  return m ? m[1] : null
}

/**
 * Resolves `Authorization: Device <token>` to the device's host, or null (no such
 * header, unknown token, or a token older than `ttlMs`). Only the token's
 * SHA-256 is stored, as for sessions. No cache: a replaced token is refused at
 * once in every process.
 * @example
 *   const device = await resolveDevice(db, req.headers.authorization, DEVICE_TOKEN_TTL_MS)
 *   if (device) console.log('host', device.hostId)
 */
export async function resolveDevice(db: Database, authorization: string | undefined | null, ttlMs = DEVICE_TOKEN_TTL_MS): Promise<DeviceViewer | null> {
  const token = deviceToken(authorization)
  if (!token) return null
  const row = await db.prisma.deviceAuthToken.findUnique({ where: { token: hashToken(token) }, select: { host_id: true, updated_at: true } })
  if (!row || Date.now() - row.updated_at.getTime() >= ttlMs) return null
  return { hostId: row.host_id }
}
