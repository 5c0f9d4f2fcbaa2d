// Kibana Fleet's agents (seed 003 F1–F3, F5; kibana-fleet.md §2.5, §2.6 "Agent", §4): an agent is a
// host (ADR 0013). List and get, status counts, tags, update and delete, unenroll, reassign, tag
// updates, the action ledger (action_status) and uploads (always none). Each route is one GraphQL
// operation (agents.graphql); the rules live in the inventory subgraph (agent.service.ts).
import { z } from 'zod'
import { call } from '../endpoint.js'
import { RestError } from '../errors.js'
import { operation } from '../executor.js'
import {
  KibanaAgentActionsDocument, KibanaAgentDocument, KibanaAgentExistsDocument, KibanaAgentsDocument, KibanaAgentStatusDocument,
  KibanaAgentTagsDocument, KibanaDeleteAgentDocument, KibanaReassignAgentsDocument, KibanaUnenrollAgentsDocument,
  KibanaUpdateAgentDocument, KibanaUpdateAgentTagsDocument,
  type AgentSelectionInput, type AgentSortField, type KibanaAgentFieldsFragment,
} from '../generated/graphql.js'
import type { Route } from '../routes.js'
import { kibanaEndpoint, kibanaListQuery, kibanaListSchema } from './endpoint.js'

const AGENTS = operation(KibanaAgentsDocument)
const AGENT = operation(KibanaAgentDocument)
const AGENT_EXISTS = operation(KibanaAgentExistsDocument)
const UPDATE_AGENT = operation(KibanaUpdateAgentDocument)
const DELETE_AGENT = operation(KibanaDeleteAgentDocument)
const AGENT_STATUS = operation(KibanaAgentStatusDocument)
const AGENT_TAGS = operation(KibanaAgentTagsDocument)
const UNENROLL = operation(KibanaUnenrollAgentsDocument)
const REASSIGN = operation(KibanaReassignAgentsDocument)
const UPDATE_TAGS = operation(KibanaUpdateAgentTagsDocument)
const ACTIONS = operation(KibanaAgentActionsDocument)

// ---------------------------------------------------------------------------------------------
// Shapes

/** Kibana's boolean query parameter: `true` or `false`. */
const queryBool = z.enum(['true', 'false']).transform((v) => v === 'true')
const agentId = z.string().min(1).max(255)
/** Most agent ids one bulk call may name (the subgraph's list bound); more: batch, or send a kuery. */
const MAX_AGENT_IDS = 1_000
/** `agents`: a list of agent ids, or one kuery. */
const agentsField = z.union([z.array(agentId).max(MAX_AGENT_IDS), z.string().max(10_000)])
const batchSize = z.number().int().min(1).max(10_000).optional()
const tag = z.string().min(1).max(255)

const agentSchema = z.object({
  id: z.string(), type: z.literal('PERMANENT'), active: z.boolean(), enrolled_at: z.string(), unenrolled_at: z.string().optional(),
  policy_id: z.string(), policy_revision: z.number().int().nullable(), last_checkin: z.string().optional(),
  last_checkin_status: z.enum(['online', 'updating']).optional(), status: z.string(), tags: z.array(z.string()), packages: z.array(z.string()),
  local_metadata: z.object({
    host: z.object({ hostname: z.string(), name: z.string(), id: z.string(), architecture: z.string(), ip: z.array(z.string()), mac: z.array(z.string()) }),
    os: z.object({ family: z.string(), full: z.string(), kernel: z.string(), name: z.string(), platform: z.string(), version: z.string() }),
    elastic: z.object({ agent: z.object({ id: z.string(), version: z.string(), upgradeable: z.boolean(), snapshot: z.boolean(), log_level: z.string() }) }),
  }),
  agent: z.object({ id: z.string(), version: z.string() }),
  components: z.array(z.unknown()),
  user_provided_metadata: z.record(z.string(), z.unknown()),
})
const actionIdSchema = z.object({ actionId: z.string() })

