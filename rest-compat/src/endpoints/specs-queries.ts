// Spec: "Get or apply configuration files" — queries.
import { z } from 'zod'
import { emptyAnswer, endpoint } from '../endpoint.js'
import { operation } from '../executor.js'
import { ApplyQuerySpecsDocument, QuerySpecDocument, QuerySpecsDocument } from '../generated/graphql.js'
import { fleetQuerySpec, toFleetQuerySpec } from '../mappers/pack.js'

const QUERY_SPECS = operation(QuerySpecsDocument)
const QUERY_SPEC = operation(QuerySpecDocument)
const APPLY_QUERY_SPECS = operation(ApplyQuerySpecsDocument)

export const getQuerySpecs = endpoint({
  document: QUERY_SPECS,
  response: z.object({ specs: z.array(fleetQuerySpec) }),
  respond: ({ savedQueryList }) => ({ specs: savedQueryList.map(toFleetQuerySpec) }),
})

export const getQuerySpec = endpoint({
  params: z.object({ name: z.string() }),
  document: QUERY_SPEC,
  variables: ({ params }) => ({ name: params.name }),
  response: z.object({ specs: fleetQuerySpec }),
  respond: ({ savedQuery }) => ({ specs: toFleetQuerySpec(savedQuery) }),
})

export const applyQuerySpecs = endpoint({
  // fleetctl sends every field of its QuerySpec (Go's zero values included); those this server stores
  // are honoured, the rest (team, automations_enabled, discard_data, labels_include_any) are accepted
  // and ignored (docs/compat.md).
  body: z.object({
    specs: z.array(z.object({
      name: z.string().max(255), description: z.string().max(65_535).optional(), query: z.string().max(1_000_000),
      interval: z.number().int().optional(), platform: z.string().max(255).optional(), min_osquery_version: z.string().max(255).optional(),
      logging: z.string().max(64).optional(), observer_can_run: z.boolean().optional(),
    })).max(1000),
  }),
  document: APPLY_QUERY_SPECS,
  variables: ({ body }) => ({
    specs: body.specs.map((s) => ({
      name: s.name, description: s.description ?? null, query: s.query, interval: s.interval ?? null, platform: s.platform ?? null,
      minOsqueryVersion: s.min_osquery_version ?? null, logging: s.logging ?? null, observerCanRun: s.observer_can_run ?? null,
    })),
  }),
  response: emptyAnswer,
  respond: () => ({}),
})
