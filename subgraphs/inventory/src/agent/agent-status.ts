// A host's status as a Kibana agent (ADR 0013), from Fleet's host status (host-status.ts): an unenrolled
// host is `unenrolled`; else missing in action is `inactive`, offline is `offline`; a host that checks in
// (online, or new and not yet seen) is `updating` while the revision it was last served is behind its
// agent policy's, else `online`. Kibana's order is the same: unenrolled, inactive, offline, then updating.
// The same rule in SQL (kuery `status:…`, status counts, sorting) is `agentStatusSql` in
// agent.repository.ts, built on the host list's own status expression.
import { hostStatus, type StatusInput } from '../host/host-status.js'

export type AgentStatus = 'online' | 'offline' | 'inactive' | 'unenrolled' | 'updating'

/** Every status this server gives an agent (Kibana has more: error, degraded, enrolling, …, never given here). */
export const AGENT_STATUSES: readonly AgentStatus[] = ['online', 'offline', 'inactive', 'unenrolled', 'updating']

export interface AgentStatusInput extends StatusInput {
  unenrolled_at: Date | null
  /** The revision of its policy last served to the host with its config; null before the first. */
  policy_revision: number | null
}

/** `policyRevision`: the current revision of the host's agent policy (its team's, or the default policy's). */
export function agentStatus(h: AgentStatusInput, policyRevision: number, now = Date.now()): AgentStatus {
  if (h.unenrolled_at) return 'unenrolled'
  const s = hostStatus(h, now)
  if (s === 'mia') return 'inactive'
  if (s === 'offline') return 'offline'
  return h.policy_revision != null && h.policy_revision < policyRevision ? 'updating' : 'online'
}
