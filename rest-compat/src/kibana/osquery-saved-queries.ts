// Kibana's osquery saved queries (shared docs kibana-fleet.md §3; Kibana's saved_query routes) over
// FleetDM's saved queries (ADR 0013): Kibana's `id` is the query's name, its `saved_object_id` the query's
// id as a string. `version` is min_osquery_version; snapshot/removed are FleetDM's logging type
// (snapshot; differential; differential_ignore_removals when `removed` is false); `ecs_mapping` and
// `timeout` are stored as given. Reads need Kibana's read privilege (any Fleet role), writes all.
import { z } from 'zod'
import { operation } from '../executor.js'
import {
  KibanaCopySavedQueryDocument, KibanaCreateSavedQueryDocument, KibanaDeleteSavedQueryDocument, KibanaSavedQueriesDocument, KibanaSavedQueryDocument,
  KibanaUpdateSavedQueryDocument, type KibanaSavedQueryFragment, type SavedQueryOrderField,
} from '../generated/graphql.js'
import { RestError } from '../errors.js'
import { kibanaEndpoint } from './endpoint.js'
import { ecsMapping, idText, interval, loggingOf, pageQuery, present, snapshotRemoved, sqlText, timeout } from './osquery-common.js'

const SAVED_QUERIES = operation(KibanaSavedQueriesDocument)
const SAVED_QUERY = operation(KibanaSavedQueryDocument)
const CREATE = operation(KibanaCreateSavedQueryDocument)
const UPDATE = operation(KibanaUpdateSavedQueryDocument)
const DELETE = operation(KibanaDeleteSavedQueryDocument)
const COPY = operation(KibanaCopySavedQueryDocument)

/** Kibana's saved query for a FleetDM saved query. */
export function toKibanaSavedQuery(q: KibanaSavedQueryFragment) {
  return {
    saved_object_id: String(q.databaseId),
    id: q.name,
    ...present({ description: q.description, platform: q.platform, version: q.minOsqueryVersion }),
    query: q.query,
    interval: q.interval,
    ...snapshotRemoved(q.logging),
    ...present({ timeout: q.timeout, ecs_mapping: q.ecsMapping }),
    created_at: q.createdAt,
    ...present({ created_by: q.author?.email }),
    updated_at: q.updatedAt,
    ...present({ updated_by: q.updatedBy?.email }),
    prebuilt: false,
  }
}

const savedQuerySchema = z.looseObject({
  saved_object_id: z.string(), id: z.string(), description: z.string().optional(), platform: z.string().optional(), version: z.string().optional(),
  query: z.string(), interval: z.number(), snapshot: z.boolean(), removed: z.boolean(), timeout: z.number().optional(),
  ecs_mapping: z.record(z.string(), z.unknown()).optional(), created_at: z.string(), created_by: z.string().optional(),
  updated_at: z.string(), updated_by: z.string().optional(), prebuilt: z.boolean(),
})
const dataOf = (item: z.ZodType) => z.object({ data: item })

/** Kibana's sort fields for saved queries; `id` is the name. */
const SORTS: Record<string, SavedQueryOrderField> = {
  id: 'NAME', name: 'NAME', created_at: 'CREATED_AT', createdAt: 'CREATED_AT', updated_at: 'UPDATED_AT', updatedAt: 'UPDATED_AT',
}
const sortOf = (sort: string | undefined): SavedQueryOrderField => {
  const f = SORTS[sort ?? 'id']
  if (!f) throw new RestError('BAD_REQUEST', `[request query.sort]: saved queries sort by one of ${Object.keys(SORTS).join(', ')}`)
  return f
}

const idParam = z.object({ savedQueryId: z.string().max(255) })

const writable = {
  description: z.string().max(65_535).nullish(),
  platform: z.string().max(255).nullish(),
  version: z.string().max(255).nullish(),
  snapshot: z.boolean().nullish(),
  removed: z.boolean().nullish(),
  timeout: timeout.nullish(),
  ecs_mapping: ecsMapping.nullish(),
}

