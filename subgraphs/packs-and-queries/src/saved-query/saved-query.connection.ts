import { connectionOf, offsetPageOf } from '@fleetgraph/subgraph-kit'
import { SavedQuery } from './saved-query.type.js'

export const SavedQueryConnection = connectionOf(SavedQuery, 'SavedQuery', 'saved queries')
export const SavedQueryPage = offsetPageOf(SavedQuery, 'SavedQuery', 'saved queries')
