// User references from other subgraphs (Campaign.user). Prisma batches the findUnique calls of one
// tick into one statement. Minimal, for the campaigns subgraph: helper "inv"'s User entity supersedes it.
import { entityReference } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { User } from './user.type.js'

export const userReference = entityReference((ctx: InventoryContext, id) => ctx.repos.users.byId(id), (row) => new User(row), 'User')
