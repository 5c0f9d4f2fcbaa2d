import { Arg, Args, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql'
import { CONNECTION_LIST_SIZE } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Team } from '../team/team.type.js'
import { CreateApiOnlyUserInput, CreateApiOnlyUserPayload, CreateUserInput, CreateUserPayload, Role, User, UserListInput, UserTeam } from './user.type.js'
import { UserConnection } from './user.connection.js'
import { UsersArgs } from './user.args.js'
import { userService } from './user.service.js'

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The calling user.' })
  me(@Ctx() ctx: InventoryContext): Promise<User> { return userService.me(ctx) }

  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => UserConnection, { description: 'Users, a page at a time (default: by name). Global users see every user; users with team roles only must filter by one of their teams.' })
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: InventoryContext): Promise<UserConnection> {
    return userService.page(ctx, args)
  }

  @Query(() => [User], { description: "Users with Fleet's list options (page/perPage, orderKey), the REST layer's list; prefer `users`." })
  userList(@Ctx() ctx: InventoryContext, @Arg('filter', () => UserListInput, { nullable: true, description: "Fleet's list options." }) filter?: UserListInput): Promise<User[]> {
    return userService.list(ctx, filter ?? {})
  }

  @Mutation(() => CreateUserPayload, { description: 'Creates a user. Admins only. An API-only user that is not SSO gets its API token in the payload, as Fleet returns it.' })
  createUser(@Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput, @Ctx() ctx: InventoryContext): Promise<CreateUserPayload> {
    return userService.create(ctx, input)
  }

  @Mutation(() => CreateApiOnlyUserPayload, { description: "Creates an API-only user with a generated email and password and returns its API token (Fleet's POST /users/api_only). Admins only." })
  createApiOnlyUser(@Arg('input', () => CreateApiOnlyUserInput, { description: 'The new API-only user.' }) input: CreateApiOnlyUserInput, @Ctx() ctx: InventoryContext): Promise<CreateApiOnlyUserPayload> {
    return userService.createApiOnly(ctx, input)
  }

  @FieldResolver(() => [UserTeam], { description: "The teams the user has a role on, with the role (one statement for every user of a page)." })
  async teams(@Root() user: User, @Ctx() ctx: InventoryContext): Promise<UserTeam[]> {
    const rows = await Promise.all(user.row.teams.map((t) => ctx.loaders.team.load(t.team_id)))
    return user.row.teams.flatMap((t, i) => (rows[i] ? [{ team: new Team(rows[i]!), role: t.role as Role }] : []))
  }
}
