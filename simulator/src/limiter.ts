// Bounds how many requests are in flight at once across all simulated hosts.
// 10,000 hosts on their own timers would otherwise open a socket each when
// their intervals line up; the server should see a steady stream instead.
export class Limiter {
  private active = 0
  private readonly waiting: (() => void)[] = []

  constructor(readonly max: number) {
    if (!(max >= 1)) throw new RangeError('concurrency must be at least 1')
  }

  get inFlight(): number {
    return this.active
  }

  get queued(): number {
    return this.waiting.length
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.active++
    try {
      return await task()
    } finally {
      // Hand the slot straight to the next waiter so `active` never dips and overshoots.
      const next = this.waiting.shift()
      if (next) next()
      else this.active--
    }
  }
}
