import { createBaseContext, type BaseContext, type Deps } from '@fleetgraph/subgraph-kit'
import { MdmStatusRepository } from './mdm-status/mdm-status.repository.js'

export function createRepos(deps: Deps) {
  return { status: new MdmStatusRepository(deps.db) }
}

export interface MdmContext extends BaseContext { repos: ReturnType<typeof createRepos> }

export function contextFactory(deps: Deps) {
  const repos = createRepos(deps)
  return async (authorization: string | undefined): Promise<MdmContext> => ({ ...(await createBaseContext(deps, authorization)), repos })
}
