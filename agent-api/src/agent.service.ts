// The osquery agent API's rules (Fleet server/service/osquery.go): what a host
// is asked on each distributed/read, and what its answers change.
import { FleetError, type Bus } from '@fleetgraph/subgraph-kit'
import { policyApplies } from './platforms.js'
import { campaignTopic, type CampaignResultEvent } from './campaign-results.js'
import type { AgentHost, AgentRepository } from './agent.repository.js'
import type { LiveQueryRepository } from './live-query.repository.js'
import type { PendingQueries } from './pending-queries.js'
import {
  DETAIL_INTERVAL_MS, DETAIL_PREFIX, DETAIL_QUERIES, LABEL_INTERVAL_MS, LABEL_PREFIX, LIVE_PREFIX, POLICY_INTERVAL_MS, POLICY_PREFIX, type HostDetails, type Row,
} from './detail-queries.js'

/** Fleet's default agent options for hosts of an instance that has none configured. */
export const DEFAULT_AGENT_OPTIONS = {
  config: { options: { distributed_interval: 10, logger_tls_period: 10, distributed_plugin: 'tls', disable_distributed: false, logger_tls_endpoint: '/api/osquery/log', pack_delimiter: '/' }, decorators: { load: ['SELECT uuid AS host_uuid FROM system_info;', 'SELECT hostname AS hostname FROM system_info;'] } },
}

const MAX_ROWS_PER_RESULT = 100_000

export interface WritePayload {
  queries: Record<string, Row[] | ''>
  statuses: Record<string, number | string>
  messages: Record<string, string>
}

/** What the rules read and write: the repositories in production, fakes in unit tests. */
export type AgentStore = Pick<AgentRepository, 'hostByNodeKey' | 'markSeen' | 'policyConfig' | 'recordServedRevision' | 'packsForHost' | 'dynamicLabels' | 'policiesFor' | 'recordAnswers'>
export type LiveQueryStore = Pick<LiveQueryRepository, 'saveResult'>
export type PendingStore = Pick<PendingQueries, 'pendingFor' | 'answered'>

export class AgentService {
  constructor(
    private readonly repo: AgentStore,
    private readonly liveQueries: LiveQueryStore,
    private readonly pending: PendingStore,
    private readonly bus: Pick<Bus, 'pubSub'>,
  ) {}

  async authenticate(nodeKey: unknown): Promise<AgentHost> {
    if (typeof nodeKey !== 'string' || !nodeKey) throw new FleetError('UNAUTHENTICATED', 'authentication error: missing node key')
    const host = await this.repo.hostByNodeKey(nodeKey)
    if (!host) throw new FleetError('UNAUTHENTICATED', 'authentication error: invalid node key')
    this.repo.markSeen(host.id)
    return host
  }

  /** The host's osquery config; the agent-policy revision it carries is recorded on the host when it changed (ADR 0013). */
  async config(host: AgentHost): Promise<Record<string, unknown>> {
    const policy = await this.repo.policyConfig(host.team_id)
    const opts = policy.options ?? DEFAULT_AGENT_OPTIONS
    const nested = (opts as { config?: unknown }).config
    const config = { ...((nested ?? opts) as Record<string, unknown>) }
    const packs: Record<string, { platform?: string; queries: Record<string, unknown> }> = {}
    for (const q of await this.repo.packsForHost(host.id, host.team_id)) {
      const pack = (packs[q.pack] ??= { ...(q.platform ? { platform: q.platform } : {}), queries: {} })
      pack.queries[q.name] = {
        query: q.query, interval: q.interval, platform: q.sq_platform, version: q.version,
        ...(q.removed != null ? { removed: q.removed } : {}), ...(q.snapshot != null ? { snapshot: q.snapshot } : {}),
        ...(q.shard != null ? { shard: q.shard } : {}), ...(q.denylist != null ? { denylist: q.denylist } : {}),
      }
    }
    if (host.policy_revision !== policy.revision) await this.repo.recordServedRevision(host.id, policy.revision)
    return { ...config, packs }
  }

