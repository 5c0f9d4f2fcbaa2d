import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { CONNECTION_LIST_SIZE, type OffsetPage } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { UserRef } from '../refs/entity-refs.js'
import { QuerySpecInput, SavedQuery } from './saved-query.type.js'
import { CreateSavedQueryInput, UpdateSavedQueryInput } from './saved-query.input.js'
import { SavedQueriesArgs, SavedQueryListInput, SavedQueryPageArgs } from './saved-query.args.js'
import { SavedQueryConnection, SavedQueryPage } from './saved-query.connection.js'
import { savedQueryService } from './saved-query.service.js'

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => SavedQueryConnection, { description: 'Saved queries (ad-hoc live queries excluded), a page at a time.' })
  async savedQueries(@Args(() => SavedQueriesArgs) args: SavedQueriesArgs, @Ctx() ctx: PacksContext): Promise<InstanceType<typeof SavedQueryConnection>> {
    return new SavedQueryConnection(await savedQueryService.page(ctx, args))
  }

  @Directive('@listSize(slicingArguments: ["perPage"], sizedFields: ["nodes"], requireOneSlicingArgument: false, assumedSize: 20)')
  @Query(() => SavedQueryPage, { description: "Saved queries by page number, with the list's total (Kibana's `GET /api/osquery/saved_queries`)." })
  savedQueryPage(@Args(() => SavedQueryPageArgs) args: SavedQueryPageArgs, @Ctx() ctx: PacksContext): Promise<OffsetPage<SavedQuery>> {
    return savedQueryService.offsetPage(ctx, args)
  }

  @Query(() => [SavedQuery], { description: 'Saved queries (ad-hoc live queries excluded), oldest first, all at once, or searched, ordered and paged as the REST list (GET /reports, formerly /queries) asks.' })
  savedQueryList(
    @Ctx() ctx: PacksContext,
    @Arg('filter', () => SavedQueryListInput, { nullable: true, description: "Search, order and page number, as Fleet's list route takes them; all of them by id when absent." }) filter?: SavedQueryListInput | null,
  ): Promise<SavedQuery[]> { return savedQueryService.list(ctx, filter) }

  @Query(() => Int, { description: "How many saved queries the REST list holds with this filter (its order and page ignored): Fleet's `count`." })
  savedQueryCount(
    @Ctx() ctx: PacksContext,
    @Arg('filter', () => SavedQueryListInput, { nullable: true, description: 'The list filter; all saved queries when absent.' }) filter?: SavedQueryListInput | null,
  ): Promise<number> { return savedQueryService.count(ctx, filter) }

  @Query(() => SavedQuery, { description: 'A saved query by name; NOT_FOUND when there is none.' })
  savedQuery(@Arg('name', () => String, { description: "The query's name." }) name: string, @Ctx() ctx: PacksContext): Promise<SavedQuery> { return savedQueryService.byName(ctx, name) }

  @Query(() => SavedQuery, { description: "A saved query by id (Kibana's saved-object id is the databaseId); NOT_FOUND when there is none." })
  savedQueryById(@Arg('id', () => ID, { description: "The query's id or databaseId." }) id: string, @Ctx() ctx: PacksContext): Promise<SavedQuery> { return savedQueryService.byId(ctx, id) }

  @Mutation(() => Boolean, { description: 'Creates or updates queries by name, all or nothing.' })
  applyQuerySpecs(@Arg('specs', () => [QuerySpecInput], { description: 'The queries to create or update.' }) specs: QuerySpecInput[], @Ctx() ctx: PacksContext): Promise<boolean> {
    return savedQueryService.applySpecs(ctx, specs)
  }

  @Mutation(() => SavedQuery, { description: 'Creates a saved query (admins and maintainers); CONFLICT when the name is taken.' })
  createSavedQuery(@Arg('input', () => CreateSavedQueryInput, { description: 'The new query.' }) input: CreateSavedQueryInput, @Ctx() ctx: PacksContext): Promise<SavedQuery> {
    return savedQueryService.create(ctx, input)
  }

  @Mutation(() => SavedQuery, { description: 'Changes a saved query (admins and maintainers); CONFLICT when renamed to a taken name.' })
  updateSavedQuery(
    @Arg('id', () => ID, { description: "The query's id or databaseId." }) id: string,
    @Arg('input', () => UpdateSavedQueryInput, { description: 'The changes.' }) input: UpdateSavedQueryInput,
    @Ctx() ctx: PacksContext,
  ): Promise<SavedQuery> {
    return savedQueryService.update(ctx, id, input)
  }

  @Mutation(() => Boolean, { description: 'Deletes a saved query, its schedules in packs and its campaigns (as Fleet does).' })
  deleteSavedQuery(@Arg('id', () => ID, { description: "The query's id or databaseId." }) id: string, @Ctx() ctx: PacksContext): Promise<boolean> {
    return savedQueryService.delete(ctx, id)
  }

  @Mutation(() => SavedQuery, { description: 'Copies a saved query under `<name>_copy` (or `_copy_<n>` when taken), as Kibana does.' })
  copySavedQuery(@Arg('id', () => ID, { description: "The query's id or databaseId." }) id: string, @Ctx() ctx: PacksContext): Promise<SavedQuery> {
    return savedQueryService.copy(ctx, id)
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'Who created it; null when unknown (written by a spec before authors were kept, or the user was deleted).' })
  author(@Root() q: SavedQuery): UserRef | null { return q.row.author_id == null ? null : new UserRef(q.row.author_id) }

  @FieldResolver(() => UserRef, { nullable: true, description: 'Who last changed it through the saved-query mutations (else its author); null when unknown.' })
  updatedBy(@Root() q: SavedQuery): UserRef | null {
    const id = q.row.updated_by_id ?? q.row.author_id
    return id == null ? null : new UserRef(id)
  }
}
