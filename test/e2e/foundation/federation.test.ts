// One federated schema at /graphql: queries that cross subgraphs, errors that
// keep their code through the gateway, and subscriptions that flow through the
// gateway with other subgraphs' fields resolved per event.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql, subscribe, wsClient } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

describe('federated GraphQL', () => {
  let stack: TestStack
  let base: string
  let admin: string
  const hostIds: Record<string, string> = {}

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
    for (const name of ['alpha.local', 'bravo.local', 'charlie.local']) await enrollHost(base, name)
    const r = await gql(base, '{ hostList { id hostname } }', undefined, admin)
    for (const h of r.data!.hostList) hostIds[h.hostname] = h.id
  })
  after(async () => { await stack.stop() })

  it('Query.hosts lists enrolled hosts with their status', async () => {
    const r = await gql(base, '{ hostList { id hostname status platform osVersion } }', undefined, admin)
    assert.equal(r.errors, undefined)
    assert.deepEqual(r.data!.hostList.map((h: any) => h.hostname), ['alpha.local', 'bravo.local', 'charlie.local'])
    for (const h of r.data!.hostList) {
      assert.ok(['ONLINE', 'OFFLINE', 'MIA', 'NEW'].includes(h.status), h.status)
      assert.equal(h.osVersion, 'Ubuntu 22.04')
    }
  })

  it('re-enrolling the same identifier updates the host instead of adding one', async () => {
    await enrollHost(base, 'alpha.local')
    const r = await gql(base, '{ hostList { hostname } }', undefined, admin)
    assert.equal(r.data!.hostList.length, 3)
  })

  it('an unknown enroll secret is a 401 in osquery\'s shape', async () => {
    const r = await doJSON(base, 'POST', '/api/v1/osquery/enroll', { enroll_secret: 'wrong', host_identifier: 'x' }, 401)
    assert.equal(r.body.node_invalid, true)
    assert.match(r.body.error, /enroll failed/)
  })

  it('Pack.hosts crosses from packs-and-queries into inventory', async () => {
    const created = await gql(base, `mutation($input: CreatePackInput!) { createPack(input: $input) { id name hostIds } }`,
      { input: { name: 'linux pack', description: 'd', hostIds: [hostIds['alpha.local'], hostIds['charlie.local']] } }, admin)
    assert.equal(created.errors, undefined, JSON.stringify(created.errors))
    const r = await gql(base, '{ packs { id name hosts { id hostname status } } }', undefined, admin)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    const pack = r.data!.packs.find((p: any) => p.name === 'linux pack')
    assert.deepEqual(pack.hosts.map((h: any) => h.hostname), ['alpha.local', 'charlie.local'])
    assert.ok(pack.hosts.every((h: any) => typeof h.status === 'string'))
  })

  it('errors keep their registry code and gain the subgraph name through the gateway', async () => {
    const fromInventory = await gql(base, '{ host(id: "999999") { id } }', undefined, admin)
    assert.equal(fromInventory.errors?.[0]?.extensions?.code, 'NOT_FOUND')
    assert.match(fromInventory.errors?.[0]?.extensions?.uuid, /^[0-9a-f-]{36}$/)
    const fromPacks = await gql(base, '{ pack(id: "999999") { id } }', undefined, admin)
    assert.equal(fromPacks.errors?.[0]?.extensions?.code, 'NOT_FOUND')
    const fromCampaigns = await gql(base, '{ campaign(id: "999999") { id } }', undefined, admin)
    assert.equal(fromCampaigns.errors?.[0]?.extensions?.code, 'NOT_FOUND')
    const dup = await gql(base, 'mutation { createPack(input: {name: "linux pack"}) { id } }', undefined, admin)
    assert.equal(dup.errors?.[0]?.extensions?.code, 'ALREADY_EXISTS')
  })

  it('roles are enforced inside the subgraph: observers read packs but cannot create them', async () => {
    const obs = await createUser(base, admin, 'observer')
    const read = await gql(base, '{ packs { name } mdmApple { enabledAndConfigured } }', undefined, obs.token)
    assert.equal(read.errors, undefined)
    const write = await gql(base, 'mutation { createPack(input: {name: "nope"}) { id } }', undefined, obs.token)
    assert.equal(write.errors?.[0]?.extensions?.code, 'FORBIDDEN')
  })

  it('a subscription flows through the gateway and resolves inventory fields per event', async () => {
    const client = wsClient(base, admin)
    const sub = subscribe(client, 'subscription { packEvents { kind pack { name hosts { hostname } } } }')
    // The subscription is established before the event: retry creating until an event arrives.
    let n = 0
    const events = await (async () => {
      for (;;) {
        const name = `live pack ${n++}`
        await gql(base, `mutation($input: CreatePackInput!) { createPack(input: $input) { id } }`, { input: { name, hostIds: [hostIds['bravo.local']] } }, admin)
        try { return await sub.next(1, 1000) } catch { if (n > 10) throw new Error('no subscription event') }
      }
    })()
    const ev = events[0]
    assert.equal(ev.errors, undefined, JSON.stringify(ev.errors))
    assert.equal(ev.data.packEvents.kind, 'created')
    assert.match(ev.data.packEvents.pack.name, /^live pack/)
    assert.deepEqual(ev.data.packEvents.pack.hosts, [{ hostname: 'bravo.local' }])
    sub.unsubscribe()
    await client.dispose()
  })
})