  async read(host: AgentHost): Promise<{ queries: Record<string, string>; discovery: Record<string, string>; accelerate?: number }> {
    const queries: Record<string, string> = {}
    const now = Date.now()
    if (host.refetch_requested || !host.detail_updated_at || now - host.detail_updated_at.getTime() > DETAIL_INTERVAL_MS) {
      for (const [name, d] of Object.entries(DETAIL_QUERIES)) queries[DETAIL_PREFIX + name] = d.sql
    }
    if (!host.label_updated_at || now - host.label_updated_at.getTime() > LABEL_INTERVAL_MS) {
      for (const l of await this.repo.dynamicLabels()) {
        if (!l.platform || l.platform === host.platform) queries[LABEL_PREFIX + l.id] = l.query
      }
    }
    if (!host.policy_updated_at || now - host.policy_updated_at.getTime() > POLICY_INTERVAL_MS) {
      for (const p of await this.repo.policiesFor(host.team_id)) {
        if (policyApplies(p.platform, host.platform)) queries[POLICY_PREFIX + p.id] = p.query
      }
    }
    for (const q of await this.pending.pendingFor(host.id)) queries[LIVE_PREFIX + q.campaignId] = q.sql
    // A just-enrolled host (no details yet) polls faster until it has reported them.
    return { queries, discovery: {}, ...(host.hostname ? {} : { accelerate: 10 }) }
  }

  /** Ingests every answer; problems with one query never fail the others (Fleet answers 200 regardless). */
  async write(host: AgentHost, p: WritePayload): Promise<void> {
    const details: HostDetails = {}
    let sawDetails = false
    const labelsIn: number[] = [], labelsOut: number[] = []
    const policies: { id: number; passes: boolean | null }[] = []
    for (const [name, rawRows] of Object.entries(p.queries)) {
      const rows = Array.isArray(rawRows) ? rawRows.slice(0, MAX_ROWS_PER_RESULT) : []
      const status = Number(p.statuses[name] ?? 0)
      const failed = status !== 0 && !Number.isNaN(status) || (typeof p.statuses[name] === 'string' && p.statuses[name] !== '0')
      if (name.startsWith(DETAIL_PREFIX)) {
        const d = DETAIL_QUERIES[name.slice(DETAIL_PREFIX.length)]
        if (d && !failed) { Object.assign(details, d.ingest(rows)); sawDetails = true }
      } else if (name.startsWith(LABEL_PREFIX)) {
        const id = Number(name.slice(LABEL_PREFIX.length))
        if (Number.isSafeInteger(id) && id > 0) (!failed && rows.length > 0 ? labelsIn : labelsOut).push(id)
      } else if (name.startsWith(POLICY_PREFIX)) {
        // Fleet's rule: any row means the host passes; no rows, it fails; a failed query, unknown.
        const id = Number(name.slice(POLICY_PREFIX.length))
        if (Number.isSafeInteger(id) && id > 0) policies.push({ id, passes: failed ? null : rows.length > 0 })
      } else if (name.startsWith(LIVE_PREFIX)) {
        const campaignId = Number(name.slice(LIVE_PREFIX.length))
        if (!Number.isSafeInteger(campaignId) || campaignId <= 0) continue
        const error = failed ? (p.messages[name] || `query failed with status ${p.statuses[name]}`) : null
        // The campaign's rule: running once answers arrive; completed (and no longer asked) when every
        // targeted host has answered; otherwise it stops being asked CAMPAIGN_EXPIRY_SECONDS after it
        // started. The host stops being asked only once its answer is stored: if the store fails, the
        // agent gets a 503 and the question again at its next check-in.
        const saved = await this.liveQueries.saveResult(campaignId, host.id, failed ? [] : rows, error)
        this.pending.answered(campaignId, host.id)
        if (saved.stored) {
          const ev: CampaignResultEvent = {
            kind: 'result', campaignId, hostId: host.id, hostname: host.hostname, displayName: host.computer_name || host.hostname, rows: failed ? [] : rows, error,
          }
          // A signal: subscribers that miss it (Redis down) read the stored result when they catch up.
          this.bus.pubSub.publish(campaignTopic(campaignId), ev)
        }
      }
    }
    if (sawDetails || labelsIn.length || labelsOut.length || policies.length) {
      await this.repo.recordAnswers(host.id, { ...(sawDetails ? { details } : {}), labelsIn, labelsOut, policies })
    }
  }
}
