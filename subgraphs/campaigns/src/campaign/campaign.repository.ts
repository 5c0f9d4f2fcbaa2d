import { keysetOrder, keysetPredicate, Prisma, type Database, type PrismaClient } from '@fleetgraph/prisma'
import { MIA_AFTER_MS, ONLINE_BUFFER_S, type StatusInput } from '@fleetgraph/subgraph-inventory/host-status'
import type { CampaignResultRow, CampaignRow } from './campaign.type.js'

const { sql, join } = Prisma.Prisma
type Sql = ReturnType<typeof sql>
const and = (parts: Sql[]): Sql => (parts.length ? join(parts, ' AND ') : sql`TRUE`)

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

export interface Selection { hostIds: number[]; labelIds: number[]; teamIds: number[] }
export interface TargetHost extends StatusInput { id: number }

/** The selection as stored (Fleet's distributed_query_campaign_targets rows). */
const targetRows = (sel: Selection) => [
  ...sel.hostIds.map((target_id) => ({ target_type: 'host', target_id })),
  ...sel.labelIds.map((target_id) => ({ target_type: 'label', target_id })),
  ...sel.teamIds.map((target_id) => ({ target_type: 'team', target_id })),
]

/**
 * Which campaigns a list may show: `owner` null for every campaign (global roles), a user id for
 * only that user's (team members), as campaign.service.ts decides.
 */
export interface CampaignScope { owner: number | null; queryId?: number; userId?: number; statuses?: number[] }

/** One page's keyset window as the repository needs it: direction, rows to fetch (size + 1), cursor keys. */
export interface KeysetWindow { forward: boolean; limit: number; cursor: [string, number] | [number] | null; desc: boolean }

/** Which stored results a page shows: of a campaign (arrival order) or of a host (newest first). */
export interface ResultScope { hostId?: number; hasError?: boolean; owner?: number | null }

/** A campaign's counts (CampaignTotals): targeted hosts by status now, and the answers stored. */
export interface TotalsRow { count: number; online: number; offline: number; missingInAction: number; responded: number; succeeded: number; failed: number }

/** What the campaign rules need from storage: campaign.service.test.ts gives them a fake. */
export type CampaignStore = Pick<CampaignRepository,
  'liveQueryDisabled' | 'labels' | 'resolveHosts' | 'create' | 'createForSavedQuery' | 'selection' | 'results' | 'savedQuery' |
  'labelIdsByName' | 'hostIdsByIdentifier' | 'totals'>

const CAMPAIGN_COLUMNS = sql`c.id, c.query_id, c.user_id, c.status, c.created_at, c.updated_at, c.action_id, c.kibana_action_id`

/** The campaigns a scope allows (alias c). */
function campaignWhere(s: CampaignScope): Sql[] {
  const w: Sql[] = []
  if (s.owner != null) w.push(sql`c.user_id = ${s.owner}`)
  if (s.queryId != null) w.push(sql`c.query_id = ${s.queryId}`)
  if (s.userId != null) w.push(sql`c.user_id = ${s.userId}`)
  if (s.statuses) w.push(sql`c.status = ANY(${s.statuses}::int[])`)
  return w
}

/** The keyset predicate and order of a campaign page (created_at, id), alias c. */
function campaignWindow(w: KeysetWindow): { after: Sql[]; order: Sql } {
  const cols = [sql`c.created_at`, sql`c.id`]
  const after = w.cursor ? [keysetPredicate(cols, [sql`${w.cursor[0]}::timestamp(3)`, sql`${w.cursor[1]}::int`], w.forward, w.desc)] : []
  return { after, order: keysetOrder(cols, w.forward, w.desc) }
}

/** The stored results a scope allows (alias r). */
function resultWhere(s: ResultScope): Sql[] {
  const w: Sql[] = []
  if (s.hostId != null) w.push(sql`r.host_id = ${s.hostId}`)
  if (s.hasError === true) w.push(sql`r.error IS NOT NULL`)
  if (s.hasError === false) w.push(sql`r.error IS NULL`)
  if (s.owner != null) w.push(sql`EXISTS (SELECT 1 FROM distributed_query_campaigns c WHERE c.id = r.campaign_id AND c.user_id = ${s.owner})`)
  return w
}

const groupBy = <R>(rows: R[], key: (r: R) => number): Map<number, R[]> => {
  const m = new Map<number, R[]>()
  for (const r of rows) { const k = key(r); const l = m.get(k); if (l) l.push(r); else m.set(k, [r]) }
  return m
}

