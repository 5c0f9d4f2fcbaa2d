// The only agent file that touches the database: hosts as Kibana agents (ADR 0013). The kuery fields
// partner scripts filter on, compiled over the hosts table; the agent status in SQL, built on the host
// list's own status expression (hostStatusSql); lists, counts and tags; the bulk actions, each in one
// transaction with its line in the action ledger.
import { Prisma, type Database } from '@fleetgraph/prisma'
import { DEFAULT_AGENT_POLICY_ID, kqlToSql, type KqlField, type KqlNode, type KqlSchema } from '@fleetgraph/subgraph-kit'
import { platformsOf } from '@fleetgraph/agent-api/platforms'
import { HOST_SELECT, hostStatusSql, moveHostsSql, type HostRow } from '../host/host.repository.js'
import type { AgentStatus } from './agent-status.js'

const { sql, join, raw } = Prisma.Prisma
type Sql = Prisma.Prisma.Sql
type Tx = Parameters<Parameters<Database['prisma']['$transaction']>[0]>[0]

const FROM = raw('hosts h LEFT JOIN host_seen_times st ON st.host_id = h.id LEFT JOIN teams t ON t.id = h.team_id')
/** The host's agent policy: its team's id, or the default policy's. */
const POLICY_ID = sql`COALESCE(t.agent_policy_id, ${DEFAULT_AGENT_POLICY_ID})`
/** The current revision of the host's agent policy: its team's, or the global configuration's. */
const POLICY_REVISION = raw('COALESCE(t.policy_revision, (SELECT ac.policy_revision FROM app_config ac WHERE ac.id = 1), 1)')
const ENROLLED_AT = raw('COALESCE(h.last_enrolled_at, h.created_at)')

/**
 * agentStatus() (agent-status.ts) in SQL, over `hosts h`, `host_seen_times st` and `teams t`: the host
 * list's status expression, then unenrolled, inactive, offline, updating.
 */
export function agentStatusSql(now: string): Sql {
  return sql`(CASE WHEN h.unenrolled_at IS NOT NULL THEN 'unenrolled' ELSE (CASE ${hostStatusSql(now)}
    WHEN 'mia' THEN 'inactive' WHEN 'offline' THEN 'offline'
    ELSE (CASE WHEN h.policy_revision < ${POLICY_REVISION} THEN 'updating' ELSE 'online' END) END) END)`
}

const text = (column: string): KqlField => ({ column: raw(column), type: 'text' })
const NEVER: KqlField = { column: raw('FALSE'), type: 'boolean' }

/** The kuery fields of an agent (Kibana's names, `fleet-agents.` prefix allowed) over the host's columns. */
function agentKql(now: string): KqlSchema {
  const hostname = text('h.hostname')
  const agentId = text('h.agent_id')
  const version = text('h.osquery_version')
  // Kibana's os.platform is the family (linux, darwin, windows): "linux" matches every distribution.
  const platform: KqlField = { column: raw('h.platform'), type: 'text', match: (v) => sql`h.platform = ANY(${platformsOf(v.toLowerCase())}::text[])` }
  const status: KqlField = { column: agentStatusSql(now), type: 'text', match: (v) => sql`${agentStatusSql(now)} = ${v.toLowerCase()}` }
  return {
    type: 'fleet-agents',
    prefixes: ['fleet-agents'],
    freeText: ['local_metadata.host.hostname', 'id'],
    fields: {
      status,
      last_checkin_status: status,
      policy_id: { column: POLICY_ID, type: 'text' },
      policy_revision: { column: raw('h.policy_revision'), type: 'number' },
      policy_revision_idx: { column: raw('h.policy_revision'), type: 'number' },
      tags: { column: raw('h.agent_tags'), type: 'text', array: true },
      packages: { column: raw("ARRAY['osquery_manager']::text[]"), type: 'text', array: true },
      type: { column: raw("'PERMANENT'"), type: 'text' },
      id: agentId,
      'agent.id': agentId,
      'local_metadata.elastic.agent.id': agentId,
      'agent.version': version,
      'local_metadata.elastic.agent.version': version,
      'local_metadata.elastic.agent.upgradeable': NEVER,
      'local_metadata.elastic.agent.snapshot': NEVER,
      hostname,
      'local_metadata.host.hostname': hostname,
      'local_metadata.host.name': text("COALESCE(NULLIF(h.computer_name, ''), h.hostname)"),
      'local_metadata.host.id': text('h.uuid'),
      'local_metadata.host.ip': text('h.primary_ip'),
      'local_metadata.host.mac': text('h.primary_mac'),
      'local_metadata.host.architecture': text('h.cpu_type'),
      platform,
      'local_metadata.os.platform': platform,
      'local_metadata.os.family': text('h.platform'),
      'local_metadata.os.full': text('h.os_version'),
      last_checkin: { column: raw('st.seen_time'), type: 'date' },
      enrolled_at: { column: ENROLLED_AT, type: 'date' },
      unenrolled_at: { column: raw('h.unenrolled_at'), type: 'date' },
      active: { column: raw('(h.unenrolled_at IS NULL)'), type: 'boolean' },
    },
  }
}

