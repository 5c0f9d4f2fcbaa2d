// REST contract: the live-query result stream (raw WebSocket, fleet-behaviour
// §3.5) against a fake executor and subscriber: the token is checked with the
// ResultsAuth operation, select_campaign subscribes to CampaignEvents, and each
// event leaves as Fleet's {type, data} message.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocket } from 'ws'
import { createResultSockets } from '../src/results/sockets.js'
import type { GraphQLRequest, GraphQLResponse } from '../src/executor.js'
import type { CampaignEventsSubscription } from '../src/generated/graphql.js'

type Event = CampaignEventsSubscription['campaignEvents']

describe('REST result stream (raw WebSocket)', () => {
  const executed: GraphQLRequest[] = []
  const subscribed: GraphQLRequest[] = []
  let events: GraphQLResponse[] = []
  let server: Server
  let url: string
  let sockets: ReturnType<typeof createResultSockets>

  before(async () => {
    sockets = createResultSockets({
      execute: async (req) => {
        executed.push(req)
        return req.authorization === 'Bearer good' ? { data: { me: { id: '1' } } } : { data: null, errors: [{ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED' } }] }
      },
      subscribe: async function* (req) {
        subscribed.push(req)
        for (const e of events) yield e
      },
    })
    server = createServer((_req, res) => { res.statusCode = 404; res.end() })
    server.on('upgrade', (req, socket, head) => { if (!sockets.handleUpgrade(req, socket, head)) socket.destroy() })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/api/latest/fleet/results/websocket`
  })
  after(async () => {
    sockets.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  /** Opens a socket, sends `messages`, and collects what comes back until `count` messages arrived or it closed. */
  async function exchange(messages: unknown[], count: number) {
    const ws = new WebSocket(url)
    const got: { type: string; data: unknown }[] = []
    await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject) })
    const done = new Promise<void>((resolve) => {
      ws.on('message', (d) => { got.push(JSON.parse(d.toString())); if (got.length >= count) resolve() })
      ws.once('close', () => resolve())
    })
    for (const m of messages) ws.send(JSON.stringify(m))
    await done
    ws.close()
    return got
  }

  it('maps totals, status and results (host names added to each row) and subscribes with the campaign id as an ID', async () => {
    executed.length = 0; subscribed.length = 0
    const ev = (e: Event): GraphQLResponse => ({ data: { campaignEvents: e } })
    events = [
      ev({ __typename: 'CampaignTotals', count: 2, online: 1, offline: 1, missingInAction: 0 }),
      ev({ __typename: 'CampaignProgress', expectedResults: 1, actualResults: 0, status: 'pending' }),
      ev({ __typename: 'CampaignResult', host: { id: '12', hostname: 'mac-01.local', displayName: 'mac-01' }, rows: [{ uptime: '10' }], error: null }),
      ev({ __typename: 'CampaignResult', host: { id: '13', hostname: 'win-01', displayName: 'win-01' }, rows: [{ x: '1' }], error: 'no such table' }),
    ]
    const got = await exchange([{ type: 'auth', data: { token: 'good' } }, { type: 'select_campaign', data: { campaign_id: 55 } }], 4)
    assert.deepEqual(got, [
      { type: 'totals', data: { count: 2, online: 1, offline: 1, missing_in_action: 0 } },
      { type: 'status', data: { expected_results: 1, actual_results: 0, status: 'pending' } },
      { type: 'result', data: { distributed_query_execution_id: 55, host: { id: 12, hostname: 'mac-01.local', display_name: 'mac-01' },
        rows: [{ uptime: '10', host_hostname: 'mac-01.local', host_display_name: 'mac-01' }], error: null } },
      { type: 'result', data: { distributed_query_execution_id: 55, host: { id: 13, hostname: 'win-01', display_name: 'win-01' }, rows: [], error: 'no such table' } },
    ])
    assert.deepEqual(executed.map((r) => [r.operationName, r.authorization]), [['ResultsAuth', 'Bearer good']])
    assert.deepEqual(subscribed.map((r) => [r.operationName, r.variables, r.authorization]), [['CampaignEvents', { id: '55' }, 'Bearer good']])
  })

  it('a bad token is answered "unauthorized" and the session ends; NOT_FOUND on the stream names the campaign', async () => {
    subscribed.length = 0
    assert.deepEqual(await exchange([{ type: 'auth', data: { token: 'bad' } }], 1), [{ type: 'error', data: 'unauthorized' }])
    assert.deepEqual(subscribed, [])
    events = [{ data: null, errors: [{ message: 'campaign 9 not found', extensions: { code: 'NOT_FOUND' } }] }]
    assert.deepEqual(await exchange([{ type: 'auth', data: { token: 'good' } }, { type: 'select_campaign', data: { campaign_id: 9 } }], 1),
      [{ type: 'error', data: 'cannot find campaign for ID 9' }])
  })
})
