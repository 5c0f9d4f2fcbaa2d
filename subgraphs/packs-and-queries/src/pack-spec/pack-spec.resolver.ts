import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { PacksContext } from '../context.js'
import { PackSpec, PackSpecInput } from './pack-spec.type.js'
import { packSpecService } from './pack-spec.service.js'

@Resolver(() => PackSpec)
export class PackSpecResolver {
  @Query(() => [PackSpec], { description: 'Every user pack as a spec (fleetctl get packs).' })
  packSpecs(@Ctx() ctx: PacksContext): Promise<PackSpec[]> { return packSpecService.list(ctx) }

  @Query(() => PackSpec)
  packSpec(@Arg('name', () => String) name: string, @Ctx() ctx: PacksContext): Promise<PackSpec> { return packSpecService.byName(ctx, name) }

  @Mutation(() => Boolean, { description: 'Applies pack specs, all or nothing (fleetctl apply).' })
  applyPackSpecs(@Arg('specs', () => [PackSpecInput]) specs: PackSpecInput[], @Ctx() ctx: PacksContext): Promise<boolean> {
    return packSpecService.apply(ctx, specs)
  }
}
