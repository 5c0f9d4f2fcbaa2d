import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import { notFound, parseId, requireReader } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { HostRef, LabelRef, TeamRef } from '../refs/entity-refs.js'
import { CreatePackInput, PACK_EVENTS, Pack, PackEvent, type PackEventPayload } from './pack.type.js'
import { packService } from './pack.service.js'

@Resolver(() => Pack)
export class PackResolver {
  @Query(() => [Pack], { description: 'User packs (system packs are hidden, as in Fleet).' })
  packs(@Ctx() ctx: PacksContext): Promise<Pack[]> { return packService.list(ctx) }

  @Query(() => Pack)
  async pack(@Arg('id', () => ID) id: string, @Ctx() ctx: PacksContext): Promise<Pack> {
    const n = parseId(id)
    const p = n ? await packService.get(ctx, n) : null
    if (!p) throw notFound('Pack', id)
    return p
  }

  @Mutation(() => Pack)
  createPack(@Arg('input', () => CreatePackInput) input: CreatePackInput, @Ctx() ctx: PacksContext): Promise<Pack> {
    return packService.create(ctx, input)
  }

  @FieldResolver(() => [HostRef], { description: "The pack's target hosts: direct, through its labels and through its teams." })
  async hosts(@Root() pack: Pack, @Ctx() ctx: PacksContext): Promise<HostRef[]> {
    return (await packService.targetHostIds(ctx, pack)).map((id) => new HostRef(id))
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
    const row = await ctx.loaders.pack.load(ev.packId)
    if (!row) throw notFound('Pack', ev.packId)
    return { kind: ev.kind, pack: new Pack(row) }
  }
}
