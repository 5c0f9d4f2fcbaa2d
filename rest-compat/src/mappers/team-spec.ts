// Fleet's team spec JSON ↔ GraphQL TeamSpecInput / [TeamIdByName].
import { z } from 'zod'
import type { ApplyTeamSpecsMutation, TeamSpecInput } from '../generated/graphql.js'

export interface FleetTeamSpecIn {
  name?: string
  agent_options?: Record<string, unknown> | null
  features?: Record<string, unknown> | null
  secrets?: { secret: string }[] | null
  mdm?: Record<string, unknown> | null
}

/** Keys left out stay left out: for agent_options, absent (unchanged) differs from null (cleared). */
export function toTeamSpecInput(s: FleetTeamSpecIn): TeamSpecInput {
  return {
    name: s.name ?? '',
    ...(s.agent_options !== undefined ? { agentOptions: s.agent_options } : {}),
    features: s.features ?? null,
    secrets: s.secrets ? s.secrets.map((x) => x.secret) : null,
    mdm: s.mdm ?? null,
  }
}

/** POST /spec/fleets (formerly /spec/teams): each applied team's id by its name, under both of Fleet's names for the key. */
export const fleetTeamIdsByName = z.object({
  team_ids_by_name: z.record(z.string(), z.number().int()),
  fleet_ids_by_name: z.record(z.string(), z.number().int()).meta({ description: 'team_ids_by_name under its 2026 name' }),
})

export function toFleetTeamIdsByName(rows: ApplyTeamSpecsMutation['applyTeamSpecs']): z.infer<typeof fleetTeamIdsByName> {
  const ids = Object.fromEntries(rows.map((r) => [r.name, Number(r.id)]))
  return { team_ids_by_name: ids, fleet_ids_by_name: ids }
}
