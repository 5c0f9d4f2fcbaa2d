// The MDM migration webhook (Fleet's MigrateMDMDeviceWebhookPayload): tells
// the organisation's tooling to release the device from its current MDM so it
// can enroll in Fleet. Posted as JSON; any non-2xx answer is a failure.
import { FleetError } from '@fleetgraph/subgraph-kit'

export interface MigrationWebhookPayload {
  timestamp: string
  host: { id: number; uuid: string; hardware_serial: string }
}

// 30 s: Fleet's PostJSONWithTimeout; the device waits for the answer.
const TIMEOUT_MS = 30_000

/**
 * @example
 *   await postMigrationWebhook('https://hooks.example.com/migrate', migrationPayload(host, new Date()))
 */
export async function postMigrationWebhook(url: string, payload: MigrationWebhookPayload, timeoutMs = TIMEOUT_MS): Promise<void> {
  let res: Response
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (e) {
    throw new FleetError('SERVICE_UNAVAILABLE', `posting macOS migration webhook: ${(e as Error).message}`)
  }
  // drain the body so the connection can be reused
  await res.arrayBuffer().catch(() => undefined)
  if (!res.ok) throw new FleetError('SERVICE_UNAVAILABLE', `posting macOS migration webhook: the receiver answered ${res.status}`)
}

export function migrationPayload(host: { id: number; uuid: string; hardware_serial: string }, now: Date): MigrationWebhookPayload {
  return { timestamp: now.toISOString(), host: { id: host.id, uuid: host.uuid, hardware_serial: host.hardware_serial } }
}
