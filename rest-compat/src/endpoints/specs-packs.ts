// Spec: "Get or apply configuration files" — packs and policies.
import { z } from 'zod'
import { emptyAnswer, endpoint, int32 } from '../endpoint.js'
import { operation } from '../executor.js'
import {
  ApplyPackSpecsDocument, ApplyPolicySpecsDocument, PackSpecDocument, PackSpecsDocument, type FleetPackSpecFragment,
} from '../generated/graphql.js'

const PACK_SPECS = operation(PackSpecsDocument)
const PACK_SPEC = operation(PackSpecDocument)
const APPLY_PACK_SPECS = operation(ApplyPackSpecsDocument)
const APPLY_POLICY_SPECS = operation(ApplyPolicySpecsDocument)

const omitted = <T extends z.ZodType>(schema: T) => schema.optional().meta({ description: 'Absent when empty or null (Go omitempty)' })
const names = z.array(z.string()).nullable()

/** Fleet's PackSpec JSON: empty description/platform and null query options are omitted (Go omitempty). */
export const fleetPackSpec = z.object({
  id: z.number().int(),
  name: z.string(),
  description: omitted(z.string()),
  platform: omitted(z.string()),
  disabled: z.boolean(),
  targets: z.object({ labels: names, teams: names }),
  queries: z.array(z.object({
    query: z.string(), name: z.string(), description: z.string(), interval: z.number().int(),
    snapshot: omitted(z.boolean()), removed: omitted(z.boolean()), platform: z.string(), version: z.string(),
    shard: omitted(z.number().int()), denylist: omitted(z.boolean()),
  })),
}).meta({ id: 'FleetPackSpec' })

/** Go's omitempty: null and "" leave the key out. */
const opt = <K extends string, V>(k: K, v: V | null) => (v === null || v === '' ? {} : { [k]: v } as { [key in K]: V })

function toFleetPackSpec(p: FleetPackSpecFragment): z.infer<typeof fleetPackSpec> {
  return {
    id: Number(p.id),
    name: p.name,
    ...opt('description', p.description),
    ...opt('platform', p.platform),
    disabled: p.disabled,
    targets: { labels: p.targets.labels, teams: p.targets.teams },
    queries: p.queries.map((q) => ({
      query: q.query, name: q.name, description: q.description, interval: q.interval,
      ...opt('snapshot', q.snapshot), ...opt('removed', q.removed), platform: q.platform, version: q.version,
      ...opt('shard', q.shard), ...opt('denylist', q.denylist),
    })),
  }
}

export const getPackSpecs = endpoint({
  document: PACK_SPECS,
  response: z.object({ specs: z.array(fleetPackSpec) }),
  respond: ({ packSpecs }) => ({ specs: packSpecs.map(toFleetPackSpec) }),
})

export const getPackSpec = endpoint({
  params: z.object({ name: z.string() }),
  document: PACK_SPEC,
  variables: ({ params }) => ({ name: params.name }),
  response: z.object({ specs: fleetPackSpec }),
  respond: ({ packSpec }) => ({ specs: toFleetPackSpec(packSpec) }),
})

const targetNames = z.array(z.string().max(255)).max(10_000).nullish()
export const applyPackSpecs = endpoint({
  body: z.object({
    specs: z.array(z.object({
      id: z.number().int().optional(),
      name: z.string().max(255),
      description: z.string().max(65_535).nullish(),
      platform: z.string().max(255).nullish(),
      disabled: z.boolean().nullish(),
      targets: z.object({ labels: targetNames, teams: targetNames }).nullish(),
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
  document: APPLY_PACK_SPECS,
  // `id` is informational in fleetctl's YAML; packs match by name.
  variables: ({ body }) => ({ specs: body.specs.map(({ id: _id, ...s }) => s) }),
  response: emptyAnswer,
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
  document: APPLY_POLICY_SPECS,
  variables: ({ body }) => ({ specs: body.specs }),
  response: emptyAnswer,
  respond: () => ({}),
})
