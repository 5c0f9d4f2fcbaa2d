// Agent policies over teams and the global configuration (ADR 0013): one view of both for lists and
// lookups, kuery compiled over a whitelist of its fields, and the writes (a team with its default
// enrollment key, the global configuration's Kibana attributes, delete while no enrolled host remains).
import { Prisma, type Database } from '@fleetgraph/prisma'
import { kqlToSql, type KqlNode, type KqlSchema } from '@fleetgraph/subgraph-kit'
import { DEFAULT_AGENT_POLICY_ID, DEFAULT_INACTIVITY_TIMEOUT, DEFAULT_NAMESPACE, DEFAULT_POLICY_NAME } from './agent-policy-rules.js'
import type { AgentPolicyRow } from './agent-policy.type.js'

const { sql, raw } = Prisma.Prisma
type Sql = Prisma.Prisma.Sql
type Json = Prisma.Prisma.InputJsonObject

/** Both kinds of agent policy as one relation `p` (the default policy first). */
const POLICIES = sql`(
  SELECT ${DEFAULT_AGENT_POLICY_ID}::text AS id, NULL::int AS team_id, ${DEFAULT_POLICY_NAME}::text AS name,
         COALESCE(a.kibana_attributes->>'description', '') AS description, a.kibana_attributes AS attributes,
         a.policy_revision AS revision, a.updated_at, a.policy_updated_by AS updated_by, a.agent_options
  FROM app_config a WHERE a.id = 1
  UNION ALL
  SELECT t.agent_policy_id, t.id, t.name, t.description, t.kibana_attributes, t.policy_revision, t.updated_at, t.policy_updated_by, t.agent_options
  FROM teams t) p`

/** A Kibana attribute read from the stored JSON, with Kibana's default when absent or of another type. */
const attrNumber = (key: string, dflt: number) => sql`(CASE WHEN jsonb_typeof(p.attributes->${key}) = 'number' THEN (p.attributes->>${key})::numeric ELSE ${dflt} END)`
const attrBool = (key: string) => sql`COALESCE(p.attributes->${key} = 'true'::jsonb, false)`
const NAMESPACE = sql`COALESCE(p.attributes->>'namespace', ${DEFAULT_NAMESPACE})`

/** kuery over agent policies: Kibana's saved-object fields this server can answer. */
export const AGENT_POLICY_KQL: KqlSchema = {
  prefixes: ['ingest-agent-policies', 'fleet-agent-policies'],
  type: 'ingest-agent-policies',
  fields: {
    id: { column: sql`p.id`, type: 'text' },
    name: { column: sql`p.name`, type: 'text' },
    description: { column: sql`p.description`, type: 'text' },
    namespace: { column: NAMESPACE, type: 'text' },
    is_default: { column: sql`(p.team_id IS NULL)`, type: 'boolean' },
    is_managed: { column: sql`false`, type: 'boolean' },
    is_protected: { column: sql`false`, type: 'boolean' },
    is_preconfigured: { column: sql`false`, type: 'boolean' },
    is_default_fleet_server: { column: sql`false`, type: 'boolean' },
    has_fleet_server: { column: attrBool('has_fleet_server'), type: 'boolean' },
    status: { column: sql`'active'::text`, type: 'text' },
    revision: { column: sql`p.revision`, type: 'number' },
    inactivity_timeout: { column: attrNumber('inactivity_timeout', DEFAULT_INACTIVITY_TIMEOUT), type: 'number' },
    updated_at: { column: sql`p.updated_at`, type: 'date' },
    updated_by: { column: sql`p.updated_by`, type: 'text' },
  },
  freeText: ['name', 'description'],
}

/** Sort keys Kibana clients send (sortField), as SQL. */
export const AGENT_POLICY_SORTS: Record<string, Sql> = {
  name: sql`p.name`, updated_at: sql`p.updated_at`, revision: sql`p.revision`, description: sql`p.description`,
  namespace: NAMESPACE, is_default: sql`(p.team_id IS NULL)`, id: sql`p.id`,
}

export interface AgentPolicyPageSpec {
  /** Teams the caller sees; null: all. */
  teamIds: number[] | null
  /** Whether the default policy is visible. */
  withDefault: boolean
  kuery: KqlNode | null
  sort: string
  desc: boolean
  offset: number
  limit: number
}

function visibleSql(s: Pick<AgentPolicyPageSpec, 'teamIds' | 'withDefault'>): Sql {
  const teams = s.teamIds ? sql`p.team_id = ANY(${s.teamIds}::int[])` : sql`p.team_id IS NOT NULL`
  return s.withDefault ? sql`(p.team_id IS NULL OR ${teams})` : teams
}

