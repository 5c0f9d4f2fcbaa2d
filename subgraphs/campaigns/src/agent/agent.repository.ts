// The agent API's data access. Check-ins are the hottest path in the system,
// so reads are narrow and last-seen times are written in batches.
import { randomUUID } from 'node:crypto'
import type { Database } from '@fleetgraph/prisma'
import { onAgentQueriesChanged, onHostChanged, publishHostChanged, type Bus } from '@fleetgraph/subgraph-kit'
import { HostCache } from './host-cache.js'

/** A safety net for a lost HOST_CHANGED event (Redis pub/sub is not durable): no entry outlives a minute. */
const HOST_CACHE_TTL_MS = 60_000
const HOST_CACHE_MAX = 200_000
/**
 * Labels and policies change rarely and are asked of each host every few minutes: they are read at most
 * this often, and dropped at once when they change (AGENT_QUERIES_CHANGED).
 */
const DEFINITIONS_TTL_MS = 5_000

export interface AgentHost {
  id: number; team_id: number | null; hostname: string; computer_name: string; platform: string
  detail_updated_at: Date | null; label_updated_at: Date | null; policy_updated_at: Date | null; refetch_requested: boolean
}

export interface DynamicLabel { id: number; query: string; platform: string }

export class AgentRepository {
  private seen = new Map<number, Date>()
  private flushing: Promise<void> | null = null
  private timer: NodeJS.Timeout

  private readonly hosts = new HostCache<AgentHost>(HOST_CACHE_TTL_MS, HOST_CACHE_MAX)
  private readonly unsubscribe: () => Promise<void>
  private readonly unsubscribeQueries: () => Promise<void>
  /** Tells this process's own HOST_CHANGED echoes apart from other processes' changes. */
  private readonly origin = randomUUID()
  private labels: { at: number; value: Promise<DynamicLabel[]> } | null = null
  private readonly policies = new Map<number | null, { at: number; value: Promise<{ id: number; query: string; platform: string }[]> }>()

  constructor(private readonly db: Database, private readonly bus: Bus) {
    // One statement per second for every host that checked in, instead of one per check-in.
    this.timer = setInterval(() => { void this.flushSeen() }, 1000)
    this.timer.unref()
    this.unsubscribe = onHostChanged(bus, (e) => { if (e.origin !== this.origin) this.hosts.evictHost(e.hostId) })
    this.unsubscribeQueries = onAgentQueriesChanged(bus, (e) => { if (e.kind === 'labels') this.labels = null; else this.policies.clear() })
  }

  async hostByNodeKey(nodeKey: string): Promise<AgentHost | null> {
    const cached = this.hosts.get(nodeKey)
    if (cached) return cached
    const rows = await this.db.sql.query<AgentHost>(
      `SELECT id, team_id, hostname, computer_name, platform, detail_updated_at, label_updated_at, policy_updated_at, refetch_requested FROM hosts WHERE node_key = $1`, [nodeKey])
    if (rows[0]) this.hosts.set(nodeKey, rows[0])
    return rows[0] ?? null
  }

  /** The host's row changed here: this process updates its cached copy, every other one drops its own. */
  private changed(hostId: number, fields: Partial<AgentHost>) {
    this.hosts.patchHost(hostId, fields)
    publishHostChanged(this.bus, hostId, this.origin)
  }

  markSeen(hostId: number) { this.seen.set(hostId, new Date()) }

  async flushSeen(): Promise<void> {
    if (this.flushing || !this.seen.size) return this.flushing ?? undefined
    const batch = [...this.seen]
    this.seen = new Map()
    // host_seen_times, not hosts: the batch locks no row that a check-in's own writes need. Rows are
    // taken in id order (no deadlock between replicas); hosts deleted meanwhile are skipped.
    this.flushing = this.db.sql.query(
      `INSERT INTO host_seen_times (host_id, seen_time)
       SELECT v.id, v.t FROM unnest($1::int[], $2::timestamptz[]) AS v(id, t) WHERE EXISTS (SELECT 1 FROM hosts WHERE id = v.id) ORDER BY v.id
       ON CONFLICT (host_id) DO UPDATE SET seen_time = GREATEST(host_seen_times.seen_time, EXCLUDED.seen_time)`,
      [batch.map(([id]) => id), batch.map(([, t]) => t.toISOString())],
    ).then(() => undefined, () => { for (const [id, t] of batch) if (!this.seen.has(id)) this.seen.set(id, t) })
      .finally(() => { this.flushing = null })
    return this.flushing
  }

  async stop() { clearInterval(this.timer); await this.unsubscribe(); await this.unsubscribeQueries(); await this.flushSeen() }

  async updateHost(hostId: number, fields: Record<string, unknown>): Promise<void> {
    await this.db.prisma.host.update({ where: { id: hostId }, data: fields as any })
    const known: (keyof AgentHost)[] = ['hostname', 'computer_name', 'platform', 'detail_updated_at', 'refetch_requested']
    this.changed(hostId, Object.fromEntries(known.filter((k) => k in fields).map((k) => [k, fields[k]])) as Partial<AgentHost>)
  }

  dynamicLabels(): Promise<DynamicLabel[]> {
    if (!this.labels || Date.now() - this.labels.at > DEFINITIONS_TTL_MS) {
      const value = this.db.sql.query<DynamicLabel>(`SELECT id, query, platform FROM labels WHERE label_membership_type = 'dynamic' AND query <> '' ORDER BY id`)
      value.catch(() => { this.labels = null })
      this.labels = { at: Date.now(), value }
    }
    return this.labels.value
  }

