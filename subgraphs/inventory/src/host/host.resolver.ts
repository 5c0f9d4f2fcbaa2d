import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql'
import { notFound, parseId } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Host } from './host.type.js'
import { Team } from '../team/team.type.js'
import { hostService } from './host.service.js'

@Resolver(() => Host)
export class HostResolver {
  @Query(() => [Host], { description: 'Hosts the caller may see, oldest first.' })
  hosts(@Ctx() ctx: InventoryContext): Promise<Host[]> {
    return hostService.list(ctx)
  }

  @Query(() => [Host], { description: "Fleet's target search: at most 10 hosts matching hostname, uuid, serial or IP, newest first." })
  searchHosts(
    @Ctx() ctx: InventoryContext,
    @Arg('query', () => String, { nullable: true }) query?: string,
    @Arg('excludedHostIds', () => [ID], { nullable: true }) excludedHostIds?: string[],
  ): Promise<Host[]> {
    return hostService.search(ctx, query ?? '', excludedHostIds ?? [])
  }

  @Query(() => Host, { description: 'One host; NOT_FOUND when it does not exist or is not visible.' })
  async host(@Arg('id', () => ID) id: string, @Ctx() ctx: InventoryContext): Promise<Host> {
    const n = parseId(id, 'Host')
    const host = n ? await hostService.get(ctx, n) : null
    if (!host) throw notFound('Host', id)
    return host
  }

  @FieldResolver(() => Team, { nullable: true })
  async team(@Root() host: Host, @Ctx() ctx: InventoryContext): Promise<Team | null> {
    const id = host.teamIdRaw
    if (id == null) return null
    const row = await ctx.loaders.team.load(id)
    return row ? new Team(row) : null
  }
}
