// Agents report what hosts hold, and hosts hold anything: a NUL character in a
// live-query row (value or column name) or in a detail answer must not fail the
// write (which osquery would retry forever) nor be a 500.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql, subscribe, wsClient } from '../../support/client.js'
import { answerLiveQuery, enrollHost, setupInstance } from '../../support/fleet.js'

describe('NUL characters in what agents report', () => {
  let stack: TestStack
  let token: string
  before(async () => {
    stack = await startIsolatedStack()
    token = (await setupInstance(stack.url)).token
  })
  after(async () => { await stack?.stop() })

  it('a live-query answer with NUL characters is stored without them and delivered', async () => {
    const nodeKey = await enrollHost(stack.url, 'nul-host.local')
    const hostId = (await gql(stack.url, '{ hostList { id: databaseId hostname } }', undefined, token)).data!.hostList.find((h: any) => h.hostname === 'nul-host.local').id
    const run = await doJSON(stack.url, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT name FROM processes', selected: { hosts: [Number(hostId)] } }, 200, token)
    await answerLiveQuery(stack.url, nodeKey, run.body.campaign.id, [{ name: 'a\u0000b', 'col\u0000': 'x', literal: '\\u0000' }])
    const client = wsClient(stack.url, token)
    const sub = subscribe(client, 'subscription($id: ID!) { campaignEvents(campaignId: $id) { __typename ... on CampaignResult { rows } } }', { id: String(run.body.campaign.id) })
    const events = await sub.next(2)
    const result = events.find((e) => e.data.campaignEvents.__typename === 'CampaignResult')
    assert.deepEqual(result.data.campaignEvents.rows, [{ name: 'ab', col: 'x', literal: '\\u0000' }])
    sub.unsubscribe()
    await client.dispose()
  })

  it('a detail answer with a NUL character is recorded, not a 500', async () => {
    const nodeKey = await enrollHost(stack.url, 'nul-details.local')
    await doJSON(stack.url, 'POST', '/api/v1/osquery/distributed/write', {
      node_key: nodeKey, queries: { fleet_detail_query_system_info: [{ hostname: 'nul\u0000details.local', computer_name: 'x\u0000' }] },
      statuses: { fleet_detail_query_system_info: 0 }, messages: {},
    }, 200)
  })
})
