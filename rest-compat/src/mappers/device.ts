// GraphQL Device → Fleet Desktop's JSON (spec "Device-authenticated routes").
// The fields read are the fragments in device.graphql and the device queries in endpoints/device.graphql.
// Each answer is described by a zod schema below, which types its mapper.
import { z } from 'zod'
import type {
  DeviceDesktopQuery, DeviceMacadminsQuery, DeviceMappingQuery, DevicePoliciesQuery, FleetDeviceHostFragment, FleetDeviceMdmFragment,
  FleetDevicePackFragment, FleetDevicePackStatsFragment,
} from '../generated/graphql.js'
import { fleetHost, toFleetHost } from './host.js'
import { toFleetTime } from './enroll-secret.js'

type Software = FleetDeviceHostFragment['software'][number]
type Label = FleetDeviceHostFragment['labels'][number]

const int = () => z.number().int()
const notServed = (what: string) => z.null().meta({ description: `${what}: no data source yet` })

const fleetSoftware = z.object({
  id: int(), name: z.string(), version: z.string(), source: z.string(),
  bundle_identifier: z.string().optional().meta({ description: 'Apps only' }),
  last_opened_at: z.string().optional().meta({ description: 'Where the source reports it' }),
  generated_cpe: z.string(), vulnerabilities: notServed('vulnerabilities'),
})

function toFleetSoftware(s: Software): z.infer<typeof fleetSoftware> {
  return {
    id: Number(s.id), name: s.name, version: s.version, source: s.source,
    // Go omitempty: only apps have a bundle identifier, only some sources a last-opened time
    ...(s.bundleIdentifier ? { bundle_identifier: s.bundleIdentifier } : {}),
    ...(s.lastOpenedAt ? { last_opened_at: s.lastOpenedAt } : {}),
    generated_cpe: s.generatedCpe, vulnerabilities: null,
  }
}

const fleetLabel = z.object({
  created_at: z.string(), updated_at: z.string(), id: int(), name: z.string(), description: z.string(), query: z.string(),
  platform: z.string(), label_type: z.string(), label_membership_type: z.string(),
}).meta({ id: 'FleetLabel' })

function toFleetLabel(l: Label): z.infer<typeof fleetLabel> {
  return {
    created_at: l.createdAt, updated_at: l.updatedAt, id: Number(l.id), name: l.name, description: l.description, query: l.query,
    platform: l.platform, label_type: l.labelType, label_membership_type: l.labelMembershipType,
  }
}

const fleetHostMdm = z.object({
  encryption_key_available: z.boolean(), enrollment_status: z.string().nullable(), name: z.string(), server_url: z.string().nullable(),
  macos_settings: z.object({ disk_encryption: notServed('disk_encryption'), action_required: notServed('action_required') }),
  macos_setup: notServed('macos_setup'),
  profiles: z.array(z.unknown()).meta({ description: 'Always empty: no data source yet' }),
})

/** The host's MDM block; macos_setup and profiles have no data source yet (empty shapes). */
function toFleetHostMdm(m: FleetDeviceMdmFragment): z.infer<typeof fleetHostMdm> {
  return {
    encryption_key_available: m.encryptionKeyAvailable, enrollment_status: m.enrollmentStatus, name: m.name, server_url: m.serverUrl,
    macos_settings: { disk_encryption: null, action_required: null }, macos_setup: null, profiles: [],
  }
}

const fleetHostPack = z.object({
  created_at: z.string(), updated_at: z.string(), id: int(), name: z.string(),
  description: z.string().optional().meta({ description: 'Omitted when empty (Go omitempty)' }),
  platform: z.string().optional().meta({ description: 'Omitted when empty (Go omitempty)' }),
  disabled: z.boolean(), type: z.string().nullable(),
  label_ids: z.null().meta({ description: "null, as Fleet's host detail shows (the pack's targets are not a device's business)" }),
  host_ids: z.null(), team_ids: z.null(),
}).meta({ id: 'FleetHostPack', description: 'A user pack reaching the host (Fleet\'s Pack, targets not loaded)' })

/** Fleet's host detail lists user packs only (ListPacksForHost: pack_type IS NULL), targets not loaded. */
function toFleetHostPack(p: FleetDevicePackFragment): z.infer<typeof fleetHostPack> {
  return {
    created_at: p.createdAt, updated_at: p.updatedAt, id: p.id, name: p.name,
    ...(p.description ? { description: p.description } : {}), ...(p.platform ? { platform: p.platform } : {}),
    disabled: p.disabled, type: p.type ?? null, label_ids: null, host_ids: null, team_ids: null,
  }
}

