// Host expiry (cleanups_then_aggregation's expire_hosts job): with Fleet's host_expiry_settings on, a
// host not seen for the window (never seen: since it enrolled) is deleted with what is recorded about
// it; hosts seen within the window stay; nothing goes while the setting is off.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { hostExpiryJobs, inventory } from '@fleetgraph/subgraph-inventory'
import { startSubgraphs, type SubgraphsUnderTest } from '../../../test/support/subgraph.js'

const DAY = 86_400

describe('host expiry', () => {
  let sg: SubgraphsUnderTest
  let admin: string
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const r = await sg.gql('inventory', query, variables, admin)
    assert.equal(r.errors, undefined, JSON.stringify(r.errors))
    return r.data!
  }
  const hostnames = async () => (await ok('{ hostList { hostname } }')).hostList.map((h: any) => h.hostname).sort()
  const expire = () => hostExpiryJobs({ db: sg.db })[0]!.run()
  const setExpiry = (enabled: boolean, window: number) =>
    ok('mutation($i: AppConfigInput!) { updateAppConfig(input: $i) { hostExpiryEnabled hostExpiryWindow } }', { i: { hostExpiryEnabled: enabled, hostExpiryWindow: window } })
  const ago = (s: number) => `(now() AT TIME ZONE 'UTC') - interval '${s} seconds'`
  const addHost = async (name: string, createdAgo: number, seenAgo: number | null) => {
    await sg.exec(`INSERT INTO hosts (osquery_host_id, hostname, created_at) VALUES ('${name}', '${name}', ${ago(createdAgo)})`)
    if (seenAgo != null) await sg.exec(`INSERT INTO host_seen_times (host_id, seen_time) SELECT id, ${ago(seenAgo)} FROM hosts WHERE osquery_host_id = '${name}'`)
  }

  before(async () => {
    sg = await startSubgraphs([inventory])
    admin = (await sg.gql('inventory', `mutation { setup(input: {
      admin: { name: "A", email: "a@example.com", password: "correct horse 1!" },
      orgInfo: { orgName: "Acme" }, serverUrl: "https://fleet.example.com", osqueryEnrollSecret: "s" }) { token } }`)).data!.setup.token
    await addHost('stale-seen', 20 * DAY, 10 * DAY)
    await addHost('stale-never-seen', 10 * DAY, null)
    await addHost('seen-6-days-ago', 20 * DAY, 6 * DAY)
    await addHost('seen-an-hour-ago', 20 * DAY, 3600)
    await addHost('new', 3600, null)
    // what is recorded about a host goes with it
    await sg.exec(`INSERT INTO labels (name, label_membership_type) VALUES ('manual', 'manual')`)
    await sg.exec(`INSERT INTO label_membership (label_id, host_id) SELECT (SELECT id FROM labels WHERE name = 'manual'), id FROM hosts`)
  })
  after(async () => { await sg.close() })

  const ALL = ['new', 'seen-6-days-ago', 'seen-an-hour-ago', 'stale-never-seen', 'stale-seen']

  it('deletes nothing while host expiry is off (the default) or the window is longer than any silence', async () => {
    await expire()
    assert.deepEqual(await hostnames(), ALL)
    await setExpiry(true, 30)
    await expire()
    assert.deepEqual(await hostnames(), ALL)
    await setExpiry(false, 7)
    await expire()
    assert.deepEqual(await hostnames(), ALL)
  })

  it('deletes the hosts silent for longer than the window, with their label memberships', async () => {
    await setExpiry(true, 7)
    await expire()
    assert.deepEqual(await hostnames(), ['new', 'seen-6-days-ago', 'seen-an-hour-ago'])
    const [m] = await sg.sql(`SELECT count(*)::int AS n FROM label_membership lm WHERE NOT EXISTS (SELECT 1 FROM hosts h WHERE h.id = lm.host_id)`) as { n: number }[]
    assert.equal(m!.n, 0)
    const [kept] = await sg.sql(`SELECT count(*)::int AS n FROM label_membership`) as { n: number }[]
    assert.equal(kept!.n, 3)
  })

  it('deletes a large backlog in batches until none is left', async () => {
    await sg.exec(`INSERT INTO hosts (osquery_host_id, hostname, created_at) SELECT 'old-' || g, 'old-' || g, ${ago(30 * DAY)} FROM generate_series(1, 2500) g`)
    await expire()
    assert.deepEqual(await hostnames(), ['new', 'seen-6-days-ago', 'seen-an-hour-ago'])
  })
})
