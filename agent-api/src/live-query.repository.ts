// What campaigns are owed, and storing an answer, in the database: the source
// of truth for live queries (ADR 0005).
import type { Database } from '@fleetgraph/prisma'

export interface OwedCampaign { id: number; query: string; expires_at: Date; host_ids: number[] }

export interface StoredResult {
  /** False when the campaign is gone (deleted): nothing was stored. */
  stored: boolean
  /** No targeted host owes an answer any more: the campaign was completed by this answer. */
  completed: boolean
}

export class LiveQueryRepository {
  constructor(private readonly db: Database) {}

  /** Ids of campaigns still asking their hosts (not completed, not expired). */
  async running(expirySeconds: number): Promise<number[]> {
    const rows = await this.db.sql.query<{ id: number }>(
      `SELECT id FROM distributed_query_campaigns WHERE status < 2 AND created_at > now() - $1 * interval '1 second'`, [expirySeconds])
    return rows.map((r) => Number(r.id))
  }

  /** Running campaigns (all, or these ids) with their SQL and the hosts that still owe an answer. */
  owed(ids: number[] | null, expirySeconds: number): Promise<OwedCampaign[]> {
    return this.db.sql.query<OwedCampaign>(`
      SELECT c.id, q.query, c.created_at + $2 * interval '1 second' AS expires_at, array_agg(o.host_id) AS host_ids
      FROM distributed_query_campaigns c
      JOIN queries q ON q.id = c.query_id
      JOIN distributed_query_campaign_hosts o ON o.campaign_id = c.id
      WHERE c.status < 2 AND c.created_at > now() - $2 * interval '1 second' AND ($1::int[] IS NULL OR c.id = ANY($1::int[]))
      GROUP BY c.id, q.query, c.created_at`, [ids, expirySeconds])
  }

  /** Completes running campaigns that no host owes an answer any more. */
  async completeAnswered(): Promise<void> {
    await this.db.sql.query(`
      UPDATE distributed_query_campaigns c SET status = 2, finished_at = now(), updated_at = now()
      WHERE c.status < 2 AND NOT EXISTS (SELECT 1 FROM distributed_query_campaign_hosts o WHERE o.campaign_id = c.id)`)
  }

  /**
   * Stores one host's answer (a repeated answer replaces the first), clears what the host owed, and moves
   * the campaign to running, or to completed when no other host owes an answer — all in one statement,
   * so the host stops being owed only once its answer is durable.
   */
  async saveResult(campaignId: number, hostId: number, rows: unknown[], error: string | null): Promise<StoredResult> {
    const r = await this.db.sql.query<{ completed: boolean }>(`
      WITH saved AS (
        INSERT INTO distributed_query_campaign_results (campaign_id, host_id, rows, error)
        SELECT $1, $2, $3::jsonb, $4 WHERE EXISTS (SELECT 1 FROM distributed_query_campaigns WHERE id = $1)
        ON CONFLICT (campaign_id, host_id) DO UPDATE SET rows = EXCLUDED.rows, error = EXCLUDED.error RETURNING id),
      paid AS (
        DELETE FROM distributed_query_campaign_hosts WHERE campaign_id = $1 AND host_id = $2 AND EXISTS (SELECT 1 FROM saved)),
      rest AS (
        SELECT NOT EXISTS (SELECT 1 FROM distributed_query_campaign_hosts WHERE campaign_id = $1 AND host_id <> $2) AS completed),
      moved AS (
        UPDATE distributed_query_campaigns SET updated_at = now(),
          status = CASE WHEN (SELECT completed FROM rest) THEN 2 ELSE 1 END,
          finished_at = CASE WHEN (SELECT completed FROM rest) THEN now() ELSE finished_at END
        WHERE id = $1 AND EXISTS (SELECT 1 FROM saved) AND status < CASE WHEN (SELECT completed FROM rest) THEN 2 ELSE 1 END)
      SELECT (SELECT completed FROM rest) AS completed FROM saved`,
      [campaignId, hostId, JSON.stringify(rows), error])
    return { stored: r.length > 0, completed: !!r[0]?.completed }
  }
}
