// The inventory connections through the gateway, as a front end uses them: host pages forwards and
// backwards over tied hostnames, the page-size limit and cursor checks with their codes, a team
// observer's view, the labels/teams/users connections, and REST answers unchanged by the enums.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql } from '../../support/client.js'
import { PASSWORD, setupInstance } from '../../support/fleet.js'

const HOSTS = 9

describe('inventory connections through the gateway', () => {
  let stack: TestStack
  let base: string, admin: string, observer: string
  let teamId: string
  let teamNumber: number

  const ok = async (query: string, variables?: Record<string, unknown>, token = admin) => {
    const r = await gql(base, query, variables, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  const enroll = async (secret: string, identifier: string, hostname: string, platform: string) => {
    const r = await doJSON(base, 'POST', '/api/v1/osquery/enroll', {
      enroll_secret: secret, host_identifier: identifier, platform_type: platform === 'darwin' ? 'darwin' : 'linux',
      host_details: { system_info: { hostname, uuid: `uuid-${identifier}`, hardware_serial: `serial-${identifier}` }, os_version: { platform }, osquery_info: { version: '5.10.2' } },
    }, 200)
    return r.body.node_key as string
  }

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    await doJSON(base, 'POST', '/api/latest/fleet/spec/teams', { specs: [{ name: 'Laptops', secrets: [{ secret: 'laptops-secret' }] }] }, 200, admin)
    const laptops = (await ok('{ teamList { id databaseId name } }')).teamList.find((t: any) => t.name === 'Laptops')
    teamId = laptops.id
    teamNumber = laptops.databaseId
    // Three hostnames for nine hosts: every page boundary falls inside a tie.
    for (let i = 0; i < HOSTS; i++) await enroll(i < 3 ? 'laptops-secret' : 'test-enroll-secret', `host-${i}`, ['same-a', 'same-b', 'same-c'][i % 3]!, i % 2 ? 'darwin' : 'ubuntu')
    const email = 'team-observer@example.com'
    await doJSON(base, 'POST', '/api/latest/fleet/users/admin', { name: 'Team observer', email, password: PASSWORD, teams: [{ id: teamNumber, role: 'observer' }] }, 200, admin)
    observer = (await doJSON(base, 'POST', '/api/v1/fleet/login', { email, password: PASSWORD }, 200)).body.token
  })
  after(async () => { await stack.stop() })

  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: HostFilter) {
    hosts(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount nodes { id hostname status } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`

  it('pages hosts forwards and backwards over tied hostnames with no duplicates or gaps', async () => {
    const whole = (await ok(PAGE, { first: 100 })).hosts
    assert.equal(whole.totalCount, HOSTS)
    assert.deepEqual(whole.nodes.map((h: any) => h.hostname), ['same-a', 'same-a', 'same-a', 'same-b', 'same-b', 'same-b', 'same-c', 'same-c', 'same-c'])
    const fwd: string[] = []
    let page = (await ok(PAGE, { first: 2 })).hosts
    fwd.push(...page.nodes.map((h: any) => h.id))
    while (page.pageInfo.hasNextPage) {
      page = (await ok(PAGE, { first: 2, after: page.pageInfo.endCursor })).hosts
      assert.equal(page.pageInfo.hasPreviousPage, true)
      fwd.push(...page.nodes.map((h: any) => h.id))
    }
    const back: string[] = []
    page = (await ok(PAGE, { last: 2 })).hosts
    back.unshift(...page.nodes.map((h: any) => h.id))
    while (page.pageInfo.hasPreviousPage) {
      page = (await ok(PAGE, { last: 2, before: page.pageInfo.startCursor })).hosts
      back.unshift(...page.nodes.map((h: any) => h.id))
    }
    const ids = whole.nodes.map((h: any) => h.id)
    assert.deepEqual(fwd, ids)
    assert.deepEqual(back, ids)
  })

  it('filters hosts by status, platform family, team and search, with a matching totalCount', async () => {
    const status = (await ok(PAGE, { first: 100, filter: { status: ['NEW'] } })).hosts
    assert.equal(status.totalCount, HOSTS) // enrolled, never checked in
    assert.equal((await ok(PAGE, { first: 100, filter: { status: ['ONLINE', 'OFFLINE', 'MIA'] } })).hosts.totalCount, 0)
    assert.equal((await ok(PAGE, { first: 100, filter: { platform: 'linux' } })).hosts.totalCount, 5)
    assert.equal((await ok(PAGE, { first: 100, filter: { teamId } })).hosts.totalCount, 3)
    assert.equal((await ok(PAGE, { first: 100, filter: { noTeam: true } })).hosts.totalCount, 6)
    assert.deepEqual((await ok(PAGE, { first: 100, filter: { search: 'SERIAL-HOST-4' } })).hosts.nodes.map((h: any) => h.hostname), ['same-b'])
  })

  it('answers PAGE_SIZE_EXCEEDED above 500 and BAD_REQUEST for a forged cursor, through the gateway', async () => {
    const big = await gql(base, '{ hosts(first: 501) { totalCount } }', undefined, admin)
    assert.equal(big.errors?.[0]?.extensions?.code, 'PAGE_SIZE_EXCEEDED')
    // {"o":"Host.HOSTNAME_ASC","k":[1,2]}: the right order, keys of the wrong types
    const forged = await gql(base, '{ hosts(first: 5, after: "eyJvIjoiSG9zdC5IT1NUTkFNRV9BU0MiLCJrIjpbMSwyXX0") { totalCount } }', undefined, admin)
    assert.equal(forged.errors?.[0]?.extensions?.code, 'BAD_REQUEST')
    const labelCursor = (await ok('{ labels(first: 1) { pageInfo { endCursor } } }')).labels.pageInfo.endCursor
    const foreign = await gql(base, 'query($c: String) { teams(first: 5, after: $c) { totalCount } }', { c: labelCursor }, admin)
    assert.equal(foreign.errors?.[0]?.extensions?.code, 'BAD_REQUEST')
  })

  it("shows a team observer only its team's hosts, teams and users, and not the team's enroll secrets", async () => {
    const mine = (await ok(PAGE, { first: 100 }, observer)).hosts
    assert.equal(mine.totalCount, 3)
    const teams = (await ok('{ teams(first: 10) { nodes { id name hosts(first: 10) { totalCount } users { nodes { email } } } } }', undefined, observer)).teams.nodes
    assert.deepEqual(teams.map((t: any) => [t.name, t.hosts.totalCount, t.users.nodes.map((u: any) => u.email)]), [['Laptops', 3, ['team-observer@example.com']]])
    const secrets = await gql(base, '{ teams(first: 1) { nodes { enrollSecrets { secret } } } }', undefined, observer)
    assert.equal(secrets.errors?.[0]?.extensions?.code, 'FORBIDDEN')
    assert.deepEqual((await ok('{ teams(first: 1) { nodes { enrollSecrets { secret } } } }')).teams.nodes[0].enrollSecrets, [{ secret: 'laptops-secret' }])
    assert.equal((await gql(base, '{ users(first: 10) { totalCount } }', undefined, observer)).errors?.[0]?.extensions?.code, 'FORBIDDEN')
    assert.equal((await ok('query($t: ID) { users(first: 10, filter: { teamId: $t }) { totalCount } }', { t: teamId }, observer)).users.totalCount, 1)
  })

  it('pages labels, teams and users with their filters and orders', async () => {
    const builtin = (await ok('{ labels(first: 100, filter: { labelType: BUILTIN }, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { name labelType labelMembershipType } } }')).labels
    assert.ok(builtin.totalCount > 0)
    assert.ok(builtin.nodes.every((l: any) => l.labelType === 'BUILTIN'))
    const names = builtin.nodes.map((l: any) => l.name)
    assert.deepEqual(names, [...names].sort().reverse())
    const found = (await ok('{ labels(first: 5, filter: { search: "all host" }) { nodes { name } } }')).labels.nodes
    assert.deepEqual(found, [{ name: 'All Hosts' }])
    const users = (await ok('{ users(first: 10, filter: { globalRole: ADMIN }, orderBy: { field: EMAIL }) { nodes { email globalRole teams { role } } } }')).users.nodes
    assert.deepEqual(users, [{ email: 'admin@example.com', globalRole: 'ADMIN', teams: [] }])
    const search = (await ok('{ users(first: 10, filter: { search: "TEAM-OBS" }) { nodes { globalRole teams { role team { name } } } } }')).users.nodes
    assert.deepEqual(search, [{ globalRole: null, teams: [{ role: 'OBSERVER', team: { name: 'Laptops' } }] }])
    assert.equal((await ok('{ teams(first: 10, filter: { search: "lap" }, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount } }')).teams.totalCount, 1)
  })

  it('keeps REST roles lowercase in /users and /me', async () => {
    const list = await doJSON(base, 'GET', '/api/latest/fleet/users', undefined, 200, admin)
    const obs = list.body.users.find((u: any) => u.email === 'team-observer@example.com')
    assert.equal(obs.global_role, null)
    assert.deepEqual(obs.teams.map((t: any) => t.role), ['observer'])
    assert.equal(list.body.users.find((u: any) => u.email === 'admin@example.com').global_role, 'admin')
    const me = await doJSON(base, 'GET', '/api/latest/fleet/me', undefined, 200, admin)
    assert.equal(me.body.user.global_role, 'admin')
  })

  // Last: it renames a host, and puts the name back.
  it("reads a label's members in hostname order, following a host's rename (Label.hosts and the label filter)", async () => {
    await doJSON(base, 'POST', '/api/latest/fleet/spec/labels', { specs: [{ name: 'Picked', query: '', label_membership_type: 'manual', hosts: ['same-b', 'same-c'] }] }, 200, admin)
    const label = (await ok('{ labelList { id name } }')).labelList.find((l: any) => l.name === 'Picked')
    const LABEL_HOSTS = 'query($id: ID!) { node(id: $id) { ... on Label { hosts(first: 100) { totalCount nodes { id hostname } } } } }'
    const views = async () => {
      const nested = (await ok(LABEL_HOSTS, { id: label.id })).node.hosts
      const filtered = (await ok(PAGE, { first: 100, filter: { labelId: label.id } })).hosts
      assert.deepEqual(filtered.nodes.map((h: any) => h.id), nested.nodes.map((h: any) => h.id), 'both views, one order')
      assert.equal(filtered.totalCount, nested.totalCount)
      return nested as { totalCount: number; nodes: { id: string; hostname: string }[] }
    }
    const sorted = (names: string[]) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

    const members = await views()
    assert.equal(members.totalCount, 6)
    const names = members.nodes.map((h) => h.hostname)
    assert.deepEqual(names, sorted(names))
    assert.deepEqual([...new Set(names)], ['same-b', 'same-c'])

    // host-1 (a member named same-b, team Laptops) enrolls again under other names.
    await enroll('laptops-secret', 'host-1', 'zzz-renamed', 'darwin')
    const last = (await views()).nodes
    assert.deepEqual(last.map((h) => h.hostname), [...names.filter((_, i) => i !== 0), 'zzz-renamed'].sort())
    assert.equal(last.at(-1)!.id, members.nodes[0]!.id)
    await enroll('laptops-secret', 'host-1', 'aaa-renamed', 'darwin')
    const first = (await views()).nodes
    assert.equal(first[0]!.hostname, 'aaa-renamed')
    assert.equal(first[0]!.id, members.nodes[0]!.id)
    await enroll('laptops-secret', 'host-1', 'same-b', 'darwin')
    assert.deepEqual((await views()).nodes.map((h) => h.id), members.nodes.map((h) => h.id))
  })
})
