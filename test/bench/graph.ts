// `npm run bench -- --graph` (needs DATABASE_URL): page queries of the graph on a seeded fleet.
// 100,000 hosts, 200 labels, 500,000 label memberships and a 100,000-result campaign are seeded
// straight into PostgreSQL (graph-seed.ts), then one stack (the default single process) answers,
// each as a first page of 100 and as the deepest full page (its cursor found by walking the list):
//   1. hosts(first: 100, filter: { status: [ONLINE], labelId }) with totalCount, for the largest
//      custom label (10,840 members) and for the builtin macOS label (44,715 members);
//   2. the macOS one without totalCount (the page alone);
//   3. Label.hosts(first: 100) of the largest custom label;
//   4. Campaign.results(first: 100) of the 100,000-result campaign.
// Each selects what a screen shows; a selection the operation limits refuse is reported and the next,
// smaller one measured.
// Latency is measured server-side: a preload (server-timing.mjs) times each request inside the stack
// process, from the request's headers to the last byte of the answer. One client on loopback sends
// the requests one at a time (no concurrency: the figure is a page's own cost). Before each row the
// online hosts' seen times are refreshed, as their check-ins would. The SQL each page is expected to
// run is also timed on its own with EXPLAIN ANALYZE (`--plans` prints the plans).
// Usage: npm run bench -- --graph [--requests 300] [--seconds 20] [--plans]
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { toNodeId } from '@fleetgraph/subgraph-kit'
import { freshDatabase, realServices, startStack } from '../support/stack.js'
import { setupInstance } from '../support/fleet.js'
import { explainMs, keepOnline, refreshOnline, seedGraph, type Seeded } from './graph-seed.js'

const arg = (name: string, dflt: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : dflt }
const REQUESTS = arg('requests', 300)
const MAX_SECONDS = arg('seconds', 20)
const MIN_REQUESTS = 50
const WARMUP = 20
const PAGE = 100
const PLANS = process.argv.includes('--plans')

interface GraphQLReply { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] }
interface Connection { totalCount?: number; nodes?: unknown[]; edges?: { cursor: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] }
const fmt = (ms: number) => (ms >= 10 ? ms.toFixed(1) : ms.toFixed(2))

class Client {
  constructor(readonly base: string, readonly token: string) {}

