// Kibana Fleet: agent policies (kibana-fleet.md §1a F4, F19, §2.6; ADR 0013). An agent policy is a team
// (its agent options, the packs targeting it, its osquery_manager integration); `fleet-default-policy`
// is the global configuration (hosts on no team). Each route is one GraphQL operation; rules (names,
// namespaces, roles, revisions, the delete refusal) live in the inventory subgraph.
// Choices (docs/compat.md): `namespace` is required as in Kibana (strict); `sys_monitoring` is accepted
// and creates nothing (there is no system integration for osquery hosts); Kibana-only attributes are
// stored as given and echoed.
import { z } from 'zod'
import { operation } from '../executor.js'
import {
  KibanaAgentPoliciesByIdsDocument, KibanaAgentPoliciesDocument, KibanaAgentPolicyDocument, KibanaCopyAgentPolicyDocument,
  KibanaCreateAgentPolicyDocument, KibanaDeleteAgentPolicyDocument, KibanaUpdateAgentPolicyDocument,
  type KibanaAgentPolicyFieldsFragment, type KibanaPackagePolicyFieldsFragment,
} from '../generated/graphql.js'
import { kibanaEndpoint, kibanaListQuery, kibanaListSchema } from './endpoint.js'
import { agentPolicySchema, bulkIds, inputsFormat, queryBool, toKibanaAgentPolicy, toPackagePolicyIn } from './policy-shapes.js'

const LIST = operation(KibanaAgentPoliciesDocument)
const GET = operation(KibanaAgentPolicyDocument)
const BULK_GET = operation(KibanaAgentPoliciesByIdsDocument)
const CREATE = operation(KibanaCreateAgentPolicyDocument)
const UPDATE = operation(KibanaUpdateAgentPolicyDocument)
const DELETE = operation(KibanaDeleteAgentPolicyDocument)
const COPY = operation(KibanaCopyAgentPolicyDocument)

type Format = 'simplified' | 'legacy' | undefined
type WithPackagePolicies = KibanaAgentPolicyFieldsFragment & { agents?: number; packagePolicies: (Partial<KibanaPackagePolicyFieldsFragment> & { id: string })[] }

/** A policy with its integrations as ids, or as full objects when they were read. */
function toPolicy(p: WithPackagePolicies, full: boolean, format: Format) {
  const packagePolicies = full ? p.packagePolicies.map((pp) => toPackagePolicyIn(format)(pp as KibanaPackagePolicyFieldsFragment)) : p.packagePolicies.map((pp) => pp.id)
  return toKibanaAgentPolicy(p, { agents: p.agents, packagePolicies })
}

const nameSchema = z.string({ error: (i) => `expected value of type [string] but got [${i.input === undefined ? 'undefined' : i.input === null ? 'null' : typeof i.input}]` })
  .min(1, { error: 'value has length [0] but it must have a minimum length of [1].' })
  .refine((s) => s.trim().length > 0, { error: 'Agent policy name cannot be blank' })

/** Kibana's NewAgentPolicy: name and namespace required, the rest stored as Kibana-only attributes. */
const agentPolicyBody = z.looseObject({
  id: z.string().min(1).max(255).optional(),
  name: nameSchema,
  namespace: z.string(),
  description: z.string().optional(),
  inactivity_timeout: z.number().int().min(0).optional(),
  unenroll_timeout: z.number().int().min(0).optional(),
  monitoring_enabled: z.array(z.enum(['logs', 'metrics', 'traces'])).optional(),
  force: z.boolean().optional(),
  bumpRevision: z.boolean().optional(),
})
type AgentPolicyBody = z.infer<typeof agentPolicyBody>

const attributesOf = (body: AgentPolicyBody): Record<string, unknown> => {
  const { id: _id, name: _n, namespace: _ns, description: _d, force: _f, bumpRevision: _b, ...rest } = body
  return rest
}

const policyParams = z.object({ agentPolicyId: z.string().max(10_000) })

