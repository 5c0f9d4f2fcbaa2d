// Kibana's shapes for agent policies, osquery_manager package policies and enrollment API keys (kibana
// -fleet.md §2.6), from the GraphQL fields, and the request pieces their routes share. Pure mappers:
// every rule lives in the inventory subgraph (ADR 0013).
import { z } from 'zod'
import type {
  KibanaAgentPolicyFieldsFragment, KibanaEnrollmentApiKeyFieldsFragment, KibanaPackagePolicyFieldsFragment,
} from '../generated/graphql.js'
import { RestError } from '../errors.js'

/** Kibana's FLEET_AGENT_POLICIES_SCHEMA_VERSION. */
export const AGENT_POLICY_SCHEMA_VERSION = '1.1.1'
/** Kibana's default inactivity timeout (two weeks, seconds), for policies stored without one. */
const DEFAULT_INACTIVITY_TIMEOUT = 1_209_600
/** The one input of an osquery_manager integration, keyed as Kibana's simplified format keys it. */
export const OSQUERY_INPUT_KEY = 'osquery_manager-osquery'

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A saved-object version: base64 of [revision, 1], as Kibana's `version` looks (sending it back changes nothing here). */
export const soVersion = (revision: number) => Buffer.from(JSON.stringify([revision, 1])).toString('base64')

/** A Kibana boolean query parameter ("true" / "false"). */
export const queryBool = z.enum(['true', 'false'], { error: 'expected value of type [boolean] but got [string]' }).transform((v) => v === 'true').optional()
/** Kibana's `format` query parameter of package policies. */
export const inputsFormat = z.enum(['simplified', 'legacy'], { error: 'types that failed validation: it must be "simplified" or "legacy"' }).optional()
/** Kibana's bulk-get body: at least one id. */
export const bulkIds = z.array(z.string()).min(1, { error: 'array size is [0], but cannot be smaller than [1]' })

// ---------------------------------------------------------------- agent policies

export function toKibanaAgentPolicy(p: KibanaAgentPolicyFieldsFragment, extra: { agents?: number; packagePolicies?: unknown[] } = {}) {
  return {
    inactivity_timeout: DEFAULT_INACTIVITY_TIMEOUT,
    ...p.attributes,
    id: p.id,
    name: p.name,
    namespace: p.namespace,
    description: p.description,
    is_default: p.isDefault,
    is_managed: false,
    is_protected: false,
    is_preconfigured: false,
    status: 'active' as const,
    revision: p.revision,
    updated_at: p.updatedAt,
    updated_by: p.updatedBy,
    schema_version: AGENT_POLICY_SCHEMA_VERSION,
    version: soVersion(p.revision),
    package_policies: extra.packagePolicies ?? [],
    ...(extra.agents !== undefined ? { agents: extra.agents, unprivileged_agents: 0 } : {}),
  }
}

export const agentPolicySchema = z.looseObject({
  id: z.string(), name: z.string(), namespace: z.string(), description: z.string(), is_default: z.boolean(), is_managed: z.boolean(),
  is_protected: z.boolean(), status: z.enum(['active', 'inactive']), revision: z.number().int(), updated_at: z.string(), updated_by: z.string(),
  schema_version: z.string(), inactivity_timeout: z.number(), package_policies: z.array(z.unknown()), agents: z.number().int().optional(),
})

// ---------------------------------------------------------------- package policies

/** A stored input's streams (legacy array or simplified object) in Kibana's legacy shape. */
function legacyStreams(input: Json, packagePolicyId: string): unknown[] {
  if (Array.isArray(input.streams)) return input.streams
  if (!isObject(input.streams)) return []
  return Object.entries(input.streams).map(([dataset, s]) => {
    const stream = isObject(s) ? s : {}
    return {
      id: `osquery-${dataset}-${packagePolicyId}`, enabled: stream.enabled ?? true, data_stream: { type: 'logs', dataset },
      ...(isObject(stream.vars) && Object.keys(stream.vars).length ? { vars: Object.fromEntries(Object.entries(stream.vars).map(([k, v]) => [k, { value: v }])) } : {}),
    }
  })
}

/** The one stored input as given (legacy: the first of the array; simplified: the osquery one, else the first). */
function storedInput(inputs: unknown): Json {
  if (Array.isArray(inputs)) return isObject(inputs[0]) ? inputs[0] : {}
  if (isObject(inputs)) { const i = inputs[OSQUERY_INPUT_KEY] ?? Object.values(inputs)[0]; return isObject(i) ? i : {} }
  return {}
}

/** An osquery_manager package policy in Kibana's legacy shape (format=legacy, the default). */
export function toKibanaPackagePolicy(pp: KibanaPackagePolicyFieldsFragment) {
  const { inputs, vars, ...rest } = pp.attributes
  const input = storedInput(inputs)
  return {
    ...rest,
    id: pp.id,
    version: soVersion(pp.revision),
    name: pp.name,
    namespace: pp.namespace || pp.policyNamespace,
    description: pp.description,
    package: { name: pp.packageName, title: pp.packageTitle, version: pp.packageVersion },
    enabled: pp.enabled,
    policy_id: pp.agentPolicyId,
    policy_ids: [pp.agentPolicyId],
    inputs: [{
      type: 'osquery', policy_template: 'osquery_manager', enabled: input.enabled ?? true, streams: legacyStreams(input, pp.id),
      config: { osquery: { value: { options: pp.osqueryOptions, packs: pp.agentPolicy.osqueryPacks } } },
    }],
    ...(vars !== undefined ? { vars } : {}),
    revision: pp.revision,
    created_at: pp.createdAt,
    created_by: pp.createdBy,
    updated_at: pp.updatedAt,
    updated_by: pp.updatedBy,
  }
}

