// The agent API's data access. Check-ins are the hottest path in the system,
// so reads are narrow and last-seen times are written in batches.
import { randomUUID } from 'node:crypto'
import type { Database } from '@fleetgraph/prisma'
import type { CacheEvent } from './cache-events.js'
import { DETAIL_COLUMNS, type HostDetails } from './detail-queries.js'
import { HostCache } from './host-cache.js'
import { LoadingCache } from './loading-cache.js'

/**
 * Cached hosts are evicted when the database says their row changed (cache-events.ts), and all of them
 * after the notifications may have had a gap. The time to live is the last safety net.
 */
const HOST_CACHE_TTL_MS = 10 * 60_000
const HOST_CACHE_MAX = 200_000
/**
 * Labels, policies and packs change rarely and are needed on many check-ins: they are read at most this
 * often, and dropped at once when they change (cache-events.ts).
 */
const DEFINITIONS_TTL_MS = 5_000
/** Agent options are read on every config request: at most once a second per team (as Fleet's cached datastore). */
const OPTIONS_TTL_MS = 1_000

export interface AgentHost {
  id: number; team_id: number | null; hostname: string; computer_name: string; platform: string
  detail_updated_at: Date | null; label_updated_at: Date | null; policy_updated_at: Date | null; refetch_requested: boolean
  /** The agent-policy revision last served with the host's config (ADR 0013); null before the first. */
  policy_revision: number | null
}

/** The agent options a host's config is built from, and the revision of the agent policy they belong to. */
export interface PolicyConfig { options: Record<string, unknown> | null; revision: number }

export interface DynamicLabel { id: number; query: string; platform: string }
export interface AgentPolicy { id: number; query: string; platform: string }

/** One scheduled query as config sends it, with its pack's name and platform. */
export interface HostPackQuery {
  pack: string; platform: string; name: string; query: string; interval: number; snapshot: boolean | null; removed: boolean | null
  sq_platform: string; version: string; shard: number | null; denylist: boolean | null
}
interface PackDefinition {
  id: number; name: string; platform: string; disabled: boolean; host_ids: number[]; label_ids: number[]; team_ids: number[]
  queries: Omit<HostPackQuery, 'pack' | 'platform'>[]
}
/** Every pack, with its host and team targets as sets, and the labels that enabled packs target. */
interface PackDefinitions {
  packs: (PackDefinition & { hosts: Set<number>; teams: Set<number> })[]
  labelTargets: number[]
}

/** What one distributed/write reported, by kind. */
export interface HostAnswers {
  /** Columns from the detail queries' answers; absent when none was answered. */
  details?: HostDetails
  labelsIn: number[]
  labelsOut: number[]
  /** Pass (true), fail (false) or could-not-run (null) per policy. */
  policies: { id: number; passes: boolean | null }[]
}

export class AgentRepository {
  private seen = new Map<number, Date>()
  private flushing: Promise<void> | null = null
  private timer: NodeJS.Timeout

  private readonly hosts = new HostCache<AgentHost>(HOST_CACHE_TTL_MS, HOST_CACHE_MAX)
  /**
   * Tags this process's own check-in writes (fleetgraph.origin, read by the hosts trigger): it has already
   * patched its cached copy, so its own notifications are not evictions.
   */
  readonly origin = randomUUID()
  private readonly labels = new LoadingCache<'all', DynamicLabel[]>(DEFINITIONS_TTL_MS)
  private readonly policies = new LoadingCache<number | null, AgentPolicy[]>(DEFINITIONS_TTL_MS)
  private readonly options = new LoadingCache<number | null, PolicyConfig>(OPTIONS_TTL_MS)
  private readonly packs = new LoadingCache<'all', PackDefinitions>(DEFINITIONS_TTL_MS)

  constructor(private readonly db: Database) {
    // One statement per second for every host that checked in, instead of one per check-in.
    this.timer = setInterval(() => { void this.flushSeen() }, 1000)
    this.timer.unref()
  }

  /** What the database announced changed (cache-events.ts): the cached copies go. */
  changed(e: CacheEvent): void {
    if (e.kind === 'host') { if (e.origin !== this.origin) this.hosts.evictHost(e.id) }
    else if (e.kind !== 'live_queries') ({ labels: this.labels, policies: this.policies, options: this.options, packs: this.packs })[e.kind].clear()
  }

  /** Changes may have gone unannounced (a gap in notifications): everything is read again. */
  forgetAll(): void { for (const c of [this.hosts, this.labels, this.policies, this.options, this.packs]) c.clear() }