/** Which agents a list, count or bulk action reads. */
export interface AgentFilterSpec {
  /** null: every host; else only hosts of these teams (what the caller may see, or change). */
  teamIds: number[] | null
  kuery: KqlNode | null
  /** Leaves out inactive agents (Kibana's `showInactive: false`). */
  activeOnly: boolean
  /** Leaves out unenrolled agents (Kibana does unless the kuery names `status:unenrolled` or `status:*`). */
  enrolledOnly: boolean
  /** Only agents of these agent policies. */
  policyIds?: string[]
  /** ISO time the status rule is evaluated at. */
  now: string
}

function whereOf(f: AgentFilterSpec): Sql {
  const conds: Sql[] = []
  if (f.teamIds) conds.push(sql`h.team_id = ANY(${f.teamIds}::int[])`)
  if (f.kuery) conds.push(kqlToSql(f.kuery, agentKql(f.now)))
  if (f.activeOnly) conds.push(sql`${agentStatusSql(f.now)} <> 'inactive'`)
  if (f.enrolledOnly) conds.push(raw('h.unenrolled_at IS NULL'))
  if (f.policyIds) conds.push(sql`${POLICY_ID} = ANY(${f.policyIds}::text[])`)
  return conds.length ? join(conds, ' AND ') : raw('TRUE')
}

export type AgentSortKey = 'ENROLLED_AT' | 'LAST_CHECKIN' | 'HOSTNAME' | 'POLICY_ID' | 'VERSION' | 'STATUS' | 'AGENT_ID' | 'UNENROLLED_AT'
const SORTS: Record<AgentSortKey, (now: string) => Sql> = {
  ENROLLED_AT: () => ENROLLED_AT,
  LAST_CHECKIN: () => raw('st.seen_time'),
  HOSTNAME: () => raw('h.hostname'),
  POLICY_ID: () => POLICY_ID,
  VERSION: () => raw('h.osquery_version'),
  STATUS: (now) => agentStatusSql(now),
  AGENT_ID: () => raw('h.agent_id'),
  UNENROLLED_AT: () => raw('h.unenrolled_at'),
}

/** What a bulk action needs of each target. */
export interface AgentTargetRow { id: number; agent_id: string; team_id: number | null; hostname: string }

/** The agent policy a team is (its id and current revision). */
export interface TeamPolicyRow { id: number; agent_policy_id: string; policy_revision: number }

export interface AgentActionError { agentId: string; error: string; timestamp: string; hostname?: string }
export interface AgentActionRow {
  id: string; type: string; created_at: Date; completed_at: Date; user_id: number | null
  nb_agents_actioned: number; nb_agents_ack: number; nb_agents_failed: number; policy_id: string | null; errors: unknown
}
/** A ledger line, given the hosts the action changed. */
export interface NewAgentAction { type: string; userId: number; actioned: number; policyId?: string | null; errors: AgentActionError[] }

/** The ledger keeps the newest MAX_ACTIONS lines, none older than ACTION_RETENTION_MS (pruned at each insert). */
export const MAX_ACTIONS = 10_000
export const ACTION_RETENTION_MS = 90 * 24 * 3600 * 1000
/** Failures kept on one ledger line. */
export const MAX_ACTION_ERRORS = 100

export class AgentRepository {
  constructor(private readonly db: Database) {}