/** The same in Kibana's simplified shape (format=simplified): inputs keyed by "<template>-<type>", no compiled config. */
export function toSimplifiedPackagePolicy(pp: KibanaPackagePolicyFieldsFragment) {
  const input = storedInput(pp.attributes.inputs)
  const streams = isObject(input.streams) ? input.streams
    : Array.isArray(input.streams) ? Object.fromEntries(input.streams.filter(isObject).map((s) => [String((s.data_stream as Json | undefined)?.dataset ?? s.id), { enabled: s.enabled ?? true }]))
      : {}
  return {
    id: pp.id, name: pp.name, namespace: pp.namespace || pp.policyNamespace, description: pp.description,
    package: { name: pp.packageName, title: pp.packageTitle, version: pp.packageVersion },
    policy_id: pp.agentPolicyId, policy_ids: [pp.agentPolicyId],
    ...(pp.attributes.vars !== undefined ? { vars: pp.attributes.vars } : {}),
    inputs: { [OSQUERY_INPUT_KEY]: { enabled: input.enabled ?? true, streams } },
  }
}

/** The mapper for a route's `format` (legacy by default). */
export const toPackagePolicyIn = (format: 'simplified' | 'legacy' | undefined): (pp: KibanaPackagePolicyFieldsFragment) => Json =>
  (format === 'simplified' ? toSimplifiedPackagePolicy : toKibanaPackagePolicy)

export const packagePolicySchema = z.looseObject({
  id: z.string(), name: z.string(), namespace: z.string(), description: z.string(), policy_id: z.string(), policy_ids: z.array(z.string()),
  package: z.object({ name: z.string(), title: z.string(), version: z.string() }), inputs: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]),
  revision: z.number().int().optional(), version: z.string().optional(), enabled: z.boolean().optional(),
})

/** Body keys of a package policy that are not Kibana-only attributes (the server owns or maps them). */
const PACKAGE_POLICY_KEYS = new Set(['id', 'name', 'description', 'namespace', 'policy_id', 'policy_ids', 'package', 'enabled', 'force', 'inputs', 'spaceIds', 'version', 'revision', 'created_at', 'created_by', 'updated_at', 'updated_by'])

/** The osquery options a body carries: `inputs[…].config.osquery.value.options` (legacy array or simplified object). */
function osqueryOptionsOf(inputs: unknown): Json | undefined {
  const list = Array.isArray(inputs) ? inputs : isObject(inputs) ? Object.values(inputs) : []
  for (const i of list) {
    const value = isObject(i) && isObject(i.config) && isObject(i.config.osquery) ? i.config.osquery.value : undefined
    if (isObject(value) && value.options !== undefined) {
      if (!isObject(value.options)) throw new RestError('BAD_REQUEST', '[request body.inputs]: config.osquery.value.options must be an object')
      return value.options
    }
  }
  return undefined
}

/** The inputs as stored (their compiled osquery config dropped: options live in the agent options, packs in packs). */
function storedInputs(inputs: unknown): unknown {
  const strip = (i: unknown) => (isObject(i) ? Object.fromEntries(Object.entries(i).filter(([k]) => k !== 'config' && k !== 'compiled_input')) : i)
  if (Array.isArray(inputs)) return inputs.map(strip)
  if (isObject(inputs)) return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, strip(v)]))
  return undefined
}

/** A Kibana package-policy body (legacy or simplified) as PackagePolicyInput fields. */
export function packagePolicyFields(body: Json) {
  const attributes: Json = {}
  for (const [k, v] of Object.entries(body)) if (!PACKAGE_POLICY_KEYS.has(k) && v !== undefined) attributes[k] = v
  const inputs = storedInputs(body.inputs)
  if (inputs !== undefined) attributes.inputs = inputs
  const pkg = isObject(body.package) ? body.package : undefined
  return {
    packageName: typeof pkg?.name === 'string' ? pkg.name : undefined,
    packageVersion: typeof pkg?.version === 'string' ? pkg.version : undefined,
    description: typeof body.description === 'string' ? body.description : undefined,
    namespace: typeof body.namespace === 'string' ? body.namespace : undefined,
    enabled: typeof body.enabled === 'boolean' ? body.enabled : undefined,
    osqueryOptions: osqueryOptionsOf(body.inputs),
    attributes,
  }
}

/** The one agent policy a body names (policy_ids, else policy_id): this server attaches an integration to exactly one. */
export function onePolicyId(body: { policy_id?: string | null; policy_ids?: string[] | null }, required: boolean): string | undefined {
  const ids = body.policy_ids ?? (body.policy_id ? [body.policy_id] : [])
  if (!ids.length && !required) return undefined
  if (ids.length !== 1) throw new RestError('BAD_REQUEST', `an osquery_manager integration policy belongs to exactly one agent policy here (policy_id, or policy_ids with one id); got ${ids.length}`)
  return ids[0]
}

// ---------------------------------------------------------------- enrollment API keys

export function toKibanaEnrollmentKey(k: KibanaEnrollmentApiKeyFieldsFragment) {
  return {
    id: k.id, api_key_id: k.apiKeyId, api_key: k.apiKey, ...(k.name != null ? { name: k.name } : {}), active: k.active,
    policy_id: k.policyId, created_at: k.createdAt, ...(k.expireAt ? { expire_at: k.expireAt } : {}),
  }
}

export const enrollmentKeySchema = z.object({
  id: z.string(), api_key_id: z.string(), api_key: z.string(), name: z.string().optional(), active: z.boolean(),
  policy_id: z.string(), created_at: z.string(), expire_at: z.string().optional(),
})
