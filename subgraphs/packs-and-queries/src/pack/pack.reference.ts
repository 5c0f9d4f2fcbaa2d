import { entityReference } from '@fleetgraph/subgraph-kit'
import type { PacksContext } from '../context.js'
import { Pack } from './pack.type.js'

export const packReference = entityReference((ctx: PacksContext, id) => ctx.loaders.pack.load(id), (row) => new Pack(row), 'Pack')