/** Fleet's host detail shows user packs only: system packs (global, team) are its schedule's. */
const isUserPack = (p: { type?: string | null }) => p.type == null

/** Fleet's value for a query the host has not run yet (its pastDate). */
const NEVER_EXECUTED = '2000-01-01T00:00:00Z'

const fleetPackStats = z.object({
  pack_id: int(), pack_name: z.string(),
  type: z.string().meta({ description: '"pack" for user packs' }),
  query_stats: z.array(z.object({
    scheduled_query_name: z.string(), scheduled_query_id: int(), query_name: z.string(),
    description: z.string().optional().meta({ description: 'Omitted when empty (Go omitempty)' }),
    pack_name: z.string(), pack_id: int(),
    average_memory: int().meta({ description: 'Always 0: not recorded' }), denylisted: z.boolean().meta({ description: 'Always false: not recorded' }),
    executions: z.number(), interval: int(),
    last_executed: z.string().meta({ description: `${NEVER_EXECUTED} until the host reports a run (Fleet's value)` }),
    output_size: int().meta({ description: 'Always 0: not recorded' }),
    system_time: z.number(), user_time: z.number(), wall_time: z.number(),
  })),
}).meta({ id: 'FleetPackStats' })

/** Fleet's HostDetail.pack_stats entry: a user pack with its scheduled queries' stats (zeros until the host reports). */
function toFleetPackStats(s: FleetDevicePackStatsFragment): z.infer<typeof fleetPackStats> {
  return {
    pack_id: s.pack.id, pack_name: s.pack.name, type: s.pack.type ?? 'pack',
    query_stats: s.queryStats.map((q) => ({
      scheduled_query_name: q.scheduledQueryName, scheduled_query_id: q.scheduledQueryId, query_name: q.queryName,
      ...(q.description ? { description: q.description } : {}), pack_name: s.pack.name, pack_id: s.pack.id,
      average_memory: 0, denylisted: false, executions: q.executions, interval: q.interval,
      last_executed: q.lastExecuted ?? NEVER_EXECUTED, output_size: 0, system_time: q.systemTime, user_time: q.userTime, wall_time: q.wallTime,
    })),
  }
}

export const fleetDeviceHost = z.object({
  host: fleetHost.extend({
    software: z.array(fleetSoftware),
    pack_stats: z.array(fleetPackStats).nullable().meta({ description: 'null when no user pack reaches the host (a Go nil slice)' }),
    team_name: z.string().nullable(),
    gigs_disk_space_available: z.number(),
    percent_disk_space_available: z.number(),
    disk_encryption_enabled: z.boolean().nullable(),
    dep_assigned_to_fleet: z.boolean(),
    users: z.array(z.object({ uid: int(), username: z.string(), type: z.string(), groupname: z.string(), shell: z.string() })),
    labels: z.array(fleetLabel),
    packs: z.array(fleetHostPack),
    batteries: z.array(z.object({ cycle_count: int(), health: z.string() })),
    mdm: fleetHostMdm,
  }).meta({ id: 'FleetDeviceHostDetail' }),
  org_logo_url: z.string(),
  org_logo_url_light_background: z.string(),
  org_contact_url: z.string(),
  license: z.object({ tier: z.string(), expiration: z.string() }),
  global_config: z.object({ mdm: z.object({ enabled_and_configured: z.boolean() }) }),
})

/** GET /device/{token}: the device's host detail, plus what the "My device" page needs. */
export function toFleetDeviceHost(d: FleetDeviceHostFragment): z.infer<typeof fleetDeviceHost> {
  // As Fleet builds pack_stats from the scheduled queries: a pack with none for the host's platform is not listed.
  const userPackStats = d.host.packStats.filter((s) => isUserPack(s.pack) && s.queryStats.length > 0)
  return {
    host: {
      ...toFleetHost(d.host),
      software: d.software.map(toFleetSoftware),
      pack_stats: userPackStats.length ? userPackStats.map(toFleetPackStats) : null,
      team_name: d.host.team?.name ?? null,
      gigs_disk_space_available: d.disk.gigsAvailable,
      percent_disk_space_available: d.disk.percentAvailable,
      disk_encryption_enabled: d.disk.encryptionEnabled,
      dep_assigned_to_fleet: d.depAssignedToFleet,
      users: d.users.map((u) => ({ uid: u.uid, username: u.username, type: u.type, groupname: u.groupname, shell: u.shell })),
      labels: d.labels.map(toFleetLabel),
      packs: d.host.packs.filter(isUserPack).map(toFleetHostPack),
      batteries: d.batteries.map((b) => ({ cycle_count: b.cycleCount, health: b.health })),
      mdm: toFleetHostMdm(d.mdm),
    },
    org_logo_url: d.org.orgLogoUrl,
    org_logo_url_light_background: d.org.orgLogoUrlLightBackground,
    org_contact_url: d.org.contactUrl,
    license: { tier: d.license.tier, expiration: toFleetTime(d.license.expiration) },
    global_config: { mdm: { enabled_and_configured: d.appleMdmEnabledAndConfigured } },
  }
}

