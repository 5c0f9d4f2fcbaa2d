import { connectionOf, offsetPageOf } from '@fleetgraph/subgraph-kit'
import { Pack } from './pack.type.js'

export const PackConnection = connectionOf(Pack, 'Pack')
export const PackPage = offsetPageOf(Pack, 'Pack')
