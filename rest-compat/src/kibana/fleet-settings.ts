// Kibana Fleet routes this server answers from what it is, with no state of its own (seed 003):
// - GET /api/fleet/agents/setup: Fleet's readiness. This server needs no Fleet Server, Elasticsearch
//   or package registry, so an authenticated caller is told it is ready with nothing missing.
// - POST /api/fleet/logstash_api_keys: there is no Logstash output here (agents send their results
//   to this server), so the route answers Kibana's 400 saying so rather than minting a key.
import type { Context } from 'koa'
import { z } from 'zod'
import { reads, type EndpointDeps } from '../endpoint.js'
import { RestError } from '../errors.js'
import { requireKibanaPrivilege } from './conventions.js'
import { kibanaJson as json } from './endpoint.js'

const agentsSetupAnswer = z.object({
  isReady: z.boolean(),
  missing_requirements: z.array(z.string()),
  missing_optional_features: z.array(z.string()),
  is_secrets_storage_enabled: z.boolean(),
  is_space_awareness_enabled: z.boolean(),
})

export const agentsSetup = reads({ response: agentsSetupAnswer }, (deps: EndpointDeps) => async (ctx: Context) => {
  await requireKibanaPrivilege(deps.execute, ctx, 'read')
  const answer: z.infer<typeof agentsSetupAnswer> = { isReady: true, missing_requirements: [], missing_optional_features: [], is_secrets_storage_enabled: true, is_space_awareness_enabled: false }
  json(ctx, answer)
})

/** Kibana's answer, for clients written against Kibana; this server always answers the 400 below. */
const logstashApiKey = z.object({ api_key: z.string() }).meta({ description: "Kibana's answer; this server has no Logstash output and answers 400 instead" })

export const createLogstashApiKey = reads({ response: logstashApiKey }, (deps: EndpointDeps) => async (ctx: Context) => {
  await requireKibanaPrivilege(deps.execute, ctx, 'all')
  throw new RestError('BAD_REQUEST', 'No Logstash output exists: this server manages osquery agents, which send their results to it directly, so it issues no Logstash API keys.')
})
