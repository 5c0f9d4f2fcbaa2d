// Spec: "Live query" — status checks, target counts, running live queries.
// Results stream over GraphQL subscriptions (campaignEvents).
import { z } from 'zod'
import { endpoint, reads, runOperation, type Endpoint } from '../endpoint.js'
import { readJsonBody } from '../body.js'
import { RestError } from '../errors.js'
import { HOST_FIELDS, toFleetHost } from '../mappers/host.js'

const ids = z.array(z.number().int().min(0)).max(100_000).nullish()
const selected = z.object({ hosts: ids, labels: ids, teams: ids }).nullish()

const CAMPAIGN = `id status queryId userId createdAt updatedAt metrics { totalHosts onlineHosts offlineHosts missingInActionHosts newHosts }`
const RUN_SQL = `mutation RunLiveQuery($sql: String!, $targets: TargetsInput!) { campaign: runLiveQuery(sql: $sql, targets: $targets) { ${CAMPAIGN} } }`
const RUN_SAVED = `mutation RunSavedQuery($queryId: ID!, $targets: TargetsInput!) { campaign: runSavedQuery(queryId: $queryId, targets: $targets) { ${CAMPAIGN} } }`

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

const targetsOf = (s: z.infer<typeof selected>) => ({
  hostIds: (s?.hosts ?? []).map(String), labelIds: (s?.labels ?? []).map(String), teamIds: (s?.teams ?? []).map(String),
})
/** With query_id the saved query runs (observer_can_run applies); otherwise the given SQL. */
const runVariables = (b: { query?: string | null; query_id?: number | null }, targets: unknown) =>
  b.query_id != null ? { queryId: String(b.query_id), targets } : { sql: b.query ?? '', targets }

export const runLiveQuery = endpoint({
  body: z.object({ query: z.string().nullish(), query_id: z.number().int().nullish(), selected }),
  document: ({ body }) => (body.query_id != null ? RUN_SAVED : RUN_SQL),
  variables: ({ body }) => runVariables(body, targetsOf(body.selected)),
  respond: ({ campaign }) => ({ campaign: toFleetCampaign(campaign) }),
})

const byNamesBody = z.object({
  query: z.string().nullish(),
  query_id: z.number().int().nullish(),
  selected: z.object({ hosts: z.array(z.string().max(255)).max(100_000).nullish(), labels: z.array(z.string().max(255)).max(10_000).nullish() }).nullish(),
})

/** Two operations: names → ids, then the run (hosts by hostname/uuid/serial, labels by name). */
export const runLiveQueryByNames: Endpoint = reads({ body: byNamesBody }, (deps) => async (ctx) => {
  const parsed = byNamesBody.safeParse(await readJsonBody(ctx, deps.bodyLimitBytes, true))
  if (!parsed.success) throw new RestError('BAD_REQUEST', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  const b = parsed.data
  const sel = await runOperation(deps, ctx, `query Select($hosts: [String!]!, $labels: [String!]!) { selectionByNames(hosts: $hosts, labels: $labels) { hostIds labelIds teamIds } }`,
    { hosts: b.selected?.hosts ?? [], labels: b.selected?.labels ?? [] })
  const data = await runOperation(deps, ctx, b.query_id != null ? RUN_SAVED : RUN_SQL, runVariables(b, sel.selectionByNames))
  ctx.type = 'application/json; charset=utf-8'
  ctx.body = JSON.stringify({ campaign: toFleetCampaign(data.campaign) })
})

export const countTargets = endpoint({
  body: z.object({ query_id: z.number().int().nullish(), selected }),
  document: `query CountTargets($targets: TargetsInput!) { countTargets(targets: $targets) { count online offline } }`,
  variables: ({ body }) => ({ targets: targetsOf(body.selected) }),
  respond: ({ countTargets: c }) => ({ targets_count: c.count, targets_online: c.online, targets_offline: c.offline }),
})

export const liveQueryStatus = endpoint({ document: `query LiveQueryStatus { liveQueryStatus }`, respond: () => ({}) })
export const resultStoreStatus = endpoint({ document: `query ResultStoreStatus { resultStoreStatus }`, respond: () => ({}) })

/** Fleet answers `{"hosts": [...]}` (the doc's `targets` object is the older /targets route; fleet-behaviour §2.4). */
export const searchHosts = endpoint({
  body: z.object({ query: z.string().max(255).nullish(), query_id: z.number().int().nullish(), excluded_host_ids: z.array(z.number().int()).max(100_000).nullish() }),
  document: `query SearchHosts($q: String, $ex: [ID!]) { searchHosts(query: $q, excludedHostIds: $ex) { ...FleetHost } } ${HOST_FIELDS}`,
  variables: ({ body }) => ({ q: body.query ?? '', ex: (body.excluded_host_ids ?? []).map(String) }),
  respond: ({ searchHosts }) => ({ hosts: searchHosts.map(toFleetHost) }),
})
