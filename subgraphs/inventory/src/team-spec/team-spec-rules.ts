// Shape checks for the JSON parts of a team spec (agent_options, features,
// mdm). Fleet decodes these strictly: an unknown key is a 400 unless the
// caller forces the apply; a value of the wrong type is always a 400.

export type Json = Record<string, unknown>
export interface ShapeProblems { unknown: string[]; invalid: string[] }

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

type Kind = 'bool' | 'int' | 'object' | 'profiles' | 'optionalString' | 'optionalInt' | 'optionalObject' | 'stringMap'
const KIND_CHECK: Record<Kind, (v: unknown) => boolean> = {
  bool: (v) => typeof v === 'boolean',
  int: (v) => Number.isSafeInteger(v),
  object: isObject,
  // 4.3x sends profile paths; later versions send {path, labels}.
  profiles: (v) => v === null || (Array.isArray(v) && v.every((s) => typeof s === 'string' || (isObject(s) && typeof s.path === 'string'))),
  optionalString: (v) => v === null || typeof v === 'string',
  optionalInt: (v) => v === null || Number.isSafeInteger(v),
  optionalObject: (v) => v === null || isObject(v),
  stringMap: (v) => v === null || (isObject(v) && Object.values(v).every((s) => s === null || typeof s === 'string')),
}
const KIND_TEXT: Record<Kind, string> = {
  bool: 'a boolean', int: 'an integer', object: 'an object',
  profiles: 'a list of profiles', optionalString: 'a string or null', optionalInt: 'an integer or null',
  optionalObject: 'an object or null', stringMap: 'an object of strings',
}
interface Shape { [key: string]: Kind | Shape }

/** Checks `value` against `shape`; with `keepUnknown` false, returns a copy without unknown keys. */
function check(value: Json, shape: Shape, path: string, out: ShapeProblems, keepUnknown: boolean): Json {
  const copy: Json = {}
  for (const [k, v] of Object.entries(value)) {
    const where = `${path}.${k}`
    const want = shape[k]
    if (want === undefined) { out.unknown.push(where); if (keepUnknown) copy[k] = v; continue }
    if (typeof want === 'string') {
      if (!KIND_CHECK[want](v)) out.invalid.push(`${where} must be ${KIND_TEXT[want]}`)
      copy[k] = v
    } else if (v === null) {
      copy[k] = v
    } else if (!isObject(v)) {
      out.invalid.push(`${where} must be an object`)
    } else {
      copy[k] = check(v, want, where, out, keepUnknown)
    }
  }
  return copy
}

// Fleet's fleet.AgentOptions. "spec" is the legacy `kind: config` wrapper the
// contributor doc's example still shows; its content is checked the same way.
const AGENT_OPTIONS_BASE: Shape = {
  config: 'object', overrides: { platforms: 'optionalObject' }, command_line_flags: 'optionalObject',
  extensions: 'optionalObject', update_channels: 'optionalObject', script_execution_timeout: 'int',
}
const AGENT_OPTIONS: Shape = { ...AGENT_OPTIONS_BASE, spec: AGENT_OPTIONS_BASE }

export function agentOptionsProblems(value: Json): ShapeProblems {
  const out: ShapeProblems = { unknown: [], invalid: [] }
  check(value, AGENT_OPTIONS, 'agent_options', out, true)
  // overrides.platforms maps a platform name to a config object.
  for (const o of [value, isObject(value.spec) ? value.spec : {}]) {
    const platforms = isObject(o.overrides) && isObject(o.overrides.platforms) ? o.overrides.platforms : {}
    for (const [k, v] of Object.entries(platforms)) if (!isObject(v)) out.invalid.push(`agent_options.overrides.platforms.${k} must be an object`)
  }
  return out
}

