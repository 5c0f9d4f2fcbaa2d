// Kibana's live queries in the database (ADR 0013): the campaigns one request starts, in one
// transaction, and the reads its routes need — a live query's campaigns, the history of live queries,
// each query's counts and its result rows.
import { Prisma, type Database, type PrismaClient } from '@fleetgraph/prisma'
import type { KqlSchema, OffsetWindow } from '@fleetgraph/subgraph-kit'
import type { Selection, TargetHost } from '../campaign/campaign.repository.js'
import type { LiveQueryCampaignRow, LiveQueryCounts } from './live-query.type.js'

const { sql, join, raw } = Prisma.Prisma
type Sql = Prisma.Prisma.Sql
type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]
const and = (parts: Sql[]): Sql => (parts.length ? join(parts.map((p) => sql`(${p})`), ' AND ') : sql`TRUE`)

/** A host a Kibana selection reached, with its agent id. */
export interface AgentHost extends TargetHost { agent_id: string }

/** Kibana's selection as this server resolves it: a union of its parts (team 0: hosts on no team). */
export interface AgentSelection { all: boolean; agentIds: string[]; labelIds: number[]; teamIds: number[] }

/** One campaign a live query starts: an existing query, or ad-hoc SQL stored as an unsaved query. */
export interface CampaignPart { queryId?: number; sql?: string; adHocName?: string; kibana: object }

/** A pack's query as a live query runs it. */
export interface PackQueryRow {
  name: string; query: string; query_id: number; saved: boolean; observer_can_run: boolean; platform: string; version: string; kibana: unknown
}

const LIVE_COLUMNS = sql`c.id, c.query_id, c.user_id, c.status, c.created_at, c.updated_at, c.action_id, c.kibana_action_id, c.kibana,
  q.query AS sql, q.name AS query_name, cardinality(c.kibana_host_ids)::int AS kibana_host_count`

/** The first campaign of each live query: a campaign started otherwise, or the lowest of a Kibana request's. */
const IS_HEAD = sql`(c.kibana_action_id IS NULL OR NOT EXISTS (
  SELECT 1 FROM distributed_query_campaigns c2 WHERE c2.kibana_action_id = c.kibana_action_id AND c2.id < c.id))`

/** The fields a kuery may name on the live-query history (Kibana's action documents). */
export const LIVE_QUERY_KQL: KqlSchema = {
  prefixes: [], type: 'osquery-action',
  fields: {
    action_id: { column: sql`COALESCE(c.kibana_action_id, c.action_id)`, type: 'text' },
    user_id: { column: sql`(SELECT u.email FROM users u WHERE u.id = c.user_id)`, type: 'text' },
    pack_id: { column: sql`(c.kibana->>'pack_id')`, type: 'text' },
    pack_name: { column: sql`(c.kibana->>'pack_name')`, type: 'text' },
    '@timestamp': { column: sql`c.created_at`, type: 'date' },
  },
  freeText: [],
}

/** The fields a kuery may name on a query's results (Kibana's result documents). */
export const LIVE_QUERY_RESULT_KQL: KqlSchema = {
  prefixes: [], type: 'osquery-result',
  fields: {
    'agent.id': { column: sql`h.agent_id`, type: 'text' },
    'elastic_agent.id': { column: sql`h.agent_id`, type: 'text' },
    'agent.name': { column: sql`h.hostname`, type: 'text' },
    'host.name': { column: sql`h.hostname`, type: 'text' },
    '@timestamp': { column: sql`r.created_at`, type: 'date' },
  },
  freeText: ['agent.name'],
}

export class LiveQueryRepository {
  constructor(private readonly db: Database) {}

  teamsByPolicyIds(policyIds: string[]): Promise<{ id: number }[]> {
    if (!policyIds.length) return Promise.resolve([])
    return this.db.prisma.team.findMany({ where: { agent_policy_id: { in: policyIds } }, select: { id: true } })
  }

  builtinLabels(names: string[]): Promise<{ id: number; name: string }[]> {
    if (!names.length) return Promise.resolve([])
    return this.db.prisma.label.findMany({ where: { label_type: 'builtin', name: { in: names } }, select: { id: true, name: true } })
  }

  /**
   * Kibana's agent selection: every enrolled host (not unenrolled) the request names by agent id, by
   * platform label, by team (0: no team), or all of them; limited to `visibleTeams` (team members).
   */
  resolveAgents(s: AgentSelection, visibleTeams: number[] | null): Promise<AgentHost[]> {
    return this.db.sql.query<AgentHost>(`
      SELECT h.id, h.agent_id, h.created_at, s.seen_time, h.distributed_interval, h.config_tls_refresh
      FROM hosts h LEFT JOIN host_seen_times s ON s.host_id = h.id
      WHERE h.unenrolled_at IS NULL AND ($5::int[] IS NULL OR h.team_id = ANY($5::int[])) AND (
        $1::boolean OR h.agent_id = ANY($2::text[]) OR COALESCE(h.team_id, 0) = ANY($4::int[])
        OR (cardinality($3::int[]) > 0 AND EXISTS (SELECT 1 FROM label_membership lm WHERE lm.host_id = h.id AND lm.label_id = ANY($3::int[]))))
      ORDER BY h.id`, [s.all, s.agentIds, s.labelIds, s.teamIds, visibleTeams])
  }

