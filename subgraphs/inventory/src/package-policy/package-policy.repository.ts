// osquery_manager integrations (ADR 0013): the package_policies rows seen with their agent policy (its
// Kibana id, namespace and agent options), kuery over Kibana's fields, and the writes, which change the
// policy's agent options in the same transaction when osquery options come with them.
import { Prisma, type Database, type PrismaClient } from '@fleetgraph/prisma'
import { kqlToSql, type KqlNode, type KqlSchema } from '@fleetgraph/subgraph-kit'
import { DEFAULT_AGENT_POLICY_ID, DEFAULT_NAMESPACE } from '../agent-policy/agent-policy-rules.js'
import { OSQUERY_MANAGER, OSQUERY_MANAGER_TITLE } from './package-policy-rules.js'
import type { PackagePolicyRow } from './package-policy.type.js'

const { sql, raw } = Prisma.Prisma
type Sql = Prisma.Prisma.Sql
type Json = Prisma.Prisma.InputJsonObject

const VIEW = sql`(SELECT pp.id, pp.name, pp.description, pp.namespace, pp.team_id, pp.package_version, pp.enabled, pp.revision,
    pp.kibana_attributes AS attributes, pp.created_at, pp.created_by, pp.updated_at, pp.updated_by,
    COALESCE(t.agent_policy_id, ${DEFAULT_AGENT_POLICY_ID}) AS agent_policy_id,
    COALESCE((CASE WHEN pp.team_id IS NULL THEN a.kibana_attributes ELSE t.kibana_attributes END)->>'namespace', ${DEFAULT_NAMESPACE}) AS policy_namespace,
    (CASE WHEN pp.team_id IS NULL THEN a.agent_options ELSE COALESCE(NULLIF(t.agent_options, 'null'::jsonb), a.agent_options) END) AS agent_options
  FROM package_policies pp LEFT JOIN teams t ON t.id = pp.team_id JOIN app_config a ON a.id = 1) pp`

/** kuery over integrations: Kibana's package-policy saved-object fields. */
export const PACKAGE_POLICY_KQL: KqlSchema = {
  prefixes: ['ingest-package-policies', 'fleet-package-policies'],
  type: 'ingest-package-policies',
  fields: {
    id: { column: sql`pp.id`, type: 'text' },
    name: { column: sql`pp.name`, type: 'text' },
    description: { column: sql`pp.description`, type: 'text' },
    namespace: { column: sql`pp.namespace`, type: 'text' },
    policy_id: { column: sql`pp.agent_policy_id`, type: 'text' },
    policy_ids: { column: sql`pp.agent_policy_id`, type: 'text' },
    'package.name': { column: sql`${OSQUERY_MANAGER}::text`, type: 'text' },
    'package.title': { column: sql`${OSQUERY_MANAGER_TITLE}::text`, type: 'text' },
    'package.version': { column: sql`pp.package_version`, type: 'text' },
    enabled: { column: sql`pp.enabled`, type: 'boolean' },
    is_managed: { column: sql`false`, type: 'boolean' },
    revision: { column: sql`pp.revision`, type: 'number' },
    created_at: { column: sql`pp.created_at`, type: 'date' },
    created_by: { column: sql`pp.created_by`, type: 'text' },
    updated_at: { column: sql`pp.updated_at`, type: 'date' },
    updated_by: { column: sql`pp.updated_by`, type: 'text' },
  },
  freeText: ['name', 'description'],
}

export const PACKAGE_POLICY_SORTS: Record<string, Sql> = {
  name: sql`pp.name`, updated_at: sql`pp.updated_at`, created_at: sql`pp.created_at`, revision: sql`pp.revision`, id: sql`pp.id`,
}

export interface PackagePolicyPageSpec {
  teamIds: number[] | null; withDefault: boolean; kuery: KqlNode | null; sort: string; desc: boolean; offset: number; limit: number
}

/** A new integration; `agentOptions` set: the policy's new agent options, written in the same transaction. */
export interface NewPackagePolicy {
  id: string; name: string; description: string; namespace: string; teamId: number | null; packageVersion: string; enabled: boolean
  attributes: Record<string, unknown>; by: string; agentOptions?: Record<string, unknown>
}

export interface PackagePolicyChange {
  name?: string; description?: string; namespace?: string; teamId?: number | null; packageVersion?: string; enabled?: boolean
  attributes?: Record<string, unknown>; by: string; agentOptions?: Record<string, unknown>
}

export class PackagePolicyRepository {
  constructor(private readonly db: Database) {}

  async page(s: PackagePolicyPageSpec): Promise<{ rows: PackagePolicyRow[]; total: number }> {
    const visible = s.teamIds ? sql`pp.team_id = ANY(${s.teamIds}::int[])` : sql`pp.team_id IS NOT NULL`
    const where = sql`${s.withDefault ? sql`(pp.team_id IS NULL OR ${visible})` : visible} AND ${kqlToSql(s.kuery, PACKAGE_POLICY_KQL)}`
    const dir = raw(s.desc ? 'DESC' : 'ASC')
    const [rows, count] = await Promise.all([
      s.limit > 0
        ? this.db.prisma.$queryRaw<PackagePolicyRow[]>(sql`SELECT pp.* FROM ${VIEW} WHERE ${where}
            ORDER BY ${PACKAGE_POLICY_SORTS[s.sort] ?? PACKAGE_POLICY_SORTS.updated_at!} ${dir}, pp.id ${dir} LIMIT ${s.limit} OFFSET ${s.offset}`)
        : Promise.resolve([]),
      this.db.prisma.$queryRaw<{ n: bigint }[]>(sql`SELECT count(*) AS n FROM ${VIEW} WHERE ${where}`),
    ])
    return { rows, total: Number(count[0]?.n ?? 0) }
  }

