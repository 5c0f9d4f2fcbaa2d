// Spec: "Get or apply configuration files" — queries.
import { z } from 'zod'
import { endpoint } from '../endpoint.js'
import { toFleetQuerySpec } from '../mappers/pack.js'

export const getQuerySpecs = endpoint({
  document: `query QuerySpecs { savedQueries { name description query } }`,
  respond: ({ savedQueries }) => ({ specs: savedQueries.map(toFleetQuerySpec) }),
})

export const getQuerySpec = endpoint({
  params: z.object({ name: z.string() }),
  document: `query QuerySpec($name: String!) { savedQuery(name: $name) { name description query } }`,
  variables: ({ params }) => ({ name: params.name }),
  respond: ({ savedQuery }) => ({ specs: toFleetQuerySpec(savedQuery) }),
})

export const applyQuerySpecs = endpoint({
  body: z.object({
    specs: z.array(z.object({ name: z.string().max(255), description: z.string().max(65_535).optional(), query: z.string().max(1_000_000) })).max(1000),
  }),
  document: `mutation ApplyQuerySpecs($specs: [QuerySpecInput!]!) { applyQuerySpecs(specs: $specs) }`,
  variables: ({ body }) => ({ specs: body.specs.map((s) => ({ name: s.name, description: s.description ?? null, query: s.query })) }),
  respond: () => ({}),
})
