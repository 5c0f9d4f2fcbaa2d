import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { AppConfig, AppConfigInput } from './app-config.type.js'
import { appConfigService } from './app-config.service.js'

@Resolver()
export class AppConfigResolver {
  @Query(() => AppConfig, { description: 'Instance settings. Any signed-in user; agent options for global admins only, SMTP/SSO settings for admins only (as Fleet).' })
  appConfig(@Ctx() ctx: InventoryContext): Promise<AppConfig> { return appConfigService.get(ctx) }

  @Mutation(() => AppConfig, { description: 'Changes instance settings (merged over the stored ones) and returns them. Global admins only. VALIDATION_FAILED (422) for invalid settings, BAD_REQUEST for agent options or features of the wrong shape.' })
  updateAppConfig(
    @Arg('input', () => AppConfigInput, { description: 'The settings to change; omitted ones are unchanged.' }) input: AppConfigInput,
    @Arg('dryRun', () => Boolean, { nullable: true, description: 'Validate only; change nothing (the answer is the unchanged settings).' }) dryRun: boolean | null | undefined,
    @Arg('force', () => Boolean, { nullable: true, description: 'Apply agent options even when they fail Fleet\'s shape checks.' }) force: boolean | null | undefined,
    @Ctx() ctx: InventoryContext,
  ): Promise<AppConfig> {
    return appConfigService.update(ctx, input, { dryRun: !!dryRun, force: !!force })
  }
}
