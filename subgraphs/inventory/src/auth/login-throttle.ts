// How often a password check may fail (issue 11): per account (the email,
// normalised and hashed, so no address book ends up in Redis) and per client
// address, counted in Redis when REDIS_URL is set so the limits hold across
// replicas. Login and Basic authentication share one throttle per fleet (a
// guess costs the same budget through either); the rules (take a try first,
// a success gives it back and clears the account's count) are password-check.ts's.
// Fleet has one limiter for the route instead (10 a minute, burst 9, for all
// clients together): see docs/compat.md, "Connections and rate limits".
import { failureCounter, fleetNamespace, hashedKey, type Bus, type TryBudget } from '@fleetgraph/subgraph-kit'
import { loadInventoryConfig, type InventoryConfig } from '../config.js'

const emailKey = (email: string) => hashedKey(email.trim().toLowerCase())

export class LoginThrottle {
  private readonly byEmail: TryBudget | null
  private readonly byAddress: TryBudget | null

  /** `namespace`: the fleet's (subgraph-kit fleetNamespace), so fleets sharing a Redis server count apart. */
  constructor(bus: Bus, namespace: string, cfg: Pick<InventoryConfig, 'loginMaxFailuresPerEmail' | 'loginMaxFailuresPerAddress' | 'loginFailureWindowSeconds'>) {
    const windowSeconds = cfg.loginFailureWindowSeconds
    this.byEmail = cfg.loginMaxFailuresPerEmail ? failureCounter(bus, { name: 'login-email', namespace, max: cfg.loginMaxFailuresPerEmail, windowSeconds }) : null
    this.byAddress = cfg.loginMaxFailuresPerAddress ? failureCounter(bus, { name: 'login-address', namespace, max: cfg.loginMaxFailuresPerAddress, windowSeconds }) : null
  }

  /**
   * Takes one try from the account's and the client's budgets before the password is checked (so
   * guesses sent together are counted together): seconds before either may try again, else 0. A try
   * not given back is a failure.
   */
  async take(email: string, address: string | null): Promise<number> {
    const [a, b] = await Promise.all([
      this.byEmail?.take(emailKey(email)) ?? 0,
      address ? this.byAddress?.take(address) ?? 0 : 0,
    ])
    return Math.max(a, b)
  }

  /**
   * A successful check clears the account's failures and gives the client its try back (its earlier
   * failures stay: one good account must not buy more guesses at others).
   */
  async succeeded(email: string, address: string | null): Promise<void> {
    await Promise.all([this.byEmail?.reset(emailKey(email)), address ? this.byAddress?.refund(address) : undefined])
  }
}

// One per bus (the fleet's events and counters): without Redis the counts live in the throttle's
// memory, so login and every subgraph's Basic check must share the same instance.
const throttles = new WeakMap<Bus, LoginThrottle>()

/**
 * The fleet's login throttle, shared by login and Basic authentication.
 * @example
 *   const wait = await loginThrottleOf(deps).take(email, ctx.clientAddress)
 *   if (wait) throw tooManyRequests(wait)
 */
export function loginThrottleOf(deps: { bus: Bus; env?: NodeJS.ProcessEnv }): LoginThrottle {
  let t = throttles.get(deps.bus)
  if (!t) throttles.set(deps.bus, (t = new LoginThrottle(deps.bus, fleetNamespace(deps.env), loadInventoryConfig(deps.env))))
  return t
}
