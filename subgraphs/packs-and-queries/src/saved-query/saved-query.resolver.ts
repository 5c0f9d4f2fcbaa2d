import { Arg, Args, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql'
import { CONNECTION_LIST_SIZE } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { QuerySpecInput, SavedQuery } from './saved-query.type.js'
import { SavedQueriesArgs } from './saved-query.args.js'
import { SavedQueryConnection } from './saved-query.connection.js'
import { savedQueryService } from './saved-query.service.js'

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => SavedQueryConnection, { description: 'Saved queries (ad-hoc live queries excluded), a page at a time.' })
  async savedQueries(@Args(() => SavedQueriesArgs) args: SavedQueriesArgs, @Ctx() ctx: PacksContext): Promise<InstanceType<typeof SavedQueryConnection>> {
    return new SavedQueryConnection(await savedQueryService.page(ctx, args))
  }

  @Query(() => [SavedQuery], { description: 'Saved queries (ad-hoc live queries excluded), oldest first, all at once (the REST list).' })
  savedQueryList(@Ctx() ctx: PacksContext): Promise<SavedQuery[]> { return savedQueryService.list(ctx) }

  @Query(() => SavedQuery, { description: 'A saved query by name; NOT_FOUND when there is none.' })
  savedQuery(@Arg('name', () => String, { description: "The query's name." }) name: string, @Ctx() ctx: PacksContext): Promise<SavedQuery> { return savedQueryService.byName(ctx, name) }

  @Mutation(() => Boolean, { description: 'Creates or updates queries by name, all or nothing.' })
  applyQuerySpecs(@Arg('specs', () => [QuerySpecInput], { description: 'The queries to create or update.' }) specs: QuerySpecInput[], @Ctx() ctx: PacksContext): Promise<boolean> {
    return savedQueryService.applySpecs(ctx, specs)
  }
}