/** `Ubuntu 22.04.3 LTS` → name `Ubuntu`, version `22.04.3 LTS` (Fleet's os_version is the name, then the version). */
function splitOs(osVersion: string): { name: string; version: string } {
  const m = /^(.*?)\s+(\d.*)$/.exec(osVersion)
  return m ? { name: m[1]!, version: m[2]! } : { name: osVersion, version: '' }
}

/**
 * A host as Kibana's agent (AgentResponseSchema). The agent version is the osquery version (the agent
 * that answers Kibana's osquery integration); nothing here is upgradeable through Kibana.
 */
export function toAgent(h: KibanaAgentFieldsFragment): z.infer<typeof agentSchema> {
  const os = splitOs(h.osVersion)
  const seen = h.seenTime != null
  return {
    id: h.agentId,
    type: 'PERMANENT',
    active: h.unenrolledAt == null,
    enrolled_at: h.lastEnrolledAt ?? h.createdAt,
    ...(h.unenrolledAt ? { unenrolled_at: h.unenrolledAt } : {}),
    policy_id: h.agentPolicyId,
    policy_revision: h.agentPolicyRevision,
    ...(seen ? { last_checkin: h.seenTime!, last_checkin_status: h.agentStatus === 'UPDATING' ? 'updating' as const : 'online' as const } : {}),
    status: h.agentStatus.toLowerCase(),
    tags: h.agentTags,
    packages: ['osquery_manager'],
    local_metadata: {
      host: {
        hostname: h.hostname, name: h.computerName || h.hostname, id: h.uuid, architecture: h.cpuType,
        ip: h.primaryIp ? [h.primaryIp] : [], mac: h.primaryMac ? [h.primaryMac] : [],
      },
      os: { family: h.platform, full: h.osVersion, kernel: '', name: os.name, platform: h.platformFamily, version: os.version },
      elastic: { agent: { id: h.agentId, version: h.osqueryVersion, upgradeable: false, snapshot: false, log_level: 'info' } },
    },
    agent: { id: h.agentId, version: h.osqueryVersion },
    components: [],
    user_provided_metadata: h.userProvidedMetadata,
  }
}

/** Kibana's sortField names (a `.keyword` suffix allowed) and the sort keys they mean here. */
const SORT_FIELDS: Record<string, AgentSortField> = {
  enrolled_at: 'ENROLLED_AT', last_checkin: 'LAST_CHECKIN', hostname: 'HOSTNAME', 'local_metadata.host.hostname': 'HOSTNAME',
  policy_id: 'POLICY_ID', 'agent.version': 'VERSION', 'local_metadata.elastic.agent.version': 'VERSION', status: 'STATUS',
  id: 'AGENT_ID', 'agent.id': 'AGENT_ID', _id: 'AGENT_ID', unenrolled_at: 'UNENROLLED_AT',
}
function sortFieldOf(field: string | undefined): AgentSortField | undefined {
  if (field === undefined) return undefined
  const key = field.replace(/\.keyword$/, '')
  const f = Object.hasOwn(SORT_FIELDS, key) ? SORT_FIELDS[key] : undefined
  if (!f) throw new RestError('BAD_REQUEST', `[request query.sortField]: cannot sort agents by "${field}"; use one of ${Object.keys(SORT_FIELDS).join(', ')}`)
  return f
}

const selection = (agents: string | string[], includeInactive?: boolean): AgentSelectionInput =>
  (typeof agents === 'string' ? { kuery: agents, includeInactive: includeInactive ?? false } : { agentIds: agents })

// ---------------------------------------------------------------------------------------------
// Routes

