// Seeds a migrated Fleetgraph PostgreSQL database for `npm run bench -- --graph`, straight in SQL
// (generate_series, no simulated agents, no GraphQL): 100,000 hosts, 200 labels (Fleet's 8 builtin
// ones from the seed migration plus 192 custom ones), exactly 500,000 label memberships, 8 teams, and
// a finished live-query campaign with 100,000 stored results (interleaved, in arrival order, with a
// concurrent 20,000-result campaign, as results of two live queries arrive mixed), after a history of
// 50 earlier campaigns of 2,000 results each.
//
// Values are derived from hashint4(host id), so every run seeds the same fleet:
// - platforms: darwin 45 %, windows 35 %, ubuntu 10 %, rhel 4 %, debian 3 %, chrome 2 %, centos 1 %;
// - statuses (Fleet's rule, check-in intervals of 10 s): online 55 % (seen 0–19 s ago), offline 30 %
//   (seen 10 min – 29 days ago), missing in action 12 % (seen 31–200 days ago), new 3 % (enrolled
//   in the last 20 h, never seen: no host_seen_times row);
// - 10 % of hosts in no team, the rest spread over 8 teams.
// Online hosts stay online only for about 50 s (10 s interval + 60 s buffer); `refreshOnline()` moves
// their seen times back to now, as their check-ins would.
import pg from 'pg'

export const HOSTS = 100_000
export const LABEL_MEMBERSHIPS = 500_000
export const CAMPAIGN_RESULTS = 100_000
const CUSTOM_LABELS = 192
const CONCURRENT_RESULTS = 20_000
const HISTORY_CAMPAIGNS = 50
const HISTORY_RESULTS = 2_000

export interface SeededLabel { id: number; name: string; members: number }

export interface Seeded {
  seconds: number
  /** Fleet ids of the rows the benchmark pages through. */
  labels: { custom: SeededLabel; macOS: SeededLabel }
  campaignId: number
  counts: Record<string, number>
}

const TEAMS = ['Workstations', 'Workstations (canary)', 'Servers', 'Servers (canary)', 'Engineering', 'Sales', 'Finance', 'IT']
const FIRST_NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'yasmin']

// Hash buckets in [0, 100): a stable pseudo-random value per host and purpose (salt).
const bucket = (salt: number) => `(abs(hashint4(i * 31 + ${salt})) % 100)`

