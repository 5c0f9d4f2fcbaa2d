// osquery's config request carries the host's packs: those targeting the host, its team, or (while
// the pack is enabled) a label it belongs to. The agent API caches pack definitions between config
// requests; every change to packs, schedules or queries reaches the next request once the database's
// notification is heard (a round trip), long before the cache's time to live.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, eventually, gql } from '../../support/client.js'
import { enrollHost, setupInstance } from '../../support/fleet.js'

describe('packs in the osquery config', () => {
  let stack: TestStack
  let base: string
  let admin: string
  const hosts: Record<string, { nodeKey: string; id: string }> = {}
  const op = async (query: string, variables?: Record<string, unknown>) => {
    const r = await gql(base, query, variables, admin)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  const packsOf = async (host: string) => (await doJSON(base, 'POST', '/api/v1/osquery/config', { node_key: hosts[host].nodeKey }, 200)).body.packs

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    admin = (await setupInstance(base)).token
    for (const name of ['pack-a', 'pack-b']) hosts[name] = { nodeKey: await enrollHost(base, name), id: '' }
    for (const h of (await op('{ hostList { id hostname } }')).hostList) if (hosts[h.hostname]) hosts[h.hostname].id = h.id
    await op('mutation { applyQuerySpecs(specs: [{ name: "uptime", query: "SELECT * FROM uptime" }]) }')
  })
  after(async () => { await stack.stop() })

  it('sends a host its own packs, and each change to the schedule or the query at once', async () => {
    assert.deepEqual(await packsOf('pack-a'), {})
    const queryId = (await op('{ savedQuery(name: "uptime") { id } }')).savedQuery.id
    const packId = (await op('mutation($i: CreatePackInput!) { createPack(input: $i) { id } }', { i: { name: 'host pack', hostIds: [hosts['pack-a'].id] } })).createPack.id
    const sq = (await op('mutation($i: ScheduleQueryInput!) { scheduleQuery(input: $i) { id } }', { i: { packId, queryId, interval: 60, snapshot: true } })).scheduleQuery.id
    await eventually(async () => assert.deepEqual(await packsOf('pack-a'), { 'host pack': { queries: { uptime: { query: 'SELECT * FROM uptime', interval: 60, platform: '', version: '', snapshot: true } } } }))
    assert.deepEqual(await packsOf('pack-b'), {})

    await op('mutation($id: ID!) { updateScheduledQuery(id: $id, input: { interval: 120 }) { id } }', { id: sq })
    await eventually(async () => assert.equal((await packsOf('pack-a'))['host pack'].queries.uptime.interval, 120))
    await op('mutation { applyQuerySpecs(specs: [{ name: "uptime", query: "SELECT total_seconds FROM uptime" }]) }')
    await eventually(async () => assert.equal((await packsOf('pack-a'))['host pack'].queries.uptime.query, 'SELECT total_seconds FROM uptime'))
    await op('mutation($id: ID!) { deleteScheduledQuery(id: $id) }', { id: sq })
    await eventually(async () => assert.deepEqual(await packsOf('pack-a'), {}))
    await op('mutation($id: ID!) { deletePackById(id: $id) }', { id: packId })
  })

  it("sends a label's packs to its members while the pack is enabled", async () => {
    // pack-b answers its label queries: a row means it belongs to the label
    const asked = Object.keys((await doJSON(base, 'POST', '/api/v1/osquery/distributed/read', { node_key: hosts['pack-b'].nodeKey }, 200)).body.queries)
      .filter((q) => q.startsWith('fleet_label_query_'))
    await doJSON(base, 'POST', '/api/v1/osquery/distributed/write', {
      node_key: hosts['pack-b'].nodeKey, queries: Object.fromEntries(asked.map((q) => [q, [{ member: '1' }]])), statuses: Object.fromEntries(asked.map((q) => [q, 0])), messages: {},
    }, 200)
    const ubuntu = (await op('{ labelList { id: databaseId name } }')).labelList.find((l: any) => l.name === 'Ubuntu Linux')
    assert.ok(ubuntu && asked.includes(`fleet_label_query_${ubuntu.id}`), 'the host is asked the Ubuntu label')
    await op(`mutation { applyPackSpecs(specs: [{ name: "label pack", platform: "linux", targets: { labels: ["Ubuntu Linux"] },
      queries: [{ query: "uptime", name: "label-uptime", interval: 300 }] }]) }`)
    const packs = await eventually(async () => { const p = await packsOf('pack-b'); assert.deepEqual(Object.keys(p), ['label pack']); return p })
    assert.equal(packs['label pack'].platform, 'linux')
    assert.equal(packs['label pack'].queries['label-uptime'].interval, 300)
    assert.deepEqual(await packsOf('pack-a'), {}, 'pack-a never answered the label query')
    const packId = (await op('{ packList { id name } }')).packList.find((p: any) => p.name === 'label pack').id
    await op('mutation($id: ID!) { updatePack(id: $id, input: { disabled: true }) { id } }', { id: packId })
    await eventually(async () => assert.deepEqual(await packsOf('pack-b'), {}))
  })
})
