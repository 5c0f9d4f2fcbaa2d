// Scheduled-query references (node refetch through the gateway) go through the
// request's loader: fifty references cost one SQL statement. Any reader may see
// any scheduled query, as scheduledQuery(id:) allows.
import { entityReference } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { ScheduledQuery } from './scheduled-query.type.js'

export const scheduledQueryReference = entityReference((ctx: PacksContext, id) => ctx.loaders.scheduledQuery.load(id), (row) => new ScheduledQuery(row), 'ScheduledQuery')
