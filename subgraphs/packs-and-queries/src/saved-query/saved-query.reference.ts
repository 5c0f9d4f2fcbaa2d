import { entityReference } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { SavedQuery } from './saved-query.type.js'

export const savedQueryReference = entityReference((ctx: PacksContext, id) => ctx.loaders.savedQuery.load(id), (row) => new SavedQuery(row), 'SavedQuery')
