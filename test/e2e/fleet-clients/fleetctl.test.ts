// fleetctl's commands replayed request by request as the current client sends them (method, path,
// headers, query string, body), each answer checked the way the client decodes it: the status it
// accepts, the Go struct fields it reads, its error handling.
// Fleet sources replayed (fleetdm/fleet): login.go, get.go, apply.go, query.go, trigger.go
// (cmd/fleetctl), client.go (ApplyGroup), base_client.go, client_sessions.go, client_appconfig.go,
// client_queries.go, client_labels.go, client_packs.go, client_policies.go, client_teams.go,
// client_live_query.go, client_trigger.go, spec.go (the YAML documents and their Go structs).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'
import { parseAllDocuments } from 'yaml'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { assertFleetError, checkAnswersAgainstOpenApi, inbox } from '../../support/client.js'
import { fleetctlClient } from '../../support/go-clients.js'
import { answerLiveQuery, enrollHost, PASSWORD, setupInstance } from '../../support/fleet.js'

/** Fleet's user routes, whose answers are checked against the served OpenAPI document too. */
const FLEET_PATHS = /^\/api\/(v1|latest|2022-04)\/fleet\//

/**
 * The query library `fleetctl apply -f` sends: Fleet's standard library where the workplace has it
 * (CC BY-SA, read in place, never copied into the project: ../shared/data next to the repository, or
 * FLEET_QUERY_LIBRARY), else this project's own library in the same format (query-library.yml here).
 */
const SHARED_LIBRARY = fileURLToPath(new URL('../../../../shared/data/standard-query-library.yml', import.meta.url))
const LIBRARY = process.env.FLEET_QUERY_LIBRARY
  ?? (existsSync(SHARED_LIBRARY) ? SHARED_LIBRARY : fileURLToPath(new URL('./query-library.yml', import.meta.url)))

/** The rest of the `fleetctl apply -f` file: a label, a pack of library reports, the config, a team and its policy. */
const OWN_DOCS = (reports: string[]) => `
apiVersion: v1
kind: label
spec:
  name: Replay Linux hosts
  description: Hosts that run Linux
  query: SELECT 1 FROM os_version WHERE platform = 'ubuntu';
  platform: linux
  label_membership_type: dynamic
---
apiVersion: v1
kind: pack
spec:
  name: Replay pack
  description: Two library reports on the Linux hosts
  targets:
    labels:
      - Replay Linux hosts
  queries:
    - query: ${reports[0]}
      name: first
      interval: 3600
    - query: ${reports[1]}
      name: second
      interval: 7200
      snapshot: true
---
apiVersion: v1
kind: config
spec:
  org_info:
    org_name: Acme Replayed
  server_settings:
    server_url: https://fleet.example.com
---
apiVersion: v1
kind: team
spec:
  team:
    name: Replay team
    secrets:
      - secret: replay-team-secret
---
apiVersion: v1
kind: policy
spec:
  name: Replay team firewall
  query: SELECT 1 FROM iptables;
  description: The team's own policy
  platform: linux
  team: Replay team
`

