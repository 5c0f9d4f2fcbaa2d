// HostConnection as this subgraph returns it (Pack.hosts, Policy.hosts): @shareable, the same type
// inventory declares, with hosts as references the gateway completes from inventory.
import { connectionOf } from '@fleetgraph/subgraph-kit'
import { HostRef } from './entity-refs.js'

export const HostConnection = connectionOf(HostRef, 'Host')
