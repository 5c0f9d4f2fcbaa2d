import { after, afterEach, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Agent } from './agent.js'
import { OsqueryClient } from './osquery-client.js'
import { SqlEngine } from './sql-engine.js'
import { Stats } from './stats.js'
import type { Platform } from './tables.js'
import { FakeFleet, eventually } from '../test/fake-fleet.js'

describe('Agent against an osquery TLS server', () => {
  let fleet: FakeFleet
  let engine: SqlEngine
  let stats: Stats
  let client: OsqueryClient
  const agents: Agent[] = []

  before(async () => { engine = await SqlEngine.create() })
  after(() => engine.close())
  afterEach(async () => {
    for (const a of agents.splice(0)) a.stop()
    client.close()
    await fleet.close()
  })

  async function startAgent(platform: Platform = 'darwin', setup: (f: FakeFleet) => void = () => {}): Promise<Agent> {
    fleet = await FakeFleet.start()
    setup(fleet)
    stats = new Stats()
    client = new OsqueryClient({ server: fleet.url, insecure: false, concurrency: 4, timeoutMs: 5_000 }, stats)
    const agent = new Agent({
      seed: 1, index: 3, platform, enrollSecret: 'secret', distributedInterval: 1, configInterval: 60, loggerInterval: 1,
      epochSeconds: 1_700_000_000, retry: { baseMs: 20 },
    }, { client, engine, stats })
    agents.push(agent)
    void agent.start()
    await eventually(() => agent.enrolled)
    return agent
  }

  it('enrolls the way osquery does: secret, identifier, platform mask and string host_details', async () => {
    const agent = await startAgent('darwin')
    const [enroll] = fleet.of('/api/v1/osquery/enroll')
    assert.equal(enroll.userAgent, 'osquery/5.12.1')
    assert.equal(enroll.body.enroll_secret, 'secret')
    assert.equal(enroll.body.host_identifier, agent.host.identity.uuid)
    assert.equal(enroll.body.platform_type, '21')
    assert.deepEqual(Object.keys(enroll.body.host_details).sort(), ['os_version', 'osquery_info', 'platform_info', 'system_info'])
    assert.equal(enroll.body.host_details.system_info.hostname, agent.host.identity.hostname)
    assert.equal(enroll.body.host_details.os_version.platform, 'darwin')
    for (const table of Object.values(enroll.body.host_details) as Record<string, unknown>[]) for (const v of Object.values(table)) assert.equal(typeof v, 'string')
  })

  it('answers distributed queries by running their SQL, reporting SQL errors as osquery does', async () => {
    const agent = await startAgent('windows')
    fleet.pending.set(agent.identifier, { fleet_distributed_query_7: 'SELECT hostname FROM system_info', fleet_distributed_query_8: 'SELECT * FROM nope' })
    const write = await eventually(() => fleet.of('/api/v1/osquery/distributed/write')[0])
    assert.deepEqual(write.body.queries, { fleet_distributed_query_7: [{ hostname: agent.host.identity.hostname }], fleet_distributed_query_8: [] })
    assert.deepEqual(write.body.statuses, { fleet_distributed_query_7: 0, fleet_distributed_query_8: 1 })
    assert.deepEqual(write.body.messages, { fleet_distributed_query_8: 'no such table: nope' })
    assert.deepEqual(Object.keys(write.body.stats.fleet_distributed_query_7).sort(), ['memory', 'system_time', 'user_time', 'wall_time_ms'])
    await eventually(() => stats.liveQueries === 2)
  })

  it('re-enrolls when the server answers node_invalid', async () => {
    const agent = await startAgent('ubuntu')
    fleet.nodeKeys.clear()
    // config and distributed loops may both meet the 401 before the new key arrives: at least one re-enrollment
    await eventually(() => stats.reenrollments >= 1 && agent.enrolled)
    assert.equal(fleet.of('/api/v1/osquery/enroll').length, 1 + stats.reenrollments)
    assert.equal(stats.enrolled, 1)
  })

  it('keeps polling when config and log answer 404, counting them as errors', async () => {
    await startAgent('centos', (f) => { f.missingRoutes.add('/api/v1/osquery/config'); f.missingRoutes.add('/api/v1/osquery/log') })
    await eventually(() => fleet.of('/api/v1/osquery/distributed/read').length >= 2)
    assert.ok(stats.errors.config >= 3, `config errors: ${stats.errors.config}`)
    assert.ok(stats.errorReasons.get('config 404')! >= 3)
  })

  it('applies the config: intervals show in osquery_flags and pack queries are logged as results', async () => {
    const agent = await startAgent('ubuntu', (f) => {
      f.config = {
        options: { distributed_interval: 2, logger_tls_period: 1, config_refresh: 30, pack_delimiter: '/' },
        decorators: { load: ['SELECT uuid AS host_uuid FROM system_info'] },
        packs: { Global: { queries: { os: { query: 'SELECT name, platform FROM os_version', interval: 1 } } } },
      }
    })
    const log = await eventually(() => fleet.of('/api/v1/osquery/log').find((r) => r.body.log_type === 'result'), 15_000)
    const line = log.body.data[0]
    assert.equal(line.name, 'pack/Global/os')
    assert.equal(line.action, 'added')
    assert.deepEqual(line.columns, { name: agent.host.identity.os.name, platform: 'ubuntu' })
    assert.deepEqual(line.decorations, { host_uuid: agent.identifier })
    assert.equal(line.hostIdentifier, agent.identifier)
    const flags = engine.query(agent.host, "SELECT name, value FROM osquery_flags WHERE name IN ('distributed_interval', 'config_refresh', 'logger_tls_period') ORDER BY name")
    assert.deepEqual(flags.rows, [{ name: 'config_refresh', value: '30' }, { name: 'distributed_interval', value: '2' }, { name: 'logger_tls_period', value: '1' }])
    const status = fleet.of('/api/v1/osquery/log').find((r) => r.body.log_type === 'status')
    assert.ok(status?.body.data.some((l: any) => /osqueryd started/.test(l.message)))
  })
})
