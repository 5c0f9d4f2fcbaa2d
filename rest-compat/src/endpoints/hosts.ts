// REST API: "Hosts > List hosts", "Hosts > Transfer hosts to a team" and "Hosts > Delete host"
// (FleetDM's rest-api.md; not in the seeds). Kibana's reassign and agent delete (kibana/agents.ts) run
// the same services, with the same authorization.
import { z } from 'zod'
import { endpoint, int32, listOptions, queryInt } from '../endpoint.js'
import { operation } from '../executor.js'
import { DeleteHostDocument, ListHostsDocument, TransferHostsDocument, type HostFilter, type HostOrderField } from '../generated/graphql.js'
import { fleetHost, toFleetHost } from '../mappers/host.js'
import { withRenamedKeys } from '../renames.js'

const TRANSFER_HOSTS = operation(TransferHostsDocument)
const DELETE_HOST = operation(DeleteHostDocument)
const LIST_HOSTS = operation(ListHostsDocument)

/** The `order_key` values served, and the order each is. */
const ORDER_KEYS: Record<string, HostOrderField> = {
  id: 'ID', hostname: 'HOSTNAME', display_name: 'DISPLAY_NAME', seen_time: 'SEEN_TIME', last_enrolled_at: 'ENROLLED_AT', status: 'STATUS',
}
/** Fleet's page size when a page is asked for without one (its listOptionsFromRequest). */
const DEFAULT_PER_PAGE = 20
/** Fleet's status filter; `missing` is its older name for MIA. */
const STATUSES = { new: 'NEW', online: 'ONLINE', offline: 'OFFLINE', mia: 'MIA', missing: 'MIA' } as const

/**
 * GET /hosts: Fleet's list options (page from 0, per_page, order_key, order_direction, query) and its
 * host filters: status, team_id (0: hosts in no team; `fleet_id` since 2026), policy_id with
 * policy_response. Any user lists the hosts they can see (observers included). A page without
 * per_page has Fleet's 20 hosts; neither gives up to 10,000 hosts (Fleet: all). Other parameters Fleet
 * reads are ignored (docs/compat.md).
 */
export const listHosts = endpoint({
  query: withRenamedKeys({
    ...listOptions,
    per_page: queryInt(1).pipe(z.number().max(10_000, 'must be at most 10000').optional()),
    order_key: z.enum(Object.keys(ORDER_KEYS) as [string, ...string[]]).optional(),
    order_direction: z.enum(['asc', 'desc', '']).optional(),
    query: z.string().max(1_024).optional(),
    status: z.enum(Object.keys(STATUSES) as [keyof typeof STATUSES, ...(keyof typeof STATUSES)[]]).or(z.literal('')).optional(),
    team_id: queryInt(0),
    policy_id: queryInt(1),
    policy_response: z.enum(['passing', 'failing']).optional(),
  }, { fleet_id: 'team_id' }).superRefine((q, ctx) => {
    if (q.order_direction && !q.order_key) ctx.addIssue({ code: 'custom', path: ['order_direction'], message: 'order_key must be specified with order_direction' })
    if (q.policy_response && q.policy_id == null) ctx.addIssue({ code: 'custom', path: ['policy_response'], message: 'Missing policy_id (it must be set if policy_response is set)' })
  }),
  document: LIST_HOSTS,
  variables: ({ query: q }) => {
    const filter: HostFilter = {
      search: q.query?.trim() || null,
      status: q.status ? [STATUSES[q.status]] : null,
      teamId: q.team_id ? String(q.team_id) : null,
      noTeam: q.team_id === 0 ? true : null,
      policyId: q.policy_id == null ? null : String(q.policy_id),
      policyResponse: q.policy_response ? (q.policy_response === 'passing' ? 'PASSING' : 'FAILING') : null,
    }
    return {
      filter,
      orderBy: q.order_key ? { field: ORDER_KEYS[q.order_key], direction: q.order_direction === 'desc' ? 'DESC' as const : 'ASC' as const } : null,
      page: q.page ?? null,
      perPage: q.per_page ?? (q.page !== undefined ? DEFAULT_PER_PAGE : null),
    }
  },
  response: z.object({ hosts: z.array(fleetHost.extend({ team_name: z.string().nullable() })) }),
  respond: ({ hostList }) => ({ hosts: hostList.map((h) => ({ ...toFleetHost(h), team_name: h.team?.name ?? null })) }),
})

/** POST /hosts/transfer {team_id (null: no team), hosts: [ids]} → {} */
export const transferHosts = endpoint({
  body: z.object({ team_id: int32().positive().nullable(), hosts: z.array(int32().positive()).max(1_000) }),
  document: TRANSFER_HOSTS,
  variables: ({ body }) => ({ teamId: body.team_id == null ? null : String(body.team_id), hostIds: body.hosts.map(String) }),
  response: z.object({}),
  respond: () => ({}),
})

/** DELETE /hosts/{id} → {} */
export const deleteHost = endpoint({
  params: z.object({ id: z.string() }),
  document: DELETE_HOST,
  variables: ({ params }) => ({ id: params.id }),
  response: z.object({}),
  respond: () => ({}),
})
