import { connectionOf } from '@fleetgraph/subgraph-kit'
import { SavedQuery } from './saved-query.type.js'

export const SavedQueryConnection = connectionOf(SavedQuery, 'SavedQuery', 'saved queries')
