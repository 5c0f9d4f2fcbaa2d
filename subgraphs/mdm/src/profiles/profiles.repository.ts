// Custom Apple configuration profiles, one set per team (team_id null: no team).
import type { Database } from '@fleetgraph/prisma'
import type { ParsedProfile } from '../apple/profiles.js'
import type { ProfileRow } from './profiles.type.js'

const COLUMNS = { id: true, team_id: true, identifier: true, name: true, checksum: true, created_at: true, updated_at: true } as const

export class ProfilesRepository {
  constructor(private readonly db: Database) {}

  list(teamId: number | null): Promise<ProfileRow[]> {
    return this.db.prisma.mdmAppleProfile.findMany({ where: { team_id: teamId }, orderBy: { identifier: 'asc' }, select: COLUMNS })
  }

  /** Many profiles in one statement (references and node refetch). */
  byIds(ids: number[]): Promise<ProfileRow[]> {
    return this.db.prisma.mdmAppleProfile.findMany({ where: { id: { in: ids } }, select: COLUMNS })
  }

  teamIdByName(name: string): Promise<number | null> {
    return this.db.prisma.team.findUnique({ where: { name }, select: { id: true } }).then((t) => t?.id ?? null)
  }

  teamExists(id: number): Promise<boolean> {
    return this.db.prisma.team.count({ where: { id } }).then((n) => n > 0)
  }

  /**
   * Makes the team's set exactly `profiles`, in one transaction: profiles not in the
   * list are removed, one with an identifier already present is edited in place.
   */
  async replace(teamId: number | null, profiles: ParsedProfile[]): Promise<void> {
    await this.db.prisma.$transaction(async (tx) => {
      await tx.mdmAppleProfile.deleteMany({ where: { team_id: teamId, identifier: { notIn: profiles.map((p) => p.identifier) } } })
      for (const p of profiles) {
        const existing = await tx.mdmAppleProfile.findFirst({ where: { team_id: teamId, identifier: p.identifier }, select: { id: true, checksum: true } })
        const data = { name: p.name, mobileconfig: p.mobileconfig as Uint8Array<ArrayBuffer>, checksum: p.checksum }
        if (!existing) await tx.mdmAppleProfile.create({ data: { team_id: teamId, identifier: p.identifier, ...data } })
        else if (existing.checksum !== p.checksum) await tx.mdmAppleProfile.update({ where: { id: existing.id }, data })
      }
    })
  }
}
