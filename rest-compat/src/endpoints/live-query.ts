// Spec: "Live query" — status checks, target counts, running live queries.
// Results stream over GraphQL subscriptions (campaignEvents).
import { z } from 'zod'
import { call, emptyAnswer, endpoint, int32, reads, runCall, runOperation, type Endpoint } from '../endpoint.js'
import { readJsonBody } from '../body.js'
import { RestError } from '../errors.js'
import { operation } from '../executor.js'
import {
  CountTargetsDocument, LiveQueryStatusDocument, ResultStoreStatusDocument, RunLiveQueryDocument, RunSavedQueryDocument, SearchHostsDocument,
  SelectDocument, type CampaignStatus, type FleetCampaignFragment, type TargetsInput,
} from '../generated/graphql.js'
import { fleetHost, toFleetHost } from '../mappers/host.js'
import { withRenamedKeys } from '../renames.js'

const ids = z.array(z.number().int().min(0)).max(100_000).nullish()
/** A saved query's id (Fleet's query_id, also spelled report_id since 2026): it must fit an id column. */
const queryId = int32().nullish()
const selected = z.object({ hosts: ids, labels: ids, teams: ids }).nullish()

const RUN_SQL = operation(RunLiveQueryDocument)
const RUN_SAVED = operation(RunSavedQueryDocument)
const SELECT = operation(SelectDocument)
const COUNT_TARGETS = operation(CountTargetsDocument)
const LIVE_QUERY_STATUS = operation(LiveQueryStatusDocument)
const RESULT_STORE_STATUS = operation(ResultStoreStatusDocument)
const SEARCH_HOSTS = operation(SearchHostsDocument)

/** Fleet's numeric campaign status (the graph's CampaignStatus enum). */
const FLEET_STATUS = { WAITING: 0, RUNNING: 1, COMPLETED: 2 } as const satisfies Record<CampaignStatus, number>

const count = () => z.number().int()

/** Fleet's campaign JSON: Go field names for Metrics, numeric status. */
const fleetCampaign = z.object({
  created_at: z.string(),
  updated_at: z.string(),
  Metrics: z.object({ TotalHosts: count(), OnlineHosts: count(), OfflineHosts: count(), MissingInActionHosts: count(), NewHosts: count() }),
  id: z.number().int(),
  query_id: z.number().int(),
  status: z.union([z.literal(0), z.literal(1), z.literal(2)]).meta({ description: '0 waiting, 1 running, 2 completed' }),
  user_id: z.number().int().nullable(),
}).meta({ id: 'FleetCampaign', description: 'A live query campaign; results stream over the websocket, SockJS or GraphQL subscriptions' })
const campaignAnswer = z.object({ campaign: fleetCampaign })

function toFleetCampaign(c: FleetCampaignFragment): z.infer<typeof fleetCampaign> {
  // Both run mutations count the targets when they create the campaign; only a stored campaign has none.
  if (!c.metrics) throw new Error('a new campaign came back without its metrics')
  return {
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    Metrics: {
      TotalHosts: c.metrics.totalHosts, OnlineHosts: c.metrics.onlineHosts, OfflineHosts: c.metrics.offlineHosts,
      MissingInActionHosts: c.metrics.missingInActionHosts, NewHosts: c.metrics.newHosts,
    },
    id: Number(c.id),
    query_id: Number(c.queryId),
    status: FLEET_STATUS[c.status],
    user_id: c.userId == null ? null : Number(c.userId),
  }
}

const targetsOf = (s: z.infer<typeof selected>): TargetsInput => ({
  hostIds: (s?.hosts ?? []).map(String), labelIds: (s?.labels ?? []).map(String), teamIds: (s?.teams ?? []).map(String),
})
/** With query_id the saved query runs (observer_can_run applies); otherwise the given SQL. */
const runCampaign = (b: { query?: string | null; query_id?: number | null }, targets: TargetsInput) =>
  b.query_id != null ? call(RUN_SAVED, { queryId: String(b.query_id), targets }) : call(RUN_SQL, { sql: b.query ?? '', targets })

export const runLiveQuery = endpoint({
  body: withRenamedKeys({ query: z.string().nullish(), query_id: queryId, selected }, { report_id: 'query_id' }),
  choose: ({ body }) => runCampaign(body, targetsOf(body.selected)),
  response: campaignAnswer,
  respond: ({ campaign }) => ({ campaign: toFleetCampaign(campaign) }),
})

const byNamesBody = withRenamedKeys({
  query: z.string().nullish(),
  query_id: queryId,
  selected: z.object({ hosts: z.array(z.string().max(255)).max(100_000).nullish(), labels: z.array(z.string().max(255)).max(10_000).nullish() }).nullish(),
}, { report_id: 'query_id' })

/** Two operations: names → ids, then the run (hosts by hostname/uuid/serial, labels by name). */
export const runLiveQueryByNames: Endpoint = reads({ body: byNamesBody, response: campaignAnswer }, (deps) => async (ctx) => {
  const parsed = byNamesBody.safeParse(await readJsonBody(ctx, deps.bodyLimitBytes, true))
  if (!parsed.success) throw new RestError('BAD_REQUEST', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  const b = parsed.data
  const sel = await runOperation(deps, ctx, SELECT, { hosts: b.selected?.hosts ?? [], labels: b.selected?.labels ?? [] })
  const data = await runCall(deps, ctx, runCampaign(b, sel.selectionByNames))
  ctx.type = 'application/json; charset=utf-8'
  const answer: z.infer<typeof campaignAnswer> = { campaign: toFleetCampaign(data.campaign) }
  ctx.body = JSON.stringify(answer)
})

/** With query_id, observers count the hosts they may target with that saved query (its observer_can_run); an unknown one is a 404. */
export const countTargets = endpoint({
  body: withRenamedKeys({ query_id: queryId, selected }, { report_id: 'query_id' }),
  document: COUNT_TARGETS,
  variables: ({ body }) => ({ targets: targetsOf(body.selected), queryId: body.query_id == null ? null : String(body.query_id) }),
  response: z.object({ targets_count: count(), targets_online: count(), targets_offline: count() }),
  respond: ({ countTargets: c }) => ({ targets_count: c.count, targets_online: c.online, targets_offline: c.offline }),
})

export const liveQueryStatus = endpoint({ document: LIVE_QUERY_STATUS, response: emptyAnswer, respond: () => ({}) })
export const resultStoreStatus = endpoint({ document: RESULT_STORE_STATUS, response: emptyAnswer, respond: () => ({}) })

/**
 * Fleet answers `{"hosts": [...]}` (the doc's `targets` object is the older /targets route; fleet-behaviour §2.4).
 * With query_id, observers find the hosts they may target with that saved query (its observer_can_run); an unknown one is a 404.
 */
export const searchHosts = endpoint({
  body: withRenamedKeys({
    query: z.string().max(255).nullish(), query_id: queryId, excluded_host_ids: z.array(z.number().int()).max(100_000).nullish(),
  }, { report_id: 'query_id' }),
  document: SEARCH_HOSTS,
  variables: ({ body }) => ({ q: body.query ?? '', ex: (body.excluded_host_ids ?? []).map(String), queryId: body.query_id == null ? null : String(body.query_id) }),
  response: z.object({ hosts: z.array(fleetHost) }),
  respond: ({ searchHosts }) => ({ hosts: searchHosts.map(toFleetHost) }),
})