export const fleetDeviceMapping = z.object({
  host_id: int(),
  device_mapping: z.array(z.object({ email: z.string(), source: z.string() })),
})

/** GET /device/{token}/device_mapping */
export function toFleetDeviceMapping(d: DeviceMappingQuery['device']): z.infer<typeof fleetDeviceMapping> {
  return { host_id: Number(d.id), device_mapping: d.deviceMapping.map((m) => ({ email: m.email, source: m.source })) }
}

export const fleetMacadmins = z.object({
  macadmins: z.object({
    munki: z.object({ version: z.string() }).nullable(),
    munki_issues: z.array(z.object({ name: z.string(), type: z.string() })),
    mobile_device_management: z.object({
      enrollment_status: z.string().nullable(), server_url: z.string().nullable(), name: z.string().optional(),
    }).nullable(),
  }).nullable().meta({ description: 'null when the device reported neither Munki nor MDM facts' }),
})

/** GET /device/{token}/macadmins: null when the device reported neither Munki nor MDM facts. */
export function toFleetMacadmins(m: DeviceMacadminsQuery['device']['macadmins']): z.infer<typeof fleetMacadmins> {
  if (!m) return { macadmins: null }
  return {
    macadmins: {
      munki: m.munkiVersion == null ? null : { version: m.munkiVersion },
      munki_issues: m.munkiIssues.map((i) => ({ name: i.name, type: i.type })),
      mobile_device_management: m.mdm
        ? { enrollment_status: m.mdm.enrollmentStatus, server_url: m.mdm.serverUrl, ...(m.mdm.name ? { name: m.mdm.name } : {}) }
        : null,
    },
  }
}

export const fleetDesktop = z.object({
  failing_policies_count: int(),
  self_service: z.boolean().meta({ description: 'Whether the device has self-service software (never here); Fleet Desktop shows its Self-service item unless false' }),
  notifications: z.object({ needs_mdm_migration: z.boolean(), renew_enrollment_profile: z.boolean() }),
  config: z.object({
    org_info: z.object({ org_name: z.string(), org_logo_url: z.string(), org_logo_url_light_background: z.string(), contact_url: z.string() }),
    mdm: z.object({ macos_migration: z.object({ mode: z.string() }) }),
  }),
})

/** GET /device/{token}/desktop */
export function toFleetDesktop(d: DeviceDesktopQuery['device']): z.infer<typeof fleetDesktop> {
  return {
    failing_policies_count: d.host.failingPolicyCount,
    self_service: d.desktop.selfService,
    notifications: {
      needs_mdm_migration: d.desktop.notifications.needsMdmMigration,
      renew_enrollment_profile: d.desktop.notifications.renewEnrollmentProfile,
    },
    config: {
      org_info: { org_name: d.org.orgName, org_logo_url: d.org.orgLogoUrl, org_logo_url_light_background: d.org.orgLogoUrlLightBackground, contact_url: d.org.contactUrl },
      mdm: { macos_migration: { mode: d.desktop.macosMigrationMode } },
    },
  }
}

/** Fleet's policy response: "pass", "fail", or "" when the host has not answered (or the query failed). */
const fleetResponse = (r: DevicePoliciesQuery['device']['host']['policies'][number]['response']) => (r === 'PASSING' ? 'pass' : r === 'FAILING' ? 'fail' : '')

export const fleetDevicePolicies = z.object({
  policies: z.array(z.object({
    id: int(), name: z.string(), query: z.string(), description: z.string(), resolution: z.string(), platform: z.string(),
    critical: z.boolean(),
    response: z.enum(['pass', 'fail', '']).meta({ description: '"" when the host has not answered (or the query failed)' }),
  })),
})

/** GET /device/{token}/policies */
export function toFleetDevicePolicies(d: DevicePoliciesQuery['device']): z.infer<typeof fleetDevicePolicies> {
  return {
    policies: d.host.policies.map((p) => ({
      id: p.id, name: p.name, query: p.query, description: p.description, resolution: p.resolution, platform: p.platform,
      critical: p.critical, response: fleetResponse(p.response),
    })),
  }
}
