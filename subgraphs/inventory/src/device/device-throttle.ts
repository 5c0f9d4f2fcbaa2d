// Failed device-token authentications per client address, with Fleet's numbers
// (errorLimiter: 720 an hour, burst 100; fleet-behaviour §1.2): 101 failures
// pass, then the address is refused (429, even with a valid token) until the
// steady window lets one more through, every 5 s. Successful requests cost
// nothing. Counted in Redis when the bus has it, so every replica sees the same
// count; once per request, however many subgraphs the request reaches.
// The counting itself is subgraph-kit's rate-limit primitive (rate-limiter-flexible over the bus's
// Redis, insured by an in-memory count while Redis is down).
import { burstyFailureCounter, fleetNamespace, type Bus, type FailureCounter, type RequestOrigin } from '@fleetgraph/subgraph-kit'

interface CounterDeps { bus: Bus; env?: NodeJS.ProcessEnv }

const counters = new WeakMap<Bus, FailureCounter>()
function counter({ bus, env }: CounterDeps): FailureCounter {
  let c = counters.get(bus)
  if (!c) {
    c = burstyFailureCounter(bus, { name: 'device-auth', namespace: fleetNamespace(env), perWindow: 1, windowSeconds: 5, burst: 100, burstWindowSeconds: 3600 })
    counters.set(bus, c)
  }
  return c
}

/**
 * Seconds the client must wait before it may present a device token again (0: go ahead).
 * @example
 *   const wait = await deviceAuthRetryAfter(deps, origin)
 *   if (wait) throw tooManyRequests(wait)
 */
export function deviceAuthRetryAfter(deps: CounterDeps, origin: RequestOrigin): Promise<number> {
  return origin.once('device-auth:check', () => counter(deps).retryAfter(origin.address))
}

/**
 * Charges one failed device authentication to the request's client (once per request).
 * @example
 *   if (!device) await chargeDeviceAuthFailure(deps, origin)
 */
export function chargeDeviceAuthFailure(deps: CounterDeps, origin: RequestOrigin): Promise<void> {
  return origin.once('device-auth:fail', () => counter(deps).fail(origin.address))
}
