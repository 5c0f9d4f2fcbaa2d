// Kibana's osquery packs (shared docs kibana-fleet.md §3; Kibana's pack routes) over FleetDM's packs
// (ADR 0013): `policy_ids` are the teams a pack targets (Team.agentPolicyId) and `fleet-default-policy`
// the "All Hosts" label; `enabled` is not `disabled`; each query is a scheduled query (written inline,
// over an unsaved query row the pack owns); `shards`, `ecs_mapping` and `timeout` are stored as given.
// Kibana answers its pack's queries as a map on create, update and read, and as a list on the list and
// copy routes; shards as a map on read and as `{key, value}` pairs elsewhere — so do these routes. The
// list carries both the documented saved-object form (`type`, `id`, `namespaces`, `attributes`) and the
// flat form current Kibana returns (`saved_object_id`, `name`, …).
import { z } from 'zod'
import { operation } from '../executor.js'
import {
  KibanaCopyPackDocument, KibanaCreatePackDocument, KibanaDeletePackDocument, KibanaPackDocument, KibanaPacksDocument, KibanaUpdatePackDocument,
  type KibanaPackFragment, type PackOrderField, type PackQueryInput,
} from '../generated/graphql.js'
import { RestError } from '../errors.js'
import { kibanaEndpoint } from './endpoint.js'
import { OSQUERY_NAMESPACES, ecsMapping, idText, interval, pageQuery, present, shardsList, sqlText, timeout } from './osquery-common.js'

const PACKS = operation(KibanaPacksDocument)
const PACK = operation(KibanaPackDocument)
const CREATE = operation(KibanaCreatePackDocument)
const UPDATE = operation(KibanaUpdatePackDocument)
const DELETE = operation(KibanaDeletePackDocument)
const COPY = operation(KibanaCopyPackDocument)

type Scheduled = KibanaPackFragment['scheduledQueries'][number]

/** One pack query as Kibana writes it. */
const packQueryOf = (s: Scheduled) => ({
  query: s.query,
  interval: s.interval,
  ...present({ platform: s.platform, version: s.version, snapshot: s.snapshot, removed: s.removed, ecs_mapping: s.ecsMapping, timeout: s.timeout }),
})
const queriesMap = (p: KibanaPackFragment) => Object.fromEntries(p.scheduledQueries.map((s) => [s.name, packQueryOf(s)]))
const queriesList = (p: KibanaPackFragment) => p.scheduledQueries.map((s) => ({ id: s.name, ...packQueryOf(s) }))

/** The attributes every answer shares. */
const common = (p: KibanaPackFragment) => ({
  name: p.name,
  description: p.description,
  enabled: p.enabled,
  created_at: p.createdAt,
  ...present({ created_by: p.author?.email }),
  updated_at: p.updatedAt,
  ...present({ updated_by: p.updatedBy?.email }),
  policy_ids: p.agentPolicyIds,
})

/** The create, update and copy answers (`data`): Kibana's PackResponseData. */
const packData = (p: KibanaPackFragment, queries: 'map' | 'list') => ({
  saved_object_id: String(p.databaseId),
  ...common(p),
  queries: queries === 'map' ? queriesMap(p) : queriesList(p),
  shards: shardsList(p.shards),
})

/** The read answer: the saved object with its shards as a map. */
const packRead = (p: KibanaPackFragment) => ({
  type: 'osquery-pack',
  id: String(p.databaseId),
  namespaces: OSQUERY_NAMESPACES,
  saved_object_id: String(p.databaseId),
  ...common(p),
  queries: queriesMap(p),
  shards: p.shards ?? {},
  // FleetDM's system packs (a team's or the global schedule) are read-only here, as Kibana's prebuilt packs.
  read_only: p.type != null,
})

/** A list item: the documented saved-object form and current Kibana's flat form. */
const packItem = (p: KibanaPackFragment) => {
  const { policy_ids, ...attributes } = { ...common(p), queries: queriesList(p), shards: shardsList(p.shards) }
  return { type: 'osquery-pack', id: String(p.databaseId), namespaces: OSQUERY_NAMESPACES, attributes, policy_ids, saved_object_id: String(p.databaseId), ...attributes, read_only: false }
}

const packQuerySchema = z.looseObject({ query: z.string(), interval: z.number() })
const packDataSchema = z.looseObject({ saved_object_id: z.string(), name: z.string(), description: z.string(), enabled: z.boolean(), policy_ids: z.array(z.string()), created_at: z.string(), updated_at: z.string() })
const dataOf = (item: z.ZodType) => z.object({ data: item })

/** Kibana's sort fields for packs. */
const SORTS: Record<string, PackOrderField> = {
  name: 'NAME', created_at: 'CREATED_AT', createdAt: 'CREATED_AT', updated_at: 'UPDATED_AT', updatedAt: 'UPDATED_AT',
}
const sortOf = (sort: string | undefined): PackOrderField => {
  const f = SORTS[sort ?? 'updated_at']
  if (!f) throw new RestError('BAD_REQUEST', `[request query.sort]: packs sort by one of ${Object.keys(SORTS).join(', ')}`)
  return f
}

