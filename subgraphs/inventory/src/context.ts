import { byId, cachedCounts, CountCache, createBaseContext, groupedLoader, loadLicenseConfig, mapLoader, type BaseContext, type Deps, type LicenseConfig } from '@fleetgraph/subgraph-kit'
import { CronRepository } from './cron/cron.repository.js'
import { identity } from './auth/identity.js'
import { AgentRepository } from './agent/agent.repository.js'
import { HostRepository, type HostPageRow, type HostPageSpec, type HostFilterSpec } from './host/host.repository.js'
import { TeamRepository } from './team/team.repository.js'
import { LabelRepository } from './label/label.repository.js'
import { UserRepository, type UserFilterSpec, type UserOrderKey } from './user/user.repository.js'
import type { KeyedRow, KeysetWindow } from './paging/paging.repository.js'
import type { UserRow } from './user/user.type.js'
import type { LabelRow } from './label/label.type.js'
import type { EnrollSecretRow } from './enroll-secret/enroll-secret.type.js'
import { AuthRepository } from './auth/auth.repository.js'
import { EnrollRepository } from '@fleetgraph/agent-api/enroll'
import { LabelSpecRepository } from './label-spec/label-spec.repository.js'
import { EnrollSecretRepository } from './enroll-secret/enroll-secret.repository.js'
import { InstallerRepository } from './installer/installer.repository.js'
import { AppConfigRepository } from './app-config/app-config.repository.js'
import { TeamSpecRepository } from './team-spec/team-spec.repository.js'
import { OrbitRepository } from './orbit/orbit.repository.js'
import { DeviceRepository } from './device/device.repository.js'
import { NodeRepository, type ForeignRow, type ForeignType } from './node/node.repository.js'
import { loginThrottleOf, type LoginThrottle } from './auth/login-throttle.js'
import { loadInventoryConfig } from './config.js'
import { AgentPolicyRepository } from './agent-policy/agent-policy.repository.js'
import { PackagePolicyRepository } from './package-policy/package-policy.repository.js'
import type { PackagePolicyRow } from './package-policy/package-policy.type.js'
import type { AgentPolicyRow } from './agent-policy/agent-policy.type.js'
import { EnrollmentKeyRepository } from './enrollment-key/enrollment-key.repository.js'
import { KibanaSettingsRepository } from './kibana-settings/kibana-settings.repository.js'

export function createRepos(deps: Deps) {
  return {
    hosts: new HostRepository(deps.db),
    teams: new TeamRepository(deps.db),
    labels: new LabelRepository(deps.db),
    users: new UserRepository(deps.db),
    auth: new AuthRepository(deps.db),
    enroll: new EnrollRepository(deps.db),
    labelSpecs: new LabelSpecRepository(deps.db),
    enrollSecrets: new EnrollSecretRepository(deps.db),
    teamSpecs: new TeamSpecRepository(deps.db),
    cron: new CronRepository(deps.db),
    orbit: new OrbitRepository(deps.db),
    device: new DeviceRepository(deps.db),
    installers: new InstallerRepository(deps.db),
    appConfig: new AppConfigRepository(deps.db),
    nodes: new NodeRepository(deps.db),
    agents: new AgentRepository(deps.db),
    agentPolicies: new AgentPolicyRepository(deps.db),
    packagePolicies: new PackagePolicyRepository(deps.db),
    enrollmentKeys: new EnrollmentKeyRepository(deps.db),
    kibanaSettings: new KibanaSettingsRepository(deps.db),
  }
}
export type InventoryRepos = ReturnType<typeof createRepos>

export interface InventoryContext extends BaseContext {
  repos: InventoryRepos
  loaders: ReturnType<typeof createLoaders>
  loginThrottle: LoginThrottle
  /** Large totalCounts, reused for a few seconds across requests (kit/count-cache.ts). */
  counts: CountCache
  /** The request's clock (ISO): host statuses in SQL are evaluated at this time, and nested pages of one request share it. */
  requestedAt: string
  /** LICENSE_EXPIRATION, parsed once (kit config). */
  license: LicenseConfig
}

function foreignLoaders(nodes: NodeRepository) {
  const loaders = new Map<ForeignType, ReturnType<typeof byId<ForeignRow>>>()
  return (type: ForeignType) => {
    let l = loaders.get(type)
    if (!l) loaders.set(type, (l = byId((ids) => nodes.foreignRows(type, ids))))
    return l
  }
}
/** What the nested user connections of one request share (Team.users). */
export interface UserPageSpec { filter: UserFilterSpec; order: UserOrderKey; window: KeysetWindow }

/** A host count's cache key: its filters and the caller's visibility, not the request's clock. */
type HostCountSpec = { filter: HostFilterSpec; now: string }
const hostCountKey = (s: HostCountSpec) => JSON.stringify(s.filter)