export const findSavedQueries = kibanaEndpoint({
  privilege: 'read',
  query: z.object({ ...pageQuery(1, 1000), search: z.string().max(255).optional() }),
  response: z.object({ page: z.number(), pageSize: z.number(), per_page: z.number(), total: z.number(), data: z.array(savedQuerySchema) }),
  document: SAVED_QUERIES,
  variables: ({ query: q }) => ({
    page: q.page ?? 1, perPage: q.pageSize ?? 20, filter: q.search ? { search: q.search } : null,
    // Kibana's default order: by id (the name), descending.
    orderBy: { field: sortOf(q.sort), direction: (q.sortOrder ?? 'desc') === 'desc' ? 'DESC' as const : 'ASC' as const },
  }),
  respond: ({ savedQueryPage: p }, { query: q }) => ({
    page: q.page ?? 1, pageSize: q.pageSize ?? 20, per_page: q.pageSize ?? 20, total: p.totalCount, data: p.nodes.map(toKibanaSavedQuery),
  }),
})

export const createSavedQuery = kibanaEndpoint({
  privilege: 'all',
  body: z.object({ id: idText, query: sqlText, interval: interval(0), ...writable }),
  response: dataOf(savedQuerySchema),
  document: CREATE,
  variables: ({ body: b }) => ({
    input: {
      name: b.id, query: b.query, interval: b.interval, description: b.description ?? null, platform: b.platform ?? null, minOsqueryVersion: b.version ?? null,
      logging: loggingOf(b.snapshot, b.removed), ecsMapping: b.ecs_mapping ?? null, timeout: b.timeout ?? null,
    },
  }),
  respond: ({ createSavedQuery: q }) => ({ data: toKibanaSavedQuery(q) }),
})

export const getSavedQuery = kibanaEndpoint({
  privilege: 'read',
  params: idParam,
  response: dataOf(savedQuerySchema),
  document: SAVED_QUERY,
  variables: ({ params }) => ({ id: params.savedQueryId }),
  respond: ({ savedQueryById: q }) => ({ data: toKibanaSavedQuery(q) }),
})

export const updateSavedQuery = kibanaEndpoint({
  privilege: 'all',
  params: idParam,
  body: z.object({ id: idText.optional(), query: sqlText.optional(), interval: interval(0).optional(), ...writable }).optional(),
  response: dataOf(savedQuerySchema),
  document: UPDATE,
  variables: ({ params, body }) => {
    const b = body ?? {}
    // Kibana's update sets the description to the one given, or empty; snapshot/removed change the logging only when given.
    const logging = b.snapshot != null || b.removed != null ? loggingOf(b.snapshot, b.removed) : undefined
    return {
      id: params.savedQueryId,
      input: {
        name: b.id, query: b.query, interval: b.interval, description: b.description ?? '', platform: b.platform ?? undefined,
        minOsqueryVersion: b.version ?? undefined, logging, ecsMapping: b.ecs_mapping === undefined ? undefined : b.ecs_mapping, timeout: b.timeout === undefined ? undefined : b.timeout,
      },
    }
  },
  respond: ({ updateSavedQuery: q }) => ({ data: toKibanaSavedQuery(q) }),
})

export const deleteSavedQuery = kibanaEndpoint({
  privilege: 'all',
  params: idParam,
  response: z.object({}),
  document: DELETE,
  variables: ({ params }) => ({ id: params.savedQueryId }),
  respond: () => ({}),
})

export const copySavedQuery = kibanaEndpoint({
  privilege: 'all',
  params: idParam,
  response: dataOf(savedQuerySchema),
  document: COPY,
  variables: ({ params }) => ({ id: params.savedQueryId }),
  respond: ({ copySavedQuery: q }) => ({ data: toKibanaSavedQuery(q) }),
})