  /** Saved queries named `idOrName`, or with that id (Kibana accepts either). */
  savedQueries(idOrName: string, id: number | null) {
    return this.db.prisma.savedQuery.findMany({
      where: { saved: true, OR: [{ name: idOrName }, ...(id ? [{ id }] : [])] },
      select: { id: true, name: true, query: true, observer_can_run: true, kibana: true },
    })
  }

  /** A pack and its queries in schedule order, with the query behind each. */
  async pack(id: number): Promise<{ id: number; name: string; queries: PackQueryRow[] } | null> {
    const p = await this.db.prisma.pack.findUnique({ where: { id }, select: { id: true, name: true } })
    if (!p) return null
    const queries = await this.db.sql.query<PackQueryRow>(`
      SELECT s.name, q.query, q.id AS query_id, q.saved, q.observer_can_run, s.platform, s.version, s.kibana
      FROM scheduled_queries s JOIN queries q ON q.id = s.query_id WHERE s.pack_id = $1 ORDER BY s.id`, [id])
    return { ...p, queries }
  }

  /**
   * The campaigns of one live query, in one transaction: each part's ad-hoc query row when it has one,
   * its campaign (the first holding the request and the hosts it resolved to), its selection and the
   * hosts that owe it an answer. The campaigns table's trigger tells every agent API at commit.
   */
  createLiveQuery(parts: CampaignPart[], userId: number, actionId: string, sel: Selection, hostIds: number[]): Promise<number[]> {
    return this.db.prisma.$transaction(async (tx: Tx) => {
      const ids: number[] = []
      for (const [i, part] of parts.entries()) {
        const queryId = part.queryId ?? (await tx.savedQuery.create({ data: { name: part.adHocName!, query: part.sql!, saved: false, author_id: userId }, select: { id: true } })).id
        const c = await tx.campaign.create({
          data: { query_id: queryId, user_id: userId, status: 0, kibana_action_id: actionId, kibana: part.kibana as Prisma.Prisma.InputJsonObject },
          select: { id: true },
        })
        // Arrays of any size in one statement each (a createMany of 150,000 rows costs seconds of Prisma CPU).
        if (i === 0) await tx.$executeRaw`UPDATE distributed_query_campaigns SET kibana_host_ids = ${hostIds}::int[] WHERE id = ${c.id}::int`
        await tx.$executeRaw`INSERT INTO distributed_query_campaign_targets (campaign_id, target_type, target_id)
          SELECT ${c.id}::int, 'host'::text, unnest(${sel.hostIds}::int[]) UNION ALL SELECT ${c.id}::int, 'label'::text, unnest(${sel.labelIds}::int[])
          UNION ALL SELECT ${c.id}::int, 'team'::text, unnest(${sel.teamIds}::int[])`
        await tx.$executeRaw`INSERT INTO distributed_query_campaign_hosts (campaign_id, host_id) SELECT ${c.id}::int, unnest(${hostIds}::int[])`
        ids.push(c.id)
      }
      return ids
    }, { timeout: 60_000 })
  }

  /** The campaigns of these live queries (by action id), each live query's in order; `owner` limits to one user's. */
  campaignsOf(actionIds: string[], owner: number | null): Promise<(LiveQueryCampaignRow & { parent: string })[]> {
    return this.db.prisma.$queryRaw<(LiveQueryCampaignRow & { parent: string })[]>(sql`
      SELECT ${LIVE_COLUMNS}, COALESCE(c.kibana_action_id, c.action_id) AS parent
      FROM distributed_query_campaigns c JOIN queries q ON q.id = c.query_id
      WHERE (c.kibana_action_id = ANY(${actionIds}::text[]) OR (c.kibana_action_id IS NULL AND c.action_id = ANY(${actionIds}::text[])))
        ${owner == null ? sql`` : sql`AND c.user_id = ${owner}`}
      ORDER BY c.id`)
  }

  /** One numbered page of live-query action ids (each live query's first campaign), by start time. */
  async historyPage(w: OffsetWindow, owner: number | null, kuery: Sql, desc: boolean): Promise<string[]> {
    const dir = raw(desc ? 'DESC' : 'ASC')
    const rows = await this.db.prisma.$queryRaw<{ parent: string }[]>(sql`
      SELECT COALESCE(c.kibana_action_id, c.action_id) AS parent FROM distributed_query_campaigns c
      WHERE ${and([IS_HEAD, kuery, ...(owner == null ? [] : [sql`c.user_id = ${owner}`])])}
      ORDER BY c.created_at ${dir}, c.id ${dir} OFFSET ${w.offset} LIMIT ${w.limit}`)
    return rows.map((r) => r.parent)
  }