  /** One page of agents, `limit` rows from `offset`, ties broken by the host id in the same direction. */
  async page(f: AgentFilterSpec, sort: AgentSortKey, desc: boolean, offset: number, limit: number): Promise<HostRow[]> {
    const dir = raw(desc ? 'DESC' : 'ASC')
    return this.db.prisma.$queryRaw<HostRow[]>(sql`SELECT ${HOST_SELECT} FROM ${FROM} WHERE ${whereOf(f)}
      ORDER BY ${SORTS[sort](f.now)} ${dir} NULLS LAST, h.id ${dir} LIMIT ${limit} OFFSET ${offset}`)
  }

  async count(f: AgentFilterSpec): Promise<number> {
    const [r] = await this.db.prisma.$queryRaw<{ n: bigint }[]>(sql`SELECT count(*) AS n FROM ${FROM} WHERE ${whereOf(f)}`)
    return Number(r?.n ?? 0)
  }

  /** How many agents match, by status (statuses with none are left out). */
  async statusCounts(f: AgentFilterSpec): Promise<Map<AgentStatus, number>> {
    const rows = await this.db.prisma.$queryRaw<{ status: AgentStatus; n: bigint }[]>(sql`SELECT s.status, count(*) AS n
      FROM (SELECT ${agentStatusSql(f.now)} AS status FROM ${FROM} WHERE ${whereOf(f)}) s GROUP BY s.status`)
    return new Map(rows.map((r) => [r.status, Number(r.n)]))
  }