  async post(query: string, variables: Record<string, unknown>, row?: string): Promise<GraphQLReply> {
    const res = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${this.token}`, ...(row ? { 'x-bench-row': row } : {}) },
      body: JSON.stringify({ query, variables }),
    })
    return await res.json() as GraphQLReply
  }

  async serverTimings(row: string): Promise<number[]> {
    const res = await fetch(`${this.base}/__bench/timings?row=${encodeURIComponent(row)}`)
    return await res.json() as number[]
  }
}

/** A page query: its text for a selection and page size, the path from `data` to the connection, its variables except `after`. */
interface PageQuery { name: string; text: (selection: string, first: number) => string; path: string[]; variables: Record<string, unknown> }

function connectionAt(reply: GraphQLReply, at: string[]): Connection {
  if (reply.errors?.length) throw new Error(JSON.stringify(reply.errors))
  let v: unknown = reply.data
  for (const k of at) v = Array.isArray(v) ? (v[0] as Record<string, unknown>)?.[k] : (v as Record<string, unknown>)?.[k]
  if (!v) throw new Error(`no connection at ${at.join('.')}: ${JSON.stringify(reply.data).slice(0, 300)}`)
  return v as Connection
}

/**
 * Walks the whole list as a client would, following endCursor (pages of 500, or of 100 when the
 * operation limits refuse 500), and returns the cursor after which the last full page of `PAGE`
 * starts: the deepest page of the list.
 */
async function deepCursor(c: Client, q: PageQuery): Promise<{ after: string; position: number; total: number; requests: number; seconds: number }> {
  const t0 = performance.now()
  const walk = async (size: number) => {
    const cursors: string[] = []
    let after: string | null = null
    let requests = 0
    for (;;) {
      requests++
      const conn = connectionAt(await c.post(q.text('edges { cursor } pageInfo { hasNextPage endCursor }', size), { ...q.variables, after }), q.path)
      for (const e of conn.edges ?? []) cursors.push(e.cursor)
      if (!conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor) return { cursors, requests }
      after = conn.pageInfo.endCursor
    }
  }
  const { cursors, requests } = await walk(500).catch(() => walk(PAGE))
  if (cursors.length < 2 * PAGE) throw new Error(`${q.name}: only ${cursors.length} items, too few for a deep page`)
  const position = cursors.length - PAGE // the deep page holds items position + 1 … position + PAGE
  return { after: cursors[position - 1], position, total: cursors.length, requests, seconds: (performance.now() - t0) / 1000 }
}

interface Row { name: string; requests: number; serverP50: number; serverP99: number; clientP50: number; clientP99: number; nodes: number; totalCount?: number; note: string }

async function measure(c: Client, online: { touch(): Promise<void> }, name: string, q: PageQuery, selection: string, after: string | null, note: string): Promise<Row> {
  await online.touch()
  const vars = { ...q.variables, after }
  const text = q.text(selection, PAGE)
  let first: Connection | undefined
  for (let i = 0; i < WARMUP; i++) first = connectionAt(await c.post(text, vars, `${name}/warm-up`), q.path)
  await c.serverTimings(`${name}/warm-up`)
  const client: number[] = []
  const t0 = performance.now()
  // REQUESTS requests, or fewer (never under MIN_REQUESTS) when a row would outlast MAX_SECONDS.
  for (let i = 0; i < REQUESTS && (i < MIN_REQUESTS || performance.now() - t0 < MAX_SECONDS * 1000); i++) {
    const t1 = performance.now()
    const reply = await c.post(text, vars, name)
    client.push(performance.now() - t1)
    if (reply.errors?.length) throw new Error(`${name}: ${JSON.stringify(reply.errors)}`)
  }
  const server = await c.serverTimings(name)
  if (server.length !== client.length) throw new Error(`${name}: ${server.length} server timings for ${client.length} requests (is the preload loaded?)`)
  return {
    name, note, nodes: first?.nodes?.length ?? first?.edges?.length ?? 0, totalCount: first?.totalCount, requests: server.length,
    serverP50: pct(server, 50), serverP99: pct(server, 99), clientP50: pct(client, 50), clientP99: pct(client, 99),
  }
}

async function schemaShape(c: Client): Promise<{ query: Set<string>; hostsArgs: Set<string>; label: Set<string>; campaign: Set<string>; labelsArgs: Set<string> }> {
  type T = { fields: { name: string; args: { name: string }[] }[] } | null
  const r = await c.post(`{
    q: __type(name: "Query") { fields { name args { name } } }
    l: __type(name: "Label") { fields { name args { name } } }
    c: __type(name: "Campaign") { fields { name args { name } } }
  }`, {})
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors))
  const d = r.data as { q: T; l: T; c: T }
  const names = (t: T) => new Set((t?.fields ?? []).map((f) => f.name))
  const args = (t: T, f: string) => new Set((t?.fields.find((x) => x.name === f)?.args ?? []).map((a) => a.name))
  return { query: names(d.q), hostsArgs: args(d.q, 'hosts'), labelsArgs: args(d.q, 'labels'), label: names(d.l), campaign: names(d.c) }
}

// What a screen selects, most first: the gateway's operation limits may refuse a selection (cost), and
// then the next one is measured and the refusal reported.
const PAGE_INFO = 'pageInfo { hasNextPage endCursor }'
const HOST_PAGE = [
  `totalCount nodes { id hostname displayName status platform osVersion osqueryVersion seenTime team { name } } ${PAGE_INFO}`,
  `totalCount nodes { id hostname displayName status platform osqueryVersion seenTime } ${PAGE_INFO}`,
  `totalCount nodes { id hostname status } ${PAGE_INFO}`,
]
const HOST_PAGE_NO_COUNT = HOST_PAGE.map((x) => x.replace('totalCount ', ''))
const RESULT_PAGE = [
  `totalCount nodes { host { id hostname displayName } rows error } ${PAGE_INFO}`,
  `totalCount nodes { host { id hostname } error } ${PAGE_INFO}`,
]

/** The first selection the gateway accepts for this page query, and the refusals before it. */
async function acceptedSelection(c: Client, q: PageQuery, selections: string[]): Promise<{ selection: string; refused: string[] }> {
  const refused: string[] = []
  for (const selection of selections) {
    const reply = await c.post(q.text(selection, PAGE), { ...q.variables, after: null })
    const codes = (reply.errors ?? []).map((e) => e.extensions?.code)
    if (!codes.length) return { selection, refused }
    if (!codes.every((code) => code === 'COST_LIMIT_EXCEEDED')) throw new Error(`${q.name}: ${JSON.stringify(reply.errors)}`)
    refused.push(`\`${selection.replace(PAGE_INFO, '').replace(/\s+/g, ' ').trim()}\` (${reply.errors?.[0]?.message})`)
  }
  throw new Error(`${q.name}: every selection refused: ${refused.join('; ')}`)
}

