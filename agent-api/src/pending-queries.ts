// Which live queries each host still owes, for distributed/read. The database
// (distributed_query_campaign_hosts) is the source of truth (ADR 0005); every
// process keeps this cache of it so a check-in costs no statement, and rebuilds
// it from the database:
//   - at most every `refreshMs`, it lists the running campaigns and loads the ones it has not seen
//     (a campaign started by any replica reaches every replica within that time, Redis or not);
//   - at once when the database announces a campaign started (started(), from the campaigns table's
//     trigger: cache-events.ts), or after the database's notifications or the bus lost events;
//   - in full every `fullReloadMs`, which also forgets answers whose signal was lost.
// A host leaves a campaign's set only once its answer is stored (here, or on another replica's
// LIVE_QUERY_ANSWERED signal). A lost signal costs at most a repeated question, never a lost answer.
// LIVE_QUERY_ANSWERED stays on the bus (Redis), not a trigger: it is sent on the check-in path for every
// answer, and a NOTIFY there would serialise those commits on PostgreSQL's notification queue.
import { randomUUID } from 'node:crypto'
import type { Bus, Logger } from '@fleetgraph/subgraph-kit'
import type { LiveQueryRepository, OwedCampaign } from './live-query.repository.js'

export interface PendingQuery { campaignId: number; sql: string }

export const LIVE_QUERY_ANSWERED = 'LIVE_QUERY_ANSWERED'
interface Answered { campaignId: number; hostId: number; origin: string }

interface Entry { sql: string; hosts: Set<number>; expiresAt: number }

export interface PendingQueriesOptions {
  refreshMs: number
  fullReloadMs: number
  /** A campaign's hosts are asked this long after it started (CAMPAIGN_EXPIRY_SECONDS). */
  expirySeconds: number
}

export class PendingQueries {
  private campaigns = new Map<number, Entry>()
  private refreshing: Promise<void> | null = null
  /** Answers stored while a load was reading: applied to what it read, which may predate them. */
  private answeredDuringLoad: [number, number][] = []
  private dueAt = 0
  private fullDueAt = 0
  private readonly origin = randomUUID()
  private readonly stops: (() => unknown)[] = []

  constructor(private readonly repo: LiveQueryRepository, private readonly bus: Bus, private readonly log: Logger, private readonly opts: PendingQueriesOptions) {
    this.stops.push(
      follow<Answered>(bus, LIVE_QUERY_ANSWERED, (e) => { if (e.origin !== this.origin) this.forget(e.campaignId, e.hostId) }),
      bus.onMissedEvents(() => this.missed()),
    )
  }

  /** A campaign started (on any replica): the next check-in loads it. */
  started(): void { this.dueAt = 0 }

  /** Signals may have been lost: the next check-in reloads everything. */
  missed(): void { this.dueAt = 0; this.fullDueAt = 0 }

  /** The live queries this host has not answered yet. Served from the cache when the database is unreachable. */
  async pendingFor(hostId: number): Promise<PendingQuery[]> {
    if (Date.now() >= this.dueAt) await this.refresh()
    const now = Date.now()
    const out: PendingQuery[] = []
    for (const [campaignId, c] of this.campaigns) if (c.expiresAt > now && c.hosts.has(hostId)) out.push({ campaignId, sql: c.sql })
    return out
  }

  /** The host's answer is stored (durably, in the database): stop asking it, here and on every other replica. */
  answered(campaignId: number, hostId: number): void {
    this.forget(campaignId, hostId)
    this.bus.pubSub.publish(LIVE_QUERY_ANSWERED, { campaignId, hostId, origin: this.origin } satisfies Answered)
  }

  async stop(): Promise<void> { for (const s of this.stops) await s() }

  private forget(campaignId: number, hostId: number) {
    if (this.refreshing) this.answeredDuringLoad.push([campaignId, hostId])
    this.removeHost(campaignId, hostId)
  }

  private removeHost(campaignId: number, hostId: number) {
    const c = this.campaigns.get(campaignId)
    if (!c) return
    c.hosts.delete(hostId)
    if (!c.hosts.size) this.campaigns.delete(campaignId)
  }

  /** One refresh at a time; callers share it. A failed refresh keeps the cache and is retried after refreshMs. */
  private refresh(): Promise<void> {
    this.refreshing ??= this.load().catch((e) => {
      this.log.warn('live-query cache refresh failed; serving the cached state', { error: (e as Error).message })
    }).finally(() => {
      this.refreshing = null
      this.answeredDuringLoad = []
      this.dueAt = Date.now() + this.opts.refreshMs
    })
    return this.refreshing
  }

  private async load(): Promise<void> {
    const now = Date.now()
    this.answeredDuringLoad = []
    // Campaigns every host has answered are completed here too: two last answers stored at once each
    // still see the other's host as owed, so neither completes the campaign itself.
    await this.repo.completeAnswered()
    let next: Map<number, Entry>
    if (now >= this.fullDueAt) {
      next = new Map((await this.repo.owed(null, this.opts.expirySeconds)).map(entry))
      this.fullDueAt = now + this.opts.fullReloadMs
    } else {
      const running = await this.repo.running(this.opts.expirySeconds)
      next = new Map()
      for (const id of running) { const c = this.campaigns.get(id); if (c) next.set(id, c) }
      const unseen = running.filter((id) => !next.has(id))
      if (unseen.length) for (const [id, e] of (await this.repo.owed(unseen, this.opts.expirySeconds)).map(entry)) next.set(id, e)
    }
    this.campaigns = next
    const answered = this.answeredDuringLoad
    this.answeredDuringLoad = []
    for (const [c, h] of answered) this.removeHost(c, h)
  }
}

const entry = (c: OwedCampaign): [number, Entry] => [c.id, { sql: c.query, hosts: new Set(c.host_ids), expiresAt: c.expires_at.getTime() }]

/** Calls `onEvent` for every event of `topic` on the bus until the returned stop() is called. */
function follow<T>(bus: Bus, topic: string, onEvent: (e: T) => void): () => Promise<void> {
  const it = (bus.pubSub.subscribe(topic) as AsyncIterable<T>)[Symbol.asyncIterator]()
  void (async () => {
    try {
      for (;;) {
        const n = await it.next()
        if (n.done) return
        onEvent(n.value)
      }
    } catch { /* the bus closed */ }
  })()
  return async () => { await it.return?.() }
}