  /** The distinct tags of the matching agents, case-insensitively sorted, at most `limit`. */
  async tags(f: AgentFilterSpec, limit: number): Promise<string[]> {
    const rows = await this.db.prisma.$queryRaw<{ tag: string }[]>(sql`SELECT DISTINCT x.tag FROM ${FROM}
      CROSS JOIN LATERAL unnest(h.agent_tags) AS x(tag) WHERE ${whereOf(f)} ORDER BY x.tag LIMIT ${limit}`)
    return rows.map((r) => r.tag).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || (a < b ? -1 : 1))
  }

  /** The hosts with these agent ids, whoever may see them (the service decides). */
  targetsByAgentIds(agentIds: string[]): Promise<AgentTargetRow[]> {
    return this.db.prisma.host.findMany({ where: { agent_id: { in: agentIds } }, select: { id: true, agent_id: true, team_id: true, hostname: true } })
  }

  /** The matching agents, at most `limit`, in id order. */
  targetsMatching(f: AgentFilterSpec, limit: number): Promise<AgentTargetRow[]> {
    return this.db.prisma.$queryRaw<AgentTargetRow[]>(sql`SELECT h.id, h.agent_id, h.team_id, h.hostname FROM ${FROM}
      WHERE ${whereOf(f)} ORDER BY h.id LIMIT ${limit}`)
  }

  /** The agent policy of each team (its Kibana id and current revision). */
  teamPolicies(teamIds: number[]): Promise<TeamPolicyRow[]> {
    return this.db.prisma.team.findMany({ where: { id: { in: teamIds } }, select: { id: true, agent_policy_id: true, policy_revision: true } })
  }

  /** The team that is this agent policy, or null. */
  teamByPolicyId(agentPolicyId: string): Promise<TeamPolicyRow | null> {
    return this.db.prisma.team.findUnique({ where: { agent_policy_id: agentPolicyId }, select: { id: true, agent_policy_id: true, policy_revision: true } })
  }

  /** The default policy's current revision (the global configuration's). */
  async defaultPolicyRevision(): Promise<number> {
    return (await this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { policy_revision: true } }))?.policy_revision ?? 1
  }

  /** Replaces the agent's tags and/or user metadata (undefined: unchanged). */
  async update(hostId: number, data: { tags?: string[]; metadata?: Record<string, unknown> }): Promise<void> {
    await this.db.prisma.host.update({
      where: { id: hostId },
      data: { ...(data.tags ? { agent_tags: data.tags } : {}), ...(data.metadata ? { agent_user_metadata: data.metadata as Prisma.Prisma.InputJsonObject } : {}) },
    })
  }

  /** Moves the hosts to the team (null: no team) and records the action, in one transaction. */
  reassign(hostIds: number[], teamId: number | null, action: NewAgentAction): Promise<AgentActionRow> {
    return this.db.prisma.$transaction(async (tx) => {
      const moved = hostIds.length ? await tx.$executeRaw(moveHostsSql(hostIds, teamId)) : 0
      return this.record(tx, action, moved)
    })
  }

  /**
   * Unenrolls the hosts and records the action, in one transaction: the row stays, marked unenrolled
   * (the first time is kept), and every credential it checks in with goes (osquery's and orbit's node
   * keys, Fleet Desktop's device token): its next check-in is refused, and only a new enrollment with a
   * valid secret brings it back.
   */
  unenroll(hostIds: number[], action: NewAgentAction): Promise<AgentActionRow> {
    return this.db.prisma.$transaction(async (tx) => {
      const now = new Date()
      const done = hostIds.length ? await tx.$executeRaw`UPDATE hosts SET unenrolled_at = COALESCE(unenrolled_at, ${now}::timestamp(3)),
        node_key = NULL, orbit_node_key = NULL WHERE id = ANY(${hostIds}::int[])` : 0
      if (hostIds.length) await tx.deviceAuthToken.deleteMany({ where: { host_id: { in: hostIds } } })
      return this.record(tx, action, done)
    })
  }

  /**
   * Adds and removes tags on the hosts and records the action, in one transaction. A host whose tags
   * would pass `maxTags` keeps its own and is a failure, named in the ledger.
   */
  updateTags(targets: AgentTargetRow[], add: string[], remove: string[], maxTags: number, action: NewAgentAction): Promise<AgentActionRow> {
    return this.db.prisma.$transaction(async (tx) => {
      const ids = targets.map((t) => t.id)
      const changed = ids.length ? await tx.$queryRaw<{ id: number }[]>(sql`WITH next AS (
          SELECT h.id, ARRAY(SELECT x.tag FROM unnest(h.agent_tags || ${add}::text[]) WITH ORDINALITY AS x(tag, i)
            WHERE NOT (x.tag = ANY(${remove}::text[])) GROUP BY x.tag ORDER BY min(x.i)) AS tags
          FROM hosts h WHERE h.id = ANY(${ids}::int[]))
        UPDATE hosts h SET agent_tags = next.tags FROM next WHERE h.id = next.id AND cardinality(next.tags) <= ${maxTags} RETURNING h.id`) : []
      const ok = new Set(changed.map((r) => r.id))
      const timestamp = new Date().toISOString()
      const refused = targets.filter((t) => !ok.has(t.id))
        .map((t) => ({ agentId: t.agent_id, hostname: t.hostname, error: `an agent has at most ${maxTags} tags`, timestamp }))
      return this.record(tx, { ...action, errors: [...action.errors, ...refused] }, ok.size)
    })
  }

  /** Writes a ledger line (complete: the action ran) and prunes the ledger to its bounds. */
  private async record(tx: Tx, a: NewAgentAction, acked: number): Promise<AgentActionRow> {
    const row = await tx.agentAction.create({
      data: {
        type: a.type, user_id: a.userId, nb_agents_actioned: a.actioned, nb_agents_ack: acked,
        nb_agents_failed: Math.max(a.actioned - acked, 0), policy_id: a.policyId ?? null,
        errors: a.errors.slice(0, MAX_ACTION_ERRORS) as unknown as Prisma.Prisma.InputJsonArray,
      },
    })
    await tx.$executeRaw`DELETE FROM agent_actions WHERE created_at < ${new Date(Date.now() - ACTION_RETENTION_MS)}::timestamp(3)
      OR id IN (SELECT id FROM agent_actions ORDER BY created_at DESC, id DESC OFFSET ${MAX_ACTIONS})`
    return row
  }

  /** Ledger lines, newest first; `userId` null: everyone's. */
  actions(f: { userId: number | null; from?: Date; to?: Date }, offset: number, limit: number): Promise<AgentActionRow[]> {
    return this.db.prisma.agentAction.findMany({
      where: { ...(f.userId != null ? { user_id: f.userId } : {}), ...(f.from || f.to ? { created_at: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}) },
      orderBy: [{ created_at: 'desc' }, { id: 'desc' }],
      skip: offset,
      take: limit,
    })
  }
}
