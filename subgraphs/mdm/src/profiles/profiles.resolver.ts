import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import type { MdmContext } from '../context.js'
import { AppleProfile } from './profiles.type.js'
import { profilesService } from './profiles.service.js'

@Resolver()
export class ProfilesResolver {
  @Query(() => [AppleProfile], { description: "The team's custom Apple profiles (no teamId or 0: hosts in no team). Admins and maintainers." })
  appleProfiles(@Arg('teamId', () => ID, { nullable: true }) teamId: string | null, @Ctx() ctx: MdmContext): Promise<AppleProfile[]> {
    return profilesService.list(ctx, teamId)
  }

  @Mutation(() => Boolean, { description: "Replaces the team's (or no team's) custom Apple profiles with these base64 .mobileconfig files. dryRun: validate only." })
  batchApplyAppleProfiles(
    @Arg('profiles', () => [String]) profiles: string[],
    @Arg('teamId', () => ID, { nullable: true }) teamId: string | null,
    @Arg('teamName', () => String, { nullable: true }) teamName: string | null,
    @Arg('dryRun', () => Boolean, { nullable: true }) dryRun: boolean | null,
    @Ctx() ctx: MdmContext,
  ): Promise<boolean> {
    return profilesService.batch(ctx, { profiles, teamId, teamName, dryRun })
  }
}
