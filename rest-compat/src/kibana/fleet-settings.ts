// Kibana Fleet routes this server answers from what it is, with no state of its own (seed 003):
// - GET /api/fleet/agents/setup: Fleet's readiness. This server needs no Fleet Server, Elasticsearch
//   or package registry, so an authenticated caller is told it is ready with nothing missing.
// - POST /api/fleet/logstash_api_keys: there is no Logstash output here (agents send their results
//   to this server), so the route answers Kibana's 400 saying so rather than minting a key.
import type { Context } from 'koa'
import { reads, type EndpointDeps } from '../endpoint.js'
import { RestError } from '../errors.js'
import { requireKibanaPrivilege } from './conventions.js'
import { kibanaJson as json } from './endpoint.js'

export const agentsSetup = reads({}, (deps: EndpointDeps) => async (ctx: Context) => {
  await requireKibanaPrivilege(deps.execute, ctx, 'read')
  json(ctx, { isReady: true, missing_requirements: [], missing_optional_features: [], is_secrets_storage_enabled: true, is_space_awareness_enabled: false })
})

export const createLogstashApiKey = reads({}, (deps: EndpointDeps) => async (ctx: Context) => {
  await requireKibanaPrivilege(deps.execute, ctx, 'all')
  throw new RestError('BAD_REQUEST', 'No Logstash output exists: this server manages osquery agents, which send their results to it directly, so it issues no Logstash API keys.')
})
