import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import { CONNECTION_LIST_SIZE, ConnectionArgs, requireReader, type OffsetPage } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { LabelRef, TeamRef, UserRef } from '../refs/entity-refs.js'
import { HostConnection } from '../refs/host.connection.js'
import { PackConnection, PackPage } from './pack.connection.js'
import { CreatePackWithQueriesInput, PackPageArgs, UpdatePackWithQueriesInput } from './pack-queries.input.js'
import { packQueriesService } from './pack-queries.service.js'
import { PacksArgs } from './pack.args.js'
import { ScheduledQuery } from '../scheduled-query/scheduled-query.type.js'
import { CreatePackInput, PACK_EVENTS, Pack, PackEvent, PackListInput, UpdatePackInput, type PackEventPayload } from './pack.type.js'
import { packService } from './pack.service.js'

@Resolver(() => Pack)
export class PackResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => PackConnection, { description: 'User packs (system packs are hidden, as in Fleet), a page at a time.' })
  async packs(@Args(() => PacksArgs) args: PacksArgs, @Ctx() ctx: PacksContext): Promise<InstanceType<typeof PackConnection>> {
    return new PackConnection(await packService.page(ctx, args))
  }

  @Query(() => [Pack], { description: 'User packs (system packs are hidden, as in Fleet), all at once or by page number (the REST list).' })
  packList(@Ctx() ctx: PacksContext, @Arg('filter', () => PackListInput, { nullable: true, description: 'Order and page number, as Fleet\'s list route takes them.' }) filter?: PackListInput): Promise<Pack[]> {
    return packService.list(ctx, filter ?? {})
  }

  @Query(() => Pack, { description: 'A pack by id (system packs too); NOT_FOUND when there is none.' })
  pack(@Arg('id', () => ID, { description: "The pack's id." }) id: string, @Ctx() ctx: PacksContext): Promise<Pack> { return packService.get(ctx, id) }

  @Mutation(() => Pack, { description: 'Creates a user pack with its targets.' })
  createPack(@Arg('input', () => CreatePackInput, { description: 'The new pack.' }) input: CreatePackInput, @Ctx() ctx: PacksContext): Promise<Pack> {
    return packService.create(ctx, input)
  }

  @Mutation(() => Pack, { description: "Changes a pack; a system pack keeps its name, description and targets." })
  updatePack(@Arg('id', () => ID, { description: "The pack's id." }) id: string, @Arg('input', () => UpdatePackInput, { description: 'The changes.' }) input: UpdatePackInput, @Ctx() ctx: PacksContext): Promise<Pack> {
    return packService.update(ctx, id, input)
  }

  @Mutation(() => Boolean, { description: 'Deletes a user pack by name.' })
  deletePack(@Arg('name', () => String, { description: "The pack's name." }) name: string, @Ctx() ctx: PacksContext): Promise<boolean> { return packService.deleteByName(ctx, name) }

  @Mutation(() => Boolean, { description: 'Deletes a user pack by id.' })
  deletePackById(@Arg('id', () => ID, { description: "The pack's id." }) id: string, @Ctx() ctx: PacksContext): Promise<boolean> { return packService.deleteById(ctx, id) }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => HostConnection, { description: "The pack's target hosts (direct, through its labels and through its teams) that the caller may see, by host id." })
  async hosts(@Root() pack: Pack, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: PacksContext): Promise<InstanceType<typeof HostConnection>> {
    return new HostConnection(await packService.hostsPage(ctx, pack, args))
  }

  @FieldResolver(() => [ID], { description: 'Hosts targeted directly.' })
  hostIds(@Root() pack: Pack, @Ctx() ctx: PacksContext): string[] { return packService.targets(ctx, pack).hosts }

  @FieldResolver(() => [ID], { description: 'Labels targeted: their member hosts.' })
  labelIds(@Root() pack: Pack, @Ctx() ctx: PacksContext): string[] { return packService.targets(ctx, pack).labels }

  @FieldResolver(() => [ID], { description: 'Teams targeted: their hosts.' })
  teamIds(@Root() pack: Pack, @Ctx() ctx: PacksContext): string[] { return packService.targets(ctx, pack).teams }

  @FieldResolver(() => Int, { description: 'Distinct hosts reached through the host, label and team targets.' })
  async totalHostsCount(@Root() pack: Pack, @Ctx() ctx: PacksContext): Promise<number> {
    return (await packService.targetHostIds(ctx, pack)).length
  }

  @FieldResolver(() => Int, { description: 'Number of scheduled queries in the pack.' })
  queryCount(@Root() pack: Pack, @Ctx() ctx: PacksContext): Promise<number> { return packService.queryCount(ctx, pack) }

  @FieldResolver(() => [ScheduledQuery], { description: "The pack's scheduled queries, in schedule order." })
  async scheduledQueries(@Root() pack: Pack, @Ctx() ctx: PacksContext): Promise<ScheduledQuery[]> {
    return (await ctx.loaders.scheduledByPack.load(pack.row.id)).map((r) => new ScheduledQuery(r))
  }

  @FieldResolver(() => [String], { description: `The Kibana agent-policy ids the pack targets: its teams' (Team.agentPolicyId), and "fleet-default-policy" when it targets the "All Hosts" label.` })
  agentPolicyIds(@Root() pack: Pack, @Ctx() ctx: PacksContext): Promise<string[]> { return packQueriesService.policyIds(ctx, pack) }

  @FieldResolver(() => UserRef, { nullable: true, description: "Who created it through Kibana's pack routes (or createPackWithQueries); null otherwise." })
  author(@Root() pack: Pack): UserRef | null { return pack.row.author_id == null ? null : new UserRef(pack.row.author_id) }

  @FieldResolver(() => UserRef, { nullable: true, description: "Who last changed it through Kibana's pack routes; null otherwise." })
  updatedBy(@Root() pack: Pack): UserRef | null { return pack.row.updated_by_id == null ? null : new UserRef(pack.row.updated_by_id) }

  @Directive('@listSize(slicingArguments: ["perPage"], sizedFields: ["nodes"], requireOneSlicingArgument: false, assumedSize: 20)')
  @Query(() => PackPage, { description: "User packs by page number, with the list's total (Kibana's `GET /api/osquery/packs`)." })
  packPage(@Args(() => PackPageArgs) args: PackPageArgs, @Ctx() ctx: PacksContext): Promise<OffsetPage<Pack>> {
    return packQueriesService.offsetPage(ctx, args)
  }

  @Mutation(() => Pack, { description: "Creates a pack with its queries written inline, targeting agent policies (Kibana's pack); CONFLICT when the name is taken, BAD_REQUEST for unknown policy ids." })
  createPackWithQueries(@Arg('input', () => CreatePackWithQueriesInput, { description: 'The new pack.' }) input: CreatePackWithQueriesInput, @Ctx() ctx: PacksContext): Promise<Pack> {
    return packQueriesService.create(ctx, input)
  }

  @Mutation(() => Pack, { description: "Changes a pack in Kibana's terms (queries inline, targets as agent-policy ids); only the fields given change." })
  updatePackWithQueries(
    @Arg('id', () => ID, { description: "The pack's id." }) id: string,
    @Arg('input', () => UpdatePackWithQueriesInput, { description: 'The changes.' }) input: UpdatePackWithQueriesInput,
    @Ctx() ctx: PacksContext,
  ): Promise<Pack> {
    return packQueriesService.update(ctx, id, input)
  }

  @Mutation(() => Pack, { description: 'Copies a pack under `<name>_copy` (or `_copy_<n>` when taken), disabled and targeting nothing, as Kibana does.' })
  copyPack(@Arg('id', () => ID, { description: "The pack's id." }) id: string, @Ctx() ctx: PacksContext): Promise<Pack> {
    return packQueriesService.copy(ctx, id)
  }

  @FieldResolver(() => [LabelRef], { description: 'The labels the pack targets.' })
  labels(@Root() pack: Pack): LabelRef[] { return pack.row.labels.map((l) => new LabelRef(l.label_id)) }

  @FieldResolver(() => [TeamRef], { description: 'The teams the pack targets.' })
  teams(@Root() pack: Pack): TeamRef[] { return pack.row.teams.map((t) => new TeamRef(t.team_id)) }

  @Subscription(() => PackEvent, {
    description: 'Packs created, updated or deleted, as they happen.',
    subscribe: ({ context }) => { requireReader(context as PacksContext); return (context as PacksContext).bus.pubSub.subscribe(PACK_EVENTS) },
  })
  async packEvents(@Root() ev: PackEventPayload, @Ctx() ctx: PacksContext): Promise<PackEvent> {
    const row = ev.kind === 'deleted' ? null : await ctx.loaders.pack.load(ev.packId)
    return { kind: ev.kind, packId: String(ev.packId), pack: row ? new Pack(row) : null }
  }
}
