// Enroll secrets: the global list and who holds a given secret. A secret is
// unique across the instance (it decides which team a host enrolls into).
import type { Database } from '@fleetgraph/prisma'
import type { EnrollSecretRow } from './enroll-secret.type.js'

export class EnrollSecretRepository {
  constructor(private readonly db: Database) {}

  listGlobal(): Promise<EnrollSecretRow[]> {
    return this.db.prisma.enrollSecret.findMany({ where: { team_id: null }, orderBy: [{ created_at: 'asc' }, { secret: 'asc' }] })
  }

  /** The secrets of each team, oldest first, in one statement (Team.enrollSecrets). */
  async ofTeams(teamIds: number[]): Promise<EnrollSecretRow[]> {
    return this.db.prisma.enrollSecret.findMany({ where: { team_id: { in: teamIds } }, orderBy: [{ created_at: 'asc' }, { secret: 'asc' }] })
  }

  /** The rows holding any of `secrets` (global or team). */
  holders(secrets: string[]): Promise<EnrollSecretRow[]> {
    if (!secrets.length) return Promise.resolve([])
    return this.db.prisma.enrollSecret.findMany({ where: { secret: { in: secrets } } })
  }

  /**
   * Makes the global secrets exactly `secrets`, in one transaction. Secrets
   * kept keep their created_at; a secret another team took meanwhile fails
   * the insert (P2002), so nothing is written.
   */
  async replaceGlobal(secrets: string[]): Promise<void> {
    await this.db.prisma.$transaction(async (tx) => {
      await tx.enrollSecret.deleteMany({ where: { team_id: null, secret: { notIn: secrets } } })
      const kept = new Set((await tx.enrollSecret.findMany({ where: { team_id: null }, select: { secret: true } })).map((s) => s.secret))
      const added = secrets.filter((s) => !kept.has(s))
      if (added.length) await tx.enrollSecret.createMany({ data: added.map((secret) => ({ secret })) })
    }, { timeout: 30_000 })
  }
}