  async hostByNodeKey(nodeKey: string): Promise<AgentHost | null> {
    const cached = this.hosts.get(nodeKey)
    if (cached) return cached
    const mark = this.hosts.mark()
    const rows = await this.db.sql.query<AgentHost>(
      `SELECT id, team_id, hostname, computer_name, platform, detail_updated_at, label_updated_at, policy_updated_at, refetch_requested, policy_revision FROM hosts WHERE node_key = $1`, [nodeKey])
    if (rows[0]) this.hosts.set(nodeKey, rows[0], mark)
    return rows[0] ?? null
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

  async stop() { clearInterval(this.timer); await this.flushSeen() }

  dynamicLabels(): Promise<DynamicLabel[]> {
    return this.labels.get('all', () => this.db.sql.query<DynamicLabel>(
      `SELECT id, query, platform FROM labels WHERE label_membership_type = 'dynamic' AND query <> '' ORDER BY id`))
  }

  /** Global policies and those of the host's team. */
  policiesFor(teamId: number | null): Promise<AgentPolicy[]> {
    return this.policies.get(teamId, () => this.db.sql.query<AgentPolicy>(
      `SELECT id, query, platform FROM policies WHERE team_id IS NULL OR team_id = $1 ORDER BY id`, [teamId]))
  }

  /**
   * The team's agent options, else the instance's (null when neither has any), with the revision of the
   * host's agent policy: the team's, or the default policy's for hosts on no team (ADR 0013).
   */
  policyConfig(teamId: number | null): Promise<PolicyConfig> {
    return this.options.get(teamId, async () => {
      const rows = await this.db.sql.query<PolicyConfig>(
        `SELECT COALESCE(NULLIF(t.agent_options, 'null'::jsonb), NULLIF(a.agent_options, 'null'::jsonb)) AS options,
                COALESCE(t.policy_revision, a.policy_revision) AS revision
         FROM app_config a LEFT JOIN teams t ON t.id = $1 WHERE a.id = 1`, [teamId])
      return { options: rows[0]?.options ?? null, revision: rows[0]?.revision ?? 1 }
    })
  }

  /**
   * Records the agent-policy revision just served to the host (Kibana's agent policy_revision; an older
   * one than its policy's makes the agent "updating"). One statement, and only when it changed: config
   * fetches are frequent, a revision change is not.
   */
  async recordServedRevision(hostId: number, revision: number): Promise<void> {
    await this.db.sql.query(`UPDATE hosts SET policy_revision = $2 WHERE id = $1`, [hostId, revision])
    this.hosts.patchHost(hostId, { policy_revision: revision })
  }

  /**
   * Everything one distributed/write changed, in one statement (one pooled connection, one round trip,
   * one transaction): the detail columns, the answered labels' membership, the policies' results, and
   * the host's detail/label/policy timestamps. Labels and policies deleted meanwhile are skipped, and a
   * host deleted meanwhile gets nothing written. The write is tagged with this process's origin, in the
   * same statement: the hosts trigger still tells every other process (their cached copies go), and this
   * one, which patches its own copy here, knows the notification for its own.
   */
  async recordAnswers(hostId: number, a: HostAnswers): Promise<void> {
    const params: unknown[] = [hostId]
    const param = (v: unknown) => { params.push(typeof v === 'bigint' ? v.toString() : v); return `$${params.length}` }
    const ctes: string[] = []
    const set: string[] = []
    const patch: Partial<AgentHost> = {}
    const hostExists = 'EXISTS (SELECT 1 FROM hosts WHERE id = $1)'
    if (a.details) {
      for (const column of DETAIL_COLUMNS) {
        const v = a.details[column]
        if (v !== undefined) set.push(`${column} = ${param(v)}`)
      }
      set.push('detail_updated_at = now()', 'refetch_requested = false', 'updated_at = now()')
      for (const k of ['hostname', 'computer_name', 'platform'] as const) if (typeof a.details[k] === 'string') patch[k] = a.details[k]
      Object.assign(patch, { detail_updated_at: new Date(), refetch_requested: false })
    }
    if (a.labelsIn.length || a.labelsOut.length) {
      const member = param(a.labelsIn), notMember = param(a.labelsOut)
      ctes.push(`joined AS (INSERT INTO label_membership (label_id, host_id, updated_at)
          SELECT l.id, $1, now() FROM labels l WHERE l.id = ANY(${member}::int[]) AND ${hostExists}
          ON CONFLICT (label_id, host_id) DO UPDATE SET updated_at = now() RETURNING 1)`,
        `left_ AS (DELETE FROM label_membership WHERE host_id = $1 AND label_id = ANY(${notMember}::int[]) RETURNING 1)`)
      set.push('label_updated_at = now()')
      patch.label_updated_at = new Date()
    }
    if (a.policies.length) {
      const ids = param(a.policies.map((p) => p.id)), passes = param(a.policies.map((p) => p.passes))
      ctes.push(`recorded AS (INSERT INTO policy_membership (policy_id, host_id, passes, updated_at)
          SELECT p.id, $1, p.passes, now() FROM unnest(${ids}::int[], ${passes}::boolean[]) AS p(id, passes)
          WHERE EXISTS (SELECT 1 FROM policies WHERE id = p.id) AND ${hostExists}
          ON CONFLICT (policy_id, host_id) DO UPDATE SET passes = EXCLUDED.passes, updated_at = now(),
            failure_reported_at = CASE WHEN EXCLUDED.passes IS DISTINCT FROM false THEN NULL ELSE policy_membership.failure_reported_at END
          RETURNING 1)`)
      set.push('policy_updated_at = now()')
      patch.policy_updated_at = new Date()
    }
    if (!set.length) return
    // set_config(…, true) lasts until the end of this statement's transaction, when the trigger fires.
    ctes.push(`tagged AS (SELECT set_config('fleetgraph.origin', ${param(this.origin)}, true) AS origin)`)
    await this.db.sql.query(`WITH ${ctes.join(',\n')}\nUPDATE hosts SET ${set.join(', ')} WHERE id = $1 AND (SELECT origin FROM tagged) IS NOT NULL`, params)
    this.hosts.patchHost(hostId, patch)
  }

  /**
   * The host's packs (its own, its team's, and those of its labels while the pack is enabled, as in
   * Fleet; a disabled pack written through Kibana's routes reaches no host, as in Kibana) with their
   * queries, in pack then schedule order. Pack definitions are cached like labels and policies; only
   * packs that target labels need a read of the host's label membership.
   */
  async packsForHost(hostId: number, teamId: number | null): Promise<HostPackQuery[]> {
    const defs = await this.packs.get('all', () => this.db.sql.query<PackDefinition>(`
      SELECT p.id, p.name, p.platform, p.disabled,
        COALESCE((SELECT array_agg(host_id) FROM pack_hosts WHERE pack_id = p.id), '{}') AS host_ids,
        COALESCE((SELECT array_agg(label_id) FROM pack_labels WHERE pack_id = p.id), '{}') AS label_ids,
        COALESCE((SELECT array_agg(team_id) FROM pack_teams WHERE pack_id = p.id), '{}') AS team_ids,
        COALESCE((SELECT json_agg(json_build_object('name', s.name, 'query', q.query, 'interval', s.interval, 'snapshot', s.snapshot,
            'removed', s.removed, 'sq_platform', s.platform, 'version', s.version, 'shard', s.shard, 'denylist', s.denylist) ORDER BY s.id)
          FROM scheduled_queries s JOIN queries q ON q.id = s.query_id WHERE s.pack_id = p.id), '[]') AS queries
      FROM packs p
      -- A pack Kibana's routes wrote follows Kibana's rule: disabled, it reaches no host (ADR 0013).
      WHERE NOT (p.disabled AND p.kibana IS NOT NULL)
      ORDER BY p.id`).then((rows) => ({
      packs: rows.map((r) => ({ ...r, hosts: new Set(r.host_ids), teams: new Set(r.team_ids) })),
      labelTargets: [...new Set(rows.filter((p) => !p.disabled).flatMap((p) => p.label_ids))],
    })))
    const memberOf = new Set(defs.labelTargets.length ? (await this.db.sql.query<{ label_id: number }>(
      `SELECT label_id FROM label_membership WHERE host_id = $1 AND label_id = ANY($2::int[])`, [hostId, defs.labelTargets])).map((r) => r.label_id) : [])
    return defs.packs
      .filter((p) => p.hosts.has(hostId) || (teamId != null && p.teams.has(teamId)) || (!p.disabled && p.label_ids.some((l) => memberOf.has(l))))
      .flatMap((p) => p.queries.map((q) => ({ pack: p.name, platform: p.platform, ...q })))
  }
}