/** A new team as Kibana creates it, with its first enrollment key. */
export interface NewTeamPolicy {
  agentPolicyId?: string
  name: string
  description: string
  attributes: Record<string, unknown>
  agentOptions: Record<string, unknown> | null
  features: Record<string, unknown>
  updatedBy: string
  key: { id: string; secret: string; name: string }
  actor: { id: number; name: string }
}

/** What a copy brings along besides the new team. */
export interface CopyExtras {
  /** The source team whose pack targets the copy takes (null: none). */
  packsOfTeamId: number | null
  /** The source's osquery_manager integration, copied under a new id and name. */
  packagePolicy: { sourceId: string; id: string; name: string; by: string } | null
}

export class AgentPolicyRepository {
  constructor(private readonly db: Database) {}

  /** One page of the policies the caller sees, and how many match. */
  async page(s: AgentPolicyPageSpec): Promise<{ rows: AgentPolicyRow[]; total: number }> {
    const where = sql`${visibleSql(s)} AND ${kqlToSql(s.kuery, AGENT_POLICY_KQL)}`
    const order = AGENT_POLICY_SORTS[s.sort] ?? AGENT_POLICY_SORTS.updated_at!
    const dir = raw(s.desc ? 'DESC' : 'ASC')
    const [rows, count] = await Promise.all([
      s.limit > 0
        ? this.db.prisma.$queryRaw<AgentPolicyRow[]>(sql`SELECT p.* FROM ${POLICIES} WHERE ${where} ORDER BY ${order} ${dir}, p.id ${dir} LIMIT ${s.limit} OFFSET ${s.offset}`)
        : Promise.resolve([]),
      this.db.prisma.$queryRaw<{ n: bigint }[]>(sql`SELECT count(*) AS n FROM ${POLICIES} WHERE ${where}`),
    ])
    return { rows, total: Number(count[0]?.n ?? 0) }
  }

  /** The policies with these Kibana ids (the default policy's included), in no order. */
  byIds(ids: string[]): Promise<AgentPolicyRow[]> {
    if (!ids.length) return Promise.resolve([])
    return this.db.prisma.$queryRaw<AgentPolicyRow[]>(sql`SELECT p.* FROM ${POLICIES} WHERE p.id = ANY(${ids}::text[])`)
  }

  /** The policies of these teams (0: the default policy), in no order. */
  byKeys(keys: number[]): Promise<AgentPolicyRow[]> {
    if (!keys.length) return Promise.resolve([])
    return this.db.prisma.$queryRaw<AgentPolicyRow[]>(sql`SELECT p.* FROM ${POLICIES} WHERE COALESCE(p.team_id, 0) = ANY(${keys}::int[])`)
  }

  /** The Kibana id of the team named `name` (case-insensitive, as FleetDM's team names), other than `exceptTeamId`. */
  async nameHolder(name: string, exceptTeamId: number | null = null): Promise<string | null> {
    const t = await this.db.prisma.team.findFirst({
      where: { name: { equals: name, mode: 'insensitive' }, ...(exceptTeamId != null ? { NOT: { id: exceptTeamId } } : {}) },
      select: { agent_policy_id: true },
    })
    return t?.agent_policy_id ?? null
  }

  /** Whether a team has this Kibana id. */
  async idTaken(agentPolicyId: string): Promise<boolean> {
    return (await this.db.prisma.team.count({ where: { agent_policy_id: agentPolicyId } })) > 0
  }

  /** Enrolled hosts (not unenrolled) per policy key (team id, 0 for the default policy), one statement. */
  async agentCounts(keys: number[]): Promise<Map<number, number>> {
    const teams = keys.filter((k) => k > 0)
    const rows = await this.db.prisma.$queryRaw<{ k: number; n: bigint }[]>(sql`SELECT COALESCE(team_id, 0) AS k, count(*) AS n FROM hosts
      WHERE unenrolled_at IS NULL AND (team_id = ANY(${teams}::int[]) OR (${keys.includes(0)} AND team_id IS NULL)) GROUP BY 1`)
    return new Map(rows.map((r) => [r.k, Number(r.n)]))
  }

