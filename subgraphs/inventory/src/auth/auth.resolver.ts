import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { LoginPayload, SetupInput, SetupPayload } from './auth.type.js'
import { authService } from './auth.service.js'

@Resolver()
export class AuthResolver {
  @Query(() => Boolean, { description: 'True until the first admin has been created.' })
  setupRequired(@Ctx() ctx: InventoryContext): Promise<boolean> { return authService.setupRequired(ctx) }

  @Mutation(() => SetupPayload, { description: 'Works once: creates the first admin and returns a session token.' })
  setup(@Arg('input', () => SetupInput) input: SetupInput, @Ctx() ctx: InventoryContext): Promise<SetupPayload> {
    return authService.setup(ctx, input)
  }

  @Mutation(() => LoginPayload)
  login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: InventoryContext): Promise<LoginPayload> {
    return authService.login(ctx, email, password)
  }

  @Mutation(() => Boolean, { description: "Ends the caller's session." })
  logout(@Ctx() ctx: InventoryContext): Promise<boolean> { return authService.logout(ctx) }
}
