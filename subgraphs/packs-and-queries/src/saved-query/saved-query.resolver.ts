import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { PacksContext } from '../context.js'
import { QuerySpecInput, SavedQuery } from './saved-query.type.js'
import { savedQueryService } from './saved-query.service.js'

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Query(() => [SavedQuery], { description: 'Saved queries (ad-hoc live queries excluded), oldest first.' })
  savedQueries(@Ctx() ctx: PacksContext): Promise<SavedQuery[]> { return savedQueryService.list(ctx) }

  @Query(() => SavedQuery)
  savedQuery(@Arg('name', () => String) name: string, @Ctx() ctx: PacksContext): Promise<SavedQuery> { return savedQueryService.byName(ctx, name) }

  @Mutation(() => Boolean, { description: 'Creates or updates queries by name, all or nothing.' })
  applyQuerySpecs(@Arg('specs', () => [QuerySpecInput]) specs: QuerySpecInput[], @Ctx() ctx: PacksContext): Promise<boolean> {
    return savedQueryService.applySpecs(ctx, specs)
  }
}