export const listAgentPolicies = kibanaEndpoint({
  privilege: 'read',
  query: z.object({
    ...kibanaListQuery, showUpgradeable: queryBool, withAgentCount: queryBool, noAgentCount: queryBool, full: queryBool, format: inputsFormat,
  }).superRefine((q, ctx) => {
    if (q.perPage && q.perPage > 100 && (q.full || q.noAgentCount === false || q.withAgentCount)) {
      ctx.addIssue({ code: 'custom', message: 'perPage should be less or equal to 100 when fetching full policies or agent count.' })
    }
  }),
  response: kibanaListSchema(agentPolicySchema),
  document: LIST,
  variables: ({ query: q }) => ({
    page: q.page, perPage: q.perPage, sortField: q.sortField, sortOrder: q.sortOrder, kuery: q.kuery,
    withAgents: !!q.withAgentCount || q.noAgentCount === false, full: !!q.full,
  }),
  respond: ({ agentPolicies: r }, { query: q }) => ({
    items: r.items.map((p) => toPolicy(p, !!q.full, q.format)), total: r.total, page: r.page, perPage: r.perPage,
  }),
})

export const getAgentPolicy = kibanaEndpoint({
  privilege: 'read',
  params: policyParams,
  query: z.object({ format: inputsFormat }),
  response: z.object({ item: agentPolicySchema }),
  document: GET,
  variables: ({ params }) => ({ id: params.agentPolicyId }),
  respond: ({ agentPolicy }, { query }) => ({ item: toPolicy(agentPolicy, true, query.format) }),
})

export const bulkGetAgentPolicies = kibanaEndpoint({
  privilege: 'read',
  query: z.object({ format: inputsFormat }),
  body: z.object({ ids: bulkIds, ignoreMissing: z.boolean().optional(), full: z.boolean().optional() }),
  response: z.object({ items: z.array(agentPolicySchema) }),
  document: BULK_GET,
  variables: ({ body }) => ({ ids: body.ids, ignoreMissing: body.ignoreMissing, full: !!body.full }),
  respond: ({ agentPoliciesByIds }, { body, query }) => ({ items: agentPoliciesByIds.map((p) => toPolicy(p, !!body.full, query.format)) }),
})

export const createAgentPolicy = kibanaEndpoint({
  privilege: 'all',
  query: z.object({ sys_monitoring: queryBool }),
  body: agentPolicyBody,
  response: z.object({ item: agentPolicySchema }),
  document: CREATE,
  variables: ({ body }) => ({
    id: body.id, input: { name: body.name, namespace: body.namespace, description: body.description, attributes: attributesOf(body) },
  }),
  respond: ({ createAgentPolicy: p }) => ({ item: toPolicy(p, false, undefined) }),
})

export const updateAgentPolicy = kibanaEndpoint({
  privilege: 'all',
  params: policyParams,
  query: z.object({ format: inputsFormat }),
  body: agentPolicyBody,
  response: z.object({ item: agentPolicySchema }),
  document: UPDATE,
  variables: ({ params, body }) => ({
    id: params.agentPolicyId, bumpRevision: body.bumpRevision,
    input: { name: body.name, namespace: body.namespace, description: body.description, attributes: attributesOf(body) },
  }),
  respond: ({ updateAgentPolicy: p }, { query }) => ({ item: toPolicy(p, true, query.format) }),
})

export const deleteAgentPolicy = kibanaEndpoint({
  privilege: 'all',
  body: z.object({ agentPolicyId: z.string().max(10_000), force: z.boolean().optional() }),
  response: z.object({ id: z.string(), name: z.string() }),
  document: DELETE,
  variables: ({ body }) => ({ id: body.agentPolicyId }),
  respond: ({ deleteAgentPolicy: d }) => ({ id: d.id, name: d.name }),
})

export const copyAgentPolicy = kibanaEndpoint({
  privilege: 'all',
  params: policyParams,
  query: z.object({ format: inputsFormat }),
  body: z.object({ name: nameSchema, description: z.string().optional() }),
  response: z.object({ item: agentPolicySchema }),
  document: COPY,
  variables: ({ params, body }) => ({ id: params.agentPolicyId, name: body.name, description: body.description }),
  respond: ({ copyAgentPolicy: p }, { query }) => ({ item: toPolicy(p, true, query.format) }),
})
