import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import { CONNECTION_LIST_SIZE, checkListSize, notFound, parseId } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Host } from './host.type.js'
import { Team } from '../team/team.type.js'
import { Label } from '../label/label.type.js'
import { hostService } from './host.service.js'
import { HostConnection } from './host.connection.js'
import { HostListArgs, HostsArgs } from './host.args.js'

@Resolver(() => Host)
export class HostResolver {
  @Directive(CONNECTION_LIST_SIZE)
  @Query(() => HostConnection, { description: 'Hosts the caller may see (team users: their teams\' hosts), a page at a time, filtered and sorted (default: by hostname).' })
  hosts(@Args(() => HostsArgs) args: HostsArgs, @Ctx() ctx: InventoryContext): Promise<HostConnection> {
    return hostService.page(ctx, args)
  }

  @Query(() => [Host], { description: "A numbered page of the hosts the caller may see (Fleet's GET /hosts): filtered as `hosts` is, sorted by id (enrollment order) unless orderBy says otherwise, at most 10,000 per page. Prefer the `hosts` connection for screens." })
  hostList(@Args(() => HostListArgs) args: HostListArgs, @Ctx() ctx: InventoryContext): Promise<Host[]> {
    return hostService.list(ctx, args)
  }

  @Query(() => [Host], { description: "Fleet's target search: at most 10 hosts the caller may target (observers: with a saved query they may run) matching hostname, uuid, serial or IP, newest first." })
  searchHosts(
    @Ctx() ctx: InventoryContext,
    @Arg('query', () => String, { nullable: true, description: 'Text contained in the hostname, computer name, uuid, serial or primary IP; empty for the newest hosts.' }) query?: string,
    @Arg('excludedHostIds', () => [ID], { nullable: true, description: 'Hosts to leave out (already selected targets).' }) excludedHostIds?: string[],
    @Arg('queryId', () => ID, { nullable: true, description: "The saved query to run on them (Fleet's query_id): observers find hosts only when it lets them run it (observer_can_run); NOT_FOUND when unknown." }) queryId?: string | null,
  ): Promise<Host[]> {
    return hostService.search(ctx, query ?? '', excludedHostIds ?? [], queryId)
  }

  @Query(() => [Host], { description: 'The hosts with these Kibana agent ids the caller may see, in no particular order; unknown ids are left out.' })
  hostsByAgentIds(@Arg('agentIds', () => [String], { description: 'At most 1,000 ids.' }) agentIds: string[], @Ctx() ctx: InventoryContext): Promise<Host[]> {
    return hostService.byAgentIds(ctx, checkListSize(agentIds, 'agentIds'))
  }

  @Query(() => Host, { description: 'One host; NOT_FOUND when it does not exist or is not visible.' })
  async host(@Arg('id', () => ID, { description: 'The host id.' }) id: string, @Ctx() ctx: InventoryContext): Promise<Host> {
    const n = parseId(id, 'Host')
    const host = n ? await hostService.get(ctx, n) : null
    if (!host) throw notFound('Host', id)
    return host
  }

  @Mutation(() => Int, { description: "Fleet's host transfer (POST /hosts/transfer): moves the hosts to the team, or to no team. The caller must be a maintainer or admin of the target team (no team: globally) and of each host's team. Returns how many hosts moved." })
  transferHosts(
    @Ctx() ctx: InventoryContext,
    @Arg('hostIds', () => [ID], { description: 'The hosts (at most 1,000); an unknown or hidden one is NOT_FOUND.' }) hostIds: string[],
    @Arg('teamId', () => ID, { nullable: true, description: 'The target team; null: no team.' }) teamId?: string | null,
  ): Promise<number> {
    const team = teamId == null ? null : parseId(teamId, 'Team')
    if (team === 0 || (teamId != null && !team)) throw notFound('Team', teamId!)
    const ids = checkListSize(hostIds, 'hostIds').map((id) => { const n = parseId(id, 'Host'); if (!n) throw notFound('Host', id); return n })
    return hostService.transfer(ctx, team ?? null, [...new Set(ids)])
  }

  @Mutation(() => Boolean, { description: "Fleet's DELETE /hosts/{id}: deletes the host and everything recorded about it (it enrolls again as a new host if it still has a valid secret). Maintainers and admins of its team, or global ones." })
  async deleteHost(@Arg('id', () => ID, { description: 'The host id.' }) id: string, @Ctx() ctx: InventoryContext): Promise<boolean> {
    const n = parseId(id, 'Host')
    if (!n) throw notFound('Host', id)
    await hostService.delete(ctx, n)
    return true
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team the host belongs to; null for hosts in no team.' })
  async team(@Root() host: Host, @Ctx() ctx: InventoryContext): Promise<Team | null> {
    const id = host.teamIdRaw
    if (id == null) return null
    const row = await ctx.loaders.team.load(id)
    return row ? new Team(row) : null
  }

  @FieldResolver(() => [Label], { description: 'The labels the host is a member of, by name (one statement for every host of a page).' })
  async labels(@Root() host: Host, @Ctx() ctx: InventoryContext): Promise<Label[]> {
    return (await ctx.loaders.hostLabels.load(host.databaseIdRaw)).map((r) => new Label(r))
  }
}
