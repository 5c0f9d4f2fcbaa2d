// User references from other subgraphs (Campaign.user) go through the request's loader:
// fifty references cost one SQL statement.
import { entityReference } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { User } from './user.type.js'

export const userReference = entityReference((ctx: InventoryContext, id) => ctx.loaders.user.load(id), (row) => new User(row), 'User')
