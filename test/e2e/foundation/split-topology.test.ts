// The gateway in its own process, the subgraphs in another: every subgraph
// fetch is HTTP and subscriptions reach the owning subgraph over graphql-ws,
// with the caller's identity forwarded on both.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freshDatabase, realServices, startStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql, subscribe, wsClient } from '../../support/client.js'
import { createUser, enrollHost, setupInstance } from '../../support/fleet.js'

describe('gateway and subgraphs in separate processes', () => {
  let subgraphs: TestStack, gateway: TestStack
  let base: string, admin: string, nodeKey: string
  let db: Awaited<ReturnType<typeof freshDatabase>> | undefined
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fleetgraph-split-'))

  before(async () => {
    const { databaseUrl, redisUrl } = realServices()
    db = databaseUrl ? await freshDatabase(databaseUrl) : undefined
    subgraphs = await startStack({ SERVICES: 'inventory,packs-and-queries,mdm,campaigns,agent-api', DATA_DIR: dataDir, DATABASE_URL: db?.url ?? '', REDIS_URL: redisUrl ?? '' })
    gateway = await startStack({
      SERVICES: 'gateway', DATABASE_URL: '', REDIS_URL: '',
      INVENTORY_URL: subgraphs.subgraphs.inventory, PACKS_AND_QUERIES_URL: subgraphs.subgraphs['packs-and-queries'],
      MDM_URL: subgraphs.subgraphs.mdm, CAMPAIGNS_URL: subgraphs.subgraphs.campaigns, AGENT_API_URL: subgraphs.subgraphs['agent-api'],
    })
    base = gateway.url
    admin = (await setupInstance(base)).token
    nodeKey = await enrollHost(base, 'split-host.local')
  })
  after(async () => {
    assert.equal(await gateway.stop(), 0)
    assert.equal(await subgraphs.stop(), 0)
    await db?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('/healthz checks every subgraph over HTTP', async () => {
    const r = await doJSON(base, 'GET', '/healthz', undefined, 200)
    assert.equal(r.body.ok, true)
  })

  it('osquery agents check in through the gateway process; their routes are served by the agent API', async () => {
    const read = await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: nodeKey }, 200)
    assert.ok(Object.keys(read.body.queries).some((q) => q.startsWith('fleet_detail_query_')), JSON.stringify(read.body))
    await doJSON(base, 'POST', '/api/osquery/distributed/write', {
      node_key: nodeKey, queries: { fleet_detail_query_os_version: [{ name: 'Ubuntu', version: '24.04', major: '24', minor: '4', platform: 'ubuntu' }] }, statuses: {},
    }, 200)
    const host = await gql(base, '{ hostList { osVersion } }', undefined, admin)
    assert.deepEqual(host.data!.hostList, [{ osVersion: 'Ubuntu 24.04' }])
    const config = await doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: nodeKey }, 200)
    assert.equal(typeof config.body.packs, 'object')
    const bad = await doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: 'nope' }, 401)
    assert.deepEqual({ ...bad.body, uuid: undefined }, { error: 'authentication error: invalid node key', node_invalid: true, uuid: undefined })
  })

  it('REST and cross-subgraph GraphQL work over HTTP, with roles enforced in the subgraphs', async () => {
    const obs = await createUser(base, admin, 'observer')
    const hosts = await gql(base, '{ hostList { id hostname } }', undefined, obs.token)
    const hostId = hosts.data!.hostList[0].id
    const denied = await gql(base, 'mutation($i: CreatePackInput!) { createPack(input: $i) { id } }', { i: { name: 'p', hostIds: [hostId] } }, obs.token)
    assert.equal(denied.errors?.[0]?.extensions?.code, 'FORBIDDEN')
    await gql(base, 'mutation($i: CreatePackInput!) { createPack(input: $i) { id } }', { i: { name: 'split pack', hostIds: [hostId] } }, admin)
    const packs = await gql(base, '{ packs { name hosts { hostname status } } }', undefined, obs.token)
    assert.equal(packs.errors, undefined, JSON.stringify(packs.errors))
    assert.deepEqual(packs.data!.packs.map((p: any) => p.hosts.map((h: any) => h.hostname)), [['split-host.local']])
  })

  it('a subscription is forwarded over graphql-ws with the caller identity; entity fields resolve per event', async () => {
    const hostId = (await gql(base, '{ hostList { id } }', undefined, admin)).data!.hostList[0].id
    const anon = wsClient(base)
    const refused = subscribe(anon, 'subscription { packEvents { kind } }')
    await refused.next(1, 5000).catch(() => {})
    const code = (refused.error as any)?.[0]?.extensions?.code ?? refused.events[0]?.errors?.[0]?.extensions?.code
    assert.equal(code, 'UNAUTHENTICATED')
    await anon.dispose()

    const client = wsClient(base, admin)
    const sub = subscribe(client, 'subscription { packEvents { kind pack { name hosts { hostname } } } }')
    let n = 0
    const events = await (async () => {
      for (;;) {
        await gql(base, 'mutation($i: CreatePackInput!) { createPack(input: $i) { id } }', { i: { name: `ws pack ${n++}`, hostIds: [hostId] } }, admin)
        try { return await sub.next(1, 1000) } catch { if (n > 10) throw new Error('no subscription event') }
      }
    })()
    assert.equal(events[0].errors, undefined, JSON.stringify(events[0].errors))
    assert.deepEqual(events[0].data.packEvents.pack.hosts, [{ hostname: 'split-host.local' }])
    sub.unsubscribe()
    await client.dispose()
  })
})
