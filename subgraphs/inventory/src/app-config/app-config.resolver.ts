import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { AppConfig, AppConfigInput } from './app-config.type.js'
import { appConfigService } from './app-config.service.js'

@Resolver()
export class AppConfigResolver {
  @Query(() => AppConfig, { description: 'Instance settings. Any signed-in user.' })
  appConfig(@Ctx() ctx: InventoryContext): Promise<AppConfig> { return appConfigService.get(ctx) }

  @Mutation(() => AppConfig, { description: 'Changes instance settings. Admins only.' })
  updateAppConfig(@Arg('input', () => AppConfigInput, { description: 'The settings to change; omitted ones are unchanged.' }) input: AppConfigInput, @Ctx() ctx: InventoryContext): Promise<AppConfig> {
    return appConfigService.update(ctx, input)
  }
}