  /**
   * Creates the team, its first enrollment key and FleetDM's `created_team` activity in one transaction;
   * a copy also takes the source's pack targets (pack_teams, packs-and-queries' table: a target is the
   * pair) and a copy of its osquery_manager integration. Returns the new team's id.
   */
  create(t: NewTeamPolicy, copy: CopyExtras = { packsOfTeamId: null, packagePolicy: null }): Promise<number> {
    return this.db.prisma.$transaction(async (tx) => {
      const team = await tx.team.create({
        data: {
          name: t.name, description: t.description, ...(t.agentPolicyId ? { agent_policy_id: t.agentPolicyId } : {}),
          kibana_attributes: t.attributes as Json, policy_updated_by: t.updatedBy,
          agent_options: t.agentOptions ? t.agentOptions as Json : Prisma.Prisma.DbNull, features: t.features as Json, mdm: {},
        },
        select: { id: true, name: true },
      })
      await tx.enrollSecret.create({ data: { secret: t.key.secret, id: t.key.id, name: t.key.name, team_id: team.id } })
      if (copy.packsOfTeamId != null) {
        await tx.$executeRaw`INSERT INTO pack_teams (pack_id, team_id) SELECT pack_id, ${team.id} FROM pack_teams WHERE team_id = ${copy.packsOfTeamId} ON CONFLICT DO NOTHING`
      }
      const pp = copy.packagePolicy
      if (pp) {
        await tx.$executeRaw`INSERT INTO package_policies (id, name, description, namespace, team_id, package_version, enabled, kibana_attributes, created_by, updated_by, updated_at)
          SELECT ${pp.id}, ${pp.name}, description, namespace, ${team.id}, package_version, enabled, kibana_attributes, ${pp.by}, ${pp.by}, now()
          FROM package_policies WHERE id = ${pp.sourceId}`
      }
      await tx.activity.create({ data: { actor_id: t.actor.id, actor_name: t.actor.name, type: 'created_team', details: { team_id: team.id, team_name: team.name } } })
      return team.id
    }, { timeout: 30_000 })
  }

  /** Changes a team's agent-policy fields; `bump` raises its revision in the same statement. */
  async updateTeam(teamId: number, f: { name?: string; description?: string; attributes: Record<string, unknown>; updatedBy: string; bump: boolean }): Promise<void> {
    await this.db.prisma.team.update({
      where: { id: teamId },
      data: {
        ...(f.name !== undefined ? { name: f.name } : {}), ...(f.description !== undefined ? { description: f.description } : {}),
        kibana_attributes: f.attributes as Json, policy_updated_by: f.updatedBy, ...(f.bump ? { policy_revision: { increment: 1 } } : {}),
      },
    })
  }

  /** Changes the default policy's Kibana attributes (its description among them) on the global configuration. */
  async updateDefault(f: { attributes: Record<string, unknown>; updatedBy: string; bump: boolean }): Promise<void> {
    await this.db.prisma.appConfig.update({
      where: { id: 1 },
      data: { kibana_attributes: f.attributes as Json, policy_updated_by: f.updatedBy, ...(f.bump ? { policy_revision: { increment: 1 } } : {}) },
    })
  }

  /**
   * Deletes the team unless an enrolled host (one not unenrolled) is on it, in one transaction: the team
   * row is locked first, so a host cannot join meanwhile. Its enroll secrets, pack targets and integration
   * go with it (cascades); unenrolled hosts move to no team. False when a host was on it.
   */
  deleteTeam(teamId: number, actor: { id: number; name: string }): Promise<boolean> {
    return this.db.prisma.$transaction(async (tx) => {
      const [team] = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM teams WHERE id = ${teamId} FOR UPDATE`
      if (!team) return true
      const [busy] = await tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM hosts WHERE team_id = ${teamId} AND unenrolled_at IS NULL`
      if (Number(busy?.n ?? 0) > 0) return false
      await tx.team.delete({ where: { id: teamId } })
      await tx.activity.create({ data: { actor_id: actor.id, actor_name: actor.name, type: 'deleted_team', details: { team_id: teamId, team_name: team.name } } })
      return true
    }, { timeout: 30_000 })
  }

  /** The names of package policies starting with `prefix` (a copy's name is the next free "(copy N)"). */
  async packagePolicyNamesLike(prefix: string): Promise<string[]> {
    const rows = await this.db.prisma.packagePolicy.findMany({ where: { name: { startsWith: prefix } }, select: { name: true }, take: 1000 })
    return rows.map((r) => r.name)
  }

  /** The osquery_manager integration of a policy (team id, null: the default policy), if any. */
  async packagePolicyOf(teamId: number | null): Promise<{ id: string; name: string } | null> {
    return this.db.prisma.packagePolicy.findFirst({ where: teamId == null ? { on_default_policy: true } : { team_id: teamId }, select: { id: true, name: true } })
  }

  async licenseTier(): Promise<string> {
    const row = await this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { license_tier: true } })
    return row?.license_tier ?? 'free'
  }
}