/** GET /api/fleet/agents */
export const listAgents = kibanaEndpoint({
  privilege: 'read',
  query: z.object({
    ...kibanaListQuery,
    showInactive: queryBool.optional(),
    getStatusSummary: queryBool.optional(),
    // Accepted and ignored: no agent here is upgradeable or reports metrics.
    showUpgradeable: queryBool.optional(),
    withMetrics: queryBool.optional(),
  }),
  response: kibanaListSchema(agentSchema).extend({ statusSummary: z.record(z.string(), z.number().int()).optional() }),
  document: AGENTS,
  variables: ({ query }) => ({
    page: query.page ?? 1, perPage: query.perPage ?? 20, kuery: query.kuery, showInactive: query.showInactive ?? false,
    sortField: sortFieldOf(query.sortField), sortOrder: query.sortOrder === 'asc' ? 'ASC' : 'DESC', withStatusSummary: query.getStatusSummary ?? false,
  }),
  respond: ({ agents }) => ({
    items: agents.items.map(toAgent), total: agents.total, page: agents.page, perPage: agents.perPage,
    ...(agents.statusSummary ? { statusSummary: Object.fromEntries(agents.statusSummary.map((s) => [s.status.toLowerCase(), s.count])) } : {}),
  }),
})

const agentParams = z.object({ agentId })

/** GET /api/fleet/agents/{agentId} */
export const getAgent = kibanaEndpoint({
  privilege: 'read', params: agentParams, response: z.object({ item: agentSchema }),
  document: AGENT, variables: ({ params }) => ({ agentId: params.agentId }),
  respond: ({ agent }) => ({ item: toAgent(agent) }),
})

/** PUT /api/fleet/agents/{agentId} */
export const updateAgent = kibanaEndpoint({
  privilege: 'all', params: agentParams,
  body: z.object({ tags: z.array(tag).max(100).optional(), user_provided_metadata: z.record(z.string(), z.unknown()).optional() }),
  response: z.object({ item: agentSchema }),
  document: UPDATE_AGENT,
  variables: ({ params, body }) => ({ agentId: params.agentId, tags: body.tags, metadata: body.user_provided_metadata }),
  respond: ({ updateAgent: a }) => ({ item: toAgent(a) }),
})

/** DELETE /api/fleet/agents/{agentId} */
export const deleteAgent = kibanaEndpoint({
  privilege: 'all', params: agentParams, response: z.object({ action: z.literal('deleted') }),
  document: DELETE_AGENT, variables: ({ params }) => ({ agentId: params.agentId }),
  respond: () => ({ action: 'deleted' as const }),
})

/** GET /api/fleet/agent_status */
export const agentStatus = kibanaEndpoint({
  privilege: 'read',
  query: z.object({
    policyId: z.string().max(255).optional(),
    policyIds: z.union([z.string().max(255), z.array(z.string().max(255)).max(MAX_AGENT_IDS)]).optional(),
    kuery: kibanaListQuery.kuery,
  }),
  response: z.object({ results: z.object({
    events: z.number().int(), online: z.number().int(), error: z.number().int(), offline: z.number().int(), other: z.number().int(),
    updating: z.number().int(), inactive: z.number().int(), unenrolled: z.number().int(), orphaned: z.number().int(),
    uninstalled: z.number().int(), all: z.number().int(), active: z.number().int(), total: z.number().int(),
  }) }),
  document: AGENT_STATUS,
  variables: ({ query }) => {
    const ids = query.policyIds !== undefined ? [query.policyIds].flat() : query.policyId !== undefined ? [query.policyId] : undefined
    return { agentPolicyIds: ids, kuery: query.kuery }
  },
  respond: ({ agentStatusCounts: c }) => ({ results: {
    // Kibana's deprecated fields (events, other, total) and statuses no host here takes (error, orphaned, uninstalled).
    events: 0, online: c.online, error: 0, offline: c.offline, other: 0, updating: c.updating, inactive: c.inactive,
    unenrolled: c.unenrolled, orphaned: 0, uninstalled: 0, all: c.all, active: c.active, total: c.active,
  } }),
})

/** GET /api/fleet/agents/tags */
export const agentTags = kibanaEndpoint({
  privilege: 'read', query: z.object({ kuery: kibanaListQuery.kuery, showInactive: queryBool.optional() }),
  response: z.object({ items: z.array(z.string()) }),
  document: AGENT_TAGS, variables: ({ query }) => ({ kuery: query.kuery, showInactive: query.showInactive ?? false }),
  respond: ({ agentTags: items }) => ({ items }),
})