/** A YAML document's spec as fleetctl sends it: decoded into its Go struct, so keys the struct lacks are dropped and absent ones take Go's zero value (spec.go, fleet.QuerySpec). */
function querySpec(s: any) {
  return {
    name: s.name, description: s.description ?? '', query: s.query, team: s.team ?? '', interval: s.interval ?? 0,
    observer_can_run: s.observer_can_run ?? false, platform: s.platform ?? '', min_osquery_version: s.min_osquery_version ?? '',
    automations_enabled: s.automations_enabled ?? false, logging: s.logging ?? '', discard_data: s.discard_data ?? false,
  }
}
/** fleet.PolicySpec: resolution, team and platform are omitempty. */
function policySpec(s: any) {
  return {
    name: s.name, query: s.query, description: s.description ?? '', critical: s.critical ?? false,
    ...(s.resolution ? { resolution: s.resolution } : {}), ...(s.team ? { team: s.team } : {}), ...(s.platform ? { platform: s.platform } : {}),
    calendar_events_enabled: s.calendar_events_enabled ?? false,
  }
}
/** fleet.LabelSpec: platform and hosts are omitempty; the membership type is a string. */
function labelSpec(s: any) {
  return { name: s.name, description: s.description ?? '', query: s.query ?? '', ...(s.platform ? { platform: s.platform } : {}), label_membership_type: s.label_membership_type ?? 'dynamic', ...(s.hosts ? { hosts: s.hosts } : {}) }
}
/** fleet.PackSpec and PackSpecQuery: the optional members are pointers (omitted when absent). */
function packSpec(s: any) {
  const opt = (q: any, k: string) => (q[k] !== undefined ? { [k]: q[k] } : {})
  return {
    name: s.name, ...(s.description ? { description: s.description } : {}), ...(s.platform ? { platform: s.platform } : {}), disabled: s.disabled ?? false,
    targets: { ...(s.targets?.labels ? { labels: s.targets.labels } : {}), ...(s.targets?.teams ? { teams: s.targets.teams } : {}) },
    queries: (s.queries ?? []).map((q: any) => ({
      query: q.query, name: q.name, ...(q.description ? { description: q.description } : {}), interval: q.interval ?? 0,
      ...opt(q, 'snapshot'), ...opt(q, 'removed'), ...opt(q, 'shard'), ...opt(q, 'platform'), ...opt(q, 'version'), ...opt(q, 'denylist'),
    })),
  }
}

/** spec.GroupFromBytes: the documents by kind (`report` is the 2026 spelling of `query`). */
function group(yamlText: string) {
  const g = { queries: [] as any[], labels: [] as any[], packs: [] as any[], config: undefined as any, teams: [] as any[], policies: [] as any[] }
  for (const doc of parseAllDocuments(yamlText)) {
    assert.deepEqual(doc.errors, [], 'the file parses as YAML')
    const d = doc.toJS()
    if (!d) continue
    assert.equal(d.apiVersion, 'v1')
    switch (d.kind) {
      case 'query': case 'report': g.queries.push(querySpec(d.spec)); break
      case 'label': g.labels.push(labelSpec(d.spec)); break
      case 'pack': g.packs.push(packSpec(d.spec)); break
      case 'config': g.config = d.spec; break
      case 'team': case 'fleet': g.teams.push(d.spec.team ?? d.spec.fleet); break
      case 'policy': g.policies.push(policySpec(d.spec)); break
      default: assert.fail(`unknown kind ${d.kind}`)
    }
  }
  return g
}

