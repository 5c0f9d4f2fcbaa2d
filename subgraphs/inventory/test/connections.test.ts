// Every edge of the inventory graph batches: a page of 50 parents costs the same few SQL statements
// as a page of 1 (hosts → labels, labels → hosts, teams → hosts/users/enroll secrets, users → teams,
// User references).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inventory } from '@fleetgraph/subgraph-inventory'
import { startSubgraphs, type SubgraphsUnderTest } from '../../../test/support/subgraph.js'

const N = 50

describe('inventory connections: N+1', () => {
  let sg: SubgraphsUnderTest
  let token: string

  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const r = await sg.gql('inventory', query, variables, token)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  /** The statements one operation costs. */
  const cost = async (query: string, variables?: Record<string, unknown>) => {
    sg.resetQueries()
    const data = await ok(query, variables)
    return { data, statements: sg.queries.length, sql: sg.queries.join('\n') }
  }
  /** 1 parent and N parents cost the same, at most `max` statements. */
  const flat = async (query: (n: number) => string, max: number, check?: (data: any) => void) => {
    const one = await cost(query(1))
    const many = await cost(query(N))
    check?.(many.data)
    assert.ok(many.statements <= max, `expected ≤ ${max} statements, got ${many.statements}:\n${many.sql}`)
    assert.equal(many.statements, one.statements, `1 parent: ${one.statements} statements, ${N} parents: ${many.statements}\n${many.sql}`)
  }

  before(async () => {
    sg = await startSubgraphs([inventory])
    const setup = await sg.gql('inventory', `mutation { setup(input: {
      admin: { name: "A", email: "a@example.com", password: "correct horse 1!" },
      orgInfo: { orgName: "Acme" }, serverUrl: "https://fleet.example.com", osqueryEnrollSecret: "global-secret" }) { token } }`)
    token = setup.data!.setup.token
    await sg.exec(`UPDATE app_config SET license_tier = 'premium'`) // teams are premium; the launcher sets this from LICENSE_TIER
    const teams = Array.from({ length: N }, (_, i) => ({ name: `team-${String(i).padStart(2, '0')}`, secrets: [`team-secret-${i}`] }))
    const applied = await ok('mutation($s: [TeamSpecInput!]!) { applyTeamSpecs(specs: $s) { id name } }', { s: teams })
    for (let i = 0; i < N; i++) {
      for (const j of [0, 1]) {
        const r = await sg.gql('inventory', 'mutation($i: EnrollAgentInput!) { enrollAgent(input: $i) { hostId } }',
          { i: { enrollSecret: `team-secret-${i}`, hostIdentifier: `h${i}-${j}`, hostDetails: { system_info: { hostname: `host-${i}-${j}` } } } })
        assert.equal(r.errors, undefined, JSON.stringify(r.errors))
      }
    }
    await ok('mutation($s: [LabelSpecInput!]!) { applyLabelSpecs(specs: $s) }', {
      s: Array.from({ length: N }, (_, i) => ({ name: `manual-${String(i).padStart(2, '0')}`, labelMembershipType: 'manual', hosts: [`host-${i}-0`, `host-${(i + 1) % N}-1`] })),
    })
    // 10 users (password hashing is slow), each an observer of 5 teams: every team has one member.
    for (let i = 0; i < N / 5; i++) {
      const roles = [0, 1, 2, 3, 4].map((k) => ({ teamId: applied.applyTeamSpecs[i * 5 + k].id, role: 'observer' }))
      await ok('mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }', { i: { name: `user-${i}`, email: `user-${i}@example.com`, password: 'correct horse 1!', teams: roles } })
    }
    await ok('{ me { id } }') // the session lookup is cached briefly
  })
  after(async () => { await sg.close() })

  it('hosts: a page with totalCount is 2 statements, whatever its size', async () => {
    await flat((n) => `{ hosts(first: ${n}) { totalCount nodes { hostname status } } }`, 2, (d) => assert.equal(d.hosts.totalCount, 2 * N))
  })

  it('Host.labels: one statement for the labels of every host of a page', async () => {
    await flat((n) => `{ hosts(first: ${n}, filter: { search: "-0" }) { nodes { labels { name labelType labelMembershipType } } } }`, 2,
      (d) => assert.ok(d.hosts.nodes.every((h: any) => h.labels.some((l: any) => l.labelMembershipType === 'MANUAL'))))
  })

  it('Label.hosts: one statement for the member pages of every label of a page (and one for their counts)', async () => {
    await flat((n) => `{ labels(first: ${n}, filter: { membershipType: MANUAL }) { nodes { name hosts(first: 5) { totalCount pageInfo { hasNextPage } nodes { hostname } } } } }`, 3, (d) => {
      assert.equal(d.labels.nodes.length, N)
      assert.ok(d.labels.nodes.every((l: any) => l.hosts.totalCount === 2 && l.hosts.nodes.length === 2))
    })
  })

  it('Team.hosts, Team.users and Team.enrollSecrets: one statement each for every team of a page', async () => {
    await flat((n) => `{ teams(first: ${n}) { nodes { name hosts(first: 1) { totalCount nodes { hostname } } users(first: 5) { totalCount nodes { email } } enrollSecrets { secret } } } }`, 6, (d) => {
      assert.equal(d.teams.nodes.length, N)
      for (const t of d.teams.nodes) {
        assert.equal(t.hosts.totalCount, 2)
        assert.equal(t.hosts.nodes.length, 1)
        assert.equal(t.users.totalCount, 1)
        assert.equal(t.enrollSecrets.length, 1)
      }
    })
  })

  it('User.teams: one statement for the teams of every user of a page', async () => {
    await flat((n) => `{ users(first: ${n}, filter: { search: "user-" }) { nodes { email teams { role team { name } } } } }`, 2,
      (d) => assert.ok(d.users.nodes.length === N / 5 && d.users.nodes.every((u: any) => u.teams.length === 5 && u.teams[0].role === 'OBSERVER')))
  })

  it('resolves 50 User references with one statement', async () => {
    const known = (await ok(`{ users(first: ${N}) { nodes { id } } }`)).users.nodes.map((u: any) => u.id)
    const ids = Array.from({ length: N }, (_, i) => known[i % known.length])
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { email } } }`
    const { data, statements, sql } = await cost(q, { r: ids.map((id: string) => ({ __typename: 'User', id })) })
    assert.equal(data._entities.length, N)
    assert.ok(data._entities.every((u: any) => u?.email))
    assert.ok(statements <= 1, `expected ≤ 1 statement, got ${statements}:\n${sql}`)
  })
})
