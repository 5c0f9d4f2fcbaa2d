// Kibana's osquery API (shared docs kibana-fleet.md §3): saved queries, packs and live queries over
// FleetDM's saved queries, packs and campaigns (ADR 0013). Path ids are not named `id`: Fleet's routes
// take only numeric ids (app.ts), while Kibana's are strings (a UUID, a live query's action id) that
// the routes answer with Kibana's own 404s.
import type { Route } from '../routes.js'
import { copySavedQuery, createSavedQuery, deleteSavedQuery, findSavedQueries, getSavedQuery, updateSavedQuery } from './osquery-saved-queries.js'
import { copyPack, createPack, deletePack, findPacks, getPack, updatePack } from './osquery-packs.js'
import { createLiveQuery, findLiveQueries, getLiveQuery, getLiveQueryResults } from './osquery-live-queries.js'

const K = 'kibana' as const
export const OSQUERY_ROUTES: Route[] = [
  { method: 'get', path: '/api/osquery/saved_queries', endpoint: findSavedQueries, doc: 'Kibana osquery: Find saved queries', errors: K },
  { method: 'post', path: '/api/osquery/saved_queries', endpoint: createSavedQuery, doc: 'Kibana osquery: Create a saved query', errors: K },
  { method: 'get', path: '/api/osquery/saved_queries/:savedQueryId', endpoint: getSavedQuery, doc: 'Kibana osquery: Get saved query details', errors: K },
  { method: 'put', path: '/api/osquery/saved_queries/:savedQueryId', endpoint: updateSavedQuery, doc: 'Kibana osquery: Update a saved query', errors: K },
  { method: 'delete', path: '/api/osquery/saved_queries/:savedQueryId', endpoint: deleteSavedQuery, doc: 'Kibana osquery: Delete a saved query', errors: K },
  { method: 'post', path: '/api/osquery/saved_queries/:savedQueryId/copy', endpoint: copySavedQuery, doc: 'Kibana osquery: Copy a saved query', errors: K },
  { method: 'get', path: '/api/osquery/packs', endpoint: findPacks, doc: 'Kibana osquery: Get packs', errors: K },
  { method: 'post', path: '/api/osquery/packs', endpoint: createPack, doc: 'Kibana osquery: Create a pack', errors: K },
  { method: 'get', path: '/api/osquery/packs/:packId', endpoint: getPack, doc: 'Kibana osquery: Get pack details', errors: K },
  { method: 'put', path: '/api/osquery/packs/:packId', endpoint: updatePack, doc: 'Kibana osquery: Update a pack', errors: K },
  { method: 'delete', path: '/api/osquery/packs/:packId', endpoint: deletePack, doc: 'Kibana osquery: Delete a pack', errors: K },
  { method: 'post', path: '/api/osquery/packs/:packId/copy', endpoint: copyPack, doc: 'Kibana osquery: Copy a pack', errors: K },
  { method: 'get', path: '/api/osquery/live_queries', endpoint: findLiveQueries, doc: 'Kibana osquery: Get live queries', errors: K },
  { method: 'post', path: '/api/osquery/live_queries', endpoint: createLiveQuery, doc: 'Kibana osquery: Create a live query', errors: K },
  { method: 'get', path: '/api/osquery/live_queries/:liveQueryId', endpoint: getLiveQuery, doc: 'Kibana osquery: Get live query details', errors: K },
  { method: 'get', path: '/api/osquery/live_queries/:liveQueryId/results/:actionId', endpoint: getLiveQueryResults, doc: 'Kibana osquery: Get live query results', errors: K },
]
