// Kibana's osquery live queries (shared docs kibana-fleet.md §3; Kibana's live_query routes) over
// campaigns (ADR 0013): one live query (its `action_id`) is one campaign per query, each with its own
// action id; `agents` are the hosts the request resolved to (Host.agentId); `expiration` is when the
// campaigns stop being asked (CAMPAIGN_EXPIRY_SECONDS); results are the stored answers, a document per
// row. Who may run what is decided by the campaigns subgraph (Fleet's rule), so POST needs only read.
// Kibana pages its live-query lists and results from page 0.
import { z } from 'zod'
import { operation } from '../executor.js'
import {
  KibanaLiveQueriesDocument, KibanaLiveQueryDocument, KibanaLiveQueryResultsDocument, KibanaStartLiveQueryDocument,
  type KibanaLiveQueryFragment,
} from '../generated/graphql.js'
import { RestError } from '../errors.js'
import { kibanaEndpoint } from './endpoint.js'
import { ecsMapping, idText, pageQuery, present, sqlText, timeout } from './osquery-common.js'

const START = operation(KibanaStartLiveQueryDocument)
const LIVE_QUERIES = operation(KibanaLiveQueriesDocument)
const LIVE_QUERY = operation(KibanaLiveQueryDocument)
const RESULTS = operation(KibanaLiveQueryResultsDocument)

/** Kibana's query timeout when a request gives none (QUERY_TIMEOUT.DEFAULT). */
const DEFAULT_TIMEOUT = 60
/** The most agent ids each history item lists (the details route lists them all). */
const HISTORY_AGENTS = 10_000
const ACTIONS_INDEX = '.logs-osquery_manager.actions-default'
const RESULTS_INDEX = 'logs-osquery_manager.result-default'

type Live = KibanaLiveQueryFragment & { agents: string[] }

/** One query of an action document. */
const actionQuery = (q: Live['queries'][number], agents: string[]) => ({
  action_id: q.actionId,
  id: q.name,
  query: q.query,
  timeout: q.timeout ?? DEFAULT_TIMEOUT,
  ...present({ ecs_mapping: q.ecsMapping, saved_query_id: q.savedQueryId, version: q.version, platform: q.platform }),
  agents,
})

/** Kibana's action document for a live query. */
const actionDoc = (l: Live) => ({
  action_id: l.actionId,
  '@timestamp': l.createdAt,
  expiration: l.expiresAt,
  type: 'INPUT_ACTION',
  input_type: 'osquery',
  ...present({
    agent_ids: l.agentIds, agent_all: l.agentAll, agent_platforms: l.agentPlatforms, agent_policy_ids: l.agentPolicyIds,
  }),
  agents: l.agents,
  ...present({ user_id: l.user?.email, metadata: l.metadata, pack_id: l.packId, pack_name: l.packName }),
  queries: l.queries.map((q) => actionQuery(q, l.agents)),
})

const liveQueryQuery = z.looseObject({
  id: idText.nullish(), query: sqlText, ecs_mapping: ecsMapping.nullish(), version: z.string().max(255).nullish(), platform: z.string().max(255).nullish(),
  removed: z.boolean().nullish(), snapshot: z.boolean().nullish(), timeout: timeout.nullish(),
})
const ids = (max: number) => z.array(z.string().max(255)).max(max)

const actionSchema = z.looseObject({ action_id: z.string(), '@timestamp': z.string(), expiration: z.string(), agents: z.array(z.string()), queries: z.array(z.looseObject({ action_id: z.string(), id: z.string(), query: z.string() })) })

export const createLiveQuery = kibanaEndpoint({
  privilege: 'read',
  body: z.object({
    agent_ids: ids(1000).nullish(), agent_all: z.boolean().nullish(), agent_platforms: ids(100).nullish(), agent_policy_ids: ids(1000).nullish(),
    query: sqlText.nullish(), queries: z.array(liveQueryQuery).max(100).nullish(), saved_query_id: idText.nullish(), pack_id: idText.nullish(),
    ecs_mapping: ecsMapping.nullish(), timeout: timeout.nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish().refine((m) => m == null || JSON.stringify(m).length <= 65_536, 'at most 64 KiB'),
    // Kibana links a live query to alerts, cases and events of its security app: accepted, not kept here.
    alert_ids: ids(1000).nullish(), case_ids: ids(1000).nullish(), event_ids: ids(1000).nullish(), tags: ids(100).nullish(),
  }),
  response: z.object({ data: actionSchema }),
  document: START,
  variables: ({ body: b }) => ({
    input: {
      agentIds: b.agent_ids ?? null, agentAll: b.agent_all ?? null, agentPlatforms: b.agent_platforms ?? null, agentPolicyIds: b.agent_policy_ids ?? null,
      query: b.query ?? null, savedQueryId: b.saved_query_id ?? null, packId: b.pack_id ?? null, ecsMapping: b.ecs_mapping ?? null, timeout: b.timeout ?? null,
      metadata: b.metadata ?? null,
      queries: b.queries?.map((q) => ({ id: q.id ?? null, query: q.query, ecsMapping: q.ecs_mapping ?? null, timeout: q.timeout ?? null, platform: q.platform ?? null, version: q.version ?? null })) ?? null,
    },
  }),
  respond: ({ liveQuery }) => ({ data: actionDoc(liveQuery) }),
})