function pageQueries(s: Seeded, shape: Awaited<ReturnType<typeof schemaShape>>) {
  const out: { hosts: PageQuery[]; label?: PageQuery; results?: PageQuery; missing: string[] } = { hosts: [], missing: [] }
  if (shape.hostsArgs.has('filter')) {
    const hosts = (label: string, id: number): PageQuery => ({
      name: `hosts, online + label ${label}`, path: ['hosts'], variables: { label: String(id) },
      text: (sel, first) => `query ($label: ID!, $after: String) { hosts(first: ${first}, after: $after, filter: { status: [ONLINE], labelId: $label }) { ${sel} } }`,
    })
    out.hosts.push(hosts(s.labels.custom.name, s.labels.custom.id), hosts(s.labels.macOS.name, s.labels.macOS.id))
  } else out.missing.push('Query.hosts(filter:)')
  if (shape.label.has('hosts')) {
    // node(id:) when the ids switch is in; before that, the label found by name.
    out.label = shape.query.has('node')
      ? { name: `Label.hosts of ${s.labels.custom.name}`, path: ['node', 'hosts'], variables: { id: toNodeId('Label', s.labels.custom.id) },
          text: (sel, first) => `query ($id: ID!, $after: String) { node(id: $id) { ... on Label { hosts(first: ${first}, after: $after) { ${sel} } } } }` }
      : { name: `Label.hosts of ${s.labels.custom.name}`, path: ['labels', 'nodes', 'hosts'], variables: { name: s.labels.custom.name },
          text: (sel, first) => `query ($name: String!, $after: String) { labels(first: 1, filter: { search: $name }) { nodes { hosts(first: ${first}, after: $after) { ${sel} } } } }` }
  } else out.missing.push('Label.hosts')
  if (shape.campaign.has('results')) {
    out.results = {
      name: 'Campaign.results', path: ['campaign', 'results'], variables: { id: String(s.campaignId) },
      text: (sel, first) => `query ($id: ID!, $after: String) { campaign(id: $id) { results(first: ${first}, after: $after) { ${sel} } } }`,
    }
  } else out.missing.push('Campaign.results')
  return out
}

