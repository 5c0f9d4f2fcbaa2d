// Fleet REST API (newer than the spec): Reports (formerly Queries) > List reports, Get report.
// fleetctl's `get queries` / `get reports` lists through GET /reports (server/service/client_queries.go).
// Fleet's answers carry each renamed key under both names (its renameto tags): `queries` and `reports`,
// `query` and `report`, `team_id` and `fleet_id`, `inherited_query_count` and `inherited_report_count`.
import { z } from 'zod'
import { endpoint, listOptions, queryInt } from '../endpoint.js'
import { operation } from '../executor.js'
import { GetReportDocument, ListReportsDocument, type FleetReportFragment } from '../generated/graphql.js'
import { toFleetTime } from '../mappers/enroll-secret.js'
import { withRenamedKeys } from '../renames.js'

const LIST_REPORTS = operation(ListReportsDocument)
const GET_REPORT = operation(GetReportDocument)

const int = () => z.number().int()

export const fleetReport = z.object({
  created_at: z.string(),
  updated_at: z.string(),
  id: int(),
  team_id: int().nullable().meta({ description: 'Always null: saved queries here are global' }),
  fleet_id: int().nullable().meta({ description: 'team_id under its 2026 name' }),
  interval: int(),
  platform: z.string(),
  min_osquery_version: z.string(),
  automations_enabled: z.boolean(),
  logging: z.string(),
  name: z.string(),
  description: z.string(),
  query: z.string(),
  saved: z.boolean(),
  observer_can_run: z.boolean(),
  discard_data: z.boolean(),
  author_id: int().nullable(),
  author_name: z.string(),
  author_email: z.string(),
}).meta({ id: 'FleetReport', description: 'A saved query (Fleet "report" since 2026)' })
export type FleetReport = z.infer<typeof fleetReport>

export function toFleetReport(q: FleetReportFragment): FleetReport {
  return {
    created_at: toFleetTime(q.createdAt),
    updated_at: toFleetTime(q.updatedAt),
    id: q.id,
    team_id: null,
    fleet_id: null,
    interval: q.interval,
    platform: q.platform,
    min_osquery_version: q.minOsqueryVersion,
    // Results are not stored for automations here: the flags Fleet keeps for them are always off.
    automations_enabled: false,
    logging: q.logging,
    name: q.name,
    description: q.description,
    query: q.query,
    saved: true,
    observer_can_run: q.observerCanRun,
    discard_data: false,
    author_id: q.author ? q.author.id : null,
    author_name: q.author?.name ?? '',
    author_email: q.author?.email ?? '',
  }
}

const meta = z.object({ has_next_results: z.boolean(), has_previous_results: z.boolean() })

/** GET /reports (formerly /queries): Fleet's list options, `fleet_id` (formerly `team_id`), `merge_inherited`, `platform`. */
export const listReports = endpoint({
  query: withRenamedKeys({
    ...listOptions,
    team_id: queryInt(0),
    merge_inherited: z.enum(['1', 'true', '0', 'false', '']).optional().transform((v) => v === '1' || v === 'true'),
    platform: z.string().max(255).optional(),
  }, { fleet_id: 'team_id' }),
  document: LIST_REPORTS,
  variables: ({ query: q }) => ({
    filter: {
      search: q.query ?? null, platform: q.platform ?? null, orderKey: q.order_key ?? null, orderDirection: q.order_direction ?? null,
      page: q.page ?? null, perPage: q.per_page ?? null,
      teamId: q.team_id ? String(q.team_id) : null, mergeInherited: q.merge_inherited,
    },
  }),
  response: z.object({
    queries: z.array(fleetReport), reports: z.array(fleetReport), count: int(),
    inherited_query_count: int(), inherited_report_count: int(), meta,
  }),
  respond: ({ savedQueryList, savedQueryCount }, { query: q }) => {
    const list = savedQueryList.map(toFleetReport)
    // A team's list holds only inherited (global) queries here: every saved query is global.
    const inherited = q.team_id ? savedQueryCount : 0
    const page = q.page ?? 0
    return {
      queries: list, reports: list, count: savedQueryCount,
      inherited_query_count: inherited, inherited_report_count: inherited,
      meta: {
        has_next_results: q.per_page != null && (page + 1) * q.per_page < savedQueryCount,
        has_previous_results: q.per_page != null && page > 0,
      },
    }
  },
})

/** GET /reports/{id} (formerly /queries/{id}) → `{query, report}`; 404 for an unknown id. */
export const getReport = endpoint({
  params: z.object({ id: z.string() }),
  document: GET_REPORT,
  variables: ({ params }) => ({ id: params.id }),
  response: z.object({ query: fleetReport, report: fleetReport }),
  respond: ({ savedQueryById }) => {
    const r = toFleetReport(savedQueryById)
    return { query: r, report: r }
  },
})