  byIds(ids: string[]): Promise<PackagePolicyRow[]> {
    if (!ids.length) return Promise.resolve([])
    return this.db.prisma.$queryRaw<PackagePolicyRow[]>(sql`SELECT pp.* FROM ${VIEW} WHERE pp.id = ANY(${ids}::text[])`)
  }

  /** The integrations of these agent policies (team ids; 0: the default policy), one statement. */
  byPolicyKeys(keys: number[]): Promise<PackagePolicyRow[]> {
    if (!keys.length) return Promise.resolve([])
    return this.db.prisma.$queryRaw<PackagePolicyRow[]>(sql`SELECT pp.* FROM ${VIEW} WHERE COALESCE(pp.team_id, 0) = ANY(${keys}::int[])`)
  }

  async nameTaken(name: string, exceptId: string | null = null): Promise<boolean> {
    return (await this.db.prisma.packagePolicy.count({ where: { name, ...(exceptId ? { NOT: { id: exceptId } } : {}) } })) > 0
  }

  async idTaken(id: string): Promise<boolean> {
    return (await this.db.prisma.packagePolicy.count({ where: { id } })) > 0
  }

  /** The integration on a policy (team id; null: the default policy), if any. */
  async onPolicy(teamId: number | null): Promise<string | null> {
    const r = await this.db.prisma.packagePolicy.findFirst({ where: teamId == null ? { on_default_policy: true } : { team_id: teamId }, select: { id: true } })
    return r?.id ?? null
  }

  /** How many integrations exist (EPM refuses to uninstall the package while any does). */
  count(): Promise<number> { return this.db.prisma.packagePolicy.count() }

  /** Inserts the integration, writes the policy's agent options when given, and marks the package installed (Kibana installs it on first use). */
  async create(p: NewPackagePolicy): Promise<void> {
    await this.db.prisma.$transaction(async (tx) => {
      await tx.packagePolicy.create({
        data: {
          id: p.id, name: p.name, description: p.description, namespace: p.namespace, team_id: p.teamId, on_default_policy: p.teamId == null ? true : null,
          package_version: p.packageVersion, enabled: p.enabled, kibana_attributes: p.attributes as Json, created_by: p.by, updated_by: p.by,
        },
      })
      if (p.agentOptions) await writeAgentOptions(tx, p.teamId, p.agentOptions)
      await tx.$executeRaw`INSERT INTO kibana_settings (kind, id, body, updated_at) VALUES ('epm-package', ${OSQUERY_MANAGER}, ${JSON.stringify({ installed: true })}::jsonb, now())
        ON CONFLICT (kind, id) DO UPDATE SET body = jsonb_set(kibana_settings.body, '{installed}', 'true'::jsonb), updated_at = now()`
    }, { timeout: 30_000 })
  }

  /** Changes the integration (its revision + 1) and, when given, the agent options of the policy it ends up on. */
  async update(id: string, c: PackagePolicyChange): Promise<void> {
    await this.db.prisma.$transaction(async (tx) => {
      await tx.packagePolicy.update({
        where: { id },
        data: {
          ...(c.name !== undefined ? { name: c.name } : {}), ...(c.description !== undefined ? { description: c.description } : {}),
          ...(c.namespace !== undefined ? { namespace: c.namespace } : {}), ...(c.packageVersion !== undefined ? { package_version: c.packageVersion } : {}),
          ...(c.enabled !== undefined ? { enabled: c.enabled } : {}), ...(c.attributes !== undefined ? { kibana_attributes: c.attributes as Json } : {}),
          ...(c.teamId !== undefined ? { team_id: c.teamId, on_default_policy: c.teamId == null ? true : null } : {}),
          updated_by: c.by, revision: { increment: 1 },
        },
      })
      if (c.agentOptions) {
        const [row] = await tx.packagePolicy.findMany({ where: { id }, select: { team_id: true } })
        await writeAgentOptions(tx, row?.team_id ?? null, c.agentOptions)
      }
    }, { timeout: 30_000 })
  }

  /** Deletes these integrations (the policies' agent options stay as they are). */
  async delete(ids: string[]): Promise<void> {
    if (ids.length) await this.db.prisma.packagePolicy.deleteMany({ where: { id: { in: ids } } })
  }
}

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

/** The agent options of a team, or the global ones (null team). */
async function writeAgentOptions(tx: Tx, teamId: number | null, options: Record<string, unknown>): Promise<void> {
  if (teamId == null) await tx.appConfig.update({ where: { id: 1 }, data: { agent_options: options as Json } })
  else await tx.team.update({ where: { id: teamId }, data: { agent_options: options as Json } })
}
