import { connectionOf } from '@fleetgraph/subgraph-kit'
import { Pack } from './pack.type.js'

export const PackConnection = connectionOf(Pack, 'Pack')
