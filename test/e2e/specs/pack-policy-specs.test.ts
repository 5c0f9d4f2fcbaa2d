// Spec "Get or apply configuration files": packs and policies.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

const fullSpec = {
  name: 'pack_1',
  description: 'Description',
  disabled: false,
  targets: { labels: ['All Hosts', 'macOS'], teams: null },
  queries: [
    { query: 'new_query', name: 'new_query', description: '', interval: 456, snapshot: false, removed: true, platform: 'windows', version: '4.5.0' },
    { query: 'osquery_events', name: 'osquery_events', description: 'events', interval: 454, snapshot: false, removed: true, platform: '', version: '' },
    { query: 'osquery_events', name: 'osquery_events-1', description: '', interval: 120, snapshot: true, removed: false, platform: '', version: '', shard: 10, denylist: true },
  ],
}

describe('pack and policy specs', () => {
  let stack: TestStack
  let base: string
  let admin: string, observer: string

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
    observer = (await createUser(base, admin, 'observer')).token
    await enrollHost(base, 'spec-host.local')
    await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [
      { name: 'new_query', query: 'SELECT 1' }, { name: 'osquery_events', query: 'SELECT name FROM osquery_events' }, { name: 'osquery_info', query: 'SELECT * FROM osquery_info' },
    ] }, 200, admin)
  })
  after(async () => { await stack.stop() })

  describe('packs', () => {
    it('applies a pack spec and reads it back equal to the input, in order', async () => {
      assert.deepEqual((await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [fullSpec] }, 200, admin)).body, {})
      const one = await doJSON(base, 'GET', '/api/v1/fleet/spec/packs/pack_1', undefined, 200, observer)
      const { id, ...rest } = one.body.specs
      assert.equal(typeof id, 'number')
      assert.deepEqual(rest, fullSpec)
      const all = await doJSON(base, 'GET', '/api/latest/fleet/spec/packs', undefined, 200, observer)
      assert.deepEqual(all.body.specs.map((s: any) => s.name), ['pack_1'])
      // the pack routes see the same pack
      const pack = await doJSON(base, 'GET', `/api/v1/fleet/packs/${id}`, undefined, 200, admin)
      assert.equal(pack.body.pack.query_count, 3)
      assert.equal(pack.body.pack.label_ids.length, 2)
    })

    it('is idempotent: applying the same spec twice changes nothing visible', async () => {
      const before = await doJSON(base, 'GET', '/api/v1/fleet/spec/packs/pack_1', undefined, 200, admin)
      await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [fullSpec] }, 200, admin)
      const after = await doJSON(base, 'GET', '/api/v1/fleet/spec/packs/pack_1', undefined, 200, admin)
      assert.deepEqual(after.body, before.body)
    })

    it('a spec with fewer queries removes the rest; host targets are replaced by the spec\'s labels', async () => {
      const id = (await doJSON(base, 'GET', '/api/v1/fleet/spec/packs/pack_1', undefined, 200, admin)).body.specs.id
      const hostId = Number((await gql(base, '{ hostList { id: databaseId } }', undefined, admin)).data!.hostList[0].id)
      await doJSON(base, 'PATCH', `/api/v1/fleet/packs/${id}`, { host_ids: [hostId] }, 200, admin)
      const smaller = { ...fullSpec, targets: { labels: ['All Hosts'], teams: null }, queries: [fullSpec.queries[1]] }
      await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [smaller] }, 200, admin)
      const got = await doJSON(base, 'GET', '/api/v1/fleet/spec/packs/pack_1', undefined, 200, admin)
      assert.deepEqual(got.body.specs.queries, [fullSpec.queries[1]])
      assert.deepEqual(got.body.specs.targets, { labels: ['All Hosts'], teams: null })
      const pack = await doJSON(base, 'GET', `/api/v1/fleet/packs/${id}`, undefined, 200, admin)
      assert.deepEqual(pack.body.pack.host_ids, [])
      assert.equal(pack.body.pack.query_count, 1)
    })

    it('a missing scheduled-query name defaults to the query name; targets may be null', async () => {
      await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [{ name: 'pack_2', targets: { labels: null, teams: null }, queries: [{ query: 'osquery_info', interval: 60 }] }] }, 200, admin)
      const got = await doJSON(base, 'GET', '/api/v1/fleet/spec/packs/pack_2', undefined, 200, admin)
      assert.deepEqual(got.body.specs.queries.map((q: any) => q.name), ['osquery_info'])
      assert.deepEqual(got.body.specs.targets, { labels: null, teams: null })
      assert.ok(!('description' in got.body.specs))
    })

    it('rejects bad pack specs and writes nothing', async () => {
      const ok = { name: 'should_not_exist', queries: [{ query: 'osquery_info', interval: 10 }] }
      const blank = await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [ok, { name: '' }] }, 400, admin)
      assert.equal(blank.body.errors[0].reason, 'pack payload verification: pack name cannot be empty')
      const interval = await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [ok, { name: 'x', queries: [{ query: 'osquery_info', interval: 0 }] }] }, 400, admin)
      assert.match(interval.body.errors[0].reason, /pack scheduled query interval/)
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [ok, { name: 'x', queries: [{ query: 'no such query', interval: 10 }] }] }, 404, admin)).body, 'Resource Not Found')
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [ok, { name: 'x', targets: { labels: ['No Such Label'] } }] }, 404, admin)).body, 'Resource Not Found')
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [{ name: 'x', queries: [{ query: 'osquery_info', interval: 10 }, { query: 'osquery_info', interval: 20 }] }] }, 409, admin)).body)
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [{ name: 'x', queries: 'all' }] }, 400, admin)).body, 'Bad request')
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/spec/packs', { specs: [ok] }, 403, observer)).body, 'Permission Denied')
      await doJSON(base, 'GET', '/api/v1/fleet/spec/packs/should_not_exist', undefined, 404, admin)
      await doJSON(base, 'GET', '/api/v1/fleet/spec/packs/x', undefined, 404, admin)
    })

    it('has a GraphQL twin', async () => {
      const r = await gql(base, 'mutation($s: [PackSpecInput!]!) { applyPackSpecs(specs: $s) }',
        { s: [{ name: "gql 'pack'", targets: { labels: ['All Hosts'] }, queries: [{ query: 'new_query', interval: 30, shard: 5 }] }] }, admin)
      assert.equal(r.errors, undefined, JSON.stringify(r.errors))
      const q = await gql(base, '{ packSpec(name: "gql \'pack\'") { name targets { labels teams } queries { name interval shard } } }', undefined, observer)
      assert.deepEqual(q.data!.packSpec, { name: "gql 'pack'", targets: { labels: ['All Hosts'], teams: null }, queries: [{ name: 'new_query', interval: 30, shard: 5 }] })
    })
  })

  describe('policies', () => {
    const policies = [
      { name: 'new policy', description: 'desc', query: 'SELECT * FROM osquery_info', resolution: 'some resolution steps here', critical: false },
      { name: 'Is FileVault enabled on macOS devices?', query: "SELECT 1 FROM disk_encryption WHERE user_uuid IS NOT '' AND filevault_status = 'on' LIMIT 1;", description: 'Checks FileVault.', resolution: 'Turn On FileVault.', platform: 'darwin', critical: true },
    ]

    it('applies policies (critical is forced off on Free) and upserts by name', async () => {
      assert.deepEqual((await doJSON(base, 'POST', '/api/v1/fleet/spec/policies', { specs: policies }, 200, admin)).body, {})
      const r = await gql(base, '{ policyList { name query description resolution platform critical teamId } }', undefined, observer)
      assert.deepEqual(r.data!.policyList, [
        { name: 'new policy', query: 'SELECT * FROM osquery_info', description: 'desc', resolution: 'some resolution steps here', platform: '', critical: false, teamId: null },
        { name: policies[1].name, query: policies[1].query, description: 'Checks FileVault.', resolution: 'Turn On FileVault.', platform: 'darwin', critical: false, teamId: null },
      ])
      // update: query changes, platform is kept (the spec says platform and team are ignored on update)
      await doJSON(base, 'POST', '/api/latest/fleet/spec/policies', { specs: [{ ...policies[1], query: 'SELECT 2', platform: 'windows' }] }, 200, admin)
      const after = await gql(base, '{ policyList { name query platform } }', undefined, admin)
      assert.deepEqual(after.data!.policyList.find((p: any) => p.name === policies[1].name), { name: policies[1].name, query: 'SELECT 2', platform: 'darwin' })
      assert.equal(after.data!.policyList.length, 2)
    })

    it('rejects bad policy specs with Fleet\'s statuses and writes nothing', async () => {
      const fine = { name: 'fine policy', query: 'SELECT 1' }
      const cases: [unknown, number, string?][] = [
        [{ specs: [fine, { name: '', query: 'SELECT 1' }] }, 400, 'policy spec payload verification: policy name cannot be empty'],
        [{ specs: [fine, { name: 'x', query: '  ' }] }, 400, 'policy spec payload verification: policy query cannot be empty'],
        [{ specs: [fine, { name: 'x', query: 'SELECT 1', platform: 'beos' }] }, 400, 'invalid policy platform'],
        [{ specs: [fine, { name: 'fine policy', query: 'SELECT 2' }] }, 400, 'duplicate policy names not allowed'],
        [{ specs: [fine, { name: 'x', query: 'SELECT 1', team: 'Ghost Team' }] }, 404],
        [{ specs: [{ name: 'x' }] }, 400],
      ]
      for (const [body, status, reason] of cases) {
        const r = await doJSON(base, 'POST', '/api/v1/fleet/spec/policies', body, status, admin)
        assertFleetError(r.body)
        if (reason) assert.equal(r.body.errors[0].reason, reason)
      }
      assertFleetError((await doJSON(base, 'POST', '/api/v1/fleet/spec/policies', { specs: [fine] }, 403, observer)).body, 'Permission Denied')
      const names = (await gql(base, '{ policyList { name } }', undefined, admin)).data!.policyList.map((p: any) => p.name)
      assert.ok(!names.includes('fine policy'))
    })

    it('has a GraphQL twin', async () => {
      const r = await gql(base, 'mutation { applyPolicySpecs(specs: [{ name: "gql policy", query: "SELECT 1", team: "No team" }]) }', undefined, admin)
      assert.equal(r.data!.applyPolicySpecs, true)
      const denied = await gql(base, 'mutation { applyPolicySpecs(specs: [{ name: "nope", query: "SELECT 1" }]) }', undefined, observer)
      assert.equal(denied.errors?.[0]?.extensions?.code, 'FORBIDDEN')
    })
  })
})
