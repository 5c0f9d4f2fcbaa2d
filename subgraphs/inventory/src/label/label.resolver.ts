import { Args, Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { CONNECTION_LIST_SIZE } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Label } from './label.type.js'
import { LabelConnection } from './label.connection.js'
import { LabelsArgs } from './label.args.js'
import { labelService } from './label.service.js'
import { HostConnection } from '../host/host.connection.js'
import { HostsArgs } from '../host/host.args.js'
import { hostService } from '../host/host.service.js'

@Resolver(() => Label)
export class LabelResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => LabelConnection, { description: 'Labels, builtin ones included, a page at a time, filtered and sorted (default: by name).' })
  labels(@Args(() => LabelsArgs) args: LabelsArgs, @Ctx() ctx: InventoryContext): Promise<LabelConnection> {
    return labelService.page(ctx, args)
  }

  @Query(() => [Label], { description: 'Every label, builtin ones included, by id, unpaged (the REST layer\'s list; prefer `labels`).' })
  labelList(@Ctx() ctx: InventoryContext): Promise<Label[]> {
    return labelService.list(ctx)
  }

  @Directive(CONNECTION_LIST_SIZE)
  @FieldResolver(() => HostConnection, { description: 'The member hosts the caller may see, with the same paging, filters and orders as `hosts`.' })
  hosts(@Root() label: Label, @Args(() => HostsArgs) args: HostsArgs, @Ctx() ctx: InventoryContext): Promise<HostConnection> {
    return hostService.pageOf(ctx, 'label', label.databaseIdRaw, args)
  }
}