/** POST /api/fleet/agents/{agentId}/unenroll */
export const unenrollAgent = kibanaEndpoint({
  privilege: 'all', params: agentParams,
  body: z.object({ force: z.boolean().optional(), revoke: z.boolean().optional() }).nullable().optional(),
  response: z.object({}),
  document: UNENROLL,
  variables: ({ params, body }) => ({ agents: { agentIds: [params.agentId], requireAll: true }, revoke: body?.revoke ?? false, force: body?.force ?? false }),
  respond: () => ({}),
})

/** POST /api/fleet/agents/bulk_unenroll */
export const bulkUnenrollAgents = kibanaEndpoint({
  privilege: 'all',
  body: z.object({ agents: agentsField, revoke: z.boolean().optional(), force: z.boolean().optional(), includeInactive: z.boolean().optional(), batchSize }),
  response: actionIdSchema,
  document: UNENROLL,
  variables: ({ body }) => ({ agents: selection(body.agents, body.includeInactive), revoke: body.revoke ?? false, force: body.force ?? false }),
  respond: ({ unenrollHosts }) => ({ actionId: unenrollHosts.actionId }),
})

const policyId = z.string().min(1).max(255)

/** POST /api/fleet/agents/{agentId}/reassign */
export const reassignAgent = kibanaEndpoint({
  privilege: 'all', params: agentParams, body: z.object({ policy_id: policyId }), response: z.object({}),
  document: REASSIGN, variables: ({ params, body }) => ({ agents: { agentIds: [params.agentId], requireAll: true }, agentPolicyId: body.policy_id }),
  respond: () => ({}),
})

/** POST /api/fleet/agents/bulk_reassign */
export const bulkReassignAgents = kibanaEndpoint({
  privilege: 'all',
  body: z.object({ policy_id: policyId, agents: agentsField, includeInactive: z.boolean().optional(), batchSize }),
  response: actionIdSchema,
  document: REASSIGN, variables: ({ body }) => ({ agents: selection(body.agents, body.includeInactive), agentPolicyId: body.policy_id }),
  respond: ({ reassignHosts }) => ({ actionId: reassignHosts.actionId }),
})

/** POST /api/fleet/agents/bulk_update_agent_tags */
export const bulkUpdateAgentTags = kibanaEndpoint({
  privilege: 'all',
  body: z.object({
    agents: agentsField, tagsToAdd: z.array(tag).max(100).optional(), tagsToRemove: z.array(tag).max(100).optional(),
    includeInactive: z.boolean().optional(), batchSize,
  }),
  response: actionIdSchema,
  document: UPDATE_TAGS,
  variables: ({ body }) => ({ agents: selection(body.agents, body.includeInactive), tagsToAdd: body.tagsToAdd, tagsToRemove: body.tagsToRemove }),
  respond: ({ updateHostTags }) => ({ actionId: updateHostTags.actionId }),
})

const actionSchema = z.object({
  actionId: z.string(), nbAgentsActionCreated: z.number().int(), nbAgentsAck: z.number().int(), nbAgentsFailed: z.number().int(),
  nbAgentsActioned: z.number().int(), status: z.enum(['COMPLETE', 'FAILED']), type: z.string(), creationTime: z.string(),
  completionTime: z.string(), newPolicyId: z.string().optional(),
  latestErrors: z.array(z.object({ agentId: z.string(), error: z.string(), timestamp: z.string(), hostname: z.string().optional() })),
})

