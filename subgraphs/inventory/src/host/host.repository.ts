// The only host file that touches the database.
import { keysetOrder, keysetPredicate, Prisma, type Database, type Models } from '@fleetgraph/prisma'
import { likeContains } from '../paging/paging.repository.js'
import { HOST_STATUSES, MIA_AFTER_MS, NEW_FOR_MS, ONLINE_BUFFER_S, type HostStatus } from './host-status.js'

const { sql, join, raw, empty } = Prisma.Prisma
type Sql = Prisma.Prisma.Sql

/** Every host column the GraphQL Host shows (node keys and other secrets are never selected). */
const columns = {
  id: true, hostname: true, computer_name: true, uuid: true, platform: true, platform_like: true, os_version: true, build: true,
  code_name: true, osquery_version: true, uptime: true, memory: true, cpu_type: true, cpu_subtype: true, cpu_brand: true,
  cpu_physical_cores: true, cpu_logical_cores: true, hardware_vendor: true, hardware_model: true, hardware_version: true,
  hardware_serial: true, public_ip: true, primary_ip: true, primary_mac: true, distributed_interval: true, config_tls_refresh: true,
  logger_tls_period: true, refetch_requested: true, additional: true, team_id: true, detail_updated_at: true,
  label_updated_at: true, last_enrolled_at: true, created_at: true, updated_at: true, agent_id: true,
  agent_tags: true, unenrolled_at: true, policy_revision: true, agent_user_metadata: true,
  seen: { select: { seen_time: true } },
} as const

type Selected = Models.HostGetPayload<{ select: typeof columns }>
/** A host as the Host type shows it: its columns and its last-seen time (kept in host_seen_times). */
export type HostRow = Omit<Selected, 'seen'> & { seen_time: Date | null }

function toRow({ seen, ...host }: Selected): HostRow {
  return { ...host, seen_time: seen?.seen_time ?? null }
}

/**
 * Moves hosts to a team (null: no team). A host that changes team and had been served its old agent
 * policy's revision gets revision 0 in its place, below every real revision, so it shows as Kibana's
 * `updating` until its next config fetch records the new policy's (ADR 0013); a host already on the
 * team, or never served a config, keeps what it has. Host transfer and agent reassign both use it.
 */
export function moveHostsSql(hostIds: number[], teamId: number | null): Sql {
  return sql`UPDATE hosts SET
    policy_revision = CASE WHEN team_id IS DISTINCT FROM ${teamId}::int AND policy_revision IS NOT NULL THEN 0 ELSE policy_revision END,
    team_id = ${teamId}::int
    WHERE id = ANY(${hostIds}::int[])`
}

// ---------------------------------------------------------------------------------------------
// Keyset pages (hosts, Label.hosts, Team.hosts)

/** The host columns of `columns`, for raw SQL over `hosts h LEFT JOIN host_seen_times st`. */
export const HOST_SELECT = join([...Object.keys(columns).filter((c) => c !== 'seen').map((c) => raw(`h.${c}`)), raw('st.seen_time')], ', ')
const FROM = raw('hosts h LEFT JOIN host_seen_times st ON st.host_id = h.id')
const EPOCH = '1970-01-01T00:00:00.000Z'

/**
 * hostStatus() (host-status.ts) in SQL, from the same constants, so filtering and sorting by status
 * happen in the database. `now` is the caller's clock, the same for every row of a page.
 */
export function hostStatusSql(now: string): Sql {
  const t = sql`${now}::timestamp(3)`
  return sql`(CASE
    WHEN COALESCE(st.seen_time, h.created_at) <= ${t} - ${raw(`interval '${MIA_AFTER_MS / 1000} seconds'`)} THEN 'mia'
    WHEN st.seen_time IS NOT NULL AND st.seen_time + (LEAST(h.distributed_interval, h.config_tls_refresh) + ${raw(String(ONLINE_BUFFER_S))}) * interval '1 second' > ${t} THEN 'online'
    WHEN st.seen_time IS NULL AND h.created_at > ${t} - ${raw(`interval '${NEW_FOR_MS / 1000} seconds'`)} THEN 'new'
    ELSE 'offline' END)`
}
/**
 * The status filter as plain predicates over the columns (one per status, ORed), the same rule as
 * hostStatusSql. PostgreSQL can estimate these (it cannot estimate `CASE … END = ANY(…)`), so with a
 * label filter it starts from the label's members instead of computing every host's status.
 */