const packQuery = z.looseObject({
  query: sqlText,
  interval: interval(1),
  platform: z.string().max(255).nullish(),
  version: z.string().max(255).nullish(),
  snapshot: z.boolean().nullish(),
  removed: z.boolean().nullish(),
  timeout: timeout.nullish(),
  ecs_mapping: ecsMapping.nullish(),
})
const queries = z.record(idText, packQuery).refine((m) => Object.keys(m).length <= 1000, 'at most 1000 queries')
const policyIds = z.array(idText).max(1000)
const shards = z.record(idText, z.number().min(0).max(100)).refine((m) => Object.keys(m).length <= 1000, 'at most 1000 entries')

const toQueryInputs = (q: z.infer<typeof queries>): PackQueryInput[] => Object.entries(q).map(([name, v]) => ({
  name, query: v.query, interval: v.interval, platform: v.platform ?? null, version: v.version ?? null, snapshot: v.snapshot ?? null,
  removed: v.removed ?? null, ecsMapping: v.ecs_mapping ?? null, timeout: v.timeout ?? null,
}))

const idParam = z.object({ packId: z.string().max(255) })

/**
 * Largest page of packs: each lists its queries, and the gateway prices a page by its size (a list of
 * queries counts as 10), so 300 packs stay well inside its cost limit (docs/limits.md).
 */
const MAX_PACK_PAGE = 300

export const findPacks = kibanaEndpoint({
  privilege: 'read',
  query: z.object(pageQuery(1, MAX_PACK_PAGE)),
  response: z.object({ page: z.number(), pageSize: z.number(), per_page: z.number(), total: z.number(), data: z.array(z.looseObject({ type: z.string(), id: z.string(), saved_object_id: z.string(), policy_ids: z.array(z.string()) })) }),
  document: PACKS,
  variables: ({ query: q }) => ({
    page: q.page ?? 1, perPage: q.pageSize ?? 20,
    // Kibana's default order: last changed first.
    orderBy: { field: sortOf(q.sort), direction: (q.sortOrder ?? 'desc') === 'desc' ? 'DESC' as const : 'ASC' as const },
  }),
  respond: ({ packPage: p }, { query: q }) => ({ page: q.page ?? 1, pageSize: q.pageSize ?? 20, per_page: q.pageSize ?? 20, total: p.totalCount, data: p.nodes.map(packItem) }),
})

export const createPack = kibanaEndpoint({
  privilege: 'all',
  body: z.object({
    name: idText, description: z.string().max(65_535).nullish(), enabled: z.boolean().nullish(), policy_ids: policyIds.nullish(), shards: shards.nullish(), queries,
  }),
  response: dataOf(packDataSchema),
  document: CREATE,
  variables: ({ body: b }) => ({
    input: { name: b.name, description: b.description ?? null, enabled: b.enabled ?? null, agentPolicyIds: b.policy_ids ?? null, shards: b.shards ?? null, queries: toQueryInputs(b.queries) },
  }),
  respond: ({ createPackWithQueries: p }) => ({ data: packData(p, 'map') }),
})

export const getPack = kibanaEndpoint({
  privilege: 'read',
  params: idParam,
  response: dataOf(packDataSchema.extend({ type: z.string(), id: z.string(), queries: z.record(z.string(), packQuerySchema), read_only: z.boolean() })),
  document: PACK,
  variables: ({ params }) => ({ id: params.packId }),
  respond: ({ pack }) => ({ data: packRead(pack) }),
})

export const updatePack = kibanaEndpoint({
  privilege: 'all',
  params: idParam,
  body: z.object({
    name: idText.optional(), description: z.string().max(65_535).nullish(), enabled: z.boolean().nullish(), policy_ids: policyIds.nullish(),
    shards: shards.nullish(), queries: queries.nullish(),
  }).optional(),
  response: dataOf(packDataSchema),
  document: UPDATE,
  variables: ({ params, body }) => {
    const b = body ?? {}
    // Kibana's update sets the description to the one given, or empty; the rest changes only when given.
    return {
      id: params.packId,
      input: {
        name: b.name, description: b.description ?? '', enabled: b.enabled ?? undefined, agentPolicyIds: b.policy_ids ?? undefined,
        shards: b.shards ?? undefined, queries: b.queries ? toQueryInputs(b.queries) : undefined,
      },
    }
  },
  respond: ({ updatePackWithQueries: p }) => ({ data: packData(p, 'map') }),
})

export const deletePack = kibanaEndpoint({
  privilege: 'all',
  params: idParam,
  response: z.object({}),
  document: DELETE,
  variables: ({ params }) => ({ id: params.packId }),
  respond: () => ({}),
})

export const copyPack = kibanaEndpoint({
  privilege: 'all',
  params: idParam,
  response: dataOf(packDataSchema),
  document: COPY,
  variables: ({ params }) => ({ id: params.packId }),
  respond: ({ copyPack: p }) => ({ data: packData(p, 'list') }),
})
