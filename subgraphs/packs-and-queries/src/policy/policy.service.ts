// Policy specs (Fleet ApplyPolicySpecs): upsert by name; blank names or SQL
// and bad platforms are 400s; an unknown team is a 404; writing a team policy
// needs a write role on that team (or globally); critical is Premium-only.
import {
  FleetError, WRITERS, badRequest, emptyPage, invalidArgument, pageWindow, parseId, requireReader, requireRole, seesTeamRow, toPage, validationFailed,
  type CursorKey, type Page, type PageWindow, searchText,
} from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { HostRef } from '../refs/entity-refs.js'
import { canSeeTeam, teamScope } from '../refs/visibility.js'
import { sortOrder, timeKey, type SortOrder } from '../paging/order.js'
import type { PolicyPageFilter, PolicyPageRow } from './policy.repository.js'
import { PolicyOrderField, type PoliciesArgs, type PolicyHostsArgs } from './policy.args.js'
import { PolicyResponse } from './policy-response.js'
import { Policy, type PolicySpecInput } from './policy.type.js'

type PolicySortOrder = SortOrder<PolicyOrderField>
const policyCursor = (sort: PolicySortOrder) => (r: PolicyPageRow): CursorKey[] => {
  switch (sort.field) {
    case PolicyOrderField.NAME: return [r.name, r.id]
    case PolicyOrderField.CREATED_AT: return [timeKey(r.created_at), r.id]
    case PolicyOrderField.FAILING_HOST_COUNT: return [Number(r.failing ?? 0), r.id]
  }
}

/** The window, filter and sort a policies connection's arguments ask for, within the caller's `scope`. */
function policyRequest(args: PoliciesArgs, scope: number[] | null): { window: PageWindow; filter: PolicyPageFilter; sort: PolicySortOrder } {
  const sort = sortOrder(args.orderBy, PolicyOrderField.NAME)
  const window = pageWindow(args, sort.name, 2)
  const f = args.filter ?? {}
  let teamId: number | null = null
  if (f.teamId != null) {
    teamId = parseId(f.teamId, 'Team')
    if (!teamId) throw badRequest(`filter.teamId: not a team id: ${f.teamId}`)
  }
  return { window, sort, filter: { search: searchText(f.search) ?? null, teamId, noTeam: f.noTeam ?? null, critical: f.critical ?? null, scope } }
}

const PLATFORMS = new Set(['darwin', 'windows', 'linux', 'chrome'])
const MAX_SPECS = 1000
/** Policy names are indexed per team: Fleet's VARCHAR(255). */
const MAX_NAME = 255
const isGlobal = (team: string | null | undefined) => !team || team.toLowerCase() === 'no team'

export class PolicyService {
  async list(ctx: PacksContext): Promise<Policy[]> {
    const v = requireReader(ctx)
    return (await ctx.repos.policies.list(v.globalRole ? null : v.teams.map((t) => t.teamId))).map((r) => new Policy(r))
  }

  /**
   * A page of policies: every policy for global roles; for team users their teams' policies, as
   * `policyList` shows them.
   */
  async page(ctx: PacksContext, args: PoliciesArgs): Promise<Page<Policy>> {
    const v = requireReader(ctx)
    const { window, filter, sort } = policyRequest(args, teamScope(v))
    const rows = await ctx.repos.policies.page(window, filter, sort)
    return toPage(rows, window, policyCursor(sort), (r) => new Policy(r), () => ctx.repos.policies.count(filter))
  }

  /** A page of a team's policies; empty for a team the caller may not see. */
  async teamPage(ctx: PacksContext, teamId: number, args: PoliciesArgs): Promise<Page<Policy>> {
    const v = requireReader(ctx)
    const { window, filter, sort } = policyRequest(args, null)
    if (!canSeeTeam(v, teamId)) return emptyPage()
    const rows = await ctx.loaders.teamPolicies({ window, filter, sort }).load(teamId)
    return toPage(rows, window, policyCursor(sort), (r) => new Policy(r), () => ctx.loaders.teamPolicyCounts(filter).load(teamId))
  }

  /** A page (by host id) of the hosts that ran the policy, passing or failing as asked, among those the caller may see. */
  async hostsPage(ctx: PacksContext, policy: Policy, args: PolicyHostsArgs): Promise<Page<HostRef>> {
    const v = requireReader(ctx)
    const window = pageWindow(args, 'ID_ASC', 1)
    const passes = args.response == null ? undefined : args.response === PolicyResponse.PASSING
    const scope = teamScope(v)
    const rows = await ctx.loaders.policyHostPages({ window, passes, scope }).load(policy.row.id)
    return toPage(rows, window, (r) => [r.host_id], (r) => new HostRef(r.host_id), () => ctx.loaders.policyHostCounts({ passes, scope }).load(policy.row.id))
  }

  /** One policy as the policy list would show it to the caller: team users see their teams' policies only. */
  async visible(ctx: PacksContext, id: number): Promise<Policy | null> {
    const v = requireReader(ctx)
    const row = await ctx.loaders.policy.load(id)
    if (!row || !seesTeamRow(v, row.team_id)) return null
    return new Policy(row)
  }

  async applySpecs(ctx: PacksContext, specs: PolicySpecInput[]): Promise<boolean> {
    const v = requireReader(ctx)
    if (specs.length > MAX_SPECS) throw validationFailed([{ name: 'specs', reason: `at most ${MAX_SPECS} specs per request` }])
    const seen = new Set<string>()
    for (const s of specs) {
      if (!s.name?.trim()) throw badRequest('policy spec payload verification: policy name cannot be empty')
      if (s.name.length > MAX_NAME) throw invalidArgument('name', `must be at most ${MAX_NAME} characters`)
      if (!s.query?.trim()) throw badRequest('policy spec payload verification: policy query cannot be empty')
      if (s.platform && !s.platform.split(',').every((p) => PLATFORMS.has(p.trim()))) throw badRequest('invalid policy platform')
      const key = `${isGlobal(s.team) ? '' : s.team}\u0000${s.name}`
      if (seen.has(key)) throw badRequest('duplicate policy names not allowed')
      seen.add(key)
    }
    const teamNames = [...new Set(specs.filter((s) => !isGlobal(s.team)).map((s) => s.team!))]
    const teams = await ctx.repos.policies.teamIdsByName(teamNames)
    for (const t of teamNames) if (!teams.has(t)) throw new FleetError('NOT_FOUND', `team '${t}' was not found in the datastore`)
    // Team policies need a write role on that team; global ones a global write role.
    for (const s of specs) requireRole(ctx, WRITERS, isGlobal(s.team) ? null : teams.get(s.team!))
    const premium = (await ctx.repos.policies.licenseTier()) === 'premium'
    await ctx.repos.policies.upsertMany(specs.map((s) => ({
      name: s.name, query: s.query, description: s.description ?? '', resolution: s.resolution ?? '', platform: s.platform ?? '',
      critical: premium && !!s.critical, team_id: isGlobal(s.team) ? null : teams.get(s.team!)!,
    })), v.userId)
    return true
  }
}
export const policyService = new PolicyService()