  /** Sets the host's membership in the answered labels and stamps the host, in one statement (labels deleted meanwhile are skipped). */
  async setLabels(hostId: number, member: number[], notMember: number[]): Promise<void> {
    await this.db.sql.query(`
      WITH joined AS (
        INSERT INTO label_membership (label_id, host_id, updated_at) SELECT l.id, $1, now() FROM labels l WHERE l.id = ANY($2::int[])
        ON CONFLICT (label_id, host_id) DO UPDATE SET updated_at = now() RETURNING 1),
      left_ AS (DELETE FROM label_membership WHERE host_id = $1 AND label_id = ANY($3::int[]) RETURNING 1)
      UPDATE hosts SET label_updated_at = now() WHERE id = $1`, [hostId, member, notMember])
    this.changed(hostId, { label_updated_at: new Date() })
  }

  /** Global policies and those of the host's team. */
  policiesFor(teamId: number | null) {
    const hit = this.policies.get(teamId)
    if (hit && Date.now() - hit.at <= DEFINITIONS_TTL_MS) return hit.value
    const value = this.db.sql.query<{ id: number; query: string; platform: string }>(
      `SELECT id, query, platform FROM policies WHERE team_id IS NULL OR team_id = $1 ORDER BY id`, [teamId])
    value.catch(() => this.policies.delete(teamId))
    this.policies.set(teamId, { at: Date.now(), value })
    return value
  }

  /** Records pass (true), fail (false) or could-not-run (null) per policy and stamps the host, in one statement. */
  async setPolicyResults(hostId: number, results: { id: number; passes: boolean | null }[]): Promise<void> {
    await this.db.sql.query(`
      WITH recorded AS (
        INSERT INTO policy_membership (policy_id, host_id, passes, updated_at)
        SELECT p.id, $1, p.passes, now() FROM unnest($2::int[], $3::boolean[]) AS p(id, passes) WHERE EXISTS (SELECT 1 FROM policies WHERE id = p.id)
        ON CONFLICT (policy_id, host_id) DO UPDATE SET passes = EXCLUDED.passes, updated_at = now(),
          failure_reported_at = CASE WHEN EXCLUDED.passes IS DISTINCT FROM false THEN NULL ELSE policy_membership.failure_reported_at END
        RETURNING 1)
      UPDATE hosts SET policy_updated_at = now() WHERE id = $1`,
      [hostId, results.map((r) => r.id), results.map((r) => r.passes)])
    this.changed(hostId, { policy_updated_at: new Date() })
  }

  async agentOptions(teamId: number | null): Promise<Record<string, unknown> | null> {
    if (teamId != null) {
      const t = await this.db.prisma.team.findUnique({ where: { id: teamId }, select: { agent_options: true } })
      if (t?.agent_options) return t.agent_options as Record<string, unknown>
    }
    const c = await this.db.prisma.appConfig.findUnique({ where: { id: 1 }, select: { agent_options: true } })
    return (c?.agent_options as Record<string, unknown> | null) ?? null
  }

  /** The host's packs (label targets only count while the pack is enabled, as in Fleet) with their queries. */
  packsForHost(hostId: number, teamId: number | null) {
    return this.db.sql.query<{ pack: string; platform: string; name: string; query: string; interval: number; snapshot: boolean | null; removed: boolean | null; sq_platform: string; version: string; shard: number | null; denylist: boolean | null }>(`
      SELECT p.name AS pack, p.platform, s.name, q.query, s.interval, s.snapshot, s.removed, s.platform AS sq_platform, s.version, s.shard, s.denylist
      FROM packs p JOIN scheduled_queries s ON s.pack_id = p.id JOIN queries q ON q.id = s.query_id
      WHERE p.id IN (
        SELECT pack_id FROM pack_hosts WHERE host_id = $1
        UNION SELECT pl.pack_id FROM pack_labels pl JOIN label_membership lm ON lm.label_id = pl.label_id JOIN packs pp ON pp.id = pl.pack_id WHERE lm.host_id = $1 AND NOT pp.disabled
        UNION SELECT pack_id FROM pack_teams WHERE team_id = $2)
      ORDER BY p.id, s.id`, [hostId, teamId])
  }

  /** Campaign status: 1 (running) once answers arrive, 2 (completed) when every targeted host answered. */
  async setCampaignStatus(campaignId: number, status: 1 | 2): Promise<void> {
    await this.db.sql.query(
      `UPDATE distributed_query_campaigns SET status = $2, updated_at = now(), finished_at = CASE WHEN $2 = 2 THEN now() ELSE finished_at END
       WHERE id = $1 AND status < $2`, [campaignId, status])
  }

  /** Stores one host's answer to a campaign; a repeated answer replaces the first. */
  async saveResult(campaignId: number, hostId: number, rows: unknown[], error: string | null): Promise<boolean> {
    const r = await this.db.sql.query<{ id: number }>(`
      INSERT INTO distributed_query_campaign_results (campaign_id, host_id, rows, error)
      SELECT $1, $2, $3::jsonb, $4 WHERE EXISTS (SELECT 1 FROM distributed_query_campaigns WHERE id = $1)
      ON CONFLICT (campaign_id, host_id) DO UPDATE SET rows = EXCLUDED.rows, error = EXCLUDED.error RETURNING id`,
      [campaignId, hostId, JSON.stringify(rows), error])
    return r.length > 0
  }
}
