// GraphQL OrbitConfig → Fleet's orbit config JSON (server/fleet/orbit.go OrbitConfig). Go's
// omitempty decides what is sent: flags, extensions, the timeout and update channels only when set,
// each notification only when true; `notifications` itself always (a struct is never empty to Go).
import { z } from 'zod'
import type { OrbitConfigQuery } from '../generated/graphql.js'

const flag = () => z.literal(true).optional().meta({ description: 'Sent only when true (Go omitempty)' })

export const fleetOrbitConfig = z.object({
  script_execution_timeout: z.number().int().optional().meta({ description: 'Seconds; agent options script_execution_timeout, when set' }),
  command_line_startup_flags: z.record(z.string(), z.unknown()).optional().meta({ description: "osqueryd's flags: agent options command_line_flags, when set" }),
  extensions: z.record(z.string(), z.unknown()).optional().meta({ description: "The extensions for the host's platform (and labels, on Premium), when any apply" }),
  notifications: z.object({ renew_enrollment_profile: flag(), needs_mdm_migration: flag() }),
  update_channels: z.object({ orbit: z.string(), osqueryd: z.string(), desktop: z.string() }).optional().meta({ description: 'agent options update_channels, when set' }),
}).meta({ id: 'FleetOrbitConfig', description: "Fleet's OrbitConfig" })

/** POST /api/fleet/orbit/config */
export function toFleetOrbitConfig(c: OrbitConfigQuery['orbitConfig']): z.infer<typeof fleetOrbitConfig> {
  const n = c.notifications
  return {
    ...(c.scriptExecutionTimeout ? { script_execution_timeout: c.scriptExecutionTimeout } : {}),
    ...(c.commandLineStartupFlags ? { command_line_startup_flags: c.commandLineStartupFlags } : {}),
    ...(c.extensions ? { extensions: c.extensions } : {}),
    notifications: {
      ...(n.renewEnrollmentProfile ? { renew_enrollment_profile: true as const } : {}),
      ...(n.needsMdmMigration ? { needs_mdm_migration: true as const } : {}),
    },
    ...(c.updateChannels ? { update_channels: { orbit: c.updateChannels.orbit, osqueryd: c.updateChannels.osqueryd, desktop: c.updateChannels.desktop } } : {}),
  }
}
