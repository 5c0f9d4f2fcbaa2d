// Team specs (fleetctl apply, `kind: team`). Fleet Premium: on Free every
// caller gets 402 before any role check, as Fleet's Free stub does. Then
// global admins only. Teams are matched by name without case; a request is
// validated whole and applied in one transaction (or, with dryRun, not at all).
import { randomBytes } from 'node:crypto'
import {
  ADMINS, FleetError, mapPrismaErrors, paymentRequired, requireRole, requireViewer, validationFailed, type FieldError,
} from '@fleetgraph/subgraph-kit'
import type { Bus, HasViewer } from '@fleetgraph/subgraph-kit'
import { enrollSecretProblems } from '../enroll-secret/enroll-secret-rules.js'
import { TeamIdByName, type TeamSpecInput } from './team-spec.type.js'
import type { TeamSpecStore, TeamWrite } from './team-spec.repository.js'
import { DEFAULT_AGENT_OPTIONS, agentOptionsProblems, mergeMdm, normalizeFeatures, normalizeMdm, type Json } from './team-spec-rules.js'

const RESERVED_NAMES = new Set(['all teams', 'no team'])
const MAX_NAME = 255

/** A new team's enroll secret when the spec names none (Fleet: 24 random bytes, base64). */
const randomSecret = () => randomBytes(24).toString('base64')

export interface ApplyTeamSpecsOptions { dryRun?: boolean | null; force?: boolean | null }

/** What the team-spec rules use of a request: the caller, the team-spec store, the bus. */
export interface TeamSpecServiceContext extends HasViewer {
  repos: { teamSpecs: TeamSpecStore }
  bus: Bus
}

export class TeamSpecService {
  async apply(ctx: TeamSpecServiceContext, specs: TeamSpecInput[], opts: ApplyTeamSpecsOptions = {}): Promise<TeamIdByName[]> {
    requireViewer(ctx)
    if ((await ctx.repos.teamSpecs.licenseTier()) !== 'premium') throw paymentRequired()
    const viewer = requireRole(ctx, ADMINS)
    const force = !!opts.force

    // Decoding problems (400): wrong JSON types always; unknown keys unless forced.
    const badRequest: string[] = []
    const errs: FieldError[] = []
    const seen = new Set<string>()
    const prepared = specs.map((s) => {
      const name = s.name ?? ''
      if (!name.trim()) errs.push({ name: 'name', reason: 'name may not be empty' })
      else if (RESERVED_NAMES.has(name.trim().toLowerCase())) errs.push({ name: 'name', reason: `"${name}" is a reserved team name` })
      else if (name.length > MAX_NAME) errs.push({ name: 'name', reason: `name must be at most ${MAX_NAME} characters` })
      else if (seen.has(name.toLowerCase())) errs.push({ name: 'name', reason: `team "${name}" appears more than once` })
      seen.add(name.toLowerCase())

      if (s.agentOptions) {
        const p = agentOptionsProblems(s.agentOptions)
        badRequest.push(...p.invalid.map((m) => `${m} (team "${name}")`))
        if (!force) badRequest.push(...p.unknown.map((k) => `unknown field "${k}" (team "${name}")`))
      }
      const { features, invalid } = normalizeFeatures(s.features)
      badRequest.push(...invalid.map((m) => `${m} (team "${name}")`))
      let mdm: Json | undefined
      if (s.mdm) {
        const m = normalizeMdm(s.mdm)
        badRequest.push(...m.problems.invalid.map((x) => `${x} (team "${name}")`))
        if (!force) badRequest.push(...m.problems.unknown.map((k) => `unknown field "${k}" (team "${name}")`))
        errs.push(...m.fieldErrors)
        mdm = m.mdm
      }
      const secrets = s.secrets ?? undefined
      if (secrets) errs.push(...enrollSecretProblems(secrets))
      return { name, agentOptions: s.agentOptions, features, mdm, secrets }
    })
    if (badRequest.length) throw new FleetError('BAD_REQUEST', badRequest.join('; '), { fieldErrors: badRequest.map((reason) => ({ name: 'base', reason })) })
    if (errs.length) throw validationFailed(errs)

    const existing = await ctx.repos.teamSpecs.byNames(prepared.map((p) => p.name))
    const find = (name: string) => existing.find((t) => t.name === name) ?? existing.find((t) => t.name.toLowerCase() === name.toLowerCase())
    // A secret belongs to one holder: the team itself may keep it, nobody else may take it.
    const wanted = prepared.flatMap((p) => (p.secrets ?? []).map((secret) => ({ secret, team: p.name, id: find(p.name)?.id })))
    const holders = new Map((await ctx.repos.teamSpecs.secretHolders(wanted.map((w) => w.secret))).map((h) => [h.secret, h.team_id]))
    const claimed = new Map<string, string>()
    for (const w of wanted) {
      const holder = holders.get(w.secret)
      const other = claimed.get(w.secret)
      if ((holders.has(w.secret) && (holder == null || holder !== w.id)) || (other !== undefined && other !== w.team)) {
        errs.push({ name: 'secrets', reason: `a provided enroll secret for team '${w.team}' is already being used` })
      }
      claimed.set(w.secret, w.team)
    }
    if (errs.length) throw validationFailed(errs)
    if (opts.dryRun) return []

    const writes: TeamWrite[] = prepared.map((p) => {
      const team = find(p.name)
      if (!team) {
        return {
          name: p.name, features: p.features, mdm: p.mdm ?? {},
          agentOptions: p.agentOptions === undefined ? DEFAULT_AGENT_OPTIONS : p.agentOptions,
          secrets: p.secrets ?? [randomSecret()],
        }
      }
      return {
        id: team.id, name: p.name, features: p.features, agentOptions: p.agentOptions,
        mdm: p.mdm ? mergeMdm(team.mdm, p.mdm) : undefined, secrets: p.secrets,
      }
    })
    const done = await mapPrismaErrors('team', () => ctx.repos.teamSpecs.apply(writes, { id: viewer.userId, name: viewer.name }))
    return done.map((t) => new TeamIdByName(t))
  }
}
export const teamSpecService = new TeamSpecService()