function statusPredicate(statuses: HostStatus[], now: string): Sql {
  const t = sql`${now}::timestamp(3)`
  const notMia = sql`COALESCE(st.seen_time, h.created_at) > ${t} - ${raw(`interval '${MIA_AFTER_MS / 1000} seconds'`)}`
  const online = sql`st.seen_time + (LEAST(h.distributed_interval, h.config_tls_refresh) + ${raw(String(ONLINE_BUFFER_S))}) * interval '1 second' > ${t}`
  const fresh = sql`h.created_at > ${t} - ${raw(`interval '${NEW_FOR_MS / 1000} seconds'`)}`
  const by: Record<HostStatus, Sql> = {
    mia: sql`COALESCE(st.seen_time, h.created_at) <= ${t} - ${raw(`interval '${MIA_AFTER_MS / 1000} seconds'`)}`,
    online: sql`(${notMia} AND st.seen_time IS NOT NULL AND ${online})`,
    new: sql`(${notMia} AND st.seen_time IS NULL AND ${fresh})`,
    offline: sql`(${notMia} AND CASE WHEN st.seen_time IS NULL THEN NOT (${fresh}) ELSE NOT (${online}) END)`,
  }
  const wanted = [...new Set(statuses)]
  return wanted.length === HOST_STATUSES.length ? raw('TRUE') : sql`(${join(wanted.map((s) => by[s]), ' OR ')})`
}
const statusRankSql = (now: string): Sql => sql`array_position(ARRAY[${raw(HOST_STATUSES.map((s) => `'${s}'`).join(', '))}]::text[], ${hostStatusSql(now)})`

export type HostOrderKey = 'ID' | 'HOSTNAME' | 'DISPLAY_NAME' | 'SEEN_TIME' | 'ENROLLED_AT' | 'STATUS'
const ts = (v: unknown): Sql => sql`${v}::timestamp(3)`
const ORDERS: Record<HostOrderKey, { keys: (now: string) => Sql[]; cast: ((v: unknown) => Sql)[] }> = {
  /** The id alone (which breaks every other order's ties). */
  ID: { keys: () => [], cast: [] },
  HOSTNAME: { keys: () => [raw('h.hostname')], cast: [(v) => sql`${v}`] },
  DISPLAY_NAME: { keys: () => [raw("COALESCE(NULLIF(h.computer_name, ''), h.hostname)")], cast: [(v) => sql`${v}`] },
  SEEN_TIME: { keys: () => [raw(`COALESCE(st.seen_time, TIMESTAMP '1970-01-01 00:00:00')`)], cast: [ts] },
  ENROLLED_AT: { keys: () => [raw('COALESCE(h.last_enrolled_at, h.created_at)')], cast: [ts] },
  STATUS: { keys: (now) => [statusRankSql(now), raw('h.hostname')], cast: [(v) => sql`${v}::int`, (v) => sql`${v}`] },
}

/** Filters with their ids parsed (host.service.ts); undefined = not filtered. */
export interface HostFilterSpec {
  /** null: every host; else only hosts of these teams (the caller's visibility). */
  visibleTeamIds: number[] | null
  statuses?: HostStatus[]
  teamId?: number
  noTeam?: boolean
  labelId?: number
  /** The platforms of the requested family. */
  platforms?: string[]
  policyId?: number
  /** With policyId: true passing, false failing, undefined any answer. */
  passes?: boolean
  osqueryVersion?: string
  search?: string
  seenSince?: Date
}

export interface HostPageSpec {
  filter: HostFilterSpec
  order: HostOrderKey
  desc: boolean
  forward: boolean
  /** size + 1 rows are fetched. */
  size: number
  /** The cursor's keys (the id last), or null from the start. */
  cursor: (string | number | boolean | null)[] | null
  /** ISO time the status rule is evaluated at. */
  now: string
}

/** A page row: the host and its sort keys (the id excluded) for the cursor. */
export interface HostPageRow { host: HostRow; keys: (string | number)[] }

