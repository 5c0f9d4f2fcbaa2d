// What orbit and Fleet Desktop ask besides enrollment (issue 15): the pings and their capabilities
// header, orbit's config from the host's agent options, and the device's host with the packs that
// reach it (server/service/orbit.go, devices.go, hosts.go in fleetdm/fleet).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, checkAnswersAgainstOpenApi, doJSON, gql } from '../../support/client.js'
import { ENROLL_SECRET, setupInstance } from '../../support/fleet.js'

const CAPABILITIES = 'x-fleet-capabilities'

describe('orbit and Fleet Desktop: pings, orbit config, device host packs', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let teamId: number

  const teamOptions = (flags: Record<string, unknown>) => ({
    config: { options: { distributed_interval: 10 } },
    command_line_flags: flags,
    extensions: {
      hello_mac: { platform: 'macos', channel: 'stable' },
      hello_linux: { platform: 'linux', channel: 'stable' },
      hello_labelled: { platform: 'macos', channel: 'edge', labels: ['No such label'] },
    },
    update_channels: { orbit: 'stable', osqueryd: '5.12.1', desktop: 'edge' },
    script_execution_timeout: 600,
  })
  const applyTeam = (flags: Record<string, unknown>) =>
    doJSON(base, 'POST', '/api/latest/fleet/spec/teams', { specs: [{ name: 'Laptops', secrets: [{ secret: 'laptops-secret' }], agent_options: teamOptions(flags) }] }, 200, admin)
  const orbitEnroll = async (secret: string, uuid: string, hostname: string, platform = 'darwin') =>
    (await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: secret, hardware_uuid: uuid, hostname, platform }, 200)).body.orbit_node_key as string
  const orbitConfig = (key: unknown, status = 200) => doJSON(base, 'POST', '/api/fleet/orbit/config', { orbit_node_key: key }, status)
  /** A HEAD answer has headers only (no body to check against the OpenAPI document). */
  const head = async (path: string, status: number) => {
    const r = await fetch(base + path, { method: 'HEAD' })
    assert.equal(r.status, status, `HEAD ${path}`)
    assert.equal(await r.text(), '')
    return r.headers
  }
  const deviceToken = async (orbitNodeKey: string) => {
    const token = randomUUID()
    await doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: orbitNodeKey, device_auth_token: token }, 200)
    return token
  }

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    teamId = (await applyTeam({ verbose: true })).body.team_ids_by_name.Laptops
    // every Fleet answer below must match the served OpenAPI document
    await checkAnswersAgainstOpenApi(base, /^\/api\/(v1|latest|fleet)\//)
  })
  after(async () => { await stack.stop() })

  describe('pings', () => {
    it("answers orbit's ping (HEAD, GET, POST) with 200 and the server's orbit capabilities, unauthenticated", async () => {
      for (const method of ['HEAD', 'GET', 'POST']) {
        const r = await doJSON(base, method, '/api/fleet/orbit/ping', undefined, 200)
        assert.equal(r.headers.get(CAPABILITIES), 'orbit_endpoints,token_rotation', method)
      }
      assert.deepEqual((await doJSON(base, 'GET', '/api/fleet/orbit/ping', undefined, 200)).body, {})
    })

    it("checks Fleet Desktop's device token (HEAD and GET): 200 while valid, 401 for any other token; no capabilities, as Fleet by default", async () => {
      const token = await deviceToken(await orbitEnroll(ENROLL_SECRET, 'U-PING', 'ping.local'))
      for (const version of ['v1', 'latest']) {
        assert.equal((await head(`/api/${version}/fleet/device/${token}/ping`, 200)).get(CAPABILITIES), null)
        assert.deepEqual((await doJSON(base, 'GET', `/api/${version}/fleet/device/${token}/ping`, undefined, 200)).body, {})
      }
      await head(`/api/latest/fleet/device/${randomUUID()}/ping`, 401)
      assertFleetError((await doJSON(base, 'GET', `/api/latest/fleet/device/${randomUUID()}/ping`, undefined, 401)).body, 'Authentication required')
      await head(`/api/v9/fleet/device/${token}/ping`, 404)
    })

    it("answers Fleet Desktop's unauthenticated ping with 200", async () => {
      assert.equal((await doJSON(base, 'HEAD', '/api/fleet/device/ping', undefined, 200)).headers.get(CAPABILITIES), null)
      assert.deepEqual((await doJSON(base, 'GET', '/api/fleet/device/ping', undefined, 200)).body, {})
    })

    it('puts the orbit capabilities on orbit answers (enroll, device_token, config), which orbit reads from any of them', async () => {
      const r = await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET, hardware_uuid: 'U-CAPS' }, 200)
      assert.equal(r.headers.get(CAPABILITIES), 'orbit_endpoints,token_rotation')
      const key = r.body.orbit_node_key
      const t = await doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: key, device_auth_token: randomUUID() }, 200)
      assert.equal(t.headers.get(CAPABILITIES), 'orbit_endpoints,token_rotation')
      assert.equal((await orbitConfig(key)).headers.get(CAPABILITIES), 'orbit_endpoints,token_rotation')
    })
  })

  describe('orbit config', () => {
    it("serves the team's agent options to a host of the team: flags, extensions for its platform, update channels, script timeout", async () => {
      await applyTeam({ verbose: true })
      const key = await orbitEnroll('laptops-secret', 'U-MAC', 'mac.local', 'darwin')
      const r = await orbitConfig(key)
      assert.deepEqual(r.body, {
        script_execution_timeout: 600,
        command_line_startup_flags: { verbose: true },
        // the Linux one is not for a Mac; the labelled one needs a label the host is not in (Premium)
        extensions: { hello_mac: { platform: 'macos', channel: 'stable' } },
        notifications: {},
        update_channels: { orbit: 'stable', osqueryd: '5.12.1', desktop: 'edge' },
      })
    })

    it("shows a change of the team's agent options at orbit's next config fetch", async () => {
      const key = await orbitEnroll('laptops-secret', 'U-MAC2', 'mac2.local', 'darwin')
      await applyTeam({ verbose: false, disable_watchdog: true })
      assert.deepEqual((await orbitConfig(key)).body.command_line_startup_flags, { verbose: false, disable_watchdog: true })
      await applyTeam({ verbose: true })
      assert.deepEqual((await orbitConfig(key)).body.command_line_startup_flags, { verbose: true })
    })

    it("serves a host on no team the instance's agent options, not a team's", async () => {
      const key = await orbitEnroll(ENROLL_SECRET, 'U-GLOBAL', 'global.local', 'ubuntu')
      const r = await orbitConfig(key)
      assert.equal(r.body.command_line_startup_flags, undefined)
      assert.equal(r.body.extensions, undefined)
      assert.deepEqual(r.body.notifications, {})
    })

    it('moves with the host: a host transferred to the team gets its options', async () => {
      const key = await orbitEnroll(ENROLL_SECRET, 'U-MOVE', 'move.local', 'darwin')
      assert.equal((await orbitConfig(key)).body.command_line_startup_flags, undefined)
      const id = (await doJSON(base, 'POST', '/api/latest/fleet/hosts/search', { query: 'move.local' }, 200, admin)).body.hosts[0].id
      await doJSON(base, 'POST', '/api/latest/fleet/hosts/transfer', { team_id: teamId, hosts: [id] }, 200, admin)
      assert.deepEqual((await orbitConfig(key)).body.command_line_startup_flags, { verbose: true })
    })

    it("shows the instance's agent options written through PATCH /config (fleetctl apply of kind: config) to a host on no team", async () => {
      const key = await orbitEnroll(ENROLL_SECRET, 'U-CONFIG', 'config.local', 'ubuntu')
      const before = (await doJSON(base, 'GET', '/api/latest/fleet/config', undefined, 200, admin)).body.agent_options
      await doJSON(base, 'PATCH', '/api/latest/fleet/config', { agent_options: { ...before, command_line_flags: { enable_watchdog_debug: true } } }, 200, admin)
      assert.deepEqual((await orbitConfig(key)).body.command_line_startup_flags, { enable_watchdog_debug: true })
      // a host of the team keeps the team's
      assert.deepEqual((await orbitConfig(await orbitEnroll('laptops-secret', 'U-CONFIG-TEAM', 'config-team.local'))).body.command_line_startup_flags, { verbose: true })
      await doJSON(base, 'PATCH', '/api/latest/fleet/config', { agent_options: before }, 200, admin)
      assert.equal((await orbitConfig(key)).body.command_line_startup_flags, undefined)
    })

    it("refuses a missing or unknown orbit node key with 401 in osquery's shape (node_invalid: orbit re-enrolls)", async () => {
      for (const body of [{ orbit_node_key: 'nope' }, { orbit_node_key: '' }, {}]) {
        const r = await doJSON(base, 'POST', '/api/fleet/orbit/config', body, 401)
        assert.equal(r.body.node_invalid, true)
        assert.match(r.body.error, /orbit node key/)
        assert.equal(r.headers.get(CAPABILITIES), null)
      }
    })

    it('refuses hostile input with a 4xx in Fleet\'s shape: wrong types, malformed JSON, an oversized key, a huge body', async () => {
      assertFleetError((await orbitConfig(42, 400)).body, 'Bad request')
      assertFleetError((await orbitConfig({ $ne: null }, 400)).body, 'Bad request')
      assertFleetError((await orbitConfig('x'.repeat(1025), 400)).body, 'Bad request')
      assertFleetError((await doJSON(base, 'POST', '/api/fleet/orbit/config', '{"orbit_node_key":', 400)).body)
      assertFleetError((await doJSON(base, 'POST', '/api/fleet/orbit/config', '[]', 400)).body)
      const huge = JSON.stringify({ orbit_node_key: 'k', pad: 'x'.repeat(2 * 1024 * 1024) })
      assertFleetError((await doJSON(base, 'POST', '/api/fleet/orbit/config', huge, 413)).body)
      // and the server still answers
      await doJSON(base, 'HEAD', '/api/fleet/orbit/ping', undefined, 200)
    })
  })

  describe("the device's host with its packs", () => {
    let token: string
    let hostId: number

    before(async () => {
      const key = await orbitEnroll('laptops-secret', 'U-PACKS', 'packs.local', 'darwin')
      token = await deviceToken(key)
      hostId = (await doJSON(base, 'GET', `/api/latest/fleet/device/${token}`, undefined, 200)).body.host.id
      await doJSON(base, 'POST', '/api/v1/fleet/spec/labels', { specs: [
        { name: 'Mine', description: '', query: '', label_membership_type: 'manual', hosts: ['packs.local'] },
        { name: 'Others', description: '', query: '', label_membership_type: 'manual', hosts: [] },
      ] }, 200, admin)
      const labels = (await doJSON(base, 'GET', '/api/latest/fleet/spec/labels', undefined, 200, admin)).body.specs
      const label = (name: string) => labels.find((l: any) => l.name === name).id
      await doJSON(base, 'POST', '/api/v1/fleet/spec/queries', { specs: [
        { name: 'uptime', query: 'SELECT * FROM uptime', description: 'How long it has run' },
        { name: 'windows only', query: 'SELECT 1' },
      ] }, 200, admin)
      const queries = (await gql(base, '{ savedQueryList { id: databaseId name } }', undefined, admin)).data!.savedQueryList as { id: number; name: string }[]
      const query = (name: string) => queries.find((q) => q.name === name)!.id
      const pack = async (name: string, targets: Record<string, unknown>) =>
        (await doJSON(base, 'POST', '/api/v1/fleet/packs', { name, ...targets }, 200, admin)).body.pack.id as number
      const byLabel = await pack('by label', { label_ids: [label('Mine')], description: 'label pack' })
      await doJSON(base, 'POST', '/api/v1/fleet/schedule', { pack_id: byLabel, query_id: query('uptime'), interval: 300 }, 200, admin)
      await doJSON(base, 'POST', '/api/v1/fleet/schedule', { pack_id: byLabel, query_id: query('windows only'), interval: 60, platform: 'windows' }, 200, admin)
      await pack('by team', { team_ids: [teamId] })
      await pack('direct', { host_ids: [hostId], disabled: true }) // disabled, but targeted directly: still the host's (Fleet)
      await pack('other label', { label_ids: [label('Others')] })
      await pack('disabled by label', { label_ids: [label('Mine')], disabled: true })
      await pack('another host', { host_ids: [] })
    })

    it('lists the packs reaching the host (by label, by team, directly), not the others, in Fleet\'s host-pack shape', async () => {
      const { host } = (await doJSON(base, 'GET', `/api/latest/fleet/device/${token}`, undefined, 200)).body
      assert.deepEqual(host.packs.map((p: any) => p.name).sort(), ['by label', 'by team', 'direct'])
      const p = host.packs.find((x: any) => x.name === 'by label')
      assert.deepEqual({ ...p, id: 0, created_at: '', updated_at: '' }, {
        id: 0, created_at: '', updated_at: '', name: 'by label', description: 'label pack', disabled: false, type: null,
        label_ids: null, host_ids: null, team_ids: null,
      })
    })

    it("gives pack_stats for the packs with queries for the host's platform, zeroed until the host reports", async () => {
      const { host } = (await doJSON(base, 'GET', `/api/v1/fleet/device/${token}`, undefined, 200)).body
      assert.equal(host.pack_stats.length, 1)
      const [stats] = host.pack_stats
      assert.equal(stats.pack_name, 'by label')
      assert.equal(stats.type, 'pack')
      assert.deepEqual(stats.query_stats.map((q: any) => ({ ...q, scheduled_query_id: 0, pack_id: 0 })), [{
        scheduled_query_name: 'uptime', scheduled_query_id: 0, query_name: 'uptime', description: 'How long it has run',
        pack_name: 'by label', pack_id: 0, average_memory: 0, denylisted: false, executions: 0, interval: 300,
        last_executed: '2000-01-01T00:00:00Z', output_size: 0, system_time: 0, user_time: 0, wall_time: 0,
      }])
      assert.equal(stats.query_stats[0].pack_id, stats.pack_id)
    })

    it("drops a pack from the device's host once it no longer targets the host", async () => {
      const id = (await doJSON(base, 'GET', '/api/latest/fleet/packs', undefined, 200, admin)).body.packs.find((p: any) => p.name === 'by team').id
      await doJSON(base, 'PATCH', `/api/latest/fleet/packs/${id}`, { team_ids: [] }, 200, admin)
      const { host } = (await doJSON(base, 'GET', `/api/latest/fleet/device/${token}`, undefined, 200)).body
      assert.deepEqual(host.packs.map((p: any) => p.name).sort(), ['by label', 'direct'])
    })

    it("shows a device the packs reaching its own host only, never their targets (GraphQL)", async () => {
      const device = async (query: string) => (await fetch(`${base}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Device ${token}` }, body: JSON.stringify({ query }),
      })).json() as Promise<{ data?: any; errors?: any[] }>
      const own = await device('{ device { host { packs { name } packStats { pack { name } queryStats { queryName } } } } }')
      assert.equal(own.errors, undefined, JSON.stringify(own.errors))
      assert.ok(own.data.device.host.packs.some((p: any) => p.name === 'by label'))
      const targets = await device('{ device { host { packs { name hostIds } } } }')
      assert.equal(targets.errors?.[0]?.extensions?.code, 'FORBIDDEN')
    })

    it('keeps an empty pack_stats null and packs empty for a host no pack reaches', async () => {
      const other = await deviceToken(await orbitEnroll(ENROLL_SECRET, 'U-NOPACKS', 'nopacks.local', 'ubuntu'))
      const { host } = (await doJSON(base, 'GET', `/api/latest/fleet/device/${other}`, undefined, 200)).body
      assert.deepEqual(host.packs, [])
      assert.equal(host.pack_stats, null)
    })
  })
})
