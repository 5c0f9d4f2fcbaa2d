import { byId, createBaseContext, fleetNamespace, type BaseContext, type Deps } from '@fleetgraph/subgraph-kit'
import { CronRepository } from './cron/cron.repository.js'
import { identity } from './auth/identity.js'
import { HostRepository } from './host/host.repository.js'
import { TeamRepository } from './team/team.repository.js'
import { LabelRepository } from './label/label.repository.js'
import { UserRepository } from './user/user.repository.js'
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
import { LoginThrottle } from './auth/login-throttle.js'
import { loadInventoryConfig } from './config.js'

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
  }
}
export type InventoryRepos = ReturnType<typeof createRepos>

export interface InventoryContext extends BaseContext {
  repos: InventoryRepos
  loaders: ReturnType<typeof createLoaders>
  loginThrottle: LoginThrottle
}

function foreignLoaders(nodes: NodeRepository) {
  const loaders = new Map<ForeignType, ReturnType<typeof byId<ForeignRow>>>()
  return (type: ForeignType) => {
    let l = loaders.get(type)
    if (!l) loaders.set(type, (l = byId((ids) => nodes.foreignRows(type, ids))))
    return l
  }
}

function createLoaders(repos: InventoryRepos) {
  return {
    host: byId((ids) => repos.hosts.byIds(ids)),
    /** For references from other subgraphs (subscription fan-out): rows up to a second old. */
    hostRef: byId((ids) => repos.hosts.byIdsCached(ids)),
    team: byId((ids) => repos.teams.byIds(ids)),
    label: byId((ids) => repos.labels.byIds(ids)),
    user: byId((ids) => repos.users.byIds(ids)),
    /** Rows other subgraphs own, for node refetch: one loader (one statement) per type. */
    foreign: foreignLoaders(repos.nodes),
  }
}

/** Per-request context: repositories are shared, loaders are fresh per request. */
export function contextFactory(deps: Deps) {
  const repos = createRepos(deps)
  const loginThrottle = new LoginThrottle(deps.bus, fleetNamespace(deps.env), loadInventoryConfig(deps.env))
  return async (authorization: string | undefined): Promise<InventoryContext> => ({
    ...(await createBaseContext(deps, authorization, identity)),
    repos,
    loginThrottle,
    loaders: createLoaders(repos),
  })
}
