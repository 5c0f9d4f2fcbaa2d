// GraphQL Pack / ScheduledQuery / SavedQuery → Fleet's JSON. Fleet omits an
// empty description and platform (Go `omitempty`); id arrays are always lists.
// The fields read are the fragments in pack.graphql; the JSON is described by
// the zod schemas below, which type the mappers.
import { z } from 'zod'
import type { FleetPackFragment, FleetQuerySpecFragment, FleetScheduledFragment } from '../generated/graphql.js'

const int = () => z.number().int()
const omitted = (what: string) => z.string().optional().meta({ description: `Absent when the ${what} is empty (Go omitempty)` })

export const fleetPack = z.object({
  created_at: z.string(),
  updated_at: z.string(),
  id: int(),
  name: z.string(),
  description: omitted('description'),
  platform: omitted('platform'),
  disabled: z.boolean(),
  type: z.string().nullable(),
  query_count: int(),
  total_hosts_count: int(),
  host_ids: z.array(int()),
  label_ids: z.array(int()),
  team_ids: z.array(int()),
}).meta({ id: 'FleetPack' })
export type FleetPack = z.infer<typeof fleetPack>

export function toFleetPack(p: FleetPackFragment): FleetPack {
  return {
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    id: Number(p.id),
    name: p.name,
    ...(p.description ? { description: p.description } : {}),
    ...(p.platform ? { platform: p.platform } : {}),
    disabled: p.disabled,
    type: p.type,
    query_count: p.queryCount,
    total_hosts_count: p.totalHostsCount,
    host_ids: p.hostIds.map(Number),
    label_ids: p.labelIds.map(Number),
    team_ids: p.teamIds.map(Number),
  }
}

export const fleetScheduledQuery = z.object({
  created_at: z.string(),
  updated_at: z.string(),
  id: int(),
  pack_id: int(),
  name: z.string(),
  query_id: int(),
  query_name: z.string(),
  query: z.string(),
  description: omitted('description'),
  interval: int(),
  snapshot: z.boolean().nullable(),
  removed: z.boolean().nullable(),
  platform: z.string(),
  version: z.string(),
  shard: int().nullable(),
  denylist: z.boolean().nullable(),
}).meta({ id: 'FleetScheduledQuery' })
export type FleetScheduledQuery = z.infer<typeof fleetScheduledQuery>

export function toFleetScheduled(s: FleetScheduledFragment): FleetScheduledQuery {
  return {
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    id: Number(s.id),
    pack_id: Number(s.packId),
    name: s.name,
    query_id: Number(s.queryId),
    query_name: s.queryName,
    query: s.query,
    ...(s.description ? { description: s.description } : {}),
    interval: s.interval,
    snapshot: s.snapshot,
    removed: s.removed,
    platform: s.platform,
    version: s.version,
    shard: s.shard,
    denylist: s.denylist,
  }
}

export const fleetQuerySpec = z.object({ name: z.string(), description: z.string(), query: z.string() }).meta({ id: 'FleetQuerySpec' })
export type FleetQuerySpec = z.infer<typeof fleetQuerySpec>

export const toFleetQuerySpec = (q: FleetQuerySpecFragment): FleetQuerySpec => ({ name: q.name, description: q.description, query: q.query })