export class CampaignRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: number[]): Promise<CampaignRow[]> {
    return this.db.prisma.campaign.findMany({ where: { id: { in: ids } } })
  }

  /** One keyset page of campaigns, in the window's direction (index (created_at, id) or a filter's (x, created_at, id)). */
  page(scope: CampaignScope, w: KeysetWindow): Promise<CampaignRow[]> {
    const { after, order } = campaignWindow(w)
    return this.db.prisma.$queryRaw<CampaignRow[]>(sql`
      SELECT ${CAMPAIGN_COLUMNS} FROM distributed_query_campaigns c
      WHERE ${and([...campaignWhere(scope), ...after])} ORDER BY ${order} LIMIT ${w.limit}`)
  }

  async count(scope: CampaignScope): Promise<number> {
    const [r] = await this.db.prisma.$queryRaw<{ n: number }[]>(sql`
      SELECT count(*)::int AS n FROM distributed_query_campaigns c WHERE ${and(campaignWhere(scope))}`)
    return r?.n ?? 0
  }

  /** One keyset page of campaigns per query (SavedQuery.campaigns), in one statement. */
  async pagesByQuery(queryIds: number[], owner: number | null, w: KeysetWindow): Promise<Map<number, CampaignRow[]>> {
    const { after, order } = campaignWindow(w)
    const rows = await this.db.prisma.$queryRaw<CampaignRow[]>(sql`
      SELECT p.* FROM unnest(${queryIds}::int[]) AS q(id) CROSS JOIN LATERAL (
        SELECT ${CAMPAIGN_COLUMNS} FROM distributed_query_campaigns c
        WHERE ${and([sql`c.query_id = q.id`, ...campaignWhere({ owner }), ...after])} ORDER BY ${order} LIMIT ${w.limit}) p`)
    return groupBy(rows, (r) => r.query_id)
  }

  async countByQuery(queryIds: number[], owner: number | null): Promise<Map<number, number>> {
    const rows = await this.db.prisma.$queryRaw<{ query_id: number; n: number }[]>(sql`
      SELECT c.query_id, count(*)::int AS n FROM distributed_query_campaigns c
      WHERE ${and([sql`c.query_id = ANY(${queryIds}::int[])`, ...campaignWhere({ owner })])} GROUP BY c.query_id`)
    return new Map(rows.map((r) => [r.query_id, r.n]))
  }

  /**
   * One keyset page of stored results per campaign (by = 'campaign', index (campaign_id, id)) or per
   * host (by = 'host', index (host_id, id)), in one statement, with the answering host's current names.
   */
  async resultPages(by: 'campaign' | 'host', parentIds: number[], scope: ResultScope, w: KeysetWindow): Promise<Map<number, CampaignResultRow[]>> {
    const parent = by === 'campaign' ? sql`r.campaign_id` : sql`r.host_id`
    // The parent's equality and the id range are both start keys of an index scan on (parent, id) (or,
    // when the parent's rows are contiguous, on the primary key): a deep page reads its rows and no more.
    // EXPLAIN with 100,000 results of one campaign: page 1 and a page at 95,000 each read 101 index entries.
    const cols = [sql`r.id`]
    const after = w.cursor ? [keysetPredicate(cols, [sql`${w.cursor[w.cursor.length - 1]}::int`], w.forward, w.desc)] : []
    const rows = await this.db.prisma.$queryRaw<CampaignResultRow[]>(sql`
      SELECT r.id, r.campaign_id, r.host_id, r.rows, r.error, h.hostname, COALESCE(NULLIF(h.computer_name, ''), h.hostname) AS display_name
      FROM unnest(${parentIds}::int[]) AS p(id) CROSS JOIN LATERAL (
        SELECT r.id, r.campaign_id, r.host_id, r.rows, r.error FROM distributed_query_campaign_results r
        WHERE ${and([sql`${parent} = p.id`, ...resultWhere(scope), ...after])}
        ORDER BY ${keysetOrder(cols, w.forward, w.desc)} LIMIT ${w.limit}) r
      JOIN hosts h ON h.id = r.host_id`)
    // The join does not keep the lateral's order: each parent's rows are put back in it.
    const sign = w.forward !== w.desc ? 1 : -1
    rows.sort((a, b) => sign * (a.id - b.id))
    return groupBy(rows, (r) => (by === 'campaign' ? r.campaign_id : r.host_id))
  }

  async resultCounts(by: 'campaign' | 'host', parentIds: number[], scope: ResultScope): Promise<Map<number, number>> {
    const parent = by === 'campaign' ? sql`r.campaign_id` : sql`r.host_id`
    const rows = await this.db.prisma.$queryRaw<{ parent: number; n: number }[]>(sql`
      SELECT ${parent} AS parent, count(*)::int AS n FROM distributed_query_campaign_results r
      WHERE ${and([sql`${parent} = ANY(${parentIds}::int[])`, ...resultWhere(scope)])} GROUP BY 1`)
    return new Map(rows.map((r) => [r.parent, r.n]))
  }

  /**
   * The stored selections of campaigns (targets that still exist; hosts limited to `visibleTeams`
   * when given, as for a team member), in selection order.
   */
  targets(campaignIds: number[], visibleTeams: number[] | null): Promise<{ campaign_id: number; target_type: string; target_id: number }[]> {
    return this.db.prisma.$queryRaw(sql`
      SELECT t.campaign_id, t.target_type, t.target_id FROM distributed_query_campaign_targets t
      WHERE t.campaign_id = ANY(${campaignIds}::int[]) AND (
        (t.target_type = 'host' AND EXISTS (SELECT 1 FROM hosts h WHERE h.id = t.target_id
          AND (${visibleTeams}::int[] IS NULL OR h.team_id = ANY(${visibleTeams}::int[]))))
        OR (t.target_type = 'label' AND EXISTS (SELECT 1 FROM labels l WHERE l.id = t.target_id))
        OR (t.target_type = 'team' AND (t.target_id = 0 OR EXISTS (SELECT 1 FROM teams tm WHERE tm.id = t.target_id))))
      ORDER BY t.id`)
  }

  /**
   * CampaignTotals for campaigns, in one statement: each stored selection resolved now by Fleet's
   * target rule (as resolveHosts does, `visibleTeams` likewise), its hosts counted by status with
   * host-status.ts's rule written in SQL (online: seen within the shortest check-in interval plus
   * ONLINE_BUFFER_S; missing in action: silent for MIA_AFTER_MS), and the stored answers counted.
   */
  async totals(campaignIds: number[], visibleTeams: number[] | null, now = new Date()): Promise<Map<number, TotalsRow>> {
    const at = sql`${now.toISOString()}::timestamp(3)`
    const miaBefore = sql`${new Date(now.getTime() - MIA_AFTER_MS).toISOString()}::timestamp(3)`
    const rows = await this.db.prisma.$queryRaw<(TotalsRow & { campaign_id: number })[]>(sql`
      WITH sel AS (
        SELECT p.id AS campaign_id,
          COALESCE(array_agg(t.target_id) FILTER (WHERE t.target_type = 'host'), '{}')::int[] AS hosts,
          COALESCE(array_agg(t.target_id) FILTER (WHERE t.target_type = 'label' AND l.label_type <> 'builtin'), '{}')::int[] AS custom,
          COALESCE(array_agg(t.target_id) FILTER (WHERE t.target_type = 'label' AND l.label_type = 'builtin'), '{}')::int[] AS builtin,
          COALESCE(bool_or(t.target_type = 'label' AND l.label_type = 'builtin' AND l.name = 'All Hosts'), false) AS all_hosts,
          COALESCE(array_agg(t.target_id) FILTER (WHERE t.target_type = 'team'), '{}')::int[] AS teams
        FROM unnest(${campaignIds}::int[]) AS p(id)
        LEFT JOIN distributed_query_campaign_targets t ON t.campaign_id = p.id
        LEFT JOIN labels l ON t.target_type = 'label' AND l.id = t.target_id
        GROUP BY p.id),
      targeted AS (
        SELECT sel.campaign_id, h.created_at, s.seen_time, LEAST(h.distributed_interval, h.config_tls_refresh) AS interval_s
        FROM sel JOIN hosts h ON (${visibleTeams}::int[] IS NULL OR h.team_id = ANY(${visibleTeams}::int[])) AND (
          h.id = ANY(sel.hosts) OR sel.all_hosts OR (
            (cardinality(sel.custom) > 0 OR cardinality(sel.builtin) > 0 OR cardinality(sel.teams) > 0)
            AND (cardinality(sel.custom) = 0 OR EXISTS (SELECT 1 FROM label_membership lm WHERE lm.host_id = h.id AND lm.label_id = ANY(sel.custom)))
            AND (cardinality(sel.builtin) = 0 OR EXISTS (SELECT 1 FROM label_membership lm WHERE lm.host_id = h.id AND lm.label_id = ANY(sel.builtin)))
            AND (cardinality(sel.teams) = 0 OR COALESCE(h.team_id, 0) = ANY(sel.teams))))
        LEFT JOIN host_seen_times s ON s.host_id = h.id),
      counted AS (
        SELECT campaign_id, count(*)::int AS count,
          (count(*) FILTER (WHERE COALESCE(seen_time, created_at) <= ${miaBefore}))::int AS mia,
          (count(*) FILTER (WHERE seen_time IS NOT NULL AND seen_time > ${miaBefore}
            AND seen_time + (interval_s + ${ONLINE_BUFFER_S}) * interval '1 second' > ${at}))::int AS online
        FROM targeted GROUP BY campaign_id),
      answered AS (
        SELECT r.campaign_id, count(*)::int AS responded,
          (count(*) FILTER (WHERE r.error IS NULL))::int AS succeeded, (count(*) FILTER (WHERE r.error IS NOT NULL))::int AS failed
        FROM distributed_query_campaign_results r WHERE r.campaign_id = ANY(${campaignIds}::int[]) GROUP BY r.campaign_id)
      SELECT sel.campaign_id, COALESCE(n.count, 0) AS count, COALESCE(n.online, 0) AS online,
        COALESCE(n.count - n.online, 0) AS offline, COALESCE(n.mia, 0) AS "missingInAction",
        COALESCE(a.responded, 0) AS responded, COALESCE(a.succeeded, 0) AS succeeded, COALESCE(a.failed, 0) AS failed
      FROM sel LEFT JOIN counted n ON n.campaign_id = sel.campaign_id LEFT JOIN answered a ON a.campaign_id = sel.campaign_id`)
    return new Map(rows.map(({ campaign_id, ...t }) => [campaign_id, t]))
  }

  liveQueryDisabled(): Promise<boolean> {
    return this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { live_query_disabled: true } }).then((r) => !!r?.live_query_disabled)
  }

  labels(ids: number[]) {
    return this.db.prisma.label.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, label_type: true } })
  }

  /**
   * Fleet's target rule (datastore/mysql/targets.go): a host is in when it is
   * listed, or "All Hosts" is selected, or labels/teams are given and it is in
   * any selected custom label (if any), any selected builtin label (if any) and
   * any selected team (if any; team 0 = no team). `visibleTeams` limits the
   * result to those teams' hosts (team-only users).
   */
  resolveHosts(sel: Selection, custom: number[], builtin: number[], allHosts: boolean, visibleTeams: number[] | null): Promise<TargetHost[]> {
    return this.db.sql.query<TargetHost>(`
      SELECT h.id, h.created_at, s.seen_time, h.distributed_interval, h.config_tls_refresh
      FROM hosts h LEFT JOIN host_seen_times s ON s.host_id = h.id
      WHERE ($6::int[] IS NULL OR h.team_id = ANY($6::int[])) AND (
        h.id = ANY($1::int[]) OR $5::boolean OR (
          (cardinality($2::int[]) > 0 OR cardinality($3::int[]) > 0 OR cardinality($4::int[]) > 0)
          AND (cardinality($2::int[]) = 0 OR EXISTS (SELECT 1 FROM label_membership lm WHERE lm.host_id = h.id AND lm.label_id = ANY($2::int[])))
          AND (cardinality($3::int[]) = 0 OR EXISTS (SELECT 1 FROM label_membership lm WHERE lm.host_id = h.id AND lm.label_id = ANY($3::int[])))
          AND (cardinality($4::int[]) = 0 OR COALESCE(h.team_id, 0) = ANY($4::int[]))))
      ORDER BY h.id`, [sel.hostIds, custom, builtin, sel.teamIds, allHosts, visibleTeams])
  }

  /**
   * The ad-hoc query, the campaign, its selection and the hosts that owe it an answer, in one
   * transaction: a campaign is never visible without what it waits for, and a failure leaves nothing.
   */
  create(sql: string, queryName: string, userId: number, sel: Selection, hostIds: number[]): Promise<CampaignRow> {
    return this.db.prisma.$transaction(async (tx) => {
      const q = await tx.savedQuery.create({ data: { name: queryName, query: sql, saved: false, author_id: userId } })
      return this.createCampaign(tx, q.id, userId, sel, hostIds)
    })
  }

  /** A campaign for a saved query, its selection and its owed hosts, in one transaction. */
  createForSavedQuery(queryId: number, userId: number, sel: Selection, hostIds: number[]): Promise<CampaignRow> {
    return this.db.prisma.$transaction((tx) => this.createCampaign(tx, queryId, userId, sel, hostIds))
  }

  private async createCampaign(tx: Tx, queryId: number, userId: number, sel: Selection, hostIds: number[]): Promise<CampaignRow> {
    const campaign = await tx.campaign.create({
      data: { query_id: queryId, user_id: userId, status: 0, targets: { createMany: { data: targetRows(sel) } } },
    })
    // One statement whatever the fleet's size (a createMany of 150,000 rows costs seconds of Prisma CPU).
    await tx.$executeRaw`INSERT INTO distributed_query_campaign_hosts (campaign_id, host_id) SELECT ${campaign.id}, unnest(${hostIds}::int[])`
    return campaign
  }

  selection(campaignId: number): Promise<Selection> {
    return this.db.prisma.campaignTarget.findMany({ where: { campaign_id: campaignId } }).then((rows) => ({
      hostIds: rows.filter((r) => r.target_type === 'host').map((r) => r.target_id),
      labelIds: rows.filter((r) => r.target_type === 'label').map((r) => r.target_id),
      teamIds: rows.filter((r) => r.target_type === 'team').map((r) => r.target_id),
    }))
  }

  /** Stored results in arrival order (but those of `exceptHosts`), with the answering host's names (current, as Fleet shows them). */
  results(campaignId: number, exceptHosts: number[] = []) {
    return this.db.sql.query<{ host_id: number; hostname: string; display_name: string; rows: unknown; error: string | null }>(`
      SELECT r.host_id, h.hostname, COALESCE(NULLIF(h.computer_name, ''), h.hostname) AS display_name, r.rows, r.error
      FROM distributed_query_campaign_results r JOIN hosts h ON h.id = r.host_id
      WHERE r.campaign_id = $1 AND NOT (r.host_id = ANY($2::int[])) ORDER BY r.id`, [campaignId, exceptHosts])
  }

  savedQuery(queryId: number) {
    return this.db.prisma.savedQuery.findUnique({ where: { id: queryId }, select: { id: true, query: true, observer_can_run: true } })
  }

  labelIdsByName(names: string[]) {
    return this.db.prisma.label.findMany({ where: { name: { in: names } }, select: { id: true, name: true } })
  }

  /** Hosts by hostname, uuid or hardware serial (unknown identifiers are ignored, as in Fleet). */
  hostIdsByIdentifier(identifiers: string[]): Promise<number[]> {
    if (!identifiers.length) return Promise.resolve([])
    return this.db.sql.query<{ id: number }>(`SELECT id FROM hosts WHERE hostname = ANY($1::text[]) OR uuid = ANY($1::text[]) OR (hardware_serial <> '' AND hardware_serial = ANY($1::text[])) OR osquery_host_id = ANY($1::text[])`, [identifiers])
      .then((r) => r.map((x) => Number(x.id)))
  }

  /** Completes every campaign started more than `seconds` ago (its hosts owe it nothing any more); returns their ids. */
  async completeStartedBefore(seconds: number): Promise<number[]> {
    const rows = await this.db.sql.query<{ id: number }>(`
      WITH expired AS (
        UPDATE distributed_query_campaigns SET status = 2, finished_at = now(), updated_at = now()
        WHERE status < 2 AND created_at < now() - $1 * interval '1 second' RETURNING id),
      forgiven AS (DELETE FROM distributed_query_campaign_hosts o USING expired e WHERE o.campaign_id = e.id)
      SELECT id FROM expired`, [seconds])
    return rows.map((r) => Number(r.id))
  }

  /** Deletes the results of campaigns completed more than `seconds` ago. */
  async deleteResultsCompletedBefore(seconds: number): Promise<void> {
    await this.db.sql.query(
      `DELETE FROM distributed_query_campaign_results r USING distributed_query_campaigns c
       WHERE r.campaign_id = c.id AND c.status = 2 AND COALESCE(c.finished_at, c.updated_at) < now() - $1 * interval '1 second'`, [seconds])
  }
}
