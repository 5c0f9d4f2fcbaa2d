import { connectionOf } from '@fleetgraph/subgraph-kit'
import { Policy } from './policy.type.js'

export const PolicyConnection = connectionOf(Policy, 'Policy', 'policies')