// The statements a keyset page is expected to run (one page of size + 1 rows, one count), timed
// on their own. Host status "online" is Fleet's rule: seen within min(intervals) + 60 s. A label's
// members are read in hostname order from its memberships (which carry the hostname); a count is
// what a cache miss costs (counts of 1,000 and more are then reused for 5 s, kit/count-cache.ts).
const ONLINE = `s.seen_time > now() - make_interval(secs => LEAST(h.distributed_interval, h.config_tls_refresh) + 60)`
type HostKey = { hostname: string; id: number } | null
const hostPage = (label: number, online: boolean, after: HostKey, desc = false) => `
  SELECT h.id, h.hostname, h.computer_name, h.platform, h.os_version, h.osquery_version, h.team_id, s.seen_time
  FROM label_membership m JOIN hosts h ON h.id = m.host_id LEFT JOIN host_seen_times s ON s.host_id = h.id
  WHERE m.label_id = ${label}
    ${online ? `AND ${ONLINE}` : ''}
    ${after ? `AND (m.hostname, m.host_id) > ('${after.hostname.replace(/'/g, "''")}', ${after.id})` : ''}
  ORDER BY m.hostname ${desc ? 'DESC' : ''}, m.host_id ${desc ? 'DESC' : ''} LIMIT ${PAGE + 1}`
const hostCount = (label: number, online: boolean) => online
  ? `SELECT count(*) FROM hosts h LEFT JOIN host_seen_times s ON s.host_id = h.id
     WHERE EXISTS (SELECT 1 FROM label_membership m WHERE m.label_id = ${label} AND m.host_id = h.id) AND ${ONLINE}`
  : `SELECT count(*) FROM label_membership WHERE label_id = ${label}`
const resultPage = (campaign: number, after: number | null) => `
  SELECT r.id, r.host_id, h.hostname, COALESCE(NULLIF(h.computer_name, ''), h.hostname) AS display_name, r.rows, r.error
  FROM unnest(ARRAY[${campaign}]::int[]) AS p(id) CROSS JOIN LATERAL (
    SELECT r.id, r.host_id, r.rows, r.error FROM distributed_query_campaign_results r
    WHERE r.campaign_id = p.id ${after ? `AND r.id > ${after}` : ''} ORDER BY r.id LIMIT ${PAGE + 1}) r
  JOIN hosts h ON h.id = r.host_id`

/** The expected statements, with the keys a deep page (the last full one) starts after, read straight from the database. */
async function expectedSql(databaseUrl: string, s: Seeded): Promise<{ name: string; sql: string }[]> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const before = async (sql: string): Promise<HostKey> => (await db.query<{ hostname: string; id: number }>(`${sql} OFFSET ${PAGE} LIMIT 1`)).rows[0] ?? null
    const lastHostKey = (label: number, online: boolean) => before(hostPage(label, online, null, true).replace(/LIMIT \d+$/, ''))
    const out: { name: string; sql: string }[] = []
    for (const l of [s.labels.custom, s.labels.macOS]) {
      out.push({ name: `hosts page, online + label ${l.name}: first page`, sql: hostPage(l.id, true, null) })
      out.push({ name: `hosts page, online + label ${l.name}: deep page`, sql: hostPage(l.id, true, await lastHostKey(l.id, true)) })
      out.push({ name: `hosts count, online + label ${l.name}`, sql: hostCount(l.id, true) })
    }
    const l = s.labels.custom
    out.push({ name: `label members page, ${l.name}: first page`, sql: hostPage(l.id, false, null) })
    out.push({ name: `label members page, ${l.name}: deep page`, sql: hostPage(l.id, false, await lastHostKey(l.id, false)) })
    out.push({ name: `label members count, ${l.name}`, sql: hostCount(l.id, false) })
    const lastResult = (await db.query<{ id: number }>(`SELECT id FROM distributed_query_campaign_results WHERE campaign_id = ${s.campaignId} ORDER BY id DESC OFFSET ${PAGE} LIMIT 1`)).rows[0]?.id ?? null
    out.push({ name: 'campaign results page: first page', sql: resultPage(s.campaignId, null) })
    out.push({ name: 'campaign results page: deep page', sql: resultPage(s.campaignId, lastResult) })
    out.push({ name: 'campaign results count', sql: `SELECT count(*) FROM distributed_query_campaign_results WHERE campaign_id = ${s.campaignId}` })
    return out
  } finally { await db.end() }
}

export async function graphBench(): Promise<void> {
  const { databaseUrl, redisUrl } = realServices()
  if (!databaseUrl) throw new Error('npm run bench -- --graph seeds PostgreSQL: set DATABASE_URL (scripts/ci-services.sh start)')
  const cpus = os.cpus()
  console.log(`Machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ` +
    `PostgreSQL (own process); one stack process (gateway + subgraphs); one client on loopback, sequential requests; ${REQUESTS} requests per row after ${WARMUP} warm-up requests.`)

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-bench-'))
  const db = await freshDatabase(databaseUrl)
  const preload = pathToFileURL(path.join(__dirname, 'server-timing.mjs')).href
  const stack = await startStack({ DATA_DIR: dataDir, DATABASE_URL: db.url, REDIS_URL: redisUrl ?? '', GATEWAY_DEDUPLICATE_REQUESTS: 'false' }, { nodeArgs: ['--import', preload] })
  try {
    const { token, adminId } = await setupInstance(stack.url)
    const seeded = await seedGraph(db.url, adminId)
    console.log(`\n### Seeding (SQL, generate_series): ${seeded.seconds.toFixed(1)} s\n`)
    console.log(Object.entries(seeded.counts).map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`).join(' · '))
    for (const l of [seeded.labels.custom, seeded.labels.macOS]) console.log(`- label ${l.name} (id ${l.id}): ${l.members.toLocaleString('en-US')} members`)

    await benchPages(stack.url, token, db.url, seeded)
  } finally {
    await stack.stop()
    await db.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Measures every page query the schema has, on a seeded database, and prints the tables. */
export async function benchPages(base: string, token: string, databaseUrl: string, seeded: Seeded): Promise<void> {
  const c = new Client(base, token)
  const shape = await schemaShape(c)
  const q = pageQueries(seeded, shape)
  if (q.missing.length) console.log(`\nNot in this build's schema, rows skipped: ${q.missing.join(', ')}`)

  const rows: Row[] = []
  const notes: string[] = []
  const online = keepOnline(databaseUrl)
  const pair = async (pq: PageQuery | undefined, selections: string[], suffix = '') => {
    if (!pq) return
    const { selection, refused } = await acceptedSelection(c, pq, selections)
    notes.push(`- ${pq.name}${suffix}: selected \`${selection.replace(/\s+/g, ' ')}\`${refused.length ? `; refused by the operation limits first: ${refused.join('; ')}` : ''}`)
    await online.touch()
    const deep = await deepCursor(c, pq)
    const where = `items ${(deep.position + 1).toLocaleString('en-US')}–${(deep.position + PAGE).toLocaleString('en-US')} of ${deep.total.toLocaleString('en-US')} (cursor found by walking the list: ${deep.requests} requests, ${deep.seconds.toFixed(1)} s)`
    const first = await measure(c, online, `${pq.name}${suffix}: first page`, pq, selection, null, 'items 1–100')
    if (first.totalCount !== undefined && first.totalCount !== deep.total) first.note += ` (totalCount ${first.totalCount}, but the walk saw ${deep.total} items)`
    rows.push(first)
    rows.push(await measure(c, online, `${pq.name}${suffix}: deep page`, pq, selection, deep.after, where))
  }
  try {
    for (const h of q.hosts) await pair(h, HOST_PAGE)
    if (q.hosts[1]) await pair(q.hosts[1], HOST_PAGE_NO_COUNT, ', without totalCount')
    await pair(q.label, HOST_PAGE)
    await pair(q.results, RESULT_PAGE)
  } finally { online.stop() }

  if (rows.length) {
    console.log(`\n### Page queries through the gateway (server-side, ms)\n`)
    console.log('| page query | requests | nodes | totalCount | server p50 | server p99 | client p50 | client p99 | position |\n|---|---|---|---|---|---|---|---|---|')
    for (const r of rows) console.log(`| ${r.name} | ${r.requests} | ${r.nodes} | ${r.totalCount?.toLocaleString('en-US') ?? '–'} | ${fmt(r.serverP50)} | **${fmt(r.serverP99)}** | ${fmt(r.clientP50)} | ${fmt(r.clientP99)} | ${r.note} |`)
    console.log('')
    for (const n of notes) console.log(n)
    console.log('')
    for (let i = 0; i + 1 < rows.length; i += 2) {
      const [a, b] = [rows[i], rows[i + 1]]
      console.log(`- ${a.name.replace(/: first page$/, '')}: deep / first = ${(b.serverP50 / a.serverP50).toFixed(2)}× at p50, ${(b.serverP99 / a.serverP99).toFixed(2)}× at p99 (target ≤ 1.2×); p99 ${fmt(a.serverP99)} / ${fmt(b.serverP99)} ms (target < 25 ms)`)
    }
  }

  console.log(`\n### The expected SQL on its own (EXPLAIN ANALYZE execution time, ms, 5 runs)\n`)
  console.log('| statement | min | median | max | buffers touched (8 kB) |\n|---|---|---|---|---|')
  await refreshOnline(databaseUrl)
  for (const e of await expectedSql(databaseUrl, seeded)) {
    const { ms, buffers, plan } = await explainMs(databaseUrl, e.sql)
    console.log(`| ${e.name} | ${fmt(Math.min(...ms))} | ${fmt(pct(ms, 50))} | ${fmt(Math.max(...ms))} | ${buffers.toLocaleString('en-US')} |`)
    if (PLANS) console.log(`\n\`\`\`\n${plan}\n\`\`\`\n`)
  }
}