// Fleet's fleet.Features; unknown keys are ignored there (decoded loosely).
const FEATURES: Shape = {
  enable_host_users: 'bool', enable_software_inventory: 'bool', additional_queries: 'optionalObject', detail_query_overrides: 'stringMap',
}
const FEATURE_DEFAULTS: Json = { enable_host_users: true, enable_software_inventory: true }

/** The stored features: Fleet's new-install defaults overlaid with the spec's known keys. */
export function normalizeFeatures(value: Json | null | undefined): { features: Json; invalid: string[] } {
  const out: ShapeProblems = { unknown: [], invalid: [] }
  const known = value ? check(value, FEATURES, 'features', out, false) : {}
  return { features: { ...FEATURE_DEFAULTS, ...known }, invalid: out.invalid }
}

// Fleet's fleet.TeamSpecMDM (4.3x and the keys added soon after).
const MDM: Shape = {
  enable_disk_encryption: 'bool',
  macos_updates: { minimum_version: 'optionalString', deadline: 'optionalString' },
  windows_updates: { deadline_days: 'optionalInt', grace_period_days: 'optionalInt' },
  macos_settings: { custom_settings: 'profiles', enable_disk_encryption: 'bool' },
  windows_settings: { custom_settings: 'profiles' },
  macos_setup: { bootstrap_package: 'optionalString', enable_end_user_authentication: 'bool', macos_setup_assistant: 'optionalString' },
}

/** Shape problems plus Fleet's macos_updates rules (422s); the copy drops unknown keys. */
export function normalizeMdm(value: Json): { mdm: Json; problems: ShapeProblems; fieldErrors: { name: string; reason: string }[] } {
  const problems: ShapeProblems = { unknown: [], invalid: [] }
  const mdm = check(value, MDM, 'mdm', problems, false)
  const fieldErrors: { name: string; reason: string }[] = []
  const u = isObject(mdm.macos_updates) ? mdm.macos_updates : null
  if (u && !problems.invalid.length) {
    const min = (u.minimum_version as string | null | undefined) ?? ''
    const deadline = (u.deadline as string | null | undefined) ?? ''
    if (min && !deadline) fieldErrors.push({ name: 'mdm.macos_updates.deadline', reason: 'deadline is required when minimum_version is provided' })
    if (deadline && !min) fieldErrors.push({ name: 'mdm.macos_updates.minimum_version', reason: 'minimum_version is required when deadline is provided' })
    if (min && !/^\d+(\.\d+)*$/.test(min)) fieldErrors.push({ name: 'mdm.macos_updates.minimum_version', reason: 'minimum_version accepts version numbers only. (E.g., "13.0.1.") NOT "Ventura 13" or "13.0.1 (22A400)"' })
    if (deadline && (!/^\d{4}-\d{2}-\d{2}$/.test(deadline) || Number.isNaN(Date.parse(deadline)))) fieldErrors.push({ name: 'mdm.macos_updates.deadline', reason: 'deadline accepts YYYY-MM-DD format only (E.g., "2023-06-01.")' })
  }
  return { mdm, problems, fieldErrors }
}

/** An edit changes the MDM sections it names, key by key; the others stay. */
export function mergeMdm(stored: unknown, update: Json): Json {
  const base: Json = isObject(stored) ? { ...stored } : {}
  for (const [k, v] of Object.entries(update)) base[k] = isObject(v) && isObject(base[k]) ? { ...(base[k] as Json), ...v } : v
  return base
}

/** Fleet's default agent options for a new team (config.options as in Fleet's team defaults). */
export const DEFAULT_AGENT_OPTIONS: Json = {
  config: {
    options: { pack_delimiter: '/', logger_tls_period: 10, distributed_plugin: 'tls', disable_distributed: false, logger_tls_endpoint: '/api/osquery/log', distributed_interval: 10, distributed_tls_max_attempts: 3 },
    decorators: { load: ['SELECT uuid AS host_uuid FROM system_info;', 'SELECT hostname AS hostname FROM system_info;'] },
  },
  overrides: {},
}
