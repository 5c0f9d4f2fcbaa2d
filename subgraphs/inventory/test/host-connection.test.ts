// The `hosts` connection and its nested twins (Label.hosts, Team.hosts) against a seeded database:
// every order pages forwards and backwards without duplicates or gaps (ties on the hostname
// included), every filter selects what its description says, status in SQL agrees with the
// status field, and the caller's visibility, page-size limit and cursor checks hold.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { startSubgraphs, type SubgraphsUnderTest } from '../../../test/support/subgraph.js'

const DAY = 86_400
interface Seed {
  key: string; hostname: string; computer: string; platform: string; osq: string; team: 'alpha' | 'beta' | null
  seenAgo: number | null; createdAgo: number; enrolledAgo: number | null; serial: string; ip: string; publicIp: string
}
// Statuses by construction (interval 30 s): seen 10 s ago → online, an hour → offline, 40 days → mia,
// never seen and created now → new, never seen and created 2 (40) days ago → offline (mia).
const SEEN: { seenAgo: number | null; createdAgo: number; status: string }[] = [
  { seenAgo: 10, createdAgo: 5 * DAY, status: 'ONLINE' }, { seenAgo: 3600, createdAgo: 5 * DAY, status: 'OFFLINE' },
  { seenAgo: 40 * DAY, createdAgo: 50 * DAY, status: 'MIA' }, { seenAgo: null, createdAgo: 60, status: 'NEW' },
  { seenAgo: null, createdAgo: 2 * DAY, status: 'OFFLINE' }, { seenAgo: null, createdAgo: 40 * DAY, status: 'MIA' },
]
const PLATFORMS = ['ubuntu', 'rhel', 'darwin', 'windows']
const NAMES = ['delta', 'alpha', 'charlie', 'bravo'] // 24 hosts on 4 hostnames: ties everywhere
const seeds: Seed[] = Array.from({ length: 24 }, (_, i) => ({
  key: `k${i}`,
  hostname: NAMES[i % 4]!,
  computer: i % 3 === 0 ? '' : `pc${String(23 - i).padStart(2, '0')}`,
  platform: PLATFORMS[i % 4]!,
  osq: i % 2 ? '5.10.2' : '5.9.1',
  team: i % 5 === 0 ? 'alpha' : i % 5 === 1 ? 'beta' : null,
  ...SEEN[i % 6]!,
  enrolledAgo: i % 4 === 0 ? null : 1000 + i * 100,
  serial: i === 7 ? 'SN_50%' : `SN${i}50x`,
  ip: `10.0.0.${i}`,
  publicIp: `203.0.113.${i}`,
}))
const statusOf = (i: number) => SEEN[i % 6]!.status

