// Kibana Fleet: package policies, osquery_manager only (kibana-fleet.md §1a F12–F14, F17, §2.6; ADR 0013).
// An integration's osquery options are its agent policy's agent options (config.options): a body's
// `inputs[…].config.osquery.value.options` (legacy array or simplified object) writes them. Its packs
// are the packs targeting the policy (managed through the packs APIs; packs in a body are not applied).
// Any other package (seed 004's nginx) is Kibana's Boom 400: this server manages osquery agents only.
import { z } from 'zod'
import { operation } from '../executor.js'
import {
  KibanaCreatePackagePolicyDocument, KibanaDeletePackagePoliciesDocument, KibanaPackagePoliciesByIdsDocument, KibanaPackagePoliciesDocument,
  KibanaPackagePolicyDocument, KibanaPackagePolicyUpgradeDryRunDocument, KibanaUpdatePackagePolicyDocument, KibanaUpgradePackagePoliciesDocument,
} from '../generated/graphql.js'
import { RestError } from '../errors.js'
import { kibanaEndpoint, kibanaListQuery, kibanaListSchema } from './endpoint.js'
import {
  bulkIds, inputsFormat, onePolicyId, packagePolicyFields, packagePolicySchema, queryBool, toKibanaPackagePolicy, toPackagePolicyIn,
} from './policy-shapes.js'

const LIST = operation(KibanaPackagePoliciesDocument)
const GET = operation(KibanaPackagePolicyDocument)
const BULK_GET = operation(KibanaPackagePoliciesByIdsDocument)
const CREATE = operation(KibanaCreatePackagePolicyDocument)
const UPDATE = operation(KibanaUpdatePackagePolicyDocument)
const DELETE = operation(KibanaDeletePackagePoliciesDocument)
const UPGRADE = operation(KibanaUpgradePackagePoliciesDocument)
const DRY_RUN = operation(KibanaPackagePolicyUpgradeDryRunDocument)

const idParams = z.object({ packagePolicyId: z.string().max(10_000) })
const pkg = z.looseObject({ name: z.string(), version: z.string(), title: z.string().optional() })
const inputs = z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())], { error: 'expected value of type [array] or [object]' })

/** Kibana's NewPackagePolicy, legacy or simplified: what this server reads of it; the rest is kept as attributes. */
const createBody = z.looseObject({
  id: z.string().min(1).max(255).optional(),
  name: z.string().min(1, { error: 'value has length [0] but it must have a minimum length of [1].' }),
  description: z.string().optional(),
  namespace: z.string().optional(),
  policy_id: z.string().nullable().optional(),
  policy_ids: z.array(z.string()).optional(),
  package: pkg,
  enabled: z.boolean().optional(),
  inputs: inputs.optional(),
  vars: z.record(z.string(), z.unknown()).optional(),
  force: z.boolean().optional(),
})
const updateBody = createBody.extend({ name: createBody.shape.name.optional(), package: pkg.optional(), version: z.string().optional() })

const outcome = z.looseObject({ id: z.string(), success: z.boolean(), name: z.string().optional(), statusCode: z.number().int().optional(), body: z.object({ message: z.string() }).optional() })

export const listPackagePolicies = kibanaEndpoint({
  privilege: 'read',
  query: z.object({ ...kibanaListQuery, format: inputsFormat, withAgentCount: queryBool, showUpgradeable: queryBool }),
  response: kibanaListSchema(packagePolicySchema),
  document: LIST,
  variables: ({ query: q }) => ({ page: q.page, perPage: q.perPage, sortField: q.sortField, sortOrder: q.sortOrder, kuery: q.kuery }),
  respond: ({ packagePolicies: r }, { query }) => ({ items: r.items.map(toPackagePolicyIn(query.format)), total: r.total, page: r.page, perPage: r.perPage }),
})

export const getPackagePolicy = kibanaEndpoint({
  privilege: 'read',
  params: idParams,
  query: z.object({ format: inputsFormat }),
  response: z.object({ item: packagePolicySchema }),
  document: GET,
  variables: ({ params }) => ({ id: params.packagePolicyId }),
  respond: ({ packagePolicy }, { query }) => ({ item: toPackagePolicyIn(query.format)(packagePolicy) }),
})

export const bulkGetPackagePolicies = kibanaEndpoint({
  privilege: 'read',
  query: z.object({ format: inputsFormat }),
  body: z.object({ ids: bulkIds, ignoreMissing: z.boolean().optional() }),
  response: z.object({ items: z.array(packagePolicySchema) }),
  document: BULK_GET,
  variables: ({ body }) => ({ ids: body.ids, ignoreMissing: body.ignoreMissing }),
  respond: ({ packagePoliciesByIds }, { query }) => ({ items: packagePoliciesByIds.map(toPackagePolicyIn(query.format)) }),
})

