import { entityReference } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Team } from './team.type.js'

export const teamReference = entityReference((ctx: InventoryContext, id) => ctx.loaders.team.load(id), (row) => new Team(row), 'Team')