function createLoaders(repos: InventoryRepos, counts: CountCache) {
  let defaultRevision: Promise<number> | undefined
  return {
    /** Host.agentStatus / agentPolicyId: the agent policy (id, revision) of many teams in one statement. */
    teamPolicy: byId((ids) => repos.agents.teamPolicies(ids)),
    /** The default policy's revision, read once per request. */
    defaultPolicyRevision: () => (defaultRevision ??= repos.agents.defaultPolicyRevision()),
    host: byId((ids) => repos.hosts.byIds(ids)),
    /** For references from other subgraphs (subscription fan-out): rows up to a second old. */
    hostRef: byId((ids) => repos.hosts.byIdsCached(ids)),
    team: byId((ids) => repos.teams.byIds(ids)),
    label: byId((ids) => repos.labels.byIds(ids)),
    user: byId((ids) => repos.users.byIds(ids)),
    /** Rows other subgraphs own, for node refetch: one loader (one statement) per type. */
    foreign: foreignLoaders(repos.nodes),
    /** Host.labels: the labels of many hosts in one statement. */
    hostLabels: mapLoader<LabelRow[]>((ids) => repos.labels.ofHosts(ids), []),
    /** Team.enrollSecrets: the secrets of many teams in one statement. */
    teamSecrets: mapLoader<EnrollSecretRow[]>(async (ids) => {
      const rows = await repos.enrollSecrets.ofTeams(ids)
      return new Map(ids.map((id) => [id, rows.filter((r) => r.team_id === id)]))
    }, []),
    // Nested connections: every parent asking the same arguments shares one statement.
    labelHosts: groupedLoader<HostPageSpec, HostPageRow[]>((ids, spec) => repos.hosts.pagesOf('label', ids, spec), []),
    teamHosts: groupedLoader<HostPageSpec, HostPageRow[]>((ids, spec) => repos.hosts.pagesOf('team', ids, spec), []),
    labelHostCounts: groupedLoader<HostCountSpec, number>(
      cachedCounts(counts, 'label-hosts', (ids, s: HostCountSpec) => repos.hosts.countsOf('label', ids, s.filter, s.now), hostCountKey), 0),
    teamHostCounts: groupedLoader<HostCountSpec, number>(
      cachedCounts(counts, 'team-hosts', (ids, s: HostCountSpec) => repos.hosts.countsOf('team', ids, s.filter, s.now), hostCountKey), 0),
    teamUsers: groupedLoader<UserPageSpec, KeyedRow<UserRow>[]>((ids, s) => repos.users.pagesOfTeams(ids, s.filter, s.order, s.window), []),
    /** AgentPolicy.agents: enrolled hosts of many policies (team id; 0: the default policy), one statement. */
    agentPolicyAgents: mapLoader<number>((keys) => repos.agentPolicies.agentCounts(keys), 0),
    /** AgentPolicy.packagePolicies: the integrations of many policies, one statement. */
    agentPolicyPackagePolicies: mapLoader<PackagePolicyRow[]>(async (keys) => {
      const rows = await repos.packagePolicies.byPolicyKeys(keys)
      return new Map(keys.map((k) => [k, rows.filter((r) => (r.team_id ?? 0) === k)]))
    }, []),
    /** Agent policies by key (team id; 0: the default policy), one statement. */
    agentPolicy: mapLoader<AgentPolicyRow | null>(async (keys) => new Map((await repos.agentPolicies.byKeys(keys)).map((r) => [r.team_id ?? 0, r])), null),
    /** Host.agentPolicyOutdated: the revision of many policies (team id; 0: the default policy), one statement. */
    policyRevisions: mapLoader<number>(async (keys) => new Map((await repos.agentPolicies.byKeys(keys)).map((r) => [r.team_id ?? 0, r.revision])), 1),
    teamUserCounts: groupedLoader<UserFilterSpec, number>((ids, f) => repos.users.countsOfTeams(ids, f), 0),
  }
}

/** Per-request context: repositories are shared, loaders are fresh per request. */
export function contextFactory(deps: Deps) {
  const repos = createRepos(deps)
  // The fleet's one throttle: Basic authentication (identity.ts) counts on the same.
  const loginThrottle = loginThrottleOf(deps)
  const counts = new CountCache()
  const license = loadLicenseConfig(deps.env)
  return async (authorization: string | undefined): Promise<InventoryContext> => ({
    ...(await createBaseContext(deps, authorization, identity)),
    repos,
    loginThrottle,
    counts,
    loaders: createLoaders(repos, counts),
    requestedAt: new Date().toISOString(),
    license,
  })
}
