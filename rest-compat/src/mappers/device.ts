// GraphQL Device → Fleet Desktop's JSON (spec "Device-authenticated routes").
// The fields read are the fragments in device.graphql and the device queries in endpoints/device.graphql.
import type {
  DeviceDesktopQuery, DeviceMacadminsQuery, DeviceMappingQuery, DevicePoliciesQuery, FleetDeviceHostFragment, FleetDeviceMdmFragment,
} from '../generated/graphql.js'
import { toFleetHost } from './host.js'

type Software = FleetDeviceHostFragment['software'][number]
type Label = FleetDeviceHostFragment['labels'][number]

function toFleetSoftware(s: Software) {
  return {
    id: Number(s.id), name: s.name, version: s.version, source: s.source,
    // Go omitempty: only apps have a bundle identifier, only some sources a last-opened time
    ...(s.bundleIdentifier ? { bundle_identifier: s.bundleIdentifier } : {}),
    ...(s.lastOpenedAt ? { last_opened_at: s.lastOpenedAt } : {}),
    generated_cpe: s.generatedCpe, vulnerabilities: null,
  }
}

function toFleetLabel(l: Label) {
  return {
    created_at: l.createdAt, updated_at: l.updatedAt, id: Number(l.id), name: l.name, description: l.description, query: l.query,
    platform: l.platform, label_type: l.labelType, label_membership_type: l.labelMembershipType,
  }
}

/** The host's MDM block; macos_setup and profiles have no data source yet (empty shapes). */
function toFleetHostMdm(m: FleetDeviceMdmFragment) {
  return {
    encryption_key_available: m.encryptionKeyAvailable, enrollment_status: m.enrollmentStatus, name: m.name, server_url: m.serverUrl,
    macos_settings: { disk_encryption: null, action_required: null }, macos_setup: null, profiles: [],
  }
}

/** GET /device/{token}: the device's host detail, plus what the "My device" page needs. */
export function toFleetDeviceHost(d: FleetDeviceHostFragment) {
  return {
    host: {
      ...toFleetHost(d.host),
      software: d.software.map(toFleetSoftware),
      pack_stats: null,
      team_name: d.host.team?.name ?? null,
      gigs_disk_space_available: d.disk.gigsAvailable,
      percent_disk_space_available: d.disk.percentAvailable,
      disk_encryption_enabled: d.disk.encryptionEnabled,
      dep_assigned_to_fleet: d.depAssignedToFleet,
      users: d.users.map((u) => ({ uid: u.uid, username: u.username, type: u.type, groupname: u.groupname, shell: u.shell })),
      labels: d.labels.map(toFleetLabel),
      // packs targeting the host come with the packs-and-queries Host fields (not served yet)
      packs: [],
      batteries: d.batteries.map((b) => ({ cycle_count: b.cycleCount, health: b.health })),
      mdm: toFleetHostMdm(d.mdm),
    },
    org_logo_url: d.org.orgLogoUrl,
    org_logo_url_light_background: d.org.orgLogoUrlLightBackground,
    org_contact_url: d.org.contactUrl,
    license: { tier: d.license.tier, expiration: d.license.expiration },
    global_config: { mdm: { enabled_and_configured: d.appleMdmEnabledAndConfigured } },
  }
}

/** GET /device/{token}/device_mapping */
export function toFleetDeviceMapping(d: DeviceMappingQuery['device']) {
  return { host_id: Number(d.id), device_mapping: d.deviceMapping.map((m) => ({ email: m.email, source: m.source })) }
}

/** GET /device/{token}/macadmins: null when the device reported neither Munki nor MDM facts. */
export function toFleetMacadmins(m: DeviceMacadminsQuery['device']['macadmins']) {
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

/** GET /device/{token}/desktop */
export function toFleetDesktop(d: DeviceDesktopQuery['device']) {
  return {
    failing_policies_count: d.host.failingPolicyCount,
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
const fleetResponse = (r: DevicePoliciesQuery['device']['host']['policies'][number]['response']): string => (r === 'PASSING' ? 'pass' : r === 'FAILING' ? 'fail' : '')

/** GET /device/{token}/policies */
export function toFleetDevicePolicies(d: DevicePoliciesQuery['device']) {
  return {
    policies: d.host.policies.map((p) => ({
      id: p.id, name: p.name, query: p.query, description: p.description, resolution: p.resolution, platform: p.platform,
      critical: p.critical, response: fleetResponse(p.response),
    })),
  }
}
