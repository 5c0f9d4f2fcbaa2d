// HostConnection / HostEdge, declared once for this subgraph (hosts, Label.hosts, Team.hosts).
import { connectionOf } from '@fleetgraph/subgraph-kit'
import { Host } from './host.type.js'

export const HostConnection = connectionOf(Host, 'Host')
export type HostConnection = InstanceType<typeof HostConnection>
