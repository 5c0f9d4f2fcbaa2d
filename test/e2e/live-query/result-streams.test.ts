// Fleet's live-query result streams: the raw WebSocket (fleetctl) and SockJS
// (the Fleet UI), with Fleet's protocol and messages.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import WebSocket from 'ws'
import { startIsolatedStack, type TestStack } from '../../support/stack.js'
import { doJSON, gql, inbox } from '../../support/client.js'
import { answerLiveQuery, enrollHost, setupInstance } from '../../support/fleet.js'

/** A socket whose incoming messages can be awaited with a deadline. */
async function open(url: string, sockjs: boolean) {
  const ws = new WebSocket(url)
  const messages = inbox<any>()
  ws.on('message', (d) => {
    const text = d.toString()
    if (!sockjs) messages.push(JSON.parse(text))
    else if (text.startsWith('a')) for (const s of JSON.parse(text.slice(1))) messages.push(JSON.parse(s))
    else messages.push({ frame: text })
  })
  await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject) })
  return {
    ws,
    send: (m: unknown) => ws.send(sockjs ? JSON.stringify([JSON.stringify(m)]) : JSON.stringify(m)),
    until: messages.until,
  }
}

describe('live query result streams', () => {
  let stack: TestStack
  let base: string, wsBase: string
  let admin: string
  let nodeKey: string
  let hostId: number

  before(async () => {
    stack = await startIsolatedStack()
    base = stack.url
    wsBase = base.replace(/^http/, 'ws')
    admin = (await setupInstance(base)).token
    nodeKey = await enrollHost(base, 'stream.local')
    hostId = Number((await gql(base, '{ hostList { id: databaseId } }', undefined, admin)).data!.hostList[0].id)
  })
  after(async () => { await stack.stop() })

  const answer = (campaignId: number, rows: unknown[]) => answerLiveQuery(base, nodeKey, campaignId, rows)

  for (const [kind, path, sockjs] of [['raw WebSocket', '/api/latest/fleet/results/websocket', false], ['SockJS websocket', '/api/v1/fleet/results/123/abcdefgh/websocket', true]] as const) {
    it(`${kind}: auth, select_campaign, then totals, result (with host columns) and status`, async () => {
      const c = (await doJSON(base, 'POST', '/api/v1/fleet/queries/run', { query: 'SELECT 1 AS one', selected: { hosts: [hostId] } }, 200, admin)).body.campaign
      const s = await open(wsBase + path, sockjs)
      if (sockjs) assert.deepEqual(await s.until((m) => m.frame), { frame: 'o' })
      s.send({ type: 'auth', data: { token: admin } })
      s.send({ type: 'select_campaign', data: { campaign_id: c.id } })
      const totals = await s.until((m) => m.type === 'totals')
      // online or offline depends on whether the host's last check-in has been recorded yet
      assert.deepEqual(Object.keys(totals.data).sort(), ['count', 'missing_in_action', 'offline', 'online'])
      assert.equal(totals.data.count, 1)
      assert.equal(totals.data.online + totals.data.offline, 1)
      await answer(c.id, [{ one: '1' }])
      const result = await s.until((m) => m.type === 'result')
      assert.deepEqual(result.data, {
        distributed_query_execution_id: c.id,
        host: { id: hostId, hostname: 'stream.local', display_name: 'stream.local' },
        rows: [{ one: '1', host_hostname: 'stream.local', host_display_name: 'stream.local' }],
        error: null,
      })
      const status = await s.until((m) => m.type === 'status')
      assert.deepEqual(Object.keys(status.data).sort(), ['actual_results', 'expected_results', 'status'])
      assert.equal(status.data.actual_results, 1)
      s.ws.close()
    })
  }

  it('answers protocol mistakes with error messages, never a crash', async () => {
    const bad = await open(`${wsBase}/api/v1/fleet/results/websocket`, false)
    bad.send({ type: 'auth', data: { token: 'not-a-token' } })
    assert.deepEqual(await bad.until((m) => m.type === 'error'), { type: 'error', data: 'unauthorized' })

    const s = await open(`${wsBase}/api/v1/fleet/results/websocket`, false)
    s.ws.send('garbage')
    assert.equal((await s.until((m) => m.type === 'error')).data, 'missing message type')
    s.send({ type: 'auth', data: { token: admin } })
    s.send({ type: 'hello' })
    assert.equal((await s.until((m) => m.type === 'error')).data, 'expected select_campaign')
    s.send({ type: 'select_campaign', data: { campaign_id: 0 } })
    assert.equal((await s.until((m) => m.type === 'error')).data, '0 is not a valid campaign ID')
    s.send({ type: 'select_campaign', data: { campaign_id: 999999 } })
    assert.equal((await s.until((m) => m.type === 'error')).data, 'cannot find campaign for ID 999999')
    s.ws.close()
    // the server is still fine
    await doJSON(base, 'GET', '/healthz', undefined, 200)
  })

  it('serves the SockJS info request', async () => {
    const r = await doJSON(base, 'GET', '/api/v1/fleet/results/info', undefined, 200)
    assert.equal(r.body.websocket, true)
    assert.equal(r.body.cookie_needed, false)
  })
})
