import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { InventoryContext } from '../context.js'
import { LabelSpec, LabelSpecInput } from './label-spec.type.js'
import { labelSpecService } from './label-spec.service.js'

@Resolver(() => LabelSpec)
export class LabelSpecResolver {
  @Query(() => [LabelSpec], { description: 'Every label as a spec, builtin ones included (fleetctl get labels).' })
  labelSpecs(@Ctx() ctx: InventoryContext): Promise<LabelSpec[]> { return labelSpecService.list(ctx) }

  @Query(() => LabelSpec, { description: 'One label as a spec, by name; NOT_FOUND when there is none.' })
  labelSpec(@Arg('name', () => String, { description: 'The label name.' }) name: string, @Ctx() ctx: InventoryContext): Promise<LabelSpec> {
    return labelSpecService.get(ctx, name)
  }

  @Mutation(() => Boolean, { description: 'Creates or updates labels by name, all in one transaction (fleetctl apply). Admins and maintainers.' })
  applyLabelSpecs(@Arg('specs', () => [LabelSpecInput], { description: 'The labels to create or update.' }) specs: LabelSpecInput[], @Ctx() ctx: InventoryContext): Promise<boolean> {
    return labelSpecService.apply(ctx, specs)
  }
}