/** The parent of a nested host connection: hosts of a label, or of a team. */
export type HostParent = 'label' | 'team'
type Parent = { kind: HostParent; id: Sql }

function whereOf(f: HostFilterSpec, now: string, parent?: Parent): Sql {
  const conds: Sql[] = []
  if (parent?.kind === 'team') conds.push(sql`h.team_id = ${parent.id}`)
  if (parent?.kind === 'label') conds.push(sql`EXISTS (SELECT 1 FROM label_membership lp WHERE lp.label_id = ${parent.id} AND lp.host_id = h.id)`)
  if (f.visibleTeamIds) conds.push(sql`h.team_id = ANY(${f.visibleTeamIds}::int[])`)
  if (f.statuses) conds.push(statusPredicate(f.statuses, now))
  if (f.teamId != null) conds.push(sql`h.team_id = ${f.teamId}`)
  if (f.noTeam) conds.push(sql`h.team_id IS NULL`)
  if (f.labelId != null) conds.push(sql`EXISTS (SELECT 1 FROM label_membership lm WHERE lm.label_id = ${f.labelId} AND lm.host_id = h.id)`)
  if (f.platforms) conds.push(sql`h.platform = ANY(${f.platforms}::text[])`)
  if (f.policyId != null) {
    const answer = f.passes == null ? empty : sql` AND pm.passes = ${f.passes}`
    conds.push(sql`EXISTS (SELECT 1 FROM policy_membership pm WHERE pm.policy_id = ${f.policyId} AND pm.host_id = h.id${answer})`)
  }
  if (f.osqueryVersion != null) conds.push(sql`h.osquery_version = ${f.osqueryVersion}`)
  if (f.search) {
    const like = likeContains(f.search)
    conds.push(sql`(h.hostname ILIKE ${like} OR h.computer_name ILIKE ${like} OR h.uuid ILIKE ${like} OR h.hardware_serial ILIKE ${like} OR h.primary_ip ILIKE ${like} OR h.public_ip ILIKE ${like})`)
  }
  if (f.seenSince) conds.push(sql`st.seen_time >= ${f.seenSince.toISOString()}::timestamp(3)`)
  return conds.length ? join(conds, ' AND ') : raw('TRUE')
}

/**
 * The label whose members drive a page in hostname order: the parent label (Label.hosts) or else the
 * label filter. Its memberships carry the hostname (kept by triggers), so the page walks the index
 * (label_id, hostname, host_id) and reads only its own members, however their names sort among other hosts.
 */
function drivingLabel(p: HostPageSpec, parent?: Parent): Sql | null {
  if (p.order !== 'HOSTNAME') return null
  if (parent?.kind === 'label') return parent.id
  return p.filter.labelId != null ? sql`${p.filter.labelId}` : null
}

/** The page's FROM, WHERE (filters and keyset), ORDER BY and the sort-key columns to select. */
function pageParts(p: HostPageSpec, parent?: Parent) {
  const o = ORDERS[p.order]
  const label = drivingLabel(p, parent)
  const orderKeys = label ? [raw('lm.hostname')] : o.keys(p.now)
  const keys = [...orderKeys, raw(label ? 'lm.host_id' : 'h.id')]
  const filters = label
    ? sql`lm.label_id = ${label} AND ${whereOf(parent?.kind === 'label' ? p.filter : { ...p.filter, labelId: undefined }, p.now, parent?.kind === 'label' ? undefined : parent)}`
    : whereOf(p.filter, p.now, parent)
  const where = p.cursor
    ? sql`${filters} AND ${keysetPredicate(keys, p.cursor.map((v, i) => (o.cast[i] ?? ((x: unknown) => sql`${x}::int`))(v)), p.forward, p.desc)}`
    : filters
  const select = orderKeys.length ? sql`${HOST_SELECT}, ${join(orderKeys.map((k, i) => sql`${k} AS ${raw(`k${i}`)}`), ', ')}` : HOST_SELECT
  const from = label ? raw('label_membership lm JOIN hosts h ON h.id = lm.host_id LEFT JOIN host_seen_times st ON st.host_id = h.id') : FROM
  return { from, where, orderBy: keysetOrder(keys, p.forward, p.desc), select, keyCount: orderKeys.length }
}