export const createPackagePolicy = kibanaEndpoint({
  privilege: 'all',
  query: z.object({ format: inputsFormat }),
  body: createBody,
  response: z.object({ item: packagePolicySchema }),
  document: CREATE,
  variables: ({ body }) => {
    const f = packagePolicyFields(body)
    return {
      id: body.id,
      input: {
        name: body.name, agentPolicyId: onePolicyId(body, true)!, packageName: f.packageName ?? '', packageVersion: f.packageVersion,
        description: f.description, namespace: f.namespace, enabled: f.enabled, osqueryOptions: f.osqueryOptions, attributes: f.attributes,
      },
    }
  },
  respond: ({ createPackagePolicy: pp }, { query }) => ({ item: toPackagePolicyIn(query.format)(pp) }),
})

export const updatePackagePolicy = kibanaEndpoint({
  privilege: 'all',
  params: idParams,
  query: z.object({ format: inputsFormat }),
  body: updateBody,
  response: z.object({ item: packagePolicySchema }),
  document: UPDATE,
  variables: ({ params, body }) => {
    const f = packagePolicyFields(body)
    return {
      id: params.packagePolicyId,
      input: {
        name: body.name, agentPolicyId: onePolicyId(body, false), packageName: f.packageName, packageVersion: f.packageVersion,
        description: f.description, namespace: f.namespace, enabled: f.enabled, osqueryOptions: f.osqueryOptions,
        // Merged into the stored attributes: what the body leaves out (inputs, vars, …) is kept, as in Kibana.
        attributes: f.attributes,
      },
    }
  },
  respond: ({ updatePackagePolicy: pp }, { query }) => ({ item: toPackagePolicyIn(query.format)(pp) }),
})

/** Kibana's DELETE /package_policies/{id}: `{id}`, also when it was already gone (idempotent); 403 when not the caller's. */
export const deletePackagePolicy = kibanaEndpoint({
  privilege: 'all',
  params: idParams,
  query: z.object({ force: queryBool }),
  response: z.object({ id: z.string() }),
  document: DELETE,
  variables: ({ params }) => ({ ids: [params.packagePolicyId] }),
  respond: ({ deletePackagePolicies: [r] }, { params }) => {
    if (r && !r.success && r.statusCode !== 404) throw new RestError('FORBIDDEN', r.message ?? 'Forbidden')
    return { id: params.packagePolicyId }
  },
})

export const bulkDeletePackagePolicies = kibanaEndpoint({
  privilege: 'all',
  body: z.object({ packagePolicyIds: z.array(z.string()), force: z.boolean().optional() }),
  response: z.array(outcome),
  document: DELETE,
  variables: ({ body }) => ({ ids: body.packagePolicyIds }),
  respond: ({ deletePackagePolicies }) => deletePackagePolicies.map((r) => (r.success
    ? {
      id: r.id, name: r.name, success: true, policy_id: r.agentPolicyId, policy_ids: r.agentPolicyId ? [r.agentPolicyId] : [],
      package: { name: 'osquery_manager', title: 'Osquery Manager', version: r.packageVersion },
    }
    : { id: r.id, success: false, statusCode: r.statusCode, body: { message: r.message } })),
})

/** Kibana answers the first failure as the route's own error, else every outcome. */
export const upgradePackagePolicies = kibanaEndpoint({
  privilege: 'all',
  body: z.object({ packagePolicyIds: z.array(z.string()) }),
  response: z.array(outcome),
  document: UPGRADE,
  variables: ({ body }) => ({ ids: body.packagePolicyIds }),
  respond: ({ upgradePackagePolicies }) => {
    const failed = upgradePackagePolicies.find((r) => !r.success)
    if (failed) throw new RestError(failed.statusCode === 404 ? 'NOT_FOUND' : 'FORBIDDEN', failed.message ?? 'Failed')
    return upgradePackagePolicies.map((r) => ({ id: r.id, name: r.name, success: true }))
  },
})

export const dryRunUpgradePackagePolicies = kibanaEndpoint({
  privilege: 'read',
  body: z.object({ packagePolicyIds: z.array(z.string()), packageVersion: z.string().optional() }),
  response: z.array(z.looseObject({ name: z.string().optional(), hasErrors: z.boolean(), diff: z.array(z.unknown()).optional(), agent_diff: z.array(z.unknown()).optional() })),
  document: DRY_RUN,
  variables: ({ body }) => ({ ids: body.packagePolicyIds, packageVersion: body.packageVersion }),
  respond: ({ packagePolicyUpgradeDryRun }) => {
    const failed = packagePolicyUpgradeDryRun.find((r) => r.hasErrors)
    if (failed) throw new RestError('BAD_REQUEST', failed.message ?? 'Failed')
    return packagePolicyUpgradeDryRun.map((r) => {
      const current = toKibanaPackagePolicy(r.current!)
      const upgraded = { ...current, package: { ...current.package, version: r.targetVersion } }
      const input = current.inputs[0]!
      return {
        name: current.name, hasErrors: false, diff: [current, upgraded],
        agent_diff: [[{
          id: current.id, name: current.name, revision: current.revision, type: input.type, data_stream: { namespace: current.namespace },
          use_output: 'default', package_policy_id: current.id, meta: { package: { name: current.package.name, version: current.package.version } },
          streams: input.streams, osquery: input.config.osquery.value,
        }]],
      }
    })
  },
})
