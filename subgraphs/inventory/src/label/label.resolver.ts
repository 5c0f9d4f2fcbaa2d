import { Ctx, Query, Resolver } from 'type-graphql'
import { requireReader } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Label } from './label.type.js'

@Resolver(() => Label)
export class LabelResolver {
  @Query(() => [Label], { description: 'Every label, builtin ones included.' })
  async labels(@Ctx() ctx: InventoryContext): Promise<Label[]> {
    requireReader(ctx)
    return (await ctx.repos.labels.list()).map((r) => new Label(r))
  }
}
