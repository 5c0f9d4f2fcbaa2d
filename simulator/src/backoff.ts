// Waiting between retries. osquery retries a failed TLS request a few times
// (`*_tls_max_attempts`, 3 by default) before giving up until the next
// interval; the simulator does the same, with exponential backoff and jitter
// so that thousands of hosts failing together do not retry together.
import { setTimeout as delay } from 'node:timers/promises'
import { NodeInvalidError, RequestError } from './osquery-client.js'

/** Resolves after `ms`, or rejects with an abort error as soon as `signal` fires. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  await delay(ms, undefined, { signal })
}

/** base · 2^attempt, capped, scaled by a random factor in [0.5, 1.5). */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random = Math.random): number {
  return Math.min(capMs, baseMs * 2 ** attempt) * (0.5 + random())
}

export interface RetryOptions {
  attempts: number
  baseMs: number
  capMs: number
  signal?: AbortSignal
}

/**
 * Runs `task` until it succeeds or `attempts` are used up. A node_invalid
 * answer and an abort are not retried here: the caller re-enrolls or stops.
 */
export async function withRetry<T>(task: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task()
    } catch (e) {
      const final = e instanceof NodeInvalidError || (e instanceof RequestError && e.reason === 'aborted') || options.signal?.aborted || attempt + 1 >= options.attempts
      if (final) throw e
      await sleep(backoffMs(attempt, options.baseMs, options.capMs), options.signal)
    }
  }
}
