import type { Database } from '@fleetgraph/prisma'
import type { HostFields } from './host-details.js'

export class EnrollRepository {
  constructor(private readonly db: Database) {}

  findSecret(secret: string) {
    return this.db.prisma.enrollSecret.findUnique({ where: { secret }, select: { team_id: true } })
  }

  /** Creates the host, or updates it when the same identifier enrolls again; one statement, race-free. */
  upsertHost(osqueryHostId: string, nodeKey: string, teamId: number | null, fields: HostFields) {
    const now = new Date()
    return this.db.prisma.host.upsert({
      where: { osquery_host_id: osqueryHostId },
      create: { osquery_host_id: osqueryHostId, node_key: nodeKey, team_id: teamId, last_enrolled_at: now, ...fields },
      update: { node_key: nodeKey, team_id: teamId, last_enrolled_at: now, ...fields },
      select: { id: true },
    })
  }
}
