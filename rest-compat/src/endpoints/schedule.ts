// Spec: "Packs" — a pack's scheduled queries: list, add, get, modify, delete.
// `/schedule` is the v1 path; `/packs/schedule` the 2022-04/latest one (fleet-behaviour §1.4).
import { z } from 'zod'
import { emptyAnswer, endpoint, int32, listOptions } from '../endpoint.js'
import { operation } from '../executor.js'
import {
  DeleteScheduledDocument, GetScheduledDocument, ModifyScheduledDocument, PackScheduledDocument, ScheduleQueryDocument,
  type UpdateScheduledQueryInput,
} from '../generated/graphql.js'
import { fleetScheduledQuery, toFleetScheduled } from '../mappers/pack.js'

const PACK_SCHEDULED = operation(PackScheduledDocument)
const SCHEDULE_QUERY = operation(ScheduleQueryDocument)
const GET_SCHEDULED = operation(GetScheduledDocument)
const MODIFY_SCHEDULED = operation(ModifyScheduledDocument)
const DELETE_SCHEDULED = operation(DeleteScheduledDocument)

const idParam = z.object({ id: z.string() })
const scheduledAnswer = z.object({ scheduled: fleetScheduledQuery })
const options = {
  snapshot: z.boolean().nullish(),
  removed: z.boolean().nullish(),
  platform: z.string().max(255).nullish(),
  version: z.string().max(255).nullish(),
  shard: int32().nullish(),
}

export const listScheduled = endpoint({
  params: idParam,
  query: z.object(listOptions),
  document: PACK_SCHEDULED,
  variables: ({ params, query: q }) => ({
    packId: params.id, page: q.page ?? null, perPage: q.per_page ?? null, orderKey: q.order_key ?? null, orderDirection: q.order_direction ?? null,
  }),
  response: z.object({ scheduled: z.array(fleetScheduledQuery) }),
  respond: ({ scheduledQueries }) => ({ scheduled: scheduledQueries.map(toFleetScheduled) }),
})

export const addScheduled = endpoint({
  body: z.object({ pack_id: z.number().int(), query_id: z.number().int(), interval: int32(), ...options }),
  document: SCHEDULE_QUERY,
  variables: ({ body: b }) => ({
    input: { packId: String(b.pack_id), queryId: String(b.query_id), interval: b.interval, snapshot: b.snapshot ?? null, removed: b.removed ?? null, platform: b.platform ?? null, version: b.version ?? null, shard: b.shard ?? null },
  }),
  response: scheduledAnswer,
  respond: ({ scheduleQuery }) => ({ scheduled: toFleetScheduled(scheduleQuery) }),
})

export const getScheduled = endpoint({
  params: idParam,
  document: GET_SCHEDULED,
  variables: ({ params }) => ({ id: params.id }),
  response: scheduledAnswer,
  respond: ({ scheduledQuery }) => ({ scheduled: toFleetScheduled(scheduledQuery) }),
})

export const modifyScheduled = endpoint({
  params: idParam,
  body: z.object({ interval: int32().optional(), ...options }),
  document: MODIFY_SCHEDULED,
  // Only keys present in the body are sent: an explicit `"shard": null` clears the shard.
  variables: ({ params, body }) => ({ id: params.id, input: Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as UpdateScheduledQueryInput }),
  response: scheduledAnswer,
  respond: ({ updateScheduledQuery }) => ({ scheduled: toFleetScheduled(updateScheduledQuery) }),
})

export const deleteScheduled = endpoint({
  params: idParam,
  document: DELETE_SCHEDULED,
  variables: ({ params }) => ({ id: params.id }),
  response: emptyAnswer,
  respond: () => ({}),
})
