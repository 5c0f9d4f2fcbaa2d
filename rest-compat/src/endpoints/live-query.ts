// Spec: "Live query" — run a live query. Results stream over GraphQL
// subscriptions (campaignEvents); the WebSocket/SockJS streams come next.
import { z } from 'zod'
import { endpoint } from '../endpoint.js'

const ids = z.array(z.number().int().min(0)).max(100_000).nullish()

/** Fleet's campaign JSON: Go field names for Metrics, numeric status. */
function toFleetCampaign(c: any) {
  return {
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    Metrics: {
      TotalHosts: c.metrics.totalHosts, OnlineHosts: c.metrics.onlineHosts, OfflineHosts: c.metrics.offlineHosts,
      MissingInActionHosts: c.metrics.missingInActionHosts, NewHosts: c.metrics.newHosts,
    },
    id: Number(c.id),
    query_id: Number(c.queryId),
    status: c.status,
    user_id: c.userId == null ? null : Number(c.userId),
  }
}

export const runLiveQuery = endpoint({
  body: z.object({
    query: z.string().nullish(),
    query_id: z.number().int().nullish(),
    selected: z.object({ hosts: ids, labels: ids, teams: ids }).nullish(),
  }),
  document: `mutation RunLiveQuery($sql: String!, $targets: TargetsInput!) {
    runLiveQuery(sql: $sql, targets: $targets) { id status queryId userId createdAt updatedAt
      metrics { totalHosts onlineHosts offlineHosts missingInActionHosts newHosts } }
  }`,
  variables: ({ body: b }) => ({
    sql: b.query ?? '',
    targets: {
      hostIds: (b.selected?.hosts ?? []).map(String), labelIds: (b.selected?.labels ?? []).map(String), teamIds: (b.selected?.teams ?? []).map(String),
    },
  }),
  respond: ({ runLiveQuery: c }) => ({ campaign: toFleetCampaign(c) }),
})
