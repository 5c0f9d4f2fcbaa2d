// The execution deadline (deadline.ts) through its envelop hook: a query that outlives it is
// answered EXECUTION_TIMEOUT and its signal aborted; subscriptions are not hooked at all.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { useExecutionDeadline } from '../src/deadline.js'

/** The execute function the plugin installs around `executeFn`. */
function wrap(ms: number, executeFn: (args: any) => Promise<unknown>) {
  let wrapped: ((args: any) => Promise<any>) | undefined
  useExecutionDeadline(ms).onExecute({ executeFn, setExecuteFn: (fn: any) => { wrapped = fn } })
  return wrapped!
}

describe('execution deadline', () => {
  it('answers EXECUTION_TIMEOUT (504) and aborts the operation when it runs past the deadline', async () => {
    let signal: AbortSignal | undefined
    const never = (args: any) => { signal = args.signal; return new Promise(() => {}) }
    const result = await wrap(20, never)({})
    assert.equal(result.errors[0].extensions.code, 'EXECUTION_TIMEOUT')
    assert.deepEqual(result.errors[0].extensions.http, { status: 504, spec: false })
    assert.equal(signal?.aborted, true)
  })

  it('passes a result that comes in time through unchanged', async () => {
    const result = await wrap(10_000, async () => ({ data: { ok: true } }))({})
    assert.deepEqual(result, { data: { ok: true } })
  })

  it('keeps the caller\u2019s own cancellation', async () => {
    const client = new AbortController()
    let signal: AbortSignal | undefined
    const pending = wrap(10_000, (args: any) => { signal = args.signal; return Promise.resolve({ data: null }) })({ signal: client.signal })
    client.abort()
    await pending
    assert.equal(signal?.aborted, true)
  })

  it('does not hook subscriptions, which are long-lived', () => {
    assert.equal('onSubscribe' in useExecutionDeadline(20), false)
  })
})
