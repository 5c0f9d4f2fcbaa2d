import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql'
import { Node } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { MAX_NODE_IDS, nodeService, type AnyNode } from './node.service.js'

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Refetches any object by its id (Relay). Null when the id is unknown, not a node id, or not visible to the caller.' })
  async node(@Arg('id', () => ID, { description: 'A node id (the `id` field of any Node).' }) id: string, @Ctx() ctx: InventoryContext): Promise<AnyNode | null> {
    const [found] = await nodeService.nodes(ctx, [id])
    return found ?? null
  }

  @Query(() => [Node], { nullable: 'items', description: `Refetches up to ${MAX_NODE_IDS} objects by id, in the order asked; null for each unknown or invisible id. More ids: TOO_MANY_IDS.` })
  nodes(@Arg('ids', () => [ID], { description: `Node ids, at most ${MAX_NODE_IDS}.` }) ids: string[], @Ctx() ctx: InventoryContext): Promise<(AnyNode | null)[]> {
    return nodeService.nodes(ctx, ids)
  }
}