describe('hosts connection', () => {
  let sg: SubgraphsUnderTest
  let admin: string
  let teamObserver: string
  const id = new Map<string, string>() // seed key → host id
  const keyOf = new Map<string, number>() // host id → seed index
  let labelId: string, policyId: string, alphaId: string

  const gql = async (query: string, variables?: Record<string, unknown>, token = admin) => sg.gql('inventory', query, variables, token)
  const ok = async (query: string, variables?: Record<string, unknown>, token = admin) => {
    const r = await gql(query, variables, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: HostFilter, $orderBy: HostOrder) {
    hosts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount edges { cursor node { id databaseId hostname displayName status seenTime lastEnrolledAt createdAt } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`
  /** Every host of a filter/order, one small page at a time, forwards. */
  const forwards = async (vars: Record<string, unknown>, size = 5, token = admin) => {
    const out: any[] = []
    let after: string | null = null
    for (let guard = 0; guard < 100; guard++) {
      const c: any = (await ok(PAGE, { ...vars, first: size, after }, token)).hosts
      out.push(...c.edges.map((e: any) => e.node))
      if (!c.pageInfo.hasNextPage) return out
      after = c.pageInfo.endCursor
    }
    throw new Error('no last page')
  }
  const backwards = async (vars: Record<string, unknown>, size = 5) => {
    const out: any[] = []
    let before: string | null = null
    for (let guard = 0; guard < 100; guard++) {
      const c: any = (await ok(PAGE, { ...vars, last: size, before })).hosts
      out.unshift(...c.edges.map((e: any) => e.node))
      if (!c.pageInfo.hasPreviousPage) return out
      before = c.pageInfo.startCursor
    }
    throw new Error('no first page')
  }
  const ids = (nodes: any[]) => nodes.map((n) => n.id)
  const seedIds = (pred: (s: Seed, i: number) => boolean) => seeds.flatMap((s, i) => (pred(s, i) ? [id.get(s.key)!] : [])).sort()
  const filtered = async (filter: Record<string, unknown>, token = admin) => {
    const c = (await ok(PAGE, { first: 500, filter }, token)).hosts
    assert.equal(c.totalCount, c.edges.length, 'totalCount counts with the same filters')
    return ids(c.edges.map((e: any) => e.node)).sort()
  }

  before(async () => {
    sg = await startSubgraphs([inventory])
    const setup = await sg.gql('inventory', `mutation { setup(input: {
      admin: { name: "A", email: "a@example.com", password: "correct horse 1!" },
      orgInfo: { orgName: "Acme" }, serverUrl: "https://fleet.example.com", osqueryEnrollSecret: "s" }) { token } }`)
    admin = setup.data!.setup.token
    await sg.exec(`INSERT INTO teams (name) VALUES ('alpha'), ('beta')`)
    const ago = (s: number | null) => (s == null ? 'NULL' : `(now() AT TIME ZONE 'UTC') - interval '${s} seconds'`)
    for (const s of seeds) {
      await sg.exec(`INSERT INTO hosts (osquery_host_id, hostname, computer_name, platform, osquery_version, team_id, created_at, last_enrolled_at,
          hardware_serial, uuid, primary_ip, public_ip, distributed_interval, config_tls_refresh)
        VALUES ('${s.key}', '${s.hostname}', '${s.computer}', '${s.platform}', '${s.osq}', ${s.team ? `(SELECT id FROM teams WHERE name = '${s.team}')` : 'NULL'},
          ${ago(s.createdAgo)}, ${ago(s.enrolledAgo)}, '${s.serial}', 'uuid-${s.key}', '${s.ip}', '${s.publicIp}', 30, 60)`)
      if (s.seenAgo != null) await sg.exec(`INSERT INTO host_seen_times (host_id, seen_time) SELECT id, ${ago(s.seenAgo)} FROM hosts WHERE osquery_host_id = '${s.key}'`)
    }
    // A manual label with hosts 0-5, a policy k0-k3 pass, k4-k7 fail.
    await sg.exec(`INSERT INTO labels (name, label_membership_type) VALUES ('manual-one', 'manual')`)
    await sg.exec(`INSERT INTO label_membership (label_id, host_id) SELECT (SELECT id FROM labels WHERE name = 'manual-one'), id FROM hosts WHERE osquery_host_id IN ('k0','k1','k2','k3','k4','k5')`)
    await sg.exec(`INSERT INTO policies (name, query) VALUES ('p', 'SELECT 1')`)
    await sg.exec(`INSERT INTO policy_membership (policy_id, host_id, passes) SELECT (SELECT id FROM policies WHERE name = 'p'), id, osquery_host_id IN ('k0','k1','k2','k3') FROM hosts WHERE osquery_host_id IN ('k0','k1','k2','k3','k4','k5','k6','k7')`)
    const all = await ok('{ hostList { id uuid } labelList { id name } teamList { id name } }')
    for (const h of all.hostList) { const key = h.uuid.slice(5); id.set(key, h.id); keyOf.set(h.id, Number(key.slice(1))) }
    labelId = all.labelList.find((l: any) => l.name === 'manual-one').id
    alphaId = all.teamList.find((t: any) => t.name === 'alpha').id
    policyId = '1' // the only policy of this fresh database
    await sg.exec(`UPDATE app_config SET license_tier = 'premium'`)
    const obs = await ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }`, {
      i: { name: 'obs', email: 'obs@example.com', password: 'correct horse 1!', teams: [{ teamId: alphaId, role: 'observer' }] },
    })
    assert.ok(obs.createUser.user.id)
    teamObserver = (await ok('mutation { login(email: "obs@example.com", password: "correct horse 1!") { token } }', undefined, '')).login.token
  })
  after(async () => { await sg.close() })

  const FIELDS = ['ID', 'HOSTNAME', 'DISPLAY_NAME', 'SEEN_TIME', 'ENROLLED_AT', 'STATUS']
  for (const field of FIELDS) {
    for (const direction of ['ASC', 'DESC']) {
      it(`pages ${field} ${direction} forwards and backwards with no duplicates or gaps`, async () => {
        const vars = { orderBy: { field, direction } }
        const whole = ids((await ok(PAGE, { ...vars, first: 500 })).hosts.edges.map((e: any) => e.node))
        assert.equal(whole.length, seeds.length)
        assert.equal(new Set(whole).size, seeds.length)
        assert.deepEqual(ids(await forwards(vars)), whole)
        assert.deepEqual(ids(await backwards(vars)), whole)
        assert.deepEqual(ids(await forwards(vars, 1)), whole)
      })
    }
  }

  it('sorts by each key, ties broken by id in the same direction', async () => {
    const key: Record<string, (n: any) => string | number> = {
      ID: (n) => n.databaseId, HOSTNAME: (n) => n.hostname, DISPLAY_NAME: (n) => n.displayName,
      SEEN_TIME: (n) => n.seenTime ?? '1970-01-01T00:00:00.000Z', ENROLLED_AT: (n) => n.lastEnrolledAt ?? n.createdAt,
      STATUS: (n) => `${['ONLINE', 'OFFLINE', 'MIA', 'NEW'].indexOf(n.status)}:${n.hostname}`, // then by hostname
    }
    for (const [field, k] of Object.entries(key)) {
      for (const dir of [1, -1]) {
        const nodes = (await ok(PAGE, { first: 500, orderBy: { field, direction: dir === 1 ? 'ASC' : 'DESC' } })).hosts.edges.map((e: any) => e.node)
        for (let i = 1; i < nodes.length; i++) {
          const [a, b] = [nodes[i - 1], nodes[i]]
          const cmp = k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : a.databaseId - b.databaseId
          assert.ok(cmp * dir < 0, `${field} ${dir}: ${JSON.stringify(a)} then ${JSON.stringify(b)}`)
        }
      }
    }
  })

  it('hostList: numbered pages in each order are the connection\'s order, cut every perPage hosts', async () => {
    const LIST = 'query($o: HostOrder, $p: Int, $n: Int, $f: HostFilter) { hostList(orderBy: $o, page: $p, perPage: $n, filter: $f) { id } }'
    for (const field of FIELDS) {
      for (const direction of ['ASC', 'DESC']) {
        const o = { field, direction }
        const whole = ids((await ok(PAGE, { first: 500, orderBy: o })).hosts.edges.map((e: any) => e.node))
        const paged: string[] = []
        for (let p = 0; p < 5; p++) paged.push(...ids((await ok(LIST, { o, p, n: 7 })).hostList))
        assert.deepEqual(paged, whole, `${field} ${direction}`)
      }
    }
    // without an order: by id; without perPage: every host, page not read
    assert.deepEqual(ids((await ok(LIST, { p: 3 })).hostList), ids((await ok(PAGE, { first: 500, orderBy: { field: 'ID' } })).hosts.edges.map((e: any) => e.node)))
    assert.deepEqual(ids((await ok(LIST, { f: { teamId: alphaId }, n: 100 })).hostList).sort(), seedIds((s) => s.team === 'alpha'))
    assert.deepEqual(ids((await ok(LIST, undefined, teamObserver)).hostList).sort(), seedIds((s) => s.team === 'alpha'), 'a team observer sees its team only')
    for (const v of [{ n: 0 }, { n: 10_001 }, { p: -1, n: 5 }]) assert.equal((await gql(LIST, v)).errors?.[0]?.extensions?.code, 'BAD_REQUEST', JSON.stringify(v))
    assert.deepEqual((await ok(LIST, { p: 2_147_483_647, n: 10_000 })).hostList, [])
  })

  it('filters by status in the database, agreeing with the status field', async () => {
    const nodes = (await ok(PAGE, { first: 500 })).hosts.edges.map((e: any) => e.node)
    for (const n of nodes) assert.equal(n.status, statusOf(keyOf.get(n.id)!), `host k${keyOf.get(n.id)}`)
    for (const status of ['ONLINE', 'OFFLINE', 'MIA', 'NEW']) {
      assert.deepEqual(await filtered({ status: [status] }), seedIds((_, i) => statusOf(i) === status), status)
    }
    assert.deepEqual(await filtered({ status: ['ONLINE', 'NEW'] }), seedIds((_, i) => ['ONLINE', 'NEW'].includes(statusOf(i))))
  })

  it('filters by team, no team, label, platform family, policy response, osquery version and seen time', async () => {
    assert.deepEqual(await filtered({ teamId: alphaId }), seedIds((s) => s.team === 'alpha'))
    assert.deepEqual(await filtered({ noTeam: true }), seedIds((s) => s.team === null))
    assert.deepEqual(await filtered({ labelId }), seedIds((_, i) => i <= 5))
    assert.deepEqual(await filtered({ platform: 'linux' }), seedIds((s) => s.platform === 'ubuntu' || s.platform === 'rhel'))
    assert.deepEqual(await filtered({ platform: 'darwin' }), seedIds((s) => s.platform === 'darwin'))
    assert.deepEqual(await filtered({ policyId }), seedIds((_, i) => i <= 7))
    assert.deepEqual(await filtered({ policyId, policyResponse: 'PASSING' }), seedIds((_, i) => i <= 3))
    assert.deepEqual(await filtered({ policyId, policyResponse: 'FAILING' }), seedIds((_, i) => i >= 4 && i <= 7))
    assert.deepEqual(await filtered({ osqueryVersion: '5.10.2' }), seedIds((s) => s.osq === '5.10.2'))
    assert.deepEqual(await filtered({ seenSince: new Date(Date.now() - 2 * 3600_000).toISOString() }), seedIds((s) => s.seenAgo != null && s.seenAgo <= 3600))
    assert.deepEqual(await filtered({ teamId: alphaId, platform: 'linux', status: ['ONLINE', 'OFFLINE', 'MIA', 'NEW'] }), seedIds((s) => s.team === 'alpha' && ['ubuntu', 'rhel'].includes(s.platform)))
  })

  it('searches hostname, computer name, uuid, serial and both IPs, with LIKE wildcards taken literally', async () => {
    assert.deepEqual(await filtered({ search: 'CHARL' }), seedIds((s) => s.hostname === 'charlie'))
    assert.deepEqual(await filtered({ search: 'pc07' }), seedIds((s) => s.computer === 'pc07'))
    assert.deepEqual(await filtered({ search: 'uuid-k13' }), seedIds((s) => s.key === 'k13'))
    assert.deepEqual(await filtered({ search: '_50%' }), seedIds((s) => s.key === 'k7'))
    assert.deepEqual(await filtered({ search: '10.0.0.21' }), seedIds((s) => s.key === 'k21'))
    assert.deepEqual(await filtered({ search: '203.0.113.22' }), seedIds((s) => s.key === 'k22'))
  })

  it('refuses bad filters: policyResponse without policyId, teamId with noTeam, an id of another type', async () => {
    for (const filter of [{ policyResponse: 'PASSING' }, { teamId: alphaId, noTeam: true }, { labelId: 'VGVhbTox' }]) {
      const r = await gql(PAGE, { first: 5, filter })
      assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_REQUEST', JSON.stringify(filter))
    }
  })

  it('refuses more than 500 per page with PAGE_SIZE_EXCEEDED', async () => {
    for (const vars of [{ first: 501 }, { last: 501 }]) {
      const r = await gql(PAGE, vars)
      assert.equal(r.errors?.[0]?.extensions?.code, 'PAGE_SIZE_EXCEEDED')
    }
    assert.equal((await gql('{ labels(first: 501) { totalCount } }')).errors?.[0]?.extensions?.code, 'PAGE_SIZE_EXCEEDED')
  })

  it('refuses forged and foreign cursors with BAD_REQUEST', async () => {
    const hostCursor = (await ok(PAGE, { first: 1 })).hosts.pageInfo.endCursor
    const labelCursor = (await ok('{ labels(first: 1) { pageInfo { endCursor } } }')).labels.pageInfo.endCursor
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
    const bad = [
      ['not a cursor', {}], ['!!!', {}],
      [labelCursor, {}], // another connection's cursor
      [hostCursor, { orderBy: { field: 'SEEN_TIME' } }], // another order
      [b64({ o: 'Host.HOSTNAME_ASC', k: [1, 2] }), {}], // right shape, wrong key types
      [b64({ o: 'Host.SEEN_TIME_ASC', k: ["'; DROP TABLE hosts; --", 1] }), { orderBy: { field: 'SEEN_TIME' } }],
      [b64({ o: 'Host.HOSTNAME_ASC', k: ['a', 1.5] }), {}],
    ] as const
    for (const [after, vars] of bad) {
      const r = await gql(PAGE, { first: 2, after, ...vars })
      assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_REQUEST', `${after}: ${JSON.stringify(r.errors)}`)
    }
  })

  it('shows a team observer only its team\'s hosts, in hosts, Label.hosts and Team.hosts', async () => {
    const mine = seedIds((s) => s.team === 'alpha')
    assert.deepEqual(ids(await forwards({}, 2, teamObserver)).sort(), mine)
    assert.deepEqual(await filtered({ noTeam: true }, teamObserver), [])
    const nested = await ok(`{ labels(first: 50) { nodes { id hosts(first: 50) { totalCount nodes { id } } } }
      teams(first: 50) { nodes { id hosts(first: 50) { totalCount nodes { id } } } } }`, undefined, teamObserver)
    const label = nested.labels.nodes.find((l: any) => l.id === labelId)
    assert.deepEqual(ids(label.hosts.nodes).sort(), seedIds((s, i) => s.team === 'alpha' && i <= 5))
    assert.equal(label.hosts.totalCount, label.hosts.nodes.length)
    assert.deepEqual(nested.teams.nodes.map((t: any) => t.id), [alphaId])
    assert.deepEqual(ids(nested.teams.nodes[0].hosts.nodes).sort(), mine)
  })

  it('pages Label.hosts and Team.hosts with the same filters and cursors as hosts', async () => {
    const q = `query($after: String) { teams(first: 10, orderBy: { field: NAME }) { nodes { name hosts(first: 2, after: $after, orderBy: { field: HOSTNAME, direction: DESC }) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } } }`
    const seen: string[] = []
    let after: string | null = null
    for (let guard = 0; guard < 20; guard++) {
      const alpha: any = (await ok(q, { after })).teams.nodes.find((t: any) => t.name === 'alpha')
      seen.push(...alpha.hosts.edges.map((e: any) => e.node.id))
      if (!alpha.hosts.pageInfo.hasNextPage) break
      after = alpha.hosts.pageInfo.endCursor
    }
    assert.deepEqual([...seen].sort(), seedIds((s) => s.team === 'alpha'))
    assert.equal(new Set(seen).size, seen.length)
  })
})