  async historyCount(owner: number | null, kuery: Sql): Promise<number> {
    const [r] = await this.db.prisma.$queryRaw<{ n: number }[]>(sql`
      SELECT count(*)::int AS n FROM distributed_query_campaigns c WHERE ${and([IS_HEAD, kuery, ...(owner == null ? [] : [sql`c.user_id = ${owner}`])])}`)
    return r?.n ?? 0
  }

  /** Each campaign's answers (responded, successful, failed, rows) and the hosts that still owe one, one statement. */
  async counts(campaignIds: number[]): Promise<Map<number, LiveQueryCounts>> {
    const rows = await this.db.sql.query<LiveQueryCounts & { id: number }>(`
      SELECT p.id, count(r.id)::int AS responded, (count(r.id) FILTER (WHERE r.error IS NULL))::int AS successful,
        (count(r.id) FILTER (WHERE r.error IS NOT NULL))::int AS failed,
        COALESCE(sum(CASE WHEN jsonb_typeof(r.rows) = 'array' THEN jsonb_array_length(r.rows) ELSE 0 END), 0)::int AS docs,
        (SELECT count(*) FROM distributed_query_campaign_hosts o WHERE o.campaign_id = p.id)::int AS owed
      FROM unnest($1::int[]) AS p(id) LEFT JOIN distributed_query_campaign_results r ON r.campaign_id = p.id
      GROUP BY p.id`, [campaignIds])
    return new Map(rows.map(({ id, ...c }) => [Number(id), c]))
  }

  /**
   * The agent ids of each live query (by its first campaign): the hosts the Kibana request resolved to,
   * in order; for a campaign started otherwise, the hosts that answered or still owe an answer. At most
   * `limit` each (null: all); hosts deleted since are left out.
   */
  async agents(headIds: number[], limit: number | null): Promise<Map<number, string[]>> {
    const rows = await this.db.sql.query<{ campaign_id: number; agent_id: string }>(`
      SELECT c.id AS campaign_id, a.agent_id FROM distributed_query_campaigns c CROSS JOIN LATERAL (
        SELECT h.agent_id FROM (
          SELECT t.host_id, t.ord FROM unnest(c.kibana_host_ids) WITH ORDINALITY AS t(host_id, ord)
          UNION ALL
          SELECT x.host_id, x.host_id FROM (
            SELECT r.host_id FROM distributed_query_campaign_results r WHERE r.campaign_id = c.id
            UNION SELECT o.host_id FROM distributed_query_campaign_hosts o WHERE o.campaign_id = c.id) x
          WHERE c.kibana_action_id IS NULL
        ) t JOIN hosts h ON h.id = t.host_id ORDER BY t.ord LIMIT $2) a
      WHERE c.id = ANY($1::int[])`, [headIds, limit])
    const out = new Map<number, string[]>(headIds.map((id) => [id, []]))
    for (const r of rows) out.get(Number(r.campaign_id))?.push(r.agent_id)
    return out
  }

  /** One numbered page of a campaign's result rows (a row per row each host answered), by answer time. */
  resultRows(campaignId: number, w: OffsetWindow, kuery: Sql, desc: boolean) {
    const dir = raw(desc ? 'DESC' : 'ASC')
    return this.db.prisma.$queryRaw<{ result_id: number; ord: number; created_at: Date; host_id: number; agent_id: string; hostname: string; row: unknown }[]>(sql`
      SELECT r.id AS result_id, e.ord::int AS ord, r.created_at, r.host_id, h.agent_id, h.hostname, e.value AS row
      FROM distributed_query_campaign_results r JOIN hosts h ON h.id = r.host_id
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r.rows) = 'array' THEN r.rows ELSE '[]'::jsonb END) WITH ORDINALITY AS e(value, ord)
      WHERE ${and([sql`r.campaign_id = ${campaignId}`, kuery])}
      ORDER BY r.created_at ${dir}, r.id ${dir}, e.ord ASC OFFSET ${w.offset} LIMIT ${w.limit}`)
  }

  async resultRowCount(campaignId: number, kuery: Sql): Promise<number> {
    const [r] = await this.db.prisma.$queryRaw<{ n: number }[]>(sql`
      SELECT COALESCE(sum(CASE WHEN jsonb_typeof(r.rows) = 'array' THEN jsonb_array_length(r.rows) ELSE 0 END), 0)::int AS n
      FROM distributed_query_campaign_results r JOIN hosts h ON h.id = r.host_id WHERE ${and([sql`r.campaign_id = ${campaignId}`, kuery])}`)
    return r?.n ?? 0
  }
}
