// How often a login may fail (issue 11): per account (the email, normalised and
// hashed, so no address book ends up in Redis) and per client address, counted
// in Redis when REDIS_URL is set so the limits hold across replicas. The rules
// (check first, count failures, a success clears the account's count) are
// AuthService.login's; this holds the two counters.
// Fleet has one limiter for the route instead (10 a minute, burst 9, for all
// clients together): see docs/compat.md, "Connections and rate limits".
import { failureCounter, hashedKey, tooManyRequests, type Bus, type FailureCounter } from '@fleetgraph/subgraph-kit'
import type { InventoryConfig } from '../config.js'

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

  /** Throws TOO_MANY_REQUESTS when the account, or the client, has used up its failures. */
  async check(email: string, address: string | null): Promise<void> {
    const [a, b] = await Promise.all([
      this.byEmail?.retryAfter(emailKey(email)) ?? 0,
      address ? this.byAddress?.retryAfter(address) ?? 0 : 0,
    ])
    const wait = Math.max(a, b)
    if (wait) throw tooManyRequests(wait)
  }

  async failed(email: string, address: string | null): Promise<void> {
    await Promise.all([this.byEmail?.fail(emailKey(email)), address ? this.byAddress?.fail(address) : undefined])
  }

  /** A successful login clears the account's failures (not the address's: one good account must not buy more guesses). */
  async succeeded(email: string): Promise<void> {
    await this.byEmail?.reset(emailKey(email))
  }
}
