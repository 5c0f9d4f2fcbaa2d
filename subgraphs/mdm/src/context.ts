import { byId, createBaseContext, type BaseContext, type Deps } from '@fleetgraph/subgraph-kit'
import { identity } from '@fleetgraph/subgraph-inventory/identity'
import { MdmStatusRepository } from './mdm-status/mdm-status.repository.js'
import { AppleSetupRepository } from './apple-setup/apple-setup.repository.js'
import { ProfilesRepository } from './profiles/profiles.repository.js'
import { SsoRepository } from './sso/sso.repository.js'
import { PreassignRepository } from './preassign/preassign.repository.js'

export function createRepos(deps: Deps) {
  return {
    status: new MdmStatusRepository(deps.db),
    appleSetup: new AppleSetupRepository(deps.db),
    profiles: new ProfilesRepository(deps.db),
    sso: new SsoRepository(deps.db),
    preassign: new PreassignRepository(deps.db),
  }
}

function createLoaders(repos: ReturnType<typeof createRepos>) {
  return {
    /** Profiles by id, batched per request (references and node refetch). */
    profile: byId((ids) => repos.profiles.byIds(ids)),
  }
}

export interface MdmContext extends BaseContext { repos: ReturnType<typeof createRepos>; loaders: ReturnType<typeof createLoaders> }

export function contextFactory(deps: Deps) {
  const repos = createRepos(deps)
  return async (authorization: string | undefined): Promise<MdmContext> => ({ ...(await createBaseContext(deps, authorization, identity)), repos, loaders: createLoaders(repos) })
}
