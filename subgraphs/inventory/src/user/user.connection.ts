// UserConnection / UserEdge, declared once for this subgraph (users, Team.users).
import { connectionOf } from '@fleetgraph/subgraph-kit'
import { User } from './user.type.js'

export const UserConnection = connectionOf(User, 'User')
export type UserConnection = InstanceType<typeof UserConnection>
