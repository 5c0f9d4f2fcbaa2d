// Fleet's host status rule (server/fleet/hosts.go): a host is online while its
// last check-in is younger than its shortest check-in interval plus a 60 s
// buffer; missing in action after 30 days of silence. "new" is a host that has
// enrolled within 24 h but has not checked in yet (Fleet counts new hosts
// separately; one status field needs one answer, see docs/compat.md). Exported
// as `@fleetgraph/subgraph-inventory/host-status` for the campaigns' targeting.
// The same rule in SQL (filtering and sorting hosts by status in the database) is
// `hostStatusSql` in host.repository.ts, built from these constants: change a
// threshold here and both follow.
export type HostStatus = 'online' | 'offline' | 'mia' | 'new'

/** Every status, in the order `orderBy: { field: STATUS }` sorts them (ascending). */
export const HOST_STATUSES: readonly HostStatus[] = ['online', 'offline', 'mia', 'new']

export const ONLINE_BUFFER_S = 60
export const MIA_AFTER_MS = 30 * 24 * 3600 * 1000
export const NEW_FOR_MS = 24 * 3600 * 1000

export interface StatusInput {
  created_at: Date
  seen_time: Date | null
  distributed_interval: number
  config_tls_refresh: number
}

export function hostStatus(h: StatusInput, now = Date.now()): HostStatus {
  const seen = (h.seen_time ?? h.created_at).getTime()
  if (now - seen >= MIA_AFTER_MS) return 'mia'
  const interval = Math.min(h.distributed_interval, h.config_tls_refresh)
  if (seen + (interval + ONLINE_BUFFER_S) * 1000 > now && h.seen_time) return 'online'
  if (!h.seen_time && now - h.created_at.getTime() < NEW_FOR_MS) return 'new'
  return 'offline'
}
