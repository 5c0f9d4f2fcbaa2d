// The detail queries Fleet sends a host after enrollment and on refetch, and
// how their answers fill the host's columns (fleet-behaviour §4).
export type Row = Record<string, string>

/** The hosts columns detail queries fill: the only columns a distributed/write may set. */
export const DETAIL_COLUMNS = [
  'hostname', 'uuid', 'hardware_serial', 'hardware_vendor', 'hardware_model', 'hardware_version', 'cpu_brand', 'cpu_type',
  'cpu_subtype', 'cpu_physical_cores', 'cpu_logical_cores', 'memory', 'computer_name', 'os_version', 'platform',
  'platform_like', 'build', 'code_name', 'osquery_version', 'distributed_interval', 'config_tls_refresh', 'logger_tls_period', 'uptime',
] as const
export type HostDetails = Partial<Record<(typeof DETAIL_COLUMNS)[number], string | number | bigint | undefined>>

export interface DetailQuery {
  sql: string
  /** Host columns from the answer rows (only present, well-formed values). */
  ingest(rows: Row[]): HostDetails
}

const str = (v: string | undefined, max = 255) => (v === undefined ? undefined : String(v).slice(0, max))
const int = (v: string | undefined) => { const n = Number(v); return v !== undefined && Number.isSafeInteger(n) && n >= 0 && n < 2 ** 31 ? n : undefined }
const big = (v: string | undefined) => (v !== undefined && /^\d{1,18}$/.test(v) ? BigInt(v) : undefined)

export const DETAIL_QUERIES: Record<string, DetailQuery> = {
  system_info: {
    sql: 'SELECT * FROM system_info LIMIT 1',
    ingest: ([r]) => r ? {
      hostname: str(r.hostname), uuid: str(r.uuid), hardware_serial: str(r.hardware_serial), hardware_vendor: str(r.hardware_vendor),
      hardware_model: str(r.hardware_model), hardware_version: str(r.hardware_version), cpu_brand: str(r.cpu_brand), cpu_type: str(r.cpu_type),
      cpu_subtype: str(r.cpu_subtype), cpu_physical_cores: int(r.cpu_physical_cores), cpu_logical_cores: int(r.cpu_logical_cores),
      memory: big(r.physical_memory), computer_name: str(r.computer_name),
    } : {},
  },
  os_version: {
    sql: 'SELECT * FROM os_version LIMIT 1',
    ingest: ([r]) => r ? {
      os_version: r.name ? str(`${r.name}${r.version ? ' ' + r.version : ''}`) : undefined, platform: str(r.platform),
      platform_like: str(r.platform_like), build: str(r.build), code_name: str(r.codename),
    } : {},
  },
  osquery_info: {
    sql: 'SELECT * FROM osquery_info LIMIT 1',
    ingest: ([r]) => (r ? { osquery_version: str(r.version) } : {}),
  },
  osquery_flags: {
    sql: "SELECT name, value FROM osquery_flags WHERE name IN ('distributed_interval', 'config_tls_refresh', 'config_refresh', 'logger_tls_period')",
    ingest: (rows) => {
      const f = Object.fromEntries(rows.map((r) => [r.name, r.value]))
      return {
        distributed_interval: int(f.distributed_interval),
        config_tls_refresh: int(f.config_tls_refresh ?? f.config_refresh),
        logger_tls_period: int(f.logger_tls_period),
      }
    },
  },
  uptime: {
    sql: 'SELECT total_seconds FROM uptime',
    ingest: ([r]) => { const s = big(r?.total_seconds); return s === undefined ? {} : { uptime: s * 1_000_000_000n } },
  },
}

export const DETAIL_PREFIX = 'fleet_detail_query_'
export const LABEL_PREFIX = 'fleet_label_query_'
export const LIVE_PREFIX = 'fleet_distributed_query_'
export const POLICY_PREFIX = 'fleet_policy_query_'

/** Details are refreshed hourly (Fleet's default detail interval) or on refetch. */
export const DETAIL_INTERVAL_MS = 60 * 60 * 1000
/** Dynamic labels are re-evaluated every 5 minutes (Fleet's label_update_interval default is 1 h; UIs expect faster). */
export const LABEL_INTERVAL_MS = 5 * 60 * 1000
/** Policies are re-checked hourly (Fleet's policy_update_interval default). */
export const POLICY_INTERVAL_MS = 60 * 60 * 1000
