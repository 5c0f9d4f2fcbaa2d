// The only orbit file that touches the database: orbit enrollment (one host
// per device, shared with osquery's enrollment) and device tokens.
import type { Database } from '@fleetgraph/prisma'
// One device lock for orbit's and osquery's enrollments (they must converge on one host row).
import { lockHardwareUuid } from '@fleetgraph/agent-api/enroll'

export interface OrbitHostInfo {
  hardwareUuid: string
  osqueryIdentifier: string | null
  hardwareSerial: string
  hostname: string
  platform: string
  computerName: string
  hardwareModel: string
}

/** What orbit's config needs of the host its node key names, with the agent options it gets. */
export interface OrbitConfigHost {
  id: number; platform: string; cpu_type: string; osquery_enrolled: boolean; dep_assigned_to_fleet: boolean
  /** The team's agent options, else the instance's (the agent API's rule for osquery's config); null when neither has any. */
  agent_options: unknown
}

export class OrbitRepository {
  constructor(private readonly db: Database) {}

  /**
   * Fleet's EnrollOrbit: the host osquery enrolled (or will enroll) under the
   * identifier, else any host with this hardware UUID, gets the orbit node key
   * (and empty identity fields filled in); without one a host is created that
   * osquery's later enrollment joins.
   */
  enroll(info: OrbitHostInfo, orbitNodeKey: string, teamId: number | null): Promise<{ id: number; created: boolean }> {
    return this.db.prisma.$transaction(async (tx) => {
      await lockHardwareUuid(tx, info.hardwareUuid)
      const identifier = info.osqueryIdentifier || info.hardwareUuid
      const select = { id: true, uuid: true, hardware_serial: true, computer_name: true, hardware_model: true } as const
      const match = (await tx.host.findUnique({ where: { osquery_host_id: identifier }, select }))
        ?? (await tx.host.findFirst({ where: { uuid: info.hardwareUuid }, orderBy: { id: 'asc' }, select }))
      if (match) {
        await tx.host.update({
          where: { id: match.id },
          data: {
            // Enrolling again makes an unenrolled host an active agent again (ADR 0013).
            orbit_node_key: orbitNodeKey, team_id: teamId, unenrolled_at: null,
            uuid: match.uuid || info.hardwareUuid,
            hardware_serial: match.hardware_serial || info.hardwareSerial,
            computer_name: match.computer_name || info.computerName,
            hardware_model: match.hardware_model || info.hardwareModel,
          },
        })
        return { id: match.id, created: false }
      }
      // Like Fleet, a host new to us starts with refetch_requested so its details are asked at once.
      const row = await tx.host.create({
        data: {
          osquery_host_id: identifier, orbit_node_key: orbitNodeKey, team_id: teamId, refetch_requested: true,
          uuid: info.hardwareUuid, hardware_serial: info.hardwareSerial, hostname: info.hostname, platform: info.platform,
          computer_name: info.computerName, hardware_model: info.hardwareModel,
        },
        select: { id: true },
      })
      return { id: row.id, created: true }
    }, { timeout: 30_000 })
  }

  /** The host the orbit node key names, with its agent options, in one statement; null for an unknown key. */
  async configHost(orbitNodeKey: string): Promise<OrbitConfigHost | null> {
    const rows = await this.db.sql.query<OrbitConfigHost>(`
      SELECT h.id, h.platform, h.cpu_type, h.node_key IS NOT NULL AS osquery_enrolled, h.dep_assigned_to_fleet,
        COALESCE(NULLIF(t.agent_options, 'null'::jsonb), NULLIF(a.agent_options, 'null'::jsonb)) AS agent_options
      FROM hosts h LEFT JOIN teams t ON t.id = h.team_id LEFT JOIN app_config a ON a.id = 1
      WHERE h.orbit_node_key = $1`, [orbitNodeKey])
    return rows[0] ?? null
  }

  /** The names of the labels the host is a member of (for extensions targeted by label names). */
  async labelNames(hostId: number): Promise<Set<string>> {
    const rows = await this.db.sql.query<{ name: string }>(
      `SELECT l.name FROM label_membership m JOIN labels l ON l.id = m.label_id WHERE m.host_id = $1`, [hostId])
    return new Set(rows.map((r) => r.name))
  }

  async hostIdByOrbitNodeKey(orbitNodeKey: string): Promise<number | null> {
    const h = await this.db.prisma.host.findUnique({ where: { orbit_node_key: orbitNodeKey }, select: { id: true } })
    return h?.id ?? null
  }

  /**
   * Stores the host's device token (its SHA-256; one per host). Writing the
   * token the host already has keeps its time, so it does not extend its
   * life (Fleet's rule); a new token starts a new hour.
   * @returns 'conflict' when another host holds this token.
   */
  async setDeviceToken(hostId: number, tokenHash: string): Promise<'stored' | 'unchanged' | 'conflict'> {
    const current = await this.db.prisma.deviceAuthToken.findUnique({ where: { host_id: hostId }, select: { token: true } })
    if (current?.token === tokenHash) return 'unchanged'
    const now = new Date()
    try {
      await this.db.prisma.deviceAuthToken.upsert({
        where: { host_id: hostId },
        create: { host_id: hostId, token: tokenHash, updated_at: now },
        update: { token: tokenHash, updated_at: now },
      })
      return 'stored'
    } catch (e) {
      if ((e as { code?: string }).code === 'P2002') return 'conflict'
      throw e
    }
  }
}
