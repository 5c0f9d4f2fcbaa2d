// Kibana's agent-policy rules that hold whichever surface writes (ADR 0013): the default policy's fixed
// id and name, Kibana's namespace rule (common/services/is_valid_namespace.ts, in its own words), the
// name and id limits, and which body keys are Kibana-only attributes stored as given.
import { DEFAULT_AGENT_POLICY_ID } from '@fleetgraph/subgraph-kit'

export { DEFAULT_AGENT_POLICY_ID }

/** The default policy is the global configuration (hosts on no team): FleetDM's name for it, which no team may take. */
export const DEFAULT_POLICY_NAME = 'No team'
/** What a policy's namespace is when none was stored (Kibana's UI default; FleetDM-made teams). */
export const DEFAULT_NAMESPACE = 'default'
/** Kibana's default inactivity timeout: two weeks, in seconds. */
export const DEFAULT_INACTIVITY_TIMEOUT = 1_209_600
export const MAX_POLICY_ID = 255
export const MAX_POLICY_NAME = 255
/** The sortField values a list accepts (Kibana's saved-object fields this server sorts on). */
export const AGENT_POLICY_SORT_FIELDS = ['name', 'updated_at', 'revision', 'description', 'namespace', 'is_default', 'id'] as const
export type AgentPolicySortField = (typeof AGENT_POLICY_SORT_FIELDS)[number]

/** Kibana-only attributes are stored as given, up to this much JSON. */
export const MAX_ATTRIBUTES_JSON = 100_000

/**
 * The name of a copy: Kibana's "<name> (copy)", then "(copy 2)", "(copy 3)"… past the highest taken
 * (copies of copies count from the original's name).
 */
export function copyName(name: string, taken: string[]): string {
  const base = /^(.*)\s\(copy\s?[0-9]*\)$/.exec(name)?.[1] ?? name
  let max = 0
  for (const t of taken) {
    if (t === base) continue
    const m = /^(.*)\s\(copy\s?([0-9]*)\)$/.exec(t)
    if (m && m[1] === base) max = Math.max(max, Number.parseInt(m[2]!, 10) || 1)
  }
  return max === 0 ? `${base} (copy)` : `${base} (copy ${max + 1})`
}

/** FleetDM's other reserved team name ("No team" is the default policy's: taking it is a 409 name clash). */
const RESERVED_TEAM_NAMES = new Set(['all teams'])
// Kibana's INVALID_NAMESPACE_CHARACTERS: what an Elasticsearch index name cannot hold.
const INVALID_NAMESPACE_CHARACTERS = /[*\\/?"<>|\s,#:-]+/

/** Kibana's verdict on a namespace, in its words, or null when valid. */
export function namespaceProblem(namespace: string): string | null {
  if (!namespace.trim()) return 'Namespace is required'
  if (namespace !== namespace.toLowerCase()) return 'Namespace must be lowercase'
  if (INVALID_NAMESPACE_CHARACTERS.test(namespace)) return 'Namespace contains invalid characters'
  if (Buffer.byteLength(namespace) > 100) return 'Namespace cannot be more than 100 bytes'
  return null
}

/** A team's name rules (FleetDM's: not blank, not "All teams", at most 255 characters). */
export function policyNameProblem(name: string): string | null {
  if (!name.trim()) return 'name may not be empty'
  if (RESERVED_TEAM_NAMES.has(name.trim().toLowerCase())) return `"${name}" is a reserved team name`
  if (name.length > MAX_POLICY_NAME) return `name must be at most ${MAX_POLICY_NAME} characters`
  return null
}

/** A client-chosen agent-policy id: 1 to 255 characters, not the default policy's. */
export function policyIdProblem(id: string): string | null {
  if (!id || id.length > MAX_POLICY_ID) return `id must be 1 to ${MAX_POLICY_ID} characters`
  if (id === DEFAULT_AGENT_POLICY_ID) return `"${DEFAULT_AGENT_POLICY_ID}" is the default agent policy's id`
  return null
}

/**
 * Keys of a Kibana agent-policy body this server owns or computes: they are never stored as
 * attributes (the answer carries the server's values).
 */
const SERVER_KEYS = new Set([
  'id', 'name', 'description', 'namespace', 'revision', 'updated_at', 'updated_by', 'status', 'is_managed', 'is_protected',
  'is_default', 'is_default_fleet_server', 'package_policies', 'agents', 'unprivileged_agents', 'version', 'schema_version',
  'is_preconfigured', 'force', 'bumpRevision', 'space_ids',
])

/** The Kibana-only attributes of a body: everything but what the server owns. */
export function kibanaAttributes(body: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(body ?? {})) if (!SERVER_KEYS.has(k) && v !== undefined) out[k] = v
  return out
}

export const jsonSize = (v: unknown): number => JSON.stringify(v ?? null).length
