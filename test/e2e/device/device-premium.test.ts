// Fleet Desktop on Fleet Premium: the tray summary and the device's policies,
// with pass/fail from the agent's real distributed/write answers (policy
// results live in packs-and-queries; the Host fields come through the gateway),
// the custom transparency link, and the MDM migration webhook once Apple MDM is
// set up through the public routes (delivered to a receiver in this process).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, doJSON, gql } from '../../support/client.js'
import { ENROLL_SECRET, enrollHost, setupInstance } from '../../support/fleet.js'

describe('device routes (Fleet Premium)', () => {
  let stack: TestStack
  let base: string
  let admin: string
  let nodeKey: string
  let token: string
  let otherToken: string
  const ids: Record<string, number> = {}
  const dev = (path = '', t = token) => `/api/latest/fleet/device/${t}${path}`
  const agent = (path: string, body: unknown) => doJSON(base, 'POST', `/api/v1/osquery/${path}`, body, 200)
  const tokenFor = async (uuid: string) => {
    const key = (await doJSON(base, 'POST', '/api/fleet/orbit/enroll', { enroll_secret: ENROLL_SECRET, hardware_uuid: uuid }, 200)).body.orbit_node_key
    const t = randomUUID()
    await doJSON(base, 'POST', '/api/fleet/orbit/device_token', { orbit_node_key: key, device_auth_token: t }, 200)
    return t
  }

  before(async () => {
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    admin = (await setupInstance(base)).token
    await doJSON(base, 'POST', '/api/latest/fleet/spec/policies', {
      specs: [
        { name: 'disk encrypted', query: 'SELECT 1 FROM disk_encryption WHERE encrypted = 1;', description: 'Encrypt the disk', resolution: 'Turn on encryption', platform: 'linux' },
        { name: 'firewall on', query: 'SELECT 1 FROM firewall;', critical: true },
        { name: 'not answered', query: 'SELECT 1 FROM nothing;' },
        { name: 'mac only', query: 'SELECT 1;', platform: 'darwin' },
      ],
    }, 200, admin)
    for (const p of (await gql(base, '{ policyList { id: databaseId name } }', undefined, admin)).data!.policyList) ids[p.name] = Number(p.id)
    nodeKey = await enrollHost(base, 'prem.local') // ubuntu
    token = await tokenFor('uuid-prem.local')
    await enrollHost(base, 'other.local')
    otherToken = await tokenFor('uuid-other.local')
  })
  after(async () => { await stack.stop() })

  it("asks the host its platform's policies and records its answers: the device sees pass, fail and ''", async () => {
    const read = await agent('distributed/read', { node_key: nodeKey })
    const asked = Object.keys(read.body.queries).filter((q) => q.startsWith('fleet_policy_query_'))
    assert.deepEqual(asked.sort(), [ids['disk encrypted'], ids['firewall on'], ids['not answered']].map((id) => `fleet_policy_query_${id}`).sort())
    await agent('distributed/write', {
      node_key: nodeKey,
      queries: { [`fleet_policy_query_${ids['disk encrypted']}`]: [{ '1': '1' }], [`fleet_policy_query_${ids['firewall on']}`]: [] },
      statuses: { [`fleet_policy_query_${ids['disk encrypted']}`]: 0, [`fleet_policy_query_${ids['firewall on']}`]: 0 },
      messages: {},
    })
    const r = await doJSON(base, 'GET', dev('/policies'), undefined, 200)
    assert.deepEqual(r.body, {
      policies: [
        { id: ids['disk encrypted'], name: 'disk encrypted', query: 'SELECT 1 FROM disk_encryption WHERE encrypted = 1;', description: 'Encrypt the disk', resolution: 'Turn on encryption', platform: 'linux', critical: false, response: 'pass' },
        { id: ids['firewall on'], name: 'firewall on', query: 'SELECT 1 FROM firewall;', description: '', resolution: '', platform: '', critical: true, response: 'fail' },
        { id: ids['not answered'], name: 'not answered', query: 'SELECT 1 FROM nothing;', description: '', resolution: '', platform: '', critical: false, response: '' },
      ],
    })
  })

  it('GET /device/{token}/desktop: the failing policy count from those answers, notifications and org info', async () => {
    const r = await doJSON(base, 'GET', dev('/desktop'), undefined, 200)
    assert.deepEqual(r.body, {
      failing_policies_count: 1,
      self_service: false,
      notifications: { needs_mdm_migration: false, renew_enrollment_profile: false },
      config: {
        org_info: { org_name: 'Acme', org_logo_url: '', org_logo_url_light_background: '', contact_url: 'https://fleetdm.com/company/contact' },
        mdm: { macos_migration: { mode: '' } },
      },
    })
    // another device has answered nothing: it fails nothing
    assert.equal((await doJSON(base, 'GET', dev('/desktop', otherToken), undefined, 200)).body.failing_policies_count, 0)
    assert.deepEqual((await doJSON(base, 'GET', dev('/policies', otherToken), undefined, 200)).body.policies.map((p: any) => p.response), ['', '', ''])
  })

  it('users read the same policy results on the host, through GraphQL', async () => {
    const hostId = (await doJSON(base, 'GET', dev(), undefined, 200)).body.host.id
    const g = await gql(base, 'query($id: ID!) { host(id: $id) { failingPolicyCount policies { name response } } }', { id: String(hostId) }, admin)
    assert.equal(g.errors, undefined, JSON.stringify(g.errors))
    assert.equal(g.data!.host.failingPolicyCount, 1)
    assert.deepEqual(g.data!.host.policies.map((p: any) => `${p.name}:${p.response}`), ['disk encrypted:PASSING', 'firewall on:FAILING', 'not answered:null'])
  })

  it('GET /device/{token}: license premium', async () => {
    assert.equal((await doJSON(base, 'GET', dev(), undefined, 200)).body.license.tier, 'premium')
  })

  it("GET /device/{token}/transparency: 307 to Fleet's page while no custom URL is set", async () => {
    const r = await fetch(base + dev('/transparency'), { redirect: 'manual' })
    assert.equal(r.status, 307)
    assert.equal(r.headers.get('location'), 'https://fleetdm.com/transparency')
  })

  it("POST /device/{token}/migrate_mdm: Fleet's 400 while MDM is not set up", async () => {
    const r = await doJSON(base, 'POST', dev('/migrate_mdm'), undefined, 400)
    assertFleetError(r.body)
    assert.match(r.body.errors[0].reason, /^MDM features aren't turned on in Fleet/)
  })

  it('GET /device/{token}/transparency: 307 to the custom URL once an admin sets one', async () => {
    const set = await gql(base, 'mutation($u: String!) { updateAppConfig(input: { transparencyUrl: $u }) { transparencyUrl } }', { u: 'https://acme.example/transparency' }, admin)
    assert.equal(set.errors, undefined, JSON.stringify(set.errors))
    const r = await fetch(base + dev('/transparency'), { redirect: 'manual' })
    assert.equal(r.status, 307)
    assert.equal(r.headers.get('location'), 'https://acme.example/transparency')
  })

  describe('once Apple MDM is set up', () => {
    let receiver: Server
    let hookUrl: string
    const hooks: { path?: string; body: any }[] = []

    before(async () => {
      receiver = createServer((req, res) => {
        let raw = ''
        req.on('data', (c) => { raw += c })
        req.on('end', () => { hooks.push({ path: req.url, body: JSON.parse(raw) }); res.writeHead(200).end() })
      })
      await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()))
      hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/migrate`
      // as an admin does it: a key pair standing in for Apple's APNs certificate, and a SCEP CA
      const pem = (b64: string) => Buffer.from(b64, 'base64').toString('utf8')
      const pair = (await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/dep/key_pair', undefined, 200, admin)).body
      const csr = (await doJSON(base, 'POST', '/api/v1/fleet/mdm/apple/request_csr', { email_address: 'it@acme.example', organization: 'Acme' }, 200, admin)).body
      const ok = await gql(base, 'mutation($i: AppleMdmAssetsInput!) { configureAppleMdm(input: $i) }', {
        i: { apnsCertPem: pem(pair.public_key), apnsKeyPem: pem(pair.private_key), scepCertPem: pem(csr.scep_cert), scepKeyPem: pem(csr.scep_key) },
      }, admin)
      assert.equal(ok.errors, undefined, JSON.stringify(ok.errors))
    })
    after(async () => { receiver.closeAllConnections(); await new Promise((r) => receiver.close(r)) })

    it('GET /device/{token} says MDM is enabled and configured', async () => {
      assert.deepEqual((await doJSON(base, 'GET', dev(), undefined, 200)).body.global_config, { mdm: { enabled_and_configured: true } })
    })

    it('GET /device/{token}/mdm/apple/manual_enrollment_profile: a real .mobileconfig with SCEP and MDM payloads', async () => {
      const r = await fetch(base + dev('/mdm/apple/manual_enrollment_profile'))
      assert.equal(r.status, 200)
      assert.equal(r.headers.get('content-type'), 'application/x-apple-aspen-config')
      assert.match(r.headers.get('content-disposition') ?? '', /fleet-mdm-enrollment-profile\.mobileconfig/)
      const xml = await r.text()
      assert.match(xml, /^<\?xml[^>]*>\s*<!DOCTYPE plist/)
      assert.match(xml, /<string>com\.apple\.security\.scep<\/string>/)
      assert.match(xml, /<string>com\.apple\.mdm<\/string>/)
      assert.match(xml, /<key>ServerURL<\/key>\s*<string>https:\/\/fleet\.example\.com\/mdm\/apple\/mdm<\/string>/)
    })

    it('POST /device/{token}/migrate_mdm: 400 without a webhook URL, then 204 and the webhook carries the host', async () => {
      const none = await doJSON(base, 'POST', dev('/migrate_mdm'), undefined, 400)
      assert.equal(none.body.errors[0].reason, 'macOS migration webhook URL not configured')
      const set = await gql(base, 'mutation($u: String!) { updateAppConfig(input: { mdmMigrationWebhookUrl: $u }) { mdmMigrationWebhookUrl } }', { u: hookUrl }, admin)
      assert.equal(set.errors, undefined, JSON.stringify(set.errors))
      const r = await fetch(base + dev('/migrate_mdm'), { method: 'POST' })
      assert.equal(r.status, 204)
      assert.equal(await r.text(), '')
      const host = (await doJSON(base, 'GET', dev(), undefined, 200)).body.host
      assert.equal(hooks.length, 1)
      assert.equal(hooks[0].path, '/migrate')
      assert.deepEqual(hooks[0].body.host, { id: host.id, uuid: 'uuid-prem.local', hardware_serial: 'serial-prem.local' })
      assert.ok(!Number.isNaN(Date.parse(hooks[0].body.timestamp)))
    })
  })

  it('unknown tokens are still 401 on the Premium routes', async () => {
    for (const p of ['/desktop', '/policies']) assertFleetError((await doJSON(base, 'GET', dev(p, 'nope'), undefined, 401)).body, 'Authentication required')
  })
})
