// TeamConnection / TeamEdge, declared once for this subgraph.
import { connectionOf } from '@fleetgraph/subgraph-kit'
import { Team } from './team.type.js'

export const TeamConnection = connectionOf(Team, 'Team')
export type TeamConnection = InstanceType<typeof TeamConnection>
