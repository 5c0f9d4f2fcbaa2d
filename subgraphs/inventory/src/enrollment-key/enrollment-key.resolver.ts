import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { KibanaListArgs } from '../agent-policy/kibana-list.args.js'
import { enrollmentKeyService } from './enrollment-key.service.js'
import { EnrollmentApiKey, EnrollmentApiKeyPage } from './enrollment-key.type.js'

@Resolver(() => EnrollmentApiKey)
export class EnrollmentKeyResolver {
  @Query(() => EnrollmentApiKeyPage, { description: "Enrollment API keys (enroll secrets) of the policies the caller manages, newest first, revoked ones included (Kibana's `GET /api/fleet/enrollment_api_keys`). Maintainers and admins; FORBIDDEN for observers." })
  enrollmentApiKeys(@Args(() => KibanaListArgs) args: KibanaListArgs, @Ctx() ctx: InventoryContext): Promise<EnrollmentApiKeyPage> {
    return enrollmentKeyService.page(ctx, args)
  }

  @Query(() => EnrollmentApiKey, { description: 'One key; NOT_FOUND ("EnrollmentAPIKey <id> not found") when it does not exist or is not the caller\'s to manage.' })
  enrollmentApiKey(@Arg('id', () => String, { description: "Kibana's id (a UUID)." }) id: string, @Ctx() ctx: InventoryContext): Promise<EnrollmentApiKey> {
    return enrollmentKeyService.get(ctx, id)
  }

  @Mutation(() => EnrollmentApiKey, { description: 'Makes a key for an agent policy: a random secret named "<name> (<id>)" (just "<id>" without a name). CONFLICT when the policy has a key of that name.' })
  createEnrollmentApiKey(
    @Arg('policyId', () => String, { description: "The agent policy's Kibana id." }) policyId: string,
    @Arg('name', () => String, { nullable: true, description: 'A name, at most 200 characters.' }) name: string | null,
    @Arg('expiration', () => String, { nullable: true, description: 'A lifetime such as 7d, 24h or 30m; none: it never expires.' }) expiration: string | null,
    @Ctx() ctx: InventoryContext,
  ): Promise<EnrollmentApiKey> {
    return enrollmentKeyService.create(ctx, policyId, name, expiration)
  }

  @Mutation(() => EnrollmentApiKey, { description: "Revokes a key (Kibana's DELETE): it stays listed, inactive, and no longer enrolls." })
  revokeEnrollmentApiKey(@Arg('id', () => String, { description: "Kibana's id." }) id: string, @Ctx() ctx: InventoryContext): Promise<EnrollmentApiKey> {
    return enrollmentKeyService.revoke(ctx, id)
  }
}
