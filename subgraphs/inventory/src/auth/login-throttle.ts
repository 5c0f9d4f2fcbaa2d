// How often a password check may fail (issue 11): per account (the email,
// normalised and hashed, so no address book ends up in Redis) and per client
// address, counted in Redis when REDIS_URL is set so the limits hold across
// replicas. Login and Basic authentication share one throttle per fleet (a
// guess costs the same budget through either); the rules (check first, count
// failures, a success clears the account's count) are password-check.ts's.
// Fleet has one limiter for the route instead (10 a minute, burst 9, for all
// clients together): see docs/compat.md, "Connections and rate limits".
import { failureCounter, fleetNamespace, hashedKey, type Bus, type FailureCounter } from '@fleetgraph/subgraph-kit'
import { loadInventoryConfig, type InventoryConfig } from '../config.js'

const emailKey = (email: string) => hashedKey(email.trim().toLowerCase())

export class LoginThrottle {
  private readonly byEmail: FailureCounter | null
  private readonly byAddress: FailureCounter | null

  /** `namespace`: the fleet's (subgraph-kit fleetNamespace), so fleets sharing a Redis server count apart. */
  constructor(bus: Bus, namespace: string, cfg: Pick<InventoryConfig, 'loginMaxFailuresPerEmail' | 'loginMaxFailuresPerAddress' | 'loginFailureWindowSeconds'>) {
    const windowSeconds = cfg.loginFailureWindowSeconds
    this.byEmail = cfg.loginMaxFailuresPerEmail ? failureCounter(bus, { name: 'login-email', namespace, max: cfg.loginMaxFailuresPerEmail, windowSeconds }) : null
    this.byAddress = cfg.loginMaxFailuresPerAddress ? failureCounter(bus, { name: 'login-address', namespace, max: cfg.loginMaxFailuresPerAddress, windowSeconds }) : null
  }

  /** Seconds before the account, or the client, may try again (0: now). */
  async retryAfter(email: string, address: string | null): Promise<number> {
    const [a, b] = await Promise.all([
      this.byEmail?.retryAfter(emailKey(email)) ?? 0,
      address ? this.byAddress?.retryAfter(address) ?? 0 : 0,
    ])
    return Math.max(a, b)
  }

  async failed(email: string, address: string | null): Promise<void> {
    await Promise.all([this.byEmail?.fail(emailKey(email)), address ? this.byAddress?.fail(address) : undefined])
  }

  /** A successful check clears the account's failures (not the address's: one good account must not buy more guesses). */
  async succeeded(email: string): Promise<void> {
    await this.byEmail?.reset(emailKey(email))
  }
}

// One per bus (the fleet's events and counters): without Redis the counts live in the throttle's
// memory, so login and every subgraph's Basic check must share the same instance.
const throttles = new WeakMap<Bus, LoginThrottle>()

/**
 * The fleet's login throttle, shared by login and Basic authentication.
 * @example
 *   const wait = await loginThrottleOf(deps).retryAfter(email, ctx.clientAddress)
 *   if (wait) throw tooManyRequests(wait)
 */
export function loginThrottleOf(deps: { bus: Bus; env?: NodeJS.ProcessEnv }): LoginThrottle {
  let t = throttles.get(deps.bus)
  if (!t) throttles.set(deps.bus, (t = new LoginThrottle(deps.bus, fleetNamespace(deps.env), loadInventoryConfig(deps.env))))
  return t
}
