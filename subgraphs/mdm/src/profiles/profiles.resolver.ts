import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import type { MdmContext } from '../context.js'
import { AppleProfile } from './profiles.type.js'
import { profilesService } from './profiles.service.js'

@Resolver()
export class ProfilesResolver {
  @Query(() => [AppleProfile], { description: "The team's custom Apple profiles (no teamId or 0: hosts in no team). Admins and maintainers." })
  appleProfiles(@Arg('teamId', () => ID, { nullable: true, description: 'The team whose profiles to list; null or 0: hosts in no team.' }) teamId: string | null, @Ctx() ctx: MdmContext): Promise<AppleProfile[]> {
    return profilesService.list(ctx, teamId)
  }

  @Mutation(() => Boolean, { description: "Replaces the team's (or no team's) custom Apple profiles with these base64 .mobileconfig files. dryRun: validate only." })
  batchApplyAppleProfiles(
    @Arg('profiles', () => [String], { description: 'The complete new set of profiles, each a base64 .mobileconfig file.' }) profiles: string[],
    @Arg('teamId', () => ID, { nullable: true, description: 'The team to apply them to; neither teamId nor teamName: hosts in no team.' }) teamId: string | null,
    @Arg('teamName', () => String, { nullable: true, description: 'The team to apply them to, by name (instead of teamId).' }) teamName: string | null,
    @Arg('dryRun', () => Boolean, { nullable: true, description: 'Validate the profiles and change nothing.' }) dryRun: boolean | null,
    @Ctx() ctx: MdmContext,
  ): Promise<boolean> {
    return profilesService.batch(ctx, { profiles, teamId, teamName, dryRun })
  }
}
