import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { LoginPayload, SetupInput, SetupPayload } from './auth.type.js'
import { authService } from './auth.service.js'

@Resolver()
export class AuthResolver {
  @Query(() => Boolean, { description: 'True until the first admin has been created.' })
  setupRequired(@Ctx() ctx: InventoryContext): Promise<boolean> { return authService.setupRequired(ctx) }

  @Mutation(() => SetupPayload, { description: 'Works once: creates the first admin and returns a session token.' })
  setup(@Arg('input', () => SetupInput, { description: 'The first admin, the organization and the server URL.' }) input: SetupInput, @Ctx() ctx: InventoryContext): Promise<SetupPayload> {
    return authService.setup(ctx, input)
  }

  @Mutation(() => LoginPayload, { description: 'Logs in with email and password: a session token and the user. Repeated failures are throttled.' })
  login(@Arg('email', () => String, { description: 'The login email.' }) email: string, @Arg('password', () => String, { description: 'The password.' }) password: string, @Ctx() ctx: InventoryContext): Promise<LoginPayload> {
    return authService.login(ctx, email, password)
  }

  @Mutation(() => Boolean, { description: "Ends the caller's session." })
  logout(@Ctx() ctx: InventoryContext): Promise<boolean> { return authService.logout(ctx) }
}