type RawPageRow = HostRow & Record<`k${number}`, unknown> & { parent_id?: number }

function toPageRow(r: RawPageRow, keyCount: number): HostPageRow {
  const keys: (string | number)[] = []
  for (let i = 0; i < keyCount; i++) {
    const v = r[`k${i}`]
    keys.push(v instanceof Date ? v.toISOString() : (v as string | number))
    delete r[`k${i}`]
  }
  delete r.parent_id
  return { host: r, keys }
}

export class HostRepository {
  // Host references are resolved once per subscription event per subscriber (a live query with
  // 10,000 results watched by 50 clients is 500,000 lookups); rows cached for a second turn most
  // of those into memory reads. A host's fields may lag a change by at most that second.
  private cache = new Map<number, { row: HostRow; at: number }>()
  private static readonly TTL_MS = 1000

  constructor(private readonly db: Database) {}

  /** byIds through the short-lived row cache (entity references, loaders). */
  async byIdsCached(ids: number[]): Promise<HostRow[]> {
    const now = Date.now()
    const hit: HostRow[] = []
    const miss: number[] = []
    for (const id of ids) {
      const c = this.cache.get(id)
      if (c && now - c.at < HostRepository.TTL_MS) hit.push(c.row)
      else miss.push(id)
    }
    if (!miss.length) return hit
    const rows = await this.byIds(miss)
    if (this.cache.size > 50_000) this.cache.clear()
    for (const r of rows) this.cache.set(r.id, { row: r, at: now })
    return hit.concat(rows)
  }

  /**
   * Fleet's host search: hostname, uuid, serial or IP containing the text, newest first, at most 10,
   * limited to the caller's teams.
   */
  /** A saved query's observer_can_run (the target routes' query_id); null when there is no such saved query. */
  async savedQueryObserverCanRun(queryId: number): Promise<boolean | null> {
    const q = await this.db.prisma.savedQuery.findFirst({ where: { id: queryId, saved: true }, select: { observer_can_run: true } })
    return q?.observer_can_run ?? null
  }

  async search(text: string, excluded: number[], teamIds: number[] | null): Promise<HostRow[]> {
    const like = { contains: text, mode: 'insensitive' as const }
    const rows = await this.db.prisma.host.findMany({
      select: columns,
      where: {
        ...(text ? { OR: [{ hostname: like }, { uuid: like }, { hardware_serial: like }, { primary_ip: like }, { computer_name: like }] } : {}),
        ...(excluded.length ? { id: { notIn: excluded } } : {}),
        ...(teamIds ? { team_id: { in: teamIds } } : {}),
      },
      orderBy: { id: 'desc' },
      take: 10,
    })
    return rows.map(toRow)
  }

  /** One keyset page of hosts (`size + 1` rows in the window's direction). */
  async page(p: HostPageSpec): Promise<HostPageRow[]> {
    const { from, where, orderBy, select, keyCount } = pageParts(p)
    const rows = await this.db.prisma.$queryRaw<RawPageRow[]>(sql`SELECT ${select} FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${p.size + 1}`)
    return rows.map((r) => toPageRow(r, keyCount))
  }

  /**
   * A numbered page (Fleet's GET /hosts: page and per_page): the hosts matching the filters, sorted by
   * `order`, ties broken by the id.
   */
  async numberedPage(f: HostFilterSpec, order: HostOrderKey, desc: boolean, offset: number, limit: number, now: string): Promise<HostRow[]> {
    const dir = raw(desc ? 'DESC' : 'ASC')
    const keys = [...ORDERS[order].keys(now), raw('h.id')]
    return this.db.prisma.$queryRaw<HostRow[]>(sql`SELECT ${HOST_SELECT} FROM ${FROM} WHERE ${whereOf(f, now)}
      ORDER BY ${join(keys.map((k) => sql`${k} ${dir}`), ', ')} LIMIT ${limit} OFFSET ${offset}`)
  }

  /** How many hosts match the filters. */
  async count(f: HostFilterSpec, now: string): Promise<number> {
    const [r] = await this.db.prisma.$queryRaw<{ n: bigint }[]>(sql`SELECT count(*) AS n FROM ${FROM} WHERE ${whereOf(f, now)}`)
    return Number(r?.n ?? 0)
  }

