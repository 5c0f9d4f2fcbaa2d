import DataLoader from 'dataloader'
import { byId, createBaseContext, type BaseContext, type Deps } from '@fleetgraph/subgraph-kit'
import { identity } from '@fleetgraph/subgraph-inventory/identity'
import { PackRepository } from './pack/pack.repository.js'
import { PackQueriesRepository } from './pack/pack-queries.repository.js'
import { SavedQueryRepository } from './saved-query/saved-query.repository.js'
import { ScheduledQueryRepository } from './scheduled-query/scheduled-query.repository.js'
import { PackSpecRepository } from './pack-spec/pack-spec.repository.js'
import { PolicyRepository } from './policy/policy.repository.js'
import { HostPoliciesRepository } from './host-policies/host-policies.repository.js'
import { OsqueryPacksRepository, type PackQueryRow } from './osquery-packs/osquery-packs.repository.js'
import { batchHostPolicies, type PolicyHostKey } from './host-policies/host-policies.service.js'
import type { HostPolicyRow } from './host-policies/host-policies.type.js'
import type { ScheduledQueryRow } from './scheduled-query/scheduled-query.type.js'
import { loaderPer } from './paging/page-loaders.js'
import { HostPackStatsRepository, type HostPacks, type HostScheduledStatsRow } from './host-packs/host-pack-stats.repository.js'
import type { PackKeyRow, PackPageFilter, PackSort } from './pack/pack.repository.js'
import type { PolicyPageFilter, PolicyPageRow, PolicySort } from './policy/policy.repository.js'
import type { PageWindow } from '@fleetgraph/subgraph-kit'

export function createRepos(deps: Deps) {
  return {
    packs: new PackRepository(deps.db),
    packQueries: new PackQueriesRepository(deps.db),
    savedQueries: new SavedQueryRepository(deps.db),
    scheduled: new ScheduledQueryRepository(deps.db),
    packSpecs: new PackSpecRepository(deps.db),
    policies: new PolicyRepository(deps.db),
    hostPolicies: new HostPoliciesRepository(deps.db),
    osqueryPacks: new OsqueryPacksRepository(deps.db),
    hostPackStats: new HostPackStatsRepository(deps.db),
  }
}
export type PacksRepos = ReturnType<typeof createRepos>

function createLoaders(repos: PacksRepos) {
  const targets = (teamIds: number[] | null) =>
    new DataLoader<number, number[]>(async (ids) => { const m = await repos.packs.targetHostIds([...ids], teamIds); return ids.map((id) => m.get(id) ?? []) })
  const perTeams = new Map<string, DataLoader<number, number[]>>()
  return {
    pack: byId((ids) => repos.packs.byIds(ids)),
    savedQuery: byId((ids) => repos.savedQueries.byIds(ids)),
    scheduledQuery: byId((ids) => repos.scheduled.byIds(ids)),
    policy: byId((ids) => repos.policies.byIds(ids)),
    policyCounts: new DataLoader<number, { passing: number; failing: number }>(async (ids) => { const m = await repos.policies.hostCounts([...ids]); return ids.map((id) => m.get(id) ?? { passing: 0, failing: 0 }) }),
    scheduledCount: new DataLoader<number, number>(async (ids) => { const m = await repos.scheduled.countByPacks([...ids]); return ids.map((id) => m.get(id) ?? 0) }),
    /** Pack.scheduledQueries of many packs, one statement. */
    scheduledByPack: new DataLoader<number, ScheduledQueryRow[]>(async (ids) => { const m = await repos.scheduled.byPacks([...ids]); return ids.map((id) => m.get(id) ?? []) }),
    /** Pack.agentPolicyIds of many packs, one statement. */
    packPolicyIds: new DataLoader<number, string[]>(async (ids) => { const m = await repos.packQueries.policyIdsByPacks([...ids]); return ids.map((id) => m.get(id) ?? []) }),
    targetHosts: targets(null),
    /** A host's policies with its answers, keyed by host id (the gateway sends team and platform along). */
    hostPolicies: new DataLoader<PolicyHostKey, HostPolicyRow[], number>((hosts) => batchHostPolicies(repos.hostPolicies, hosts), { cacheKeyFn: (h) => h.hostId }),
    /** Pages of many teams' packs (Team.packs), one statement per distinct page request. */
    teamPacks: loaderPer((ids, r: { window: PageWindow; filter: PackPageFilter; sort: PackSort }) => repos.packs.pageTeamPacks(ids, r.window, r.filter, r.sort), [] as PackKeyRow[]),
    /** Team.osqueryPacks: the packs config of many teams, one statement. */
    teamOsqueryPacks: new DataLoader<number, PackQueryRow[]>(async (ids) => {
      const rows = await repos.osqueryPacks.forTeams([...ids])
      return ids.map((id) => rows.filter((r) => r.team_id === id))
    }),
    teamPackCounts: loaderPer((ids, f: PackPageFilter) => repos.packs.countTeamPacks(ids, f), 0),
    /** Host.packs: the pack ids reaching many hosts, for the caller's teams (null: all). */
    hostPackIds: loaderPer((ids, teams: number[] | null) => repos.packs.packIdsForHosts(ids, teams), [] as number[]),
    /** Host.packStats: the scheduled queries of many hosts' packs with each host's stats, one statement. */
    hostScheduledStats: new DataLoader<HostPacks, HostScheduledStatsRow[], number>(async (hosts) => {
      const rows = await repos.hostPackStats.scheduledStats(hosts)
      return hosts.map((h) => rows.filter((r) => r.host_id === h.hostId))
    }, { cacheKeyFn: (h) => h.hostId }),
    /** Pack.hosts pages of many packs. */
    targetHostPages: loaderPer((ids, r: { window: PageWindow; teams: number[] | null }) => repos.packs.pageTargetHosts(ids, r.window, r.teams), [] as { host_id: number }[]),
    /** Team.policies pages of many teams. */
    teamPolicies: loaderPer((ids, r: { window: PageWindow; filter: PolicyPageFilter; sort: PolicySort }) => repos.policies.pageForTeams(ids, r.window, r.filter, r.sort), [] as PolicyPageRow[]),
    teamPolicyCounts: loaderPer((ids, f: PolicyPageFilter) => repos.policies.countForTeams(ids, f), 0),
    /** Policy.hosts pages of many policies. */
    policyHostPages: loaderPer((ids, r: { window: PageWindow; passes?: boolean; scope: number[] | null }) => repos.policies.pageHosts(ids, r.window, r.passes, r.scope), [] as { host_id: number }[]),
    policyHostCounts: loaderPer((ids, r: { passes?: boolean; scope: number[] | null }) => repos.policies.countHosts(ids, r.passes, r.scope), 0),
    targetHostsForTeams(teamIds: number[]) {
      const key = teamIds.join(',')
      let l = perTeams.get(key)
      if (!l) perTeams.set(key, (l = targets(teamIds)))
      return l
    },
  }
}

export interface PacksContext extends BaseContext {
  repos: PacksRepos
  loaders: ReturnType<typeof createLoaders>
}

export function contextFactory(deps: Deps) {
  const repos = createRepos(deps)
  return async (authorization: string | undefined): Promise<PacksContext> => ({
    ...(await createBaseContext(deps, authorization, identity)),
    repos,
    loaders: createLoaders(repos),
  })
}
