// Fleet's team spec JSON ↔ GraphQL TeamSpecInput / [TeamIdByName].
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

export function toFleetTeamIdsByName(rows: ApplyTeamSpecsMutation['applyTeamSpecs']) {
  return { team_ids_by_name: Object.fromEntries(rows.map((r) => [r.name, Number(r.id)])) }
}
