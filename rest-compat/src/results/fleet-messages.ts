// campaignEvents (GraphQL) → Fleet's live-query messages {type, data}
// (fleet-behaviour §3: totals, status, result, error). The subscription is in results.graphql.
import { operation } from '../executor.js'
import { CampaignEventsDocument, ResultsAuthDocument, type CampaignEventsSubscription } from '../generated/graphql.js'

export const CAMPAIGN_EVENTS = operation(CampaignEventsDocument)
/** Whose bearer token a results session presents (results.graphql). */
export const RESULTS_AUTH = operation(ResultsAuthDocument)

export interface FleetMessage { type: 'totals' | 'status' | 'result' | 'error'; data: unknown }

export function toFleetMessage(campaignId: number, ev: CampaignEventsSubscription['campaignEvents'] | undefined): FleetMessage | null {
  switch (ev?.__typename) {
    case 'CampaignTotals':
      return { type: 'totals', data: { count: ev.count, online: ev.online, offline: ev.offline, missing_in_action: ev.missingInAction } }
    case 'CampaignProgress':
      return { type: 'status', data: { expected_results: ev.expectedResults, actual_results: ev.actualResults, status: ev.status } }
    case 'CampaignResult': {
      const host = { id: Number(ev.host.id), hostname: ev.host.hostname, display_name: ev.host.displayName }
      // Fleet adds the host's names to every row (issue #8301 keeps them for compatibility).
      const rows = (ev.rows ?? []).filter((r) => r != null).map((r) => ({ ...r, host_hostname: host.hostname, host_display_name: host.display_name }))
      return { type: 'result', data: { distributed_query_execution_id: campaignId, host, rows: ev.error ? [] : rows, error: ev.error ?? null } }
    }
    default:
      return null
  }
}
