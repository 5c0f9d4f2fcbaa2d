// Team specs: the license tier, teams by name, enroll-secret holders, and the
// one-transaction apply (teams, their secrets, the activity).
import { Prisma, type Database } from '@fleetgraph/prisma'
import { usableSecret } from '../enroll-secret/enroll-secret.repository.js'

const { DbNull } = Prisma.Prisma

export interface TeamSpecTarget { id: number; name: string; mdm: unknown }

export interface TeamWrite {
  /** The existing team, or undefined to create one. */
  id?: number
  name: string
  /** undefined: unchanged; null: cleared. */
  agentOptions?: Record<string, unknown> | null
  features: Record<string, unknown>
  /** undefined: unchanged. */
  mdm?: Record<string, unknown>
  /** undefined: unchanged; otherwise exactly these secrets. */
  secrets?: string[]
}

export interface Actor { id: number; name: string }

/** What the team-spec rules need from storage: team-spec.service.test.ts gives them a fake. */
export type TeamSpecStore = Pick<TeamSpecRepository, 'licenseTier' | 'byNames' | 'secretHolders' | 'apply'>

export class TeamSpecRepository {
  constructor(private readonly db: Database) {}

  async licenseTier(): Promise<string> {
    const row = await this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { license_tier: true } })
    return row?.license_tier ?? 'free'
  }

  /** Teams whose name equals one of `names`, ignoring case (Fleet's MySQL collation). */
  byNames(names: string[]): Promise<TeamSpecTarget[]> {
    if (!names.length) return Promise.resolve([])
    return this.db.prisma.team.findMany({
      where: { OR: names.map((n) => ({ name: { equals: n, mode: 'insensitive' as const } })) },
      select: { id: true, name: true, mdm: true },
      orderBy: { id: 'asc' },
    })
  }

  /** The rows holding any of `secrets` (global or team). */
  secretHolders(secrets: string[]): Promise<{ secret: string; team_id: number | null }[]> {
    if (!secrets.length) return Promise.resolve([])
    return this.db.prisma.enrollSecret.findMany({ where: { secret: { in: secrets } }, select: { secret: true, team_id: true } })
  }

  /** Applies every write in one transaction and records Fleet's `applied_spec_team` activity. */
  apply(writes: TeamWrite[], actor: Actor): Promise<{ id: number; name: string }[]> {
    return this.db.prisma.$transaction(async (tx) => {
      const done: { id: number; name: string }[] = []
      for (const w of writes) {
        const data = {
          name: w.name,
          features: w.features as Prisma.Prisma.InputJsonObject,
          ...(w.agentOptions === undefined ? {} : { agent_options: w.agentOptions === null ? DbNull : w.agentOptions as Prisma.Prisma.InputJsonObject }),
          ...(w.mdm === undefined ? {} : { mdm: w.mdm as Prisma.Prisma.InputJsonObject }),
        }
        const team = w.id
          ? await tx.team.update({ where: { id: w.id }, data, select: { id: true, name: true } })
          : await tx.team.create({ data, select: { id: true, name: true } })
        if (w.secrets) {
          // The usable secrets become exactly these (revoked or expired Kibana keys stay unless named again: then usable).
          await tx.enrollSecret.deleteMany({ where: { team_id: team.id, secret: { notIn: w.secrets }, ...usableSecret() } })
          await tx.enrollSecret.updateMany({ where: { team_id: team.id, secret: { in: w.secrets }, OR: [{ active: false }, { expire_at: { lte: new Date() } }] }, data: { active: true, expire_at: null } })
          const kept = new Set((await tx.enrollSecret.findMany({ where: { team_id: team.id }, select: { secret: true } })).map((s) => s.secret))
          const added = w.secrets.filter((s) => !kept.has(s))
          if (added.length) await tx.enrollSecret.createMany({ data: added.map((secret) => ({ secret, team_id: team.id })) })
        }
        done.push(team)
      }
      await tx.activity.create({ data: { actor_id: actor.id, actor_name: actor.name, type: 'applied_spec_team', details: { teams: done } } })
      return done
    }, { timeout: 30_000 })
  }
}
