// Preassign and match (Fleet Premium; the Puppet module's flow): profiles are
// collected per host, then matched to the team that has exactly that set of
// profiles, or to a new team named after their groups, and the host moves there.
import { invalidArgument, mdmNotConfigured, paymentRequired, requireRole, ADMINS, WRITERS } from '@fleetgraph/subgraph-kit'
import type { MdmContext } from '../context.js'
import { parseProfile, type ParsedProfile } from '../apple/profiles.js'

export interface PreassignInput { externalHostIdentifier: string; hostUuid: string; profile: string; group?: string | null; exclude?: boolean | null }

export class PreassignService {
  private async premiumWithMdm(ctx: MdmContext) {
    const { licenseTier, mdm } = await ctx.repos.appleSetup.instance()
    if (licenseTier !== 'premium') throw paymentRequired()
    if (mdm.enabled_and_configured !== true) throw mdmNotConfigured()
  }

  async preassign(ctx: MdmContext, input: PreassignInput): Promise<boolean> {
    requireRole(ctx, WRITERS)
    await this.premiumWithMdm(ctx)
    if (!input.externalHostIdentifier.trim()) throw invalidArgument('external_host_identifier', 'must not be empty')
    if (!input.hostUuid.trim()) throw invalidArgument('host_uuid', 'must not be empty')
    if ((input.group ?? '').length > 255) throw invalidArgument('group', 'must be at most 255 characters')
    const p = parseProfile(input.profile, 'profile')
    await ctx.repos.preassign.add(input.externalHostIdentifier.trim(), input.hostUuid.trim(), p, (input.group ?? '').trim(), !!input.exclude)
    return true
  }

  async match(ctx: MdmContext, externalHostIdentifier: string): Promise<boolean> {
    requireRole(ctx, ADMINS)
    await this.premiumWithMdm(ctx)
    const pre = await ctx.repos.preassign.forHost(externalHostIdentifier.trim())
    if (!pre.length) return true // nothing preassigned: nothing to do (Fleet answers 204 too)
    // Excluded profiles are kept off the team's set (they do not decide the team).
    const profiles: ParsedProfile[] = pre.filter((p) => !p.exclude).map((p) => ({ identifier: p.profile_identifier, name: p.profile_name, mobileconfig: p.mobileconfig, checksum: p.checksum }))
    const teamId = await ctx.repos.preassign.teamWithProfiles(profiles)
    const groups = [...new Set(pre.filter((p) => !p.exclude).map((p) => p.group).filter(Boolean))].sort()
    const name = groups.length ? groups.join(' - ') : 'Preassigned profiles'
    const moved = await ctx.repos.preassign.match(externalHostIdentifier.trim(), pre[0].host_uuid, teamId, name, profiles)
    return true
  }
}
export const preassignService = new PreassignService()
