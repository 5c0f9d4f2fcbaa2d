// Enroll secrets: the global list and who holds a given secret. A secret is
// unique across the instance (it decides which team a host enrolls into).
// FleetDM's lists show and replace the usable secrets only: a Kibana enrollment key that was revoked or
// has expired (ADR 0013) no longer enrolls, so FleetDM neither lists it nor deletes it; naming it again
// in a list makes it usable again.
import type { Database } from '@fleetgraph/prisma'
import type { EnrollSecretRow } from './enroll-secret.type.js'

/** A secret that still enrolls: active and not expired. */
export const usableSecret = () => ({ active: true, OR: [{ expire_at: null }, { expire_at: { gt: new Date() } }] })
/** A secret that no longer enrolls. */
const unusableSecret = () => ({ OR: [{ active: false }, { expire_at: { lte: new Date() } }] })

export class EnrollSecretRepository {
  constructor(private readonly db: Database) {}

  listGlobal(): Promise<EnrollSecretRow[]> {
    return this.db.prisma.enrollSecret.findMany({ where: { team_id: null, ...usableSecret() }, orderBy: [{ created_at: 'asc' }, { secret: 'asc' }] })
  }

  /** The secrets of each team, oldest first, in one statement (Team.enrollSecrets). */
  async ofTeams(teamIds: number[]): Promise<EnrollSecretRow[]> {
    return this.db.prisma.enrollSecret.findMany({ where: { team_id: { in: teamIds }, ...usableSecret() }, orderBy: [{ created_at: 'asc' }, { secret: 'asc' }] })
  }

  /** The rows holding any of `secrets` (global or team). */
  holders(secrets: string[]): Promise<EnrollSecretRow[]> {
    if (!secrets.length) return Promise.resolve([])
    return this.db.prisma.enrollSecret.findMany({ where: { secret: { in: secrets } } })
  }

  /**
   * Makes the usable global secrets exactly `secrets`, in one transaction. Secrets
   * kept keep their created_at; a revoked or expired one named again is usable
   * again; a secret another team took meanwhile fails the insert (P2002), so
   * nothing is written.
   */
  async replaceGlobal(secrets: string[]): Promise<void> {
    await this.db.prisma.$transaction(async (tx) => {
      await tx.enrollSecret.deleteMany({ where: { team_id: null, secret: { notIn: secrets }, ...usableSecret() } })
      await tx.enrollSecret.updateMany({ where: { team_id: null, secret: { in: secrets }, ...unusableSecret() }, data: { active: true, expire_at: null } })
      const kept = new Set((await tx.enrollSecret.findMany({ where: { team_id: null }, select: { secret: true } })).map((s) => s.secret))
      const added = secrets.filter((s) => !kept.has(s))
      if (added.length) await tx.enrollSecret.createMany({ data: added.map((secret) => ({ secret })) })
    }, { timeout: 30_000 })
  }
}
