import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { Team } from '../team/team.type.js'
import { CreateUserInput, User, UserListInput, UserTeam } from './user.type.js'
import { userService } from './user.service.js'

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The calling user.' })
  me(@Ctx() ctx: InventoryContext): Promise<User> { return userService.me(ctx) }

  @Query(() => [User])
  users(@Ctx() ctx: InventoryContext, @Arg('filter', () => UserListInput, { nullable: true }) filter?: UserListInput): Promise<User[]> {
    return userService.list(ctx, filter ?? {})
  }

  @Mutation(() => User, { description: 'Admins only.' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: InventoryContext): Promise<User> {
    return userService.create(ctx, input)
  }

  @FieldResolver(() => [UserTeam])
  async teams(@Root() user: User, @Ctx() ctx: InventoryContext): Promise<UserTeam[]> {
    const rows = await Promise.all(user.row.teams.map((t) => ctx.loaders.team.load(t.team_id)))
    return user.row.teams.flatMap((t, i) => (rows[i] ? [{ team: new Team(rows[i]!), role: t.role }] : []))
  }
}