describe('fleetctl, replayed', () => {
  let stack: TestStack
  let base: string
  let fleetctl: ReturnType<typeof fleetctlClient>
  let specs: ReturnType<typeof group>
  let hostnames: string[]
  const nodeKeys: Record<string, string> = {}

  before(async () => {
    // Premium: fleetctl apply of a team
    stack = await startIsolatedStack({ LICENSE_TIER: 'premium' })
    base = stack.url
    await setupInstance(base)
    hostnames = ['replay-1.local', 'replay-2.local']
    for (const h of hostnames) nodeKeys[h] = await enrollHost(base, h)
    const library = readFileSync(LIBRARY, 'utf8')
    const linuxReports = parseAllDocuments(library).map((d) => d.toJS()).filter((d) => d?.kind === 'report' && /linux/.test(d.spec.platform)).map((d) => d.spec.name)
    // one multi-document file, as `fleetctl apply -f` reads it
    specs = group(`${library}\n---\n${OWN_DOCS(linuxReports)}`)
    fleetctl = fleetctlClient(base)
    // every answer must also match the OpenAPI document the server serves
    await checkAnswersAgainstOpenApi(base, FLEET_PATHS)
  })
  after(async () => { await stack.stop() })

  describe('fleetctl login', () => {
    it('POST /api/latest/fleet/login {email, password}: 200 with the token the client stores', async () => {
      const r = await fleetctl.send('POST', '/api/latest/fleet/login', { email: 'admin@example.com', password: PASSWORD })
      assert.equal(typeof r.body.token, 'string')
      assert.ok(r.body.token.length > 0)
      assert.equal(r.body.user.email, 'admin@example.com')
      fleetctl.token = r.body.token
    })

    it('a wrong password is 401 in Fleet\'s error shape (the client prints "login received status 401" and the server\'s text)', async () => {
      const r = await fleetctlClient(base).send('POST', '/api/latest/fleet/login', { email: 'admin@example.com', password: 'wrong password 1!' }, 401)
      assertFleetError(r.body, 'Authentication failed')
    })
  })

  describe('fleetctl get config', () => {
    it('GET /api/latest/fleet/config decodes as EnrichedAppConfig', async () => {
      const c = (await fleetctl.send('GET', '/api/latest/fleet/config')).body
      assert.equal(c.org_info.org_name, 'Acme')
      assert.equal(c.server_settings.server_url, 'https://fleet.example.com')
      assertGoTypes(c)
    })
  })

  describe('fleetctl apply -f (the standard query library, a label, a pack, the config, a team and policies), in ApplyGroup\'s order', () => {
    it('the file groups as fleetctl groups it: every report, and every policy plus the team\'s', () => {
      const kinds = parseAllDocuments(readFileSync(LIBRARY, 'utf8')).map((d) => d.toJS()?.kind)
      const count = (k: string) => kinds.filter((x) => x === k).length
      assert.ok(count('report') > 0 && count('policy') > 0, `${LIBRARY} holds reports and policies`)
      assert.equal(specs.queries.length, count('report') + count('query'))
      assert.equal(specs.policies.length, count('policy') + 1)
      assert.equal(new Set(specs.policies.map((p) => p.name)).size, specs.policies.length, 'fleetctl refuses duplicate policy names before sending')
    })

    it('1. reports: POST /api/latest/fleet/spec/reports {specs}', async () => {
      await fleetctl.send('POST', '/api/latest/fleet/spec/reports', { specs: specs.queries })
    })

    it('2. labels: POST /api/latest/fleet/spec/labels {specs}', async () => {
      await fleetctl.send('POST', '/api/latest/fleet/spec/labels', { specs: specs.labels })
    })

    it('3. packs (referencing the reports by name): POST /api/latest/fleet/spec/packs {specs}', async () => {
      await fleetctl.send('POST', '/api/latest/fleet/spec/packs', { specs: specs.packs })
    })

    it('4. config: PATCH /api/latest/fleet/config with the spec as the body; the answer is the new config', async () => {
      const r = await fleetctl.send('PATCH', '/api/latest/fleet/config', specs.config)
      assert.equal(r.body.org_info.org_name, 'Acme Replayed')
      assertGoTypes(r.body)
    })

    it('5. teams: POST /api/latest/fleet/spec/fleets {specs}; the client reads team_ids_by_name', async () => {
      const r = await fleetctl.send('POST', '/api/latest/fleet/spec/fleets', { specs: specs.teams })
      assert.equal(typeof r.body.team_ids_by_name?.['Replay team'], 'number')
    })

    it('6. policies (the library\'s and the team\'s): POST /api/latest/fleet/spec/policies {specs}', async () => {
      await fleetctl.send('POST', '/api/latest/fleet/spec/policies', { specs: specs.policies })
    })

    it('applying the same file again changes nothing and succeeds (fleetctl apply is an upsert)', async () => {
      await fleetctl.send('POST', '/api/latest/fleet/spec/labels', { specs: specs.labels })
      await fleetctl.send('POST', '/api/latest/fleet/spec/packs', { specs: specs.packs })
      await fleetctl.send('POST', '/api/latest/fleet/spec/policies', { specs: specs.policies })
    })
  })

  describe('fleetctl get', () => {
    it('queries: GET /api/latest/fleet/reports, then GET /api/latest/fleet/me (observers see only observer_can_run)', async () => {
      const r = await fleetctl.send('GET', '/api/latest/fleet/reports')
      // fleet.ListQueriesResponse reads `queries`
      assert.ok(Array.isArray(r.body.queries), 'the client decodes the `queries` member')
      assert.deepEqual(r.body.queries.map((q: any) => q.name).sort(), specs.queries.map((q) => q.name).sort())
      for (const q of r.body.queries) {
        for (const k of ['id', 'interval']) assert.equal(typeof q[k], 'number', `${q.name}.${k}`)
        for (const k of ['name', 'description', 'query', 'platform', 'min_osquery_version', 'logging']) assert.equal(typeof q[k], 'string', `${q.name}.${k}`)
        for (const k of ['observer_can_run', 'automations_enabled', 'discard_data']) assert.equal(typeof q[k], 'boolean', `${q.name}.${k}`)
        assert.ok(q.labels_include_any == null || Array.isArray(q.labels_include_any))
        // what `apply` sent is what `get` shows: the spec's platform, interval, observer flag, version floor
        // and logging (Fleet's snapshot when the spec left it empty)
        const sent = specs.queries.find((x) => x.name === q.name)
        assert.deepEqual([q.platform, q.interval, q.observer_can_run, q.min_osquery_version, q.logging],
          [sent.platform, sent.interval, sent.observer_can_run, sent.min_osquery_version, sent.logging || 'snapshot'], q.name)
      }
      assert.ok(r.body.queries.some((q: any) => q.platform !== ''), 'the library names platforms')
      const me = (await fleetctl.send('GET', '/api/latest/fleet/me')).body.user
      assert.equal(me.global_role, 'admin')
      assert.ok(me.teams == null || Array.isArray(me.teams))
    })

    it('packs: GET /api/latest/fleet/spec/packs {specs} in the apply format', async () => {
      const r = await fleetctl.send('GET', '/api/latest/fleet/spec/packs')
      const pack = r.body.specs.find((p: any) => p.name === 'Replay pack')
      assert.deepEqual(pack.targets.labels, ['Replay Linux hosts'])
      assert.deepEqual(pack.queries.map((q: any) => [q.name, q.query, q.interval]), specs.packs[0].queries.map((q: any) => [q.name, q.query, q.interval]))
      assert.equal(pack.disabled, false)
    })

    it('labels: GET /api/latest/fleet/spec/labels {specs}', async () => {
      const r = await fleetctl.send('GET', '/api/latest/fleet/spec/labels')
      const label = r.body.specs.find((l: any) => l.name === 'Replay Linux hosts')
      assert.equal(label.query, specs.labels[0].query)
      assert.equal(label.label_membership_type, 'dynamic')
      assert.equal(label.platform, 'linux')
    })

    it('enroll_secret: GET /api/latest/fleet/spec/enroll_secret {spec: {secrets}}', async () => {
      const r = await fleetctl.send('GET', '/api/latest/fleet/spec/enroll_secret')
      assert.ok(r.body.spec.secrets.some((s: any) => s.secret === 'test-enroll-secret'))
      for (const s of r.body.spec.secrets) assert.ok(!Number.isNaN(Date.parse(s.created_at)), 'created_at is a time.Time')
    })
  })

  describe('fleetctl query --hosts replay-1.local,replay-2.local --query …', () => {
    it('POST /api/latest/fleet/queries/run_by_identifiers, then the raw websocket until every targeted host responded', async () => {
      // query.go splits an empty --labels flag into [""]; the client always sends query_id (null here)
      const r = await fleetctl.send('POST', '/api/latest/fleet/queries/run_by_identifiers', {
        query: 'SELECT hostname FROM system_info', query_id: null, selected: { labels: [''], hosts: hostnames },
      })
      const campaignId = r.body.campaign.id
      assert.equal(typeof campaignId, 'number')

      const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/api/latest/fleet/results/websocket`)
      const messages = inbox<any>()
      ws.on('message', (d) => messages.push(JSON.parse(d.toString())))
      await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject) })
      ws.send(JSON.stringify({ type: 'auth', data: { token: fleetctl.token } }))
      ws.send(JSON.stringify({ type: 'select_campaign', data: { campaign_id: campaignId } }))
      try {
        // query.go stops once totals.count (targetTotals.Total) equals status.actual_results
        let totals: any = (await messages.until((m) => m.type === 'totals')).data
        let status: any
        const results: any[] = []
        // the simulated hosts answer on their next distributed read
        for (const h of hostnames) await answerLiveQuery(base, nodeKeys[h], campaignId, [{ hostname: h }])
        while (!(totals && status && totals.count === status.actual_results)) {
          const m = await messages.until(() => true)
          // the client has no case for any other type ("unknown msg type")
          assert.ok(['result', 'totals', 'status'].includes(m.type), `unexpected message ${JSON.stringify(m)}`)
          if (m.type === 'totals') totals = m.data
          if (m.type === 'status') status = m.data
          if (m.type === 'result') results.push(m.data)
        }
        assert.equal(totals.count, 2)
        for (const k of ['online', 'offline', 'missing_in_action']) assert.equal(typeof totals[k], 'number')
        assert.equal(typeof status.expected_results, 'number')
        // fleet.DistributedQueryResult, printed one JSON line per host
        assert.deepEqual(results.map((x) => x.host.hostname).sort(), hostnames)
        for (const x of results) {
          assert.equal(x.distributed_query_execution_id, campaignId)
          assert.equal(x.rows[0].hostname, x.host.hostname)
          assert.equal(x.error ?? null, null)
        }
      } finally { ws.close() }
    })

    it('--query-name: GET /api/latest/fleet/reports?query=<name> finds the saved query, then the run sends its query_id', async () => {
      const name = specs.packs[0].queries[0].query
      const found = (await fleetctl.send('GET', '/api/latest/fleet/reports', undefined, 200, { query: name })).body.queries
      // query.go picks the exact name among the search results
      const q = found.find((x: any) => x.name === name)
      assert.equal(typeof q?.id, 'number')
      const r = await fleetctl.send('POST', '/api/latest/fleet/queries/run_by_identifiers', { query: '', query_id: q.id, selected: { labels: [''], hosts: [hostnames[0]] } })
      assert.equal(r.body.campaign.query_id, q.id)
    })

    it('a hostname nobody has is "no hosts targeted" (the client prints fleet.NoHostsTargetedErrMsg)', async () => {
      const r = await fleetctl.send('POST', '/api/latest/fleet/queries/run_by_identifiers', { query: 'SELECT 1', query_id: null, selected: { labels: [''], hosts: ['nobody.local'] } }, 400)
      assertFleetError(r.body)
      assert.match(JSON.stringify(r.body), /no hosts targeted/)
    })
  })

  describe('fleetctl trigger --name …', () => {
    it('POST /api/latest/fleet/trigger?name=automations with an empty body: 200', async () => {
      await fleetctl.send('POST', '/api/latest/fleet/trigger', undefined, 200, { name: 'automations' })
    })

    it('an unknown name is 404; the client prints errors[0].reason, which lists the names', async () => {
      const r = await fleetctl.send('POST', '/api/latest/fleet/trigger', undefined, 404, { name: 'nope' })
      assertFleetError(r.body)
      assert.equal(r.body.errors[0].reason, 'invalid name; supported trigger names are automations and cleanups_then_aggregation')
    })
  })
})

/** The members fleetctl's EnrichedAppConfig decoding would fail on if their JSON types were wrong. */
function assertGoTypes(c: any) {
  const types: [string, string][] = [
    ['org_info.org_name', 'string'], ['org_info.org_logo_url', 'string'], ['server_settings.server_url', 'string'],
    ['server_settings.live_query_disabled', 'boolean'], ['server_settings.enable_analytics', 'boolean'],
    ['host_expiry_settings.host_expiry_enabled', 'boolean'], ['host_expiry_settings.host_expiry_window', 'number'],
    ['features.enable_host_users', 'boolean'], ['features.enable_software_inventory', 'boolean'], ['license.tier', 'string'],
  ]
  for (const [path, type] of types) {
    const v = path.split('.').reduce((o, k) => o?.[k], c)
    if (v !== undefined && v !== null) assert.equal(typeof v, type, `${path} decodes as a Go ${type}`)
  }
  for (const k of ['org_info', 'server_settings']) assert.equal(typeof c[k], 'object', k)
}
