// Profiles preassigned to a host by an external tool (e.g. Puppet), and the
// match that moves the host into the team with exactly that profile set.
//
// Ownership exception (docs/compat.md): matching creates a team and moves a
// host, which are the inventory subgraph's tables. It happens here, in one
// transaction with the profiles it copies, because a half-done match (a team
// without its profiles, or a host moved to a team that is not yet complete)
// would apply the wrong settings to a device.
import type { Database } from '@fleetgraph/prisma'
import type { ParsedProfile } from '../apple/profiles.js'

export interface Preassigned { host_uuid: string; profile_identifier: string; profile_name: string; group: string; exclude: boolean; mobileconfig: Buffer; checksum: string }

export class PreassignRepository {
  constructor(private readonly db: Database) {}

  async add(externalId: string, hostUuid: string, p: ParsedProfile, group: string, exclude: boolean): Promise<void> {
    await this.db.prisma.$transaction(async (tx) => {
      // the same profile preassigned again replaces the earlier one
      await tx.mdmProfilePreassignment.deleteMany({ where: { external_host_identifier: externalId, profile_identifier: p.identifier } })
      await tx.mdmProfilePreassignment.create({ data: {
        external_host_identifier: externalId, host_uuid: hostUuid, profile_identifier: p.identifier, profile_name: p.name,
        group, exclude, mobileconfig: p.mobileconfig as Uint8Array<ArrayBuffer>,
      } })
    })
  }

  async forHost(externalId: string): Promise<Preassigned[]> {
    const rows = await this.db.sql.query<Preassigned>(`
      SELECT host_uuid, profile_identifier, profile_name, "group", exclude, mobileconfig, md5(mobileconfig) AS checksum
      FROM mdm_profile_preassignments WHERE external_host_identifier = $1 ORDER BY id`, [externalId])
    return rows.map((r) => ({ ...r, mobileconfig: Buffer.from(r.mobileconfig) }))
  }

  /** Teams whose custom profile set is exactly these (identifier, checksum) pairs. */
  async teamWithProfiles(profiles: { identifier: string; checksum: string }[]): Promise<number | null> {
    const key = profiles.map((p) => `${p.identifier}:${p.checksum}`).sort().join('\n')
    const rows = await this.db.sql.query<{ id: number }>(`
      SELECT t.id FROM teams t
      WHERE COALESCE((SELECT string_agg(p.identifier || ':' || p.checksum, E'\\n' ORDER BY p.identifier || ':' || p.checksum)
                      FROM mdm_apple_configuration_profiles p WHERE p.team_id = t.id), '') = $1
      ORDER BY t.id LIMIT 1`, [key])
    return rows[0] ? Number(rows[0].id) : null
  }

  /**
   * Moves the host (by uuid) to `teamId`, or to a new team named `newTeamName` carrying `profiles`,
   * and drops the host's preassignments. Returns the host's id (null: no host with that uuid yet).
   */
  async match(externalId: string, hostUuid: string, teamId: number | null, newTeamName: string, profiles: ParsedProfile[]): Promise<{ hostId: number | null; teamId: number }> {
    return this.db.prisma.$transaction(async (tx) => {
      let target = teamId
      if (target == null) {
        let name = newTeamName
        for (let n = 2; await tx.team.count({ where: { name } }); n++) name = `${newTeamName} (${n})`
        target = (await tx.team.create({ data: { name, description: 'Created from preassigned MDM profiles' } })).id
        for (const p of profiles) {
          await tx.mdmAppleProfile.create({ data: { team_id: target, identifier: p.identifier, name: p.name, mobileconfig: p.mobileconfig as Uint8Array<ArrayBuffer>, checksum: p.checksum } })
        }
      }
      const host = await tx.host.findFirst({ where: { uuid: hostUuid }, select: { id: true } })
      if (host) await tx.host.update({ where: { id: host.id }, data: { team_id: target } })
      await tx.mdmProfilePreassignment.deleteMany({ where: { external_host_identifier: externalId } })
      return { hostId: host?.id ?? null, teamId: target }
    })
  }
}
