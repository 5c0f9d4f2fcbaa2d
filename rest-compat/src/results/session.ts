// One live-query results session, whatever the framing (raw WebSocket or
// SockJS): auth, then select_campaign, then the campaign's messages until
// either side closes (fleet-behaviour §3.5).
import { subscribe, type GraphQLExecutor, type GraphQLSubscriber } from '../executor.js'
import type { ResultsAuthQuery } from '../generated/graphql.js'
import { CAMPAIGN_EVENTS, RESULTS_AUTH, toFleetMessage, type FleetMessage } from './fleet-messages.js'

export interface Transport {
  send(msg: FleetMessage): void
  /** Ends the session; `why` is 'auth-timeout' when the client did not authenticate in time. */
  close(why?: 'auth-timeout'): void
}

export interface SessionDeps {
  execute: GraphQLExecutor
  subscribe: GraphQLSubscriber
  /**
   * A session that has not authenticated this long after it opened is closed, without a message
   * (as Fleet closes a session whose auth read fails). Unset: no limit.
   */
  authTimeoutMs?: number
}

type State = 'auth' | 'select' | 'streaming' | 'closed'

export function createSession(t: Transport, deps: SessionDeps) {
  let state: State = 'auth'
  let authorization = ''
  const abort = new AbortController()
  const error = (data: string) => t.send({ type: 'error', data })
  // Unauthenticated sessions cost a socket (or an HTTP session) each: they get a short grace period, not forever.
  const authTimer = deps.authTimeoutMs ? setTimeout(() => { if (state === 'auth') end('auth-timeout') }, deps.authTimeoutMs) : undefined
  authTimer?.unref()

  async function onMessage(raw: unknown) {
    if (state === 'closed' || state === 'streaming') return
    const msg = raw as { type?: unknown; data?: { token?: unknown; campaign_id?: unknown } | null }
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') { error('missing message type'); return }
    if (state === 'auth') {
      if (msg.type !== 'auth' || typeof msg.data?.token !== 'string') { error('unauthorized'); return end() }
      const me = await deps.execute({ query: RESULTS_AUTH.query, operationName: RESULTS_AUTH.operationName, authorization: `Bearer ${msg.data.token}` })
      if (state !== 'auth') return // timed out or closed while the token was checked
      if (me.errors?.length || !(me.data as ResultsAuthQuery | null | undefined)?.me) { error('unauthorized'); return end() }
      authorization = `Bearer ${msg.data.token}`
      state = 'select'
      clearTimeout(authTimer)
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
      for await (const r of subscribe(deps.subscribe, CAMPAIGN_EVENTS, abort.signal, authorization, { id: String(campaignId) })) {
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

  function end(why?: 'auth-timeout') { if (state !== 'closed') { state = 'closed'; clearTimeout(authTimer); abort.abort(); t.close(why) } }

  // Messages are handled one after another: a client may send select_campaign before auth is checked.
  let chain = Promise.resolve()
  return {
    onMessage: (raw: unknown) => { chain = chain.then(() => onMessage(raw)).catch((e) => error(`internal error: ${(e as Error).message}`)) },
    /** The client went away: stop the subscription. */
    closed: () => { state = 'closed'; clearTimeout(authTimer); abort.abort() },
  }
}
