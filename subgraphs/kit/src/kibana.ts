// What every subgraph and the REST layer agree on about Kibana's Fleet surface (ADR 0013).
import { invalidArgument } from './errors.js'

/**
 * The Kibana agent-policy id of the global configuration (hosts on no team). Teams have their own ids
 * (`teams.agent_policy_id`); this one is fixed, and no team may take it.
 */
export const DEFAULT_AGENT_POLICY_ID = 'fleet-default-policy'

/** Most ids one call may name in a list argument (agent policies, agents, package policies, …). */
export const MAX_LIST_ARGUMENT = 1_000

/**
 * The list, or a validation error naming the argument when it holds more than `max` entries.
 * @example
 *   teamService.byAgentPolicyIds(ctx, checkListSize(ids, 'agentPolicyIds'))
 */
export function checkListSize<T>(list: readonly T[], name: string, max = MAX_LIST_ARGUMENT): T[] {
  if (list.length > max) throw invalidArgument(name, `at most ${max} entries`)
  return [...list]
}
