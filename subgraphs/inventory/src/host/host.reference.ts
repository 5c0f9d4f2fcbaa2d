// Host references from other subgraphs go through the request's loader:
// fifty references cost one SQL statement, and repeats within a second none.
import { entityReference } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Host } from './host.type.js'

export const hostReference = entityReference((ctx: InventoryContext, id) => ctx.loaders.hostRef.load(id), (row) => new Host(row), 'Host')
