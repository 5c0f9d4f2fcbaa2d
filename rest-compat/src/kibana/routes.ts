// Kibana's Fleet and Osquery APIs (seeds 003 and 004), one list per area, joined into the one route
// table (routes.ts). Every route here answers in Kibana's conventions (conventions.ts): Boom errors,
// kbn-xsrf, elastic-api-version, read/all privileges. Ids and revisions: ADR 0013.
import type { Route } from '../routes.js'
import { agentsSetup, createLogstashApiKey } from './fleet-settings.js'
import { AGENT_ROUTES } from './agents.js'
import { POLICY_ROUTES } from './policy-routes.js'
import { OSQUERY_ROUTES } from './osquery-routes.js'

const SETTINGS_ROUTES: Route[] = [
  { method: 'get', path: '/api/fleet/agents/setup', endpoint: agentsSetup, doc: 'Kibana seed 003: Fleet > Get agent setup info (F6)', errors: 'kibana' },
  { method: 'post', path: '/api/fleet/logstash_api_keys', endpoint: createLogstashApiKey, doc: 'Kibana seed 003: Fleet > Generate a Logstash API key (F10): 400, no Logstash output', errors: 'kibana' },
]

export const KIBANA_ROUTES: readonly Route[] = [
  ...SETTINGS_ROUTES,
  ...AGENT_ROUTES,
  ...POLICY_ROUTES,
  ...OSQUERY_ROUTES,
]
