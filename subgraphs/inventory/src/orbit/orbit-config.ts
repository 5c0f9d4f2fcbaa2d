// Fleet's orbit config rules (server/service/orbit.go GetOrbitConfig, server/fleet/orbit.go), as pure
// functions of what the service read: which agent options orbit gets, which extensions apply to a
// host, and which notifications it is sent.
import { platformFamily } from '@fleetgraph/agent-api/platforms'
import type { OrbitConfig, OrbitNotifications, OrbitUpdateChannels } from './orbit.type.js'

type Json = Record<string, unknown>
const obj = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null)

/**
 * The extensions platform name of a host (Fleet's FilterByHostPlatform): osquery's platform and CPU
 * map to "macos", "linux", "linux-arm64", "windows" or "windows-arm64"; any other host keeps its
 * platform, which no extension names.
 */
export function extensionsPlatform(platform: string, cpuType: string): string {
  const cpu = cpuType.toLowerCase()
  const x64 = cpu === 'x86_64' || cpu === 'amd64'
  const arm = cpu === 'aarch64' || cpu === 'arm64' || cpu === 'arm'
  if (platform === 'darwin') return 'macos'
  if (platformFamily(platform) === 'linux') return x64 ? 'linux' : arm ? 'linux-arm64' : platform
  if (platform === 'windows') return x64 ? 'windows' : arm ? 'windows-arm64' : platform
  return platform
}

/**
 * The extensions that apply to the host: those for its platform and, on Premium, whose labels it is
 * a member of (all of them); the label names are not sent. null when none apply (orbit expects no key).
 */
export function extensionsFor(extensions: unknown, host: { platform: string; cpu_type: string }, premium: boolean, labels: Set<string>): Json | null {
  const all = obj(extensions)
  if (!all) return null
  const platform = extensionsPlatform(host.platform, host.cpu_type)
  const kept: Json = {}
  for (const [name, raw] of Object.entries(all)) {
    const info = obj(raw)
    if (!info || info.platform !== platform) continue
    const { labels: wanted, ...rest } = info
    if (premium) {
      const names = Array.isArray(wanted) ? wanted.filter((l): l is string => typeof l === 'string') : []
      if (!names.every((l) => labels.has(l))) continue
      kept[name] = rest
    } else {
      kept[name] = info
    }
  }
  return Object.keys(kept).length ? kept : null
}

/** The extension names whose label lists must be checked against the host's labels (Premium). */
export const needsLabels = (extensions: unknown): boolean =>
  Object.values(obj(extensions) ?? {}).some((e) => Array.isArray(obj(e)?.labels) && (obj(e)!.labels as unknown[]).length > 0)

function updateChannels(v: unknown): OrbitUpdateChannels | null {
  const c = obj(v)
  if (!c) return null
  const s = (x: unknown) => (typeof x === 'string' ? x : '')
  return { orbit: s(c.orbit), osqueryd: s(c.osqueryd), desktop: s(c.desktop) }
}

/** What the Apple MDM notifications depend on. */
export interface MdmFacts {
  appleMdmConfigured: boolean
  migrationEnabled: boolean
  host: { platform: string; osquery_enrolled: boolean; dep_assigned_to_fleet: boolean }
  hostMdm: { enrolled: boolean; name: string } | null
}

/**
 * Fleet's macOS notifications, on a Mac osquery enrolled while Apple MDM is set up: renew the
 * enrollment profile when it is unmanaged but assigned to Fleet in ABM; migrate when it is managed by
 * another MDM, assigned to Fleet, and migration is enabled.
 */
export function notificationsFor(f: MdmFacts): OrbitNotifications {
  const n = { renewEnrollmentProfile: false, needsMdmMigration: false }
  if (!f.appleMdmConfigured || !f.host.osquery_enrolled || f.host.platform !== 'darwin') return n
  n.renewEnrollmentProfile = !!f.hostMdm && !f.hostMdm.enrolled && f.host.dep_assigned_to_fleet
  n.needsMdmMigration = f.migrationEnabled && !!f.hostMdm?.enrolled && !/fleet/i.test(f.hostMdm.name) && f.host.dep_assigned_to_fleet
  return n
}

/** The config from the host's agent options (already filtered extensions) and its notifications. */
export function orbitConfigOf(agentOptions: unknown, extensions: Json | null, notifications: OrbitNotifications): OrbitConfig {
  const o = obj(agentOptions) ?? {}
  const timeout = o.script_execution_timeout
  return {
    commandLineStartupFlags: obj(o.command_line_flags),
    extensions,
    scriptExecutionTimeout: typeof timeout === 'number' && Number.isInteger(timeout) && timeout > 0 && timeout <= 2_147_483_647 ? timeout : null,
    updateChannels: updateChannels(o.update_channels),
    notifications,
  }
}
