import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { EnrollSecret } from './enroll-secret.type.js'
import { enrollSecretService } from './enroll-secret.service.js'

@Resolver(() => EnrollSecret)
export class EnrollSecretResolver {
  @Query(() => [EnrollSecret], { description: 'The global enroll secrets. Global admins and maintainers.' })
  enrollSecrets(@Ctx() ctx: InventoryContext): Promise<EnrollSecret[]> { return enrollSecretService.listGlobal(ctx) }

  @Mutation(() => Boolean, { description: 'Replaces every global enroll secret (at most 50). dryRun: validate only. Global admins and maintainers.' })
  applyEnrollSecretSpec(
    @Arg('secrets', () => [String], { description: 'The global secrets to keep or add.' }) secrets: string[],
    @Arg('dryRun', () => Boolean, { nullable: true, description: 'Validate only; change nothing.' }) dryRun: boolean | null | undefined,
    @Ctx() ctx: InventoryContext,
  ): Promise<boolean> {
    return enrollSecretService.applyGlobal(ctx, secrets, !!dryRun)
  }
}
