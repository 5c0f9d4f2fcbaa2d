// campaignEvents (GraphQL) → Fleet's live-query messages {type, data}
// (fleet-behaviour §3: totals, status, result, error).
export const CAMPAIGN_EVENTS = `subscription CampaignEvents($id: ID!) { campaignEvents(campaignId: $id) {
  __typename
  ... on CampaignTotals { count online offline missingInAction }
  ... on CampaignStatus { expectedResults actualResults status }
  ... on CampaignResult { host { id hostname displayName } rows error }
} }`

export interface FleetMessage { type: 'totals' | 'status' | 'result' | 'error'; data: unknown }

export function toFleetMessage(campaignId: number, ev: any): FleetMessage | null {
  switch (ev?.__typename) {
    case 'CampaignTotals':
      return { type: 'totals', data: { count: ev.count, online: ev.online, offline: ev.offline, missing_in_action: ev.missingInAction } }
    case 'CampaignStatus':
      return { type: 'status', data: { expected_results: ev.expectedResults, actual_results: ev.actualResults, status: ev.status } }
    case 'CampaignResult': {
      const host = { id: Number(ev.host.id), hostname: ev.host.hostname, display_name: ev.host.displayName }
      // Fleet adds the host's names to every row (issue #8301 keeps them for compatibility).
      const rows = (ev.rows ?? []).filter((r: unknown) => r != null).map((r: Record<string, unknown>) => ({ ...r, host_hostname: host.hostname, host_display_name: host.display_name }))
      return { type: 'result', data: { distributed_query_execution_id: campaignId, host, rows: ev.error ? [] : rows, error: ev.error ?? null } }
    }
    default:
      return null
  }
}