export async function seedGraph(databaseUrl: string, adminUserId: number): Promise<Seeded> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const t0 = performance.now()
  try {
    await db.query(`SET synchronous_commit = off`)
    await db.query('BEGIN')
    await db.query(`INSERT INTO teams (name, description) SELECT unnest($1::text[]), 'benchmark team'`, [TEAMS])
    const teamIds = (await db.query<{ id: number }>(`SELECT id FROM teams ORDER BY id`)).rows.map((r) => r.id)

    // Hosts. `p` picks the platform, `s` the status, `t` the team, `v` the osquery version.
    await db.query(`
      WITH g AS (
        SELECT i, ${bucket(1)} AS p, ${bucket(2)} AS s, ${bucket(3)} AS t, ${bucket(4)} AS v, md5(i::text) AS m
        FROM generate_series(1, ${HOSTS}) AS i
      ), k AS (
        SELECT *, CASE WHEN p < 45 THEN 'darwin' WHEN p < 80 THEN 'windows' WHEN p < 90 THEN 'ubuntu' WHEN p < 94 THEN 'rhel'
                       WHEN p < 97 THEN 'debian' WHEN p < 99 THEN 'chrome' ELSE 'centos' END AS platform
        FROM g
      )
      INSERT INTO hosts (id, created_at, updated_at, osquery_host_id, node_key, hostname, computer_name, uuid, platform, platform_like,
        osquery_version, os_version, build, code_name, uptime, memory, cpu_type, cpu_brand, cpu_physical_cores, cpu_logical_cores,
        hardware_vendor, hardware_model, hardware_serial, public_ip, primary_ip, primary_mac,
        distributed_interval, config_tls_refresh, logger_tls_period, team_id, detail_updated_at, label_updated_at, policy_updated_at, last_enrolled_at,
        gigs_disk_space_available, percent_disk_space_available)
      SELECT i,
        CASE WHEN s >= 97 THEN now() - (i % 72000) * interval '1 second' ELSE now() - interval '210 days' - (i % 200) * interval '1 day' END,
        now(),
        upper(substr(m, 1, 8) || '-' || substr(m, 9, 4) || '-' || substr(m, 13, 4) || '-' || substr(m, 17, 4) || '-' || substr(m, 21, 12)),
        'nk-' || m,
        CASE platform
          WHEN 'darwin' THEN ($1::text[])[1 + i % 20] || 's-macbook-pro-' || substr(m, 1, 5)
          WHEN 'windows' THEN 'DESKTOP-' || upper(substr(m, 1, 7))
          WHEN 'chrome' THEN 'chromebook-' || substr(m, 1, 6)
          ELSE (ARRAY['web', 'api', 'db', 'cache', 'worker', 'build', 'k8s-node'])[1 + i % 7] || '-' || lpad((i % 1000)::text, 3, '0') || '-' || substr(m, 1, 4)
               || '.' || (ARRAY['prod', 'staging', 'dev'])[1 + i % 3] || '.example.com'
        END,
        CASE platform WHEN 'darwin' THEN initcap(($1::text[])[1 + i % 20]) || '''s MacBook Pro' ELSE '' END,
        upper(substr(m, 1, 8) || '-' || substr(m, 9, 4) || '-' || substr(m, 13, 4) || '-' || substr(m, 17, 4) || '-' || substr(m, 21, 12)),
        platform,
        CASE platform WHEN 'ubuntu' THEN 'debian' WHEN 'centos' THEN 'rhel' ELSE platform END,
        (ARRAY['5.13.1', '5.12.2', '5.12.1', '5.11.0', '5.10.2'])[1 + v % 5],
        CASE platform WHEN 'darwin' THEN (ARRAY['macOS 15.1.1', 'macOS 14.6.1', 'macOS 13.7.1'])[1 + i % 3]
          WHEN 'windows' THEN (ARRAY['Microsoft Windows 11 Enterprise 23H2', 'Microsoft Windows 10 Pro 22H2'])[1 + i % 2]
          WHEN 'ubuntu' THEN (ARRAY['Ubuntu 24.04.1 LTS', 'Ubuntu 22.04.5 LTS'])[1 + i % 2]
          WHEN 'rhel' THEN 'Red Hat Enterprise Linux 9.4.0' WHEN 'debian' THEN 'Debian GNU/Linux 12.8.0'
          WHEN 'chrome' THEN 'ChromeOS 131.0.6778' ELSE 'CentOS Linux 7.9.2009' END,
        CASE platform WHEN 'darwin' THEN '24B91' WHEN 'windows' THEN '22631' ELSE '' END,
        CASE platform WHEN 'ubuntu' THEN 'noble' WHEN 'debian' THEN 'bookworm' ELSE '' END,
        (i % 2000000) * 1000000000::bigint,
        (ARRAY[8, 16, 32, 64])[1 + i % 4] * 1073741824::bigint,
        CASE platform WHEN 'darwin' THEN 'arm64e' ELSE 'x86_64' END,
        CASE platform WHEN 'darwin' THEN (ARRAY['Apple M1', 'Apple M2 Pro', 'Apple M3'])[1 + i % 3] ELSE 'Intel(R) Core(TM) i7-1185G7 @ 3.00GHz' END,
        8, 8,
        CASE platform WHEN 'darwin' THEN 'Apple Inc.' WHEN 'windows' THEN (ARRAY['Dell Inc.', 'LENOVO', 'HP'])[1 + i % 3] ELSE 'QEMU' END,
        CASE platform WHEN 'darwin' THEN 'MacBookPro18,3' WHEN 'windows' THEN 'Latitude 7420' ELSE 'Standard PC (Q35 + ICH9, 2009)' END,
        upper(substr(m, 20, 10)),
        '203.0.113.' || (i % 254 + 1),
        '10.' || (i / 65536) % 256 || '.' || (i / 256) % 256 || '.' || i % 256,
        substr(m, 1, 2) || ':' || substr(m, 3, 2) || ':' || substr(m, 5, 2) || ':' || substr(m, 7, 2) || ':' || substr(m, 9, 2) || ':' || substr(m, 11, 2),
        10, 10, 10,
        CASE WHEN t < 10 THEN NULL ELSE ($2::int[])[1 + t % ${TEAMS.length}] END,
        now() - interval '1 hour', now() - interval '1 hour', now() - interval '1 hour',
        now() - interval '20 hours',
        100.5, 42.1
      FROM k`, [FIRST_NAMES, teamIds])
    await db.query(`SELECT setval(pg_get_serial_sequence('hosts', 'id'), ${HOSTS})`)
    await db.query(`
      INSERT INTO host_seen_times (host_id, seen_time)
      SELECT i, CASE WHEN s < 55 THEN now() - (i % 20) * interval '1 second'
                     WHEN s < 85 THEN now() - interval '10 minutes' - (i % 2500000) * interval '1 second'
                     ELSE now() - interval '31 days' - (i % 170) * interval '1 day' END
      FROM (SELECT i, ${bucket(2)} AS s FROM generate_series(1, ${HOSTS}) AS i) g
      WHERE s < 97`)

    // Labels: the 8 builtin ones exist (seed migration); 192 custom ones, sized like a long tail.
    await db.query(`
      INSERT INTO labels (name, description, query, platform, label_type, label_membership_type)
      SELECT 'Custom label ' || lpad(j::text, 3, '0'), 'benchmark label', 'SELECT 1 FROM system_info WHERE hardware_model LIKE ''%' || j || '%'';',
             '', 'regular', CASE WHEN j % 4 = 0 THEN 'manual' ELSE 'dynamic' END
      FROM generate_series(1, ${CUSTOM_LABELS}) AS j`)
    const builtin = async (name: string, where: string) => {
      const r = await db.query(`INSERT INTO label_membership (label_id, host_id) SELECT (SELECT id FROM labels WHERE name = $1), id FROM hosts WHERE ${where}`, [name])
      return r.rowCount ?? 0
    }
    let builtinRows = 0
    builtinRows += await builtin('All Hosts', 'true')
    builtinRows += await builtin('macOS', `platform = 'darwin'`)
    builtinRows += await builtin('MS Windows', `platform = 'windows'`)
    builtinRows += await builtin('Ubuntu Linux', `platform = 'ubuntu'`)
    builtinRows += await builtin('CentOS Linux', `platform = 'centos'`)
    builtinRows += await builtin('Red Hat Linux', `platform = 'rhel'`)
    builtinRows += await builtin('All Linux', `platform_like IN ('debian', 'rhel')`)
    builtinRows += await builtin('chrome', `platform = 'chrome'`)
    // Custom label j (1-based) gets a share of the rest proportional to 1/sqrt(j), the last one takes
    // what rounding left; members are a stride through the ids (distinct since 7919 is prime to 100,000).
    const rest = LABEL_MEMBERSHIPS - builtinRows
    const w = Array.from({ length: CUSTOM_LABELS }, (_, j) => 1 / Math.sqrt(j + 1))
    const sum = w.reduce((a, b) => a + b, 0)
    const sizes = w.map((x) => Math.floor((rest * x) / sum))
    sizes[CUSTOM_LABELS - 1] += rest - sizes.reduce((a, b) => a + b, 0)
    await db.query(`
      INSERT INTO label_membership (label_id, host_id)
      SELECT l.id, ((k::bigint * 7919 + j * 104729) % ${HOSTS}) + 1
      FROM unnest($1::int[]) WITH ORDINALITY AS s(size, j)
      JOIN labels l ON l.name = 'Custom label ' || lpad(j::text, 3, '0')
      CROSS JOIN LATERAL generate_series(0, s.size - 1) AS k`, [sizes])

    // Live queries: a history of 50 earlier campaigns (2,000 results each), then one finished campaign
    // over every host (100,000 results) and a concurrent one over 20,000 hosts, their results stored
    // in arrival order (ids interleaved).
    const q = await db.query<{ id: number }>(`INSERT INTO queries (name, description, query, saved, author_id) VALUES
      ('Bench: osquery_info (ad hoc)', '', 'SELECT version, build_platform, pid FROM osquery_info;', false, $1),
      ('Bench: uptime (ad hoc)', '', 'SELECT total_seconds FROM uptime;', false, $1),
      ('Bench: history (ad hoc)', '', 'SELECT name, version FROM programs;', false, $1) RETURNING id`, [adminUserId])
    await db.query(`
      WITH c AS (
        INSERT INTO distributed_query_campaigns (created_at, query_id, user_id, status, finished_at)
        SELECT now() - (60 - n) * interval '1 day', $1, $2, 2, now() - (60 - n) * interval '1 day' + interval '5 minutes'
        FROM generate_series(1, ${HISTORY_CAMPAIGNS}) AS n RETURNING id, created_at
      )
      INSERT INTO distributed_query_campaign_results (campaign_id, host_id, rows, error, created_at)
      SELECT c.id, ((k * 13 + c.id * 997) % ${HOSTS}) + 1, jsonb_build_array(jsonb_build_object('name', 'Google Chrome', 'version', '131.0.6778.86')), NULL,
             c.created_at + k * interval '10 milliseconds'
      FROM c CROSS JOIN generate_series(0, ${HISTORY_RESULTS - 1}) AS k
      ORDER BY c.created_at, k`, [q.rows[2].id, adminUserId])
    const c = await db.query<{ id: number }>(`INSERT INTO distributed_query_campaigns (created_at, query_id, user_id, status, finished_at) VALUES
      (now() - interval '2 hours', $1, $3, 2, now() - interval '1 hour'), (now() - interval '2 hours', $2, $3, 2, now() - interval '1 hour') RETURNING id`,
    [q.rows[0].id, q.rows[1].id, adminUserId])
    const [big, other] = c.rows.map((r) => r.id)
    await db.query(`INSERT INTO distributed_query_campaign_targets (campaign_id, target_type, target_id)
      VALUES ($1, 'label', (SELECT id FROM labels WHERE name = 'All Hosts')), ($2, 'label', (SELECT id FROM labels WHERE name = 'Custom label 001'))`, [big, other])
    await db.query(`
      INSERT INTO distributed_query_campaign_results (campaign_id, host_id, rows, error, created_at)
      SELECT campaign_id, host_id, rows, error, created_at FROM (
        SELECT $1::int AS campaign_id, i AS host_id,
               CASE WHEN i % 97 = 0 THEN '[]'::jsonb
                    ELSE jsonb_build_array(jsonb_build_object('version', '5.12.1', 'build_platform', 'darwin', 'pid', (1000 + i % 60000)::text)) END AS rows,
               CASE WHEN i % 97 = 0 THEN 'no such table: osquery_info' END AS error,
               now() - interval '2 hours' + (i * 36) * interval '1 millisecond' AS created_at
        FROM generate_series(1, ${CAMPAIGN_RESULTS}) AS i
        UNION ALL
        SELECT $2::int, (i * 5) % ${HOSTS} + 1, jsonb_build_array(jsonb_build_object('total_seconds', (i * 37)::text)), NULL,
               now() - interval '2 hours' + (i * 180) * interval '1 millisecond'
        FROM generate_series(1, ${CONCURRENT_RESULTS}) AS i
      ) r ORDER BY created_at`, [big, other])
    await db.query('COMMIT')
    // What autovacuum would have done by the time a fleet this size is browsed: statistics and visibility maps.
    for (const t of ['hosts', 'host_seen_times', 'labels', 'label_membership', 'teams', 'distributed_query_campaigns', 'distributed_query_campaign_results']) {
      await db.query(`VACUUM (ANALYZE) ${t}`)
    }

    const label = async (name: string): Promise<SeededLabel> => {
      const r = (await db.query<{ id: number; name: string; members: string }>(`
        SELECT l.id, l.name, count(*) AS members FROM labels l JOIN label_membership m ON m.label_id = l.id
        WHERE l.name = $1 GROUP BY l.id, l.name`, [name])).rows[0]
      return { id: r.id, name: r.name, members: Number(r.members) }
    }
    const counts: Record<string, number> = {}
    for (const t of ['hosts', 'host_seen_times', 'labels', 'label_membership', 'teams', 'distributed_query_campaign_results']) {
      counts[t] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${t}`)).rows[0].n)
    }
    return {
      seconds: (performance.now() - t0) / 1000,
      // The largest custom label (a typical label filter and members page) and the macOS builtin (45 % of the fleet).
      labels: { custom: await label('Custom label 001'), macOS: await label('macOS') },
      campaignId: big,
      counts,
    }
  } catch (e) {
    await db.query('ROLLBACK').catch(() => {})
    throw e
  } finally {
    await db.end()
  }
}

/**
 * Online hosts' check-ins: their seen times move back to 0–19 s ago (about 55,000 rows), then the
 * table is vacuumed (unless `vacuum` is false) so that every row of the benchmark reads the same,
 * unbloated table.
 */
export async function refreshOnline(databaseUrl: string, vacuum = true): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    await db.query(`
      UPDATE host_seen_times t SET seen_time = now() - (t.host_id % 20) * interval '1 second'
      WHERE (abs(hashint4(t.host_id * 31 + 2)) % 100) < 55`)
    if (vacuum) await db.query('VACUUM (ANALYZE) host_seen_times')
  } finally {
    await db.end()
  }
}

/**
 * Keeps the online hosts online while something long runs (a walk through every page, a slow row):
 * `touch()` refreshes now and vacuums; meanwhile a timer refreshes (without vacuum) whenever 30 s
 * passed since the last refresh, well inside the ~50 s a refresh keeps them online. On a quiet
 * machine a measured row ends before the timer fires.
 */
export function keepOnline(databaseUrl: string): { touch(): Promise<void>; stop(): void } {
  let last = 0
  let running: Promise<void> | null = null
  const refresh = (vacuum: boolean) => {
    running = (running ?? Promise.resolve()).catch(() => {}).then(() => refreshOnline(databaseUrl, vacuum)).then(() => { last = Date.now() })
    return running
  }
  const timer = setInterval(() => { if (Date.now() - last >= 30_000) refresh(false).catch((e: unknown) => console.error('refreshing online hosts failed:', e)) }, 1000)
  timer.unref()
  return { touch: () => refresh(true), stop: () => clearInterval(timer) }
}

/** EXPLAIN (ANALYZE) of a statement on the seeded database: the execution time PostgreSQL reports. */
export async function explainMs(databaseUrl: string, sql: string, params: unknown[] = [], runs = 5): Promise<{ ms: number[]; buffers: number; plan: string }> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  // As the stack's pool runs them (prisma/src/database.ts).
  await db.query('SET max_parallel_workers_per_gather = 0')
  try {
    const ms: number[] = []
    let plan = ''
    for (let i = 0; i < runs; i++) {
      const r = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)
      plan = r.rows.map((x) => x['QUERY PLAN']).join('\n')
      ms.push(Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN))
    }
    // The top node's shared buffers (hit + read): pages of 8 kB the statement touched, a measure of its work that load does not change.
    const b = /Buffers: shared((?: hit=\d+)?(?: read=\d+)?)/.exec(plan)?.[1] ?? ''
    const buffers = [...b.matchAll(/=(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0)
    return { ms, buffers, plan }
  } finally {
    await db.end()
  }
}
