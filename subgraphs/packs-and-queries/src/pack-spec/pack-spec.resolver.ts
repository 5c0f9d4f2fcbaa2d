import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { PacksContext } from '../context.js'
import { PackSpec, PackSpecInput } from './pack-spec.type.js'
import { packSpecService } from './pack-spec.service.js'

@Resolver(() => PackSpec)
export class PackSpecResolver {
  @Query(() => [PackSpec], { description: 'Every user pack as a spec (fleetctl get packs).' })
  packSpecs(@Ctx() ctx: PacksContext): Promise<PackSpec[]> { return packSpecService.list(ctx) }

  @Query(() => PackSpec, { description: 'A user pack as a spec, by name; NOT_FOUND when there is none.' })
  packSpec(@Arg('name', () => String, { description: "The pack's name." }) name: string, @Ctx() ctx: PacksContext): Promise<PackSpec> { return packSpecService.byName(ctx, name) }

  @Mutation(() => Boolean, { description: 'Applies pack specs, all or nothing (fleetctl apply).' })
  applyPackSpecs(@Arg('specs', () => [PackSpecInput], { description: 'The packs to create or update.' }) specs: PackSpecInput[], @Ctx() ctx: PacksContext): Promise<boolean> {
    return packSpecService.apply(ctx, specs)
  }
}
