// The subgraphs the supergraph is composed of, in one list: their names (as in
// the supergraph), where their committed SDL lives, and the environment
// variable that points the gateway at a separately running instance.
import path from 'node:path'

export interface SubgraphEntry { name: string; sdlPath: string; urlEnv: string }

const sdl = (dir: string) => path.resolve(__dirname, '../../subgraphs', dir, 'schema.graphql')

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  { name: 'inventory', sdlPath: sdl('inventory'), urlEnv: 'INVENTORY_URL' },
  { name: 'packs-and-queries', sdlPath: sdl('packs-and-queries'), urlEnv: 'PACKS_AND_QUERIES_URL' },
  { name: 'mdm', sdlPath: sdl('mdm'), urlEnv: 'MDM_URL' },
  { name: 'campaigns', sdlPath: sdl('campaigns'), urlEnv: 'CAMPAIGNS_URL' },
]

export const SUPERGRAPH_PATH = path.resolve(__dirname, '../supergraph.graphql')
