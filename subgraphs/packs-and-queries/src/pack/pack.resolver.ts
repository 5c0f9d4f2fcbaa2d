import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import { requireReader } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { HostRef, LabelRef, TeamRef } from '../refs/entity-refs.js'
import { ScheduledQuery } from '../scheduled-query/scheduled-query.type.js'
import { scheduledQueryService } from '../scheduled-query/scheduled-query.service.js'
import { CreatePackInput, PACK_EVENTS, Pack, PackEvent, PackListInput, UpdatePackInput, type PackEventPayload } from './pack.type.js'
import { packService } from './pack.service.js'

@Resolver(() => Pack)
export class PackResolver {
  @Query(() => [Pack], { description: 'User packs (system packs are hidden, as in Fleet).' })
  packs(@Ctx() ctx: PacksContext, @Arg('filter', () => PackListInput, { nullable: true }) filter?: PackListInput): Promise<Pack[]> {
    return packService.list(ctx, filter ?? {})
  }

  @Query(() => Pack)
  pack(@Arg('id', () => ID) id: string, @Ctx() ctx: PacksContext): Promise<Pack> { return packService.get(ctx, id) }

  @Mutation(() => Pack)
  createPack(@Arg('input', () => CreatePackInput) input: CreatePackInput, @Ctx() ctx: PacksContext): Promise<Pack> {
    return packService.create(ctx, input)
  }

  @Mutation(() => Pack)
  updatePack(@Arg('id', () => ID) id: string, @Arg('input', () => UpdatePackInput) input: UpdatePackInput, @Ctx() ctx: PacksContext): Promise<Pack> {
    return packService.update(ctx, id, input)
  }

  @Mutation(() => Boolean, { description: 'Deletes a user pack by name.' })
  deletePack(@Arg('name', () => String) name: string, @Ctx() ctx: PacksContext): Promise<boolean> { return packService.deleteByName(ctx, name) }

  @Mutation(() => Boolean, { description: 'Deletes a user pack by id.' })
  deletePackById(@Arg('id', () => ID) id: string, @Ctx() ctx: PacksContext): Promise<boolean> { return packService.deleteById(ctx, id) }

  @FieldResolver(() => [HostRef], { description: "The pack's target hosts: direct, through its labels and through its teams." })
  async hosts(@Root() pack: Pack, @Ctx() ctx: PacksContext): Promise<HostRef[]> {
    return (await packService.targetHostIds(ctx, pack)).map((id) => new HostRef(id))
  }

  @FieldResolver(() => Int, { description: 'Distinct hosts reached through the host, label and team targets.' })
  async totalHostsCount(@Root() pack: Pack, @Ctx() ctx: PacksContext): Promise<number> {
    return (await packService.targetHostIds(ctx, pack)).length
  }

  @FieldResolver(() => Int, { description: 'Number of scheduled queries in the pack.' })
  queryCount(@Root() pack: Pack, @Ctx() ctx: PacksContext): Promise<number> { return packService.queryCount(ctx, pack) }

  @FieldResolver(() => [ScheduledQuery])
  scheduledQueries(@Root() pack: Pack, @Ctx() ctx: PacksContext): Promise<ScheduledQuery[]> {
    return scheduledQueryService.listForPack(ctx, pack.id)
  }

  @FieldResolver(() => [LabelRef])
  labels(@Root() pack: Pack): LabelRef[] { return pack.row.labels.map((l) => new LabelRef(l.label_id)) }

  @FieldResolver(() => [TeamRef])
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