/** GET /api/fleet/agents/action_status (page from 0, as Kibana's) */
export const actionStatus = kibanaEndpoint({
  privilege: 'read',
  query: z.object({
    page: z.coerce.number().int().min(0).max(10_000).optional(),
    perPage: z.coerce.number().int().min(0).max(10_000).optional(),
    date: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    latest: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
    errorSize: z.coerce.number().int().min(0).max(100).optional(),
  }),
  response: z.object({ items: z.array(actionSchema) }),
  document: ACTIONS,
  variables: ({ query }) => ({
    page: query.page ?? 0, perPage: query.perPage ?? 20, latestMs: query.latest, errorSize: query.errorSize ?? 5,
    date: query.date ? new Date(query.date).toISOString() : undefined,
  }),
  respond: ({ agentActions }) => ({
    items: agentActions.map((a) => ({
      actionId: a.actionId, nbAgentsActionCreated: a.nbAgentsActioned, nbAgentsAck: a.nbAgentsAck, nbAgentsFailed: a.nbAgentsFailed,
      nbAgentsActioned: a.nbAgentsActioned, status: a.status, type: a.type, creationTime: a.createdAt, completionTime: a.completedAt,
      ...(a.newPolicyId != null ? { newPolicyId: a.newPolicyId } : {}),
      latestErrors: a.latestErrors.map((e) => ({ agentId: e.agentId, error: e.error, timestamp: e.timestamp, ...(e.hostname != null ? { hostname: e.hostname } : {}) })),
    })),
  }),
})

/** GET /api/fleet/agents/{agentId}/uploads: no agent here uploads diagnostics. */
export const agentUploads = kibanaEndpoint({
  privilege: 'read', params: agentParams,
  // Kibana's upload item, for the OpenAPI document: this server never has one.
  response: z.object({ items: z.array(z.object({
    id: z.string(), name: z.string(), filePath: z.string(), createTime: z.string(), actionId: z.string(), error: z.string().optional(),
    status: z.enum(['READY', 'AWAITING_UPLOAD', 'DELETED', 'EXPIRED', 'IN_PROGRESS', 'FAILED']),
  })) }),
  choose: ({ params }) => call(AGENT_EXISTS, { agentId: params.agentId }),
  respond: () => ({ items: [] }),
})

const F = 'Kibana seed 003: Fleet >'
/** Static paths before `{agentId}`: the router tries routes in order. */
export const AGENT_ROUTES: Route[] = [
  { method: 'get', path: '/api/fleet/agents', endpoint: listAgents, doc: `${F} Get agents (kibana-fleet.md §2.5)`, errors: 'kibana' },
  { method: 'get', path: '/api/fleet/agent_status', endpoint: agentStatus, doc: `${F} Get an agent status summary`, errors: 'kibana' },
  { method: 'get', path: '/api/fleet/agents/tags', endpoint: agentTags, doc: `${F} Get agent tags`, errors: 'kibana' },
  { method: 'get', path: '/api/fleet/agents/action_status', endpoint: actionStatus, doc: `${F} Get an agent action status (F2)`, errors: 'kibana' },
  { method: 'post', path: '/api/fleet/agents/bulk_unenroll', endpoint: bulkUnenrollAgents, doc: `${F} Bulk unenroll agents`, errors: 'kibana' },
  { method: 'post', path: '/api/fleet/agents/bulk_reassign', endpoint: bulkReassignAgents, doc: `${F} Bulk reassign agents (F3)`, errors: 'kibana' },
  { method: 'post', path: '/api/fleet/agents/bulk_update_agent_tags', endpoint: bulkUpdateAgentTags, doc: `${F} Bulk update agent tags`, errors: 'kibana' },
  { method: 'get', path: '/api/fleet/agents/:agentId', endpoint: getAgent, doc: `${F} Get an agent`, errors: 'kibana' },
  { method: 'put', path: '/api/fleet/agents/:agentId', endpoint: updateAgent, doc: `${F} Update an agent by ID`, errors: 'kibana' },
  { method: 'delete', path: '/api/fleet/agents/:agentId', endpoint: deleteAgent, doc: `${F} Delete an agent`, errors: 'kibana' },
  { method: 'post', path: '/api/fleet/agents/:agentId/unenroll', endpoint: unenrollAgent, doc: `${F} Unenroll an agent (F1)`, errors: 'kibana' },
  { method: 'post', path: '/api/fleet/agents/:agentId/reassign', endpoint: reassignAgent, doc: `${F} Reassign an agent`, errors: 'kibana' },
  { method: 'get', path: '/api/fleet/agents/:agentId/uploads', endpoint: agentUploads, doc: `${F} Get agent uploads (F5): always none`, errors: 'kibana' },
]
