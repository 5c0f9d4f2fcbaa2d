// A deadline per query or mutation (GRAPHQL_EXECUTION_TIMEOUT_MS): past it the
// caller gets 504 EXECUTION_TIMEOUT and the operation's signal is aborted, which
// the planner and the HTTP transport honour (in-process subgraph calls run on
// to completion, unobserved). Subscriptions are long-lived by design and get no
// deadline: this hooks execute only, never subscribe. A mutation may still
// complete after its deadline; the caller cannot tell, as with any timeout.
import { GraphQLError } from 'graphql'

export function timeoutError(ms: number): GraphQLError {
  return new GraphQLError(`The operation did not complete within ${ms} ms.`, {
    extensions: { code: 'EXECUTION_TIMEOUT', http: { status: 504, spec: false } },
  })
}

export function useExecutionDeadline(ms: number) {
  return {
    onExecute({ executeFn, setExecuteFn }: any) {
      setExecuteFn((args: any) => {
        const controller = new AbortController()
        let timer: NodeJS.Timeout | undefined
        const expired = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(() => {
            const error = timeoutError(ms)
            controller.abort(error)
            resolve({ errors: [error] })
          }, ms)
        })
        // The client's own disconnect (executionCancellation) still cancels too.
        const signal = args.signal ? AbortSignal.any([args.signal, controller.signal]) : controller.signal
        const run = Promise.resolve().then(() => executeFn({ ...args, signal }))
        return Promise.race([run, expired]).finally(() => clearTimeout(timer))
      })
    },
  }
}
