import type { Database, PrismaClient } from '@fleetgraph/prisma'
import type { HostFields } from './host-details.js'

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

/**
 * Serialises enrollments of one device: orbit (inventory's orbit.repository.ts) and osquery enroll the same
 * machine independently and must converge on one host row, so both take this lock.
 */
export async function lockHardwareUuid(tx: Pick<Tx, '$executeRaw'>, uuid: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${'fleetgraph:host-uuid:' + uuid}))`
}

/** What enrollment reads and writes; a fake stands in for it in unit tests. */
export interface EnrollStore {
  findSecret(secret: string): Promise<{ team_id: number | null } | null>
  upsertHost(osqueryHostId: string, nodeKey: string, teamId: number | null, fields: HostFields): Promise<{ id: number }>
}

export class EnrollRepository implements EnrollStore {
  constructor(private readonly db: Database) {}

  /**
   * The holder of a usable secret: a revoked (inactive) or expired one (a Kibana enrollment key, ADR 0013)
   * is no secret at all, so it gets the answer an unknown secret gets.
   */
  findSecret(secret: string) {
    return this.db.prisma.enrollSecret.findFirst({
      where: { secret, active: true, OR: [{ expire_at: null }, { expire_at: { gt: new Date() } }] },
      select: { team_id: true },
    })
  }

  /** Creates the host, or updates it when the same identifier enrolls again; race-free (an upsert, under the device's uuid lock). */
  upsertHost(osqueryHostId: string, nodeKey: string, teamId: number | null, fields: HostFields) {
    const now = new Date()
    const upsert = (client: Pick<PrismaClient, 'host'>) => client.host.upsert({
      where: { osquery_host_id: osqueryHostId },
      create: { osquery_host_id: osqueryHostId, node_key: nodeKey, team_id: teamId, last_enrolled_at: now, ...fields },
      // Enrolling again makes an unenrolled host an active agent again (ADR 0013).
      update: { node_key: nodeKey, team_id: teamId, last_enrolled_at: now, unenrolled_at: null, ...fields },
      select: { id: true },
    })
    if (!fields.uuid) return upsert(this.db.prisma)
    const uuid = fields.uuid
    // Orbit may have enrolled this device first (same hardware uuid, under the lock orbit takes
    // too): osquery then joins that host, under its own identifier, instead of adding a second one.
    return this.db.prisma.$transaction(async (tx) => {
      await lockHardwareUuid(tx, uuid)
      await tx.$executeRaw`UPDATE hosts SET osquery_host_id = ${osqueryHostId}
        WHERE id = (SELECT id FROM hosts WHERE uuid = ${uuid} AND orbit_node_key IS NOT NULL ORDER BY id LIMIT 1)
          AND NOT EXISTS (SELECT 1 FROM hosts WHERE osquery_host_id = ${osqueryHostId})`
      return upsert(tx)
    }, { timeout: 30_000 })
  }
}
