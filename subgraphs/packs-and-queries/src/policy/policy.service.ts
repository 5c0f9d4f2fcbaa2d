// Policy specs (Fleet ApplyPolicySpecs): upsert by name; blank names or SQL
// and bad platforms are 400s; an unknown team is a 404; writing a team policy
// needs a write role on that team (or globally); critical is Premium-only.
import { FleetError, WRITERS, badRequest, invalidArgument, requireReader, requireRole, seesTeamRow, validationFailed } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { Policy, type PolicySpecInput } from './policy.type.js'

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
