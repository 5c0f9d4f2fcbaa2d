import type { Database, PrismaClient } from '@fleetgraph/prisma'
import type { StatusInput } from '@fleetgraph/subgraph-inventory/host-status'
import type { CampaignRow } from './campaign.type.js'

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

export interface Selection { hostIds: number[]; labelIds: number[]; teamIds: number[] }
export interface TargetHost extends StatusInput { id: number }

/** The selection as stored (Fleet's distributed_query_campaign_targets rows). */
const targetRows = (sel: Selection) => [
  ...sel.hostIds.map((target_id) => ({ target_type: 'host', target_id })),
  ...sel.labelIds.map((target_id) => ({ target_type: 'label', target_id })),
  ...sel.teamIds.map((target_id) => ({ target_type: 'team', target_id })),
]

/** What the campaign rules need from storage: campaign.service.test.ts gives them a fake. */
export type CampaignStore = Pick<CampaignRepository,
  'liveQueryDisabled' | 'labels' | 'resolveHosts' | 'create' | 'createForSavedQuery' | 'selection' | 'results' | 'savedQuery' |
  'labelIdsByName' | 'hostIdsByIdentifier'>

export class CampaignRepository {
  constructor(private readonly db: Database) {}

  byIds(ids: number[]): Promise<CampaignRow[]> {
    return this.db.prisma.campaign.findMany({ where: { id: { in: ids } } })
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