/** Kibana's sort fields for the history and for results: their start or answer time. */
const timeSort = (sort: string | undefined, allowed: string[]) => {
  if (sort != null && !allowed.includes(sort)) throw new RestError('BAD_REQUEST', `[request query.sort]: sort by one of ${allowed.join(', ')}`)
}

export const findLiveQueries = kibanaEndpoint({
  privilege: 'read',
  query: z.object({ ...pageQuery(0, 100), kuery: z.string().max(10_000).optional(), withResultCounts: z.string().optional() }),
  response: z.object({ data: z.object({ total: z.number(), items: z.array(z.looseObject({ _id: z.string(), _source: actionSchema })) }) }),
  document: LIVE_QUERIES,
  variables: ({ query: q }) => {
    timeSort(q.sort, ['created_at', 'createdAt', '@timestamp'])
    return { page: (q.page ?? 0) + 1, perPage: q.pageSize ?? 100, kuery: q.kuery ?? null, direction: (q.sortOrder ?? 'desc') === 'desc' ? 'DESC' as const : 'ASC' as const, agents: HISTORY_AGENTS }
  },
  respond: ({ liveQueryPage: p }) => ({
    data: {
      total: p.totalCount,
      items: p.nodes.map((l) => {
        const doc = actionDoc(l)
        return {
          _index: ACTIONS_INDEX, _id: l.actionId, _source: doc,
          fields: { action_id: [doc.action_id], '@timestamp': [doc['@timestamp']], expiration: [doc.expiration], ...(doc.user_id ? { user_id: [doc.user_id] } : {}) },
        }
      }),
    },
  }),
})

export const getLiveQuery = kibanaEndpoint({
  privilege: 'read',
  params: z.object({ liveQueryId: z.string().max(255) }),
  response: z.object({ data: z.looseObject({ action_id: z.string(), status: z.enum(['completed', 'running']), queries: z.array(z.looseObject({ action_id: z.string(), docs: z.number(), pending: z.number(), status: z.string() })) }) }),
  document: LIVE_QUERY,
  variables: ({ params }) => ({ actionId: params.liveQueryId }),
  respond: ({ liveQuery: l }) => {
    const doc = actionDoc(l)
    const counts = new Map(l.queries.map((q) => [q.actionId, q]))
    return {
      data: {
        action_id: doc.action_id, expiration: doc.expiration, '@timestamp': doc['@timestamp'], agents: doc.agents,
        ...present({ user_id: doc.user_id, pack_id: doc.pack_id, pack_name: doc.pack_name }),
        status: l.status === 'COMPLETED' ? 'completed' : 'running',
        queries: doc.queries.map((q) => {
          const c = counts.get(q.action_id)!
          return {
            ...q, docs: c.docs, failed: c.failed, pending: c.pending, responded: c.responded, successful: c.successful,
            status: c.status === 'COMPLETED' ? 'completed' : 'running',
          }
        }),
      },
    }
  },
})

export const getLiveQueryResults = kibanaEndpoint({
  privilege: 'read',
  params: z.object({ liveQueryId: z.string().max(255), actionId: z.string().max(255) }),
  query: z.object({ ...pageQuery(0, 10_000), kuery: z.string().max(10_000).optional() }),
  response: z.object({ data: z.object({ total: z.number(), edges: z.array(z.looseObject({ _id: z.string(), _source: z.record(z.string(), z.unknown()) })), hasMore: z.boolean() }) }),
  document: RESULTS,
  variables: ({ params, query: q }) => {
    timeSort(q.sort, ['@timestamp'])
    return {
      actionId: params.liveQueryId, queryActionId: params.actionId, page: (q.page ?? 0) + 1, perPage: q.pageSize ?? 100, kuery: q.kuery ?? null,
      direction: (q.sortOrder ?? 'desc') === 'desc' ? 'DESC' as const : 'ASC' as const,
    }
  },
  respond: ({ liveQuery, liveQueryResults: r }, { params }) => {
    const q = liveQuery.queries.find((x) => x.actionId === params.actionId)
    return {
      data: {
        total: r.totalCount,
        edges: r.rows.map((row) => ({
          _index: RESULTS_INDEX,
          _id: row.id,
          _source: {
            '@timestamp': row.createdAt, action_id: params.actionId, agent: { id: row.agentId, name: row.hostname }, elastic_agent: { id: row.agentId },
            host: { name: row.hostname }, osquery: row.columns, ...(q ? { action_data: { id: q.name, query: q.query } } : {}),
          },
          fields: {
            '@timestamp': [row.createdAt], action_id: [params.actionId], 'agent.id': [row.agentId], 'agent.name': [row.hostname], 'elastic_agent.id': [row.agentId],
            ...Object.fromEntries(Object.entries(row.columns).map(([k, v]) => [`osquery.${k}`, [v]])),
          },
        })),
        hasMore: r.hasMore,
      },
    }
  },
})
