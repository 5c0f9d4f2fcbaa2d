// Batch-apply of custom Apple settings (fleetctl apply / gitops): the given
// .mobileconfig files become the team's (or no team's) whole set. Everything is
// validated before anything is written; dry_run stops there.
import { FleetError, invalidArgument, notFound, parseId, requireRole, requireViewer, WRITERS, writesTeamRow } from '@fleetgraph/subgraph-kit'
import type { MdmContext } from '../context.js'
import { parseProfileBatch } from '../apple/profiles.js'
import { AppleProfile } from './profiles.type.js'

export interface BatchInput { teamId?: string | null; teamName?: string | null; dryRun?: boolean | null; profiles: string[] }

export class ProfilesService {
  async list(ctx: MdmContext, teamId: string | null | undefined): Promise<AppleProfile[]> {
    const id = await this.team(ctx, teamId, null)
    requireRole(ctx, WRITERS, id)
    return (await ctx.repos.profiles.list(id)).map((r) => new AppleProfile(r))
  }

  /** One profile, for whoever may list its team's profiles (admins and maintainers, globally or of that team). */
  async visible(ctx: MdmContext, id: number): Promise<AppleProfile | null> {
    const v = requireViewer(ctx)
    const row = await ctx.loaders.profile.load(id)
    if (!row || !writesTeamRow(v, row.team_id)) return null
    return new AppleProfile(row)
  }

  async batch(ctx: MdmContext, input: BatchInput): Promise<boolean> {
    const { licenseTier, mdm } = await ctx.repos.appleSetup.instance()
    if (input.teamId != null && input.teamName != null) throw invalidArgument('team_name', 'may not be provided in conjunction with team_id')
    if ((input.teamId != null || input.teamName != null) && licenseTier !== 'premium') {
      throw invalidArgument('team_id', 'Requires Fleet Premium license')
    }
    const teamId = await this.team(ctx, input.teamId, input.teamName)
    requireRole(ctx, WRITERS, teamId)
    // Fleet answers this one with 422 on "mdm" (the other MDM routes: 400).
    if (mdm.enabled_and_configured !== true) throw invalidArgument('mdm', 'cannot set custom settings: Fleet MDM is not configured')
    const profiles = parseProfileBatch(input.profiles)
    if (input.dryRun) return true
    await ctx.repos.profiles.replace(teamId, profiles)
    return true
  }

  /** The team by id or name (null: no team); unknown → 404. */
  private async team(ctx: MdmContext, id: string | null | undefined, name: string | null | undefined): Promise<number | null> {
    if (name != null) {
      const found = await ctx.repos.profiles.teamIdByName(name)
      if (found == null) throw notFound('Team', name)
      return found
    }
    if (id == null) return null
    // the team's node id, or Fleet's integer as REST always parsed it (0: no team)
    const n = parseId(id, 'Team') ?? Number(id)
    if (!Number.isSafeInteger(n) || n < 0 || n > 2_147_483_647) throw new FleetError('BAD_REQUEST', `invalid team_id: ${id}`)
    if (n === 0) return null
    if (!(await ctx.repos.profiles.teamExists(n))) throw notFound('Team', n)
    return n
  }
}
export const profilesService = new ProfilesService()