  /**
   * The same page for many parents (labels or teams) in ONE statement: a LATERAL subquery per parent
   * id, each reading its own keyset window (Label.hosts / Team.hosts under a list of 50 parents).
   */
  async pagesOf(kind: HostParent, parentIds: number[], p: HostPageSpec): Promise<Map<number, HostPageRow[]>> {
    const { from, where, orderBy, select, keyCount } = pageParts(p, { kind, id: raw('p.parent_id') })
    const rows = await this.db.prisma.$queryRaw<RawPageRow[]>(sql`SELECT p.parent_id, x.* FROM unnest(${parentIds}::int[]) AS p(parent_id)
      CROSS JOIN LATERAL (SELECT ${select} FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${p.size + 1}) x`)
    const out = new Map<number, HostPageRow[]>(parentIds.map((id) => [id, []]))
    for (const r of rows) out.get(r.parent_id!)!.push(toPageRow(r, keyCount))
    return out
  }

  /** How many hosts match the filters under each parent, in one statement. */
  async countsOf(kind: HostParent, parentIds: number[], f: HostFilterSpec, now: string): Promise<Map<number, number>> {
    if (kind === 'label' && Object.values(f).every((v) => v == null)) {
      // A label's members as a viewer of every host sees them: the membership index alone.
      const rows = await this.db.prisma.$queryRaw<{ parent_id: number; n: bigint }[]>(sql`SELECT label_id AS parent_id, count(*) AS n
        FROM label_membership WHERE label_id = ANY(${parentIds}::int[]) GROUP BY label_id`)
      return new Map(parentIds.map((id) => [id, Number(rows.find((r) => r.parent_id === id)?.n ?? 0)]))
    }
    const rows = await this.db.prisma.$queryRaw<{ parent_id: number; n: bigint }[]>(sql`SELECT p.parent_id,
      (SELECT count(*) FROM ${FROM} WHERE ${whereOf(f, now, { kind, id: raw('p.parent_id') })}) AS n
      FROM unnest(${parentIds}::int[]) AS p(parent_id)`)
    return new Map(rows.map((r) => [r.parent_id, Number(r.n)]))
  }

  /** The hosts with these Kibana agent ids (ADR 0013), one statement. */
  async byAgentIds(agentIds: string[]): Promise<HostRow[]> {
    return (await this.db.prisma.host.findMany({ select: columns, where: { agent_id: { in: agentIds } } })).map(toRow)
  }

  /** Fleet's host transfer: the hosts move to the team (null: no team), one statement; how many moved. */
  async transfer(hostIds: number[], teamId: number | null): Promise<number> {
    return this.db.prisma.$executeRaw(moveHostsSql(hostIds, teamId))
  }

  /** Deletes the host and, by cascade, everything recorded about it (Fleet's DELETE /hosts/{id}); false when it was gone. */
  async delete(hostId: number): Promise<boolean> {
    return (await this.db.prisma.host.deleteMany({ where: { id: hostId } })).count > 0
  }

  /**
   * Host expiry (Fleet's CleanupExpiredHosts): deletes up to `batch` hosts whose last check-in (their
   * enrollment when they never checked in) is more than `windowDays` days old, with everything recorded
   * about them (foreign keys cascade). Returns how many went; a short batch means none is left.
   */
  async deleteExpired(windowDays: number, batch: number): Promise<number> {
    const gone = await this.db.sql.query<{ id: number }>(`
      DELETE FROM hosts WHERE id IN (
        SELECT h.id FROM hosts h LEFT JOIN host_seen_times st ON st.host_id = h.id
        WHERE COALESCE(st.seen_time, h.created_at) < (now() AT TIME ZONE 'UTC') - make_interval(days => $1::int)
        ORDER BY h.id LIMIT $2::int)
      RETURNING id`, [windowDays, batch])
    return gone.length
  }

  /** One statement for any number of ids (entity references, loaders). */
  async byIds(ids: number[]): Promise<HostRow[]> {
    return (await this.db.prisma.host.findMany({ select: columns, where: { id: { in: ids } } })).map(toRow)
  }
}
