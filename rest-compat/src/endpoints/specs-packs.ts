// Spec: "Get or apply configuration files" — packs and policies.
import { z } from 'zod'
import { endpoint, int32 } from '../endpoint.js'

const PACK_SPEC_FIELDS = `fragment FleetPackSpec on PackSpec {
  id name description platform disabled targets { labels teams }
  queries { query name description interval snapshot removed platform version shard denylist }
}`

/** Fleet's PackSpec JSON: empty description/platform and null query options are omitted (Go omitempty). */
function toFleetPackSpec(p: any) {
  const opt = (k: string, v: unknown) => (v === null || v === '' ? {} : { [k]: v })
  return {
    id: Number(p.id),
    name: p.name,
    ...opt('description', p.description),
    ...opt('platform', p.platform),
    disabled: p.disabled,
    targets: { labels: p.targets.labels, teams: p.targets.teams },
    queries: p.queries.map((q: any) => ({
      query: q.query, name: q.name, description: q.description, interval: q.interval,
      ...opt('snapshot', q.snapshot), ...opt('removed', q.removed), platform: q.platform, version: q.version,
      ...opt('shard', q.shard), ...opt('denylist', q.denylist),
    })),
  }
}

export const getPackSpecs = endpoint({
  document: `query PackSpecs { packSpecs { ...FleetPackSpec } } ${PACK_SPEC_FIELDS}`,
  respond: ({ packSpecs }) => ({ specs: packSpecs.map(toFleetPackSpec) }),
})

export const getPackSpec = endpoint({
  params: z.object({ name: z.string() }),
  document: `query PackSpec($name: String!) { packSpec(name: $name) { ...FleetPackSpec } } ${PACK_SPEC_FIELDS}`,
  variables: ({ params }) => ({ name: params.name }),
  respond: ({ packSpec }) => ({ specs: toFleetPackSpec(packSpec) }),
})

const names = z.array(z.string().max(255)).max(10_000).nullish()
export const applyPackSpecs = endpoint({
  body: z.object({
    specs: z.array(z.object({
      id: z.number().int().optional(),
      name: z.string().max(255),
      description: z.string().max(65_535).nullish(),
      platform: z.string().max(255).nullish(),
      disabled: z.boolean().nullish(),
      targets: z.object({ labels: names, teams: names }).nullish(),
      queries: z.array(z.object({
        query: z.string().max(255),
        name: z.string().max(255).nullish(),
        description: z.string().max(65_535).nullish(),
        interval: int32(),
        snapshot: z.boolean().nullish(),
        removed: z.boolean().nullish(),
        platform: z.string().max(255).nullish(),
        version: z.string().max(255).nullish(),
        shard: int32().nullish(),
        denylist: z.boolean().nullish(),
      })).max(1000).nullish(),
    })).max(1000),
  }),
  document: `mutation ApplyPackSpecs($specs: [PackSpecInput!]!) { applyPackSpecs(specs: $specs) }`,
  // `id` is informational in fleetctl's YAML; packs match by name.
  variables: ({ body }) => ({ specs: body.specs.map(({ id: _id, ...s }) => s) }),
  respond: () => ({}),
})

export const applyPolicySpecs = endpoint({
  body: z.object({
    specs: z.array(z.object({
      name: z.string().max(255),
      query: z.string().max(1_000_000),
      description: z.string().max(65_535).nullish(),
      resolution: z.string().max(65_535).nullish(),
      team: z.string().max(255).nullish(),
      platform: z.string().max(255).nullish(),
      critical: z.boolean().nullish(),
    })).max(1000),
  }),
  document: `mutation ApplyPolicySpecs($specs: [PolicySpecInput!]!) { applyPolicySpecs(specs: $specs) }`,
  variables: ({ body }) => ({ specs: body.specs }),
  respond: () => ({}),
})
