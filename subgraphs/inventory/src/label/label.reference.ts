import { entityReference } from '@fleetgraph/subgraph-kit'
import type { InventoryContext } from '../context.js'
import { Label } from './label.type.js'

export const labelReference = entityReference((ctx: InventoryContext, id) => ctx.loaders.label.load(id), (row) => new Label(row), 'Label')
