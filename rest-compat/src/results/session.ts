// One live-query results session, whatever the framing (raw WebSocket or
// SockJS): auth, then select_campaign, then the campaign's messages until
// either side closes (fleet-behaviour §3.5).
import type { GraphQLExecutor, GraphQLSubscriber } from '../executor.js'
import { CAMPAIGN_EVENTS, toFleetMessage, type FleetMessage } from './fleet-messages.js'

export interface Transport {
  send(msg: FleetMessage): void
  close(): void
}

type State = 'auth' | 'select' | 'streaming' | 'closed'

export function createSession(t: Transport, deps: { execute: GraphQLExecutor; subscribe: GraphQLSubscriber }) {
  let state: State = 'auth'
  let authorization = ''
  const abort = new AbortController()
  const error = (data: string) => t.send({ type: 'error', data })

  async function onMessage(raw: unknown) {
    if (state === 'closed' || state === 'streaming') return
    const msg = raw as { type?: unknown; data?: any }
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') { error('missing message type'); return }
    if (state === 'auth') {
      if (msg.type !== 'auth' || typeof msg.data?.token !== 'string') { error('unauthorized'); return end() }
      const me = await deps.execute({ query: '{ me { id } }', authorization: `Bearer ${msg.data.token}` })
      if (me.errors?.length || !me.data?.me) { error('unauthorized'); return end() }
      authorization = `Bearer ${msg.data.token}`
      state = 'select'
      return
    }
    if (msg.type !== 'select_campaign') { error('expected select_campaign'); return }
    const id = msg.data?.campaign_id
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) { error('error unmarshaling select_campaign data'); return }
    if (id === 0) { error('0 is not a valid campaign ID'); return }
    state = 'streaming'
    void stream(id)
  }

  async function stream(campaignId: number) {
    try {
      for await (const r of deps.subscribe({ query: CAMPAIGN_EVENTS, variables: { id: String(campaignId) }, authorization }, abort.signal)) {
        if (r.errors?.length) {
          const code = r.errors[0].extensions?.code
          error(code === 'NOT_FOUND' ? `cannot find campaign for ID ${campaignId}` : code === 'FORBIDDEN' ? 'forbidden' : r.errors[0].message)
          continue
        }
        const m = toFleetMessage(campaignId, r.data?.campaignEvents)
        if (m) t.send(m)
      }
    } catch (e) {
      if (!abort.signal.aborted) error(`pubsub error: ${(e as Error).message}`)
    }
  }

  function end() { if (state !== 'closed') { state = 'closed'; abort.abort(); t.close() } }

  // Messages are handled one after another: a client may send select_campaign before auth is checked.
  let chain = Promise.resolve()
  return {
    onMessage: (raw: unknown) => { chain = chain.then(() => onMessage(raw)).catch((e) => error(`internal error: ${(e as Error).message}`)) },
    /** The client went away: stop the subscription. */
    closed: () => { state = 'closed'; abort.abort() },
  }
}
