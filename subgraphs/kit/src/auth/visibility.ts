// Who may see which row, written once: the type's own queries, its reference
// resolver and node refetch (which may run in another subgraph) ask the same
// question, so a node is hidden exactly where the type's own query hides it.
import { WRITERS } from './authz.js'
import type { Viewer } from './viewer.js'

/**
 * A row that belongs to a team (or to none): global users see all; team users the rows of their
 * teams (Fleet's team filter for hosts and team policies; for a team itself, pass its id).
 * @example
 *   if (!seesTeamRow(viewer, host.team_id)) return null
 */
export function seesTeamRow(v: Viewer, teamId: number | null): boolean {
  return v.globalRole != null || (teamId != null && v.teams.some((t) => t.teamId === teamId))
}

/**
 * A row a user owns (a campaign): global users see all, others their own.
 * @example
 *   if (!seesOwnRow(viewer, campaign.user_id)) return null
 */
export function seesOwnRow(v: Viewer, userId: number | null): boolean {
  return v.globalRole != null || userId === v.userId
}

/**
 * A row only writers manage (an Apple profile): global admins and maintainers, or those of its team.
 * @example
 *   if (!writesTeamRow(viewer, profile.team_id)) return null
 */
export function writesTeamRow(v: Viewer, teamId: number | null): boolean {
  const writer = (r: string | null | undefined) => r != null && (WRITERS as readonly string[]).includes(r)
  return writer(v.globalRole) || (teamId != null && writer(v.teams.find((t) => t.teamId === teamId)?.role))
}

/**
 * The teams whose hosts the caller may target with a live query (Fleet's team filter with
 * IncludeObserver): null for all hosts, else those teams' hosts (none when empty). Admins and
 * maintainers target their hosts; observers only when the query lets observers run it
 * (`observer_can_run` of a saved query: the `query_id` of Fleet's target routes).
 * @example
 *   const teams = targetableTeamIds(viewer, query?.observer_can_run ?? false)
 *   const hosts = await repo.search(text, teams)
 */
export function targetableTeamIds(v: Viewer, includeObservers: boolean): number[] | null {
  const may = (r: string) => (WRITERS as readonly string[]).includes(r) || (includeObservers && r === 'observer')
  if (v.globalRole) return may(v.globalRole) ? null : []
  return v.teams.filter((t) => may(t.role)).map((t) => t.teamId)
}
