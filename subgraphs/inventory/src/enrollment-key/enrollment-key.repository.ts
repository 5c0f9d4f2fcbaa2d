// Enroll secrets as Kibana enrollment API keys (ADR 0013): the secrets seen with their agent policy's
// Kibana id, kuery over Kibana's fields, newest first; a named key made under a per-policy lock so two
// requests cannot both take a name; revoking keeps the row.
import { Prisma, type Database } from '@fleetgraph/prisma'
import { kqlToSql, type KqlNode, type KqlSchema } from '@fleetgraph/subgraph-kit'
import { DEFAULT_AGENT_POLICY_ID } from '../agent-policy/agent-policy-rules.js'
import type { EnrollmentKeyRow } from './enrollment-key.type.js'

const { sql } = Prisma.Prisma

const VIEW = sql`(SELECT e.id::text AS id, e.secret, e.name, e.active, e.expire_at, e.api_key_id::text AS api_key_id, e.created_at, e.team_id,
    COALESCE(t.agent_policy_id, ${DEFAULT_AGENT_POLICY_ID}) AS agent_policy_id
  FROM enroll_secrets e LEFT JOIN teams t ON t.id = e.team_id) k`

export const ENROLLMENT_KEY_KQL: KqlSchema = {
  prefixes: ['fleet-enrollment-api-keys'],
  type: 'fleet-enrollment-api-keys',
  fields: {
    id: { column: sql`k.id`, type: 'text' },
    api_key_id: { column: sql`k.api_key_id`, type: 'text' },
    name: { column: sql`k.name`, type: 'text' },
    policy_id: { column: sql`k.agent_policy_id`, type: 'text' },
    active: { column: sql`k.active`, type: 'boolean' },
    created_at: { column: sql`k.created_at`, type: 'date' },
    expire_at: { column: sql`k.expire_at`, type: 'date' },
  },
  freeText: ['name'],
}

export interface EnrollmentKeyPageSpec { teamIds: number[] | null; withDefault: boolean; kuery: KqlNode | null; offset: number; limit: number }

export class EnrollmentKeyRepository {
  constructor(private readonly db: Database) {}

  async page(s: EnrollmentKeyPageSpec): Promise<{ rows: EnrollmentKeyRow[]; total: number }> {
    const teams = s.teamIds ? sql`k.team_id = ANY(${s.teamIds}::int[])` : sql`k.team_id IS NOT NULL`
    const where = sql`${s.withDefault ? sql`(k.team_id IS NULL OR ${teams})` : teams} AND ${kqlToSql(s.kuery, ENROLLMENT_KEY_KQL)}`
    const [rows, count] = await Promise.all([
      s.limit > 0
        ? this.db.prisma.$queryRaw<EnrollmentKeyRow[]>(sql`SELECT k.* FROM ${VIEW} WHERE ${where} ORDER BY k.created_at DESC, k.id DESC LIMIT ${s.limit} OFFSET ${s.offset}`)
        : Promise.resolve([]),
      this.db.prisma.$queryRaw<{ n: bigint }[]>(sql`SELECT count(*) AS n FROM ${VIEW} WHERE ${where}`),
    ])
    return { rows, total: Number(count[0]?.n ?? 0) }
  }

  /** The key with this id (a UUID the service has checked). */
  async byId(id: string): Promise<EnrollmentKeyRow | null> {
    const [row] = await this.db.prisma.$queryRaw<EnrollmentKeyRow[]>(sql`SELECT k.* FROM ${VIEW} WHERE k.id = ${id}`)
    return row ?? null
  }

  /**
   * Adds a key to a policy (team id; null: the global secrets) unless a key of that policy already has
   * `taken` (a name test) or the policy holds `maxUsable` usable keys, under a lock per policy. Returns
   * 'taken', 'full', or the new row's id.
   */
  create(k: { teamId: number | null; id: string; secret: string; name: string; expireAt: Date | null }, taken: (name: string) => boolean, maxUsable: number): Promise<'taken' | 'full' | string> {
    return this.db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`fleetgraph:enrollment-keys:${k.teamId ?? 0}`}))`
      const names = await tx.enrollSecret.findMany({ where: { team_id: k.teamId, name: { not: null } }, select: { name: true } })
      if (names.some((n) => taken(n.name!))) return 'taken'
      const usable = await tx.enrollSecret.count({ where: { team_id: k.teamId, active: true, OR: [{ expire_at: null }, { expire_at: { gt: new Date() } }] } })
      if (usable >= maxUsable) return 'full'
      await tx.enrollSecret.create({ data: { secret: k.secret, id: k.id, name: k.name, team_id: k.teamId, expire_at: k.expireAt } })
      return k.id
    }, { timeout: 30_000 })
  }

  async revoke(id: string): Promise<void> {
    await this.db.prisma.enrollSecret.updateMany({ where: { id }, data: { active: false } })
  }
}
