// GraphQL Pack / ScheduledQuery / SavedQuery → Fleet's JSON. Fleet omits an
// empty description and platform (Go `omitempty`); id arrays are always lists.
// The fields read are the fragments in pack.graphql.
import type { FleetPackFragment, FleetQuerySpecFragment, FleetScheduledFragment } from '../generated/graphql.js'

const omitEmpty = (key: string, v: string) => (v ? { [key]: v } : {})

export function toFleetPack(p: FleetPackFragment) {
  return {
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    id: Number(p.id),
    name: p.name,
    ...omitEmpty('description', p.description),
    ...omitEmpty('platform', p.platform),
    disabled: p.disabled,
    type: p.type,
    query_count: p.queryCount,
    total_hosts_count: p.totalHostsCount,
    host_ids: p.hostIds.map(Number),
    label_ids: p.labelIds.map(Number),
    team_ids: p.teamIds.map(Number),
  }
}

export function toFleetScheduled(s: FleetScheduledFragment) {
  return {
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    id: Number(s.id),
    pack_id: Number(s.packId),
    name: s.name,
    query_id: Number(s.queryId),
    query_name: s.queryName,
    query: s.query,
    ...omitEmpty('description', s.description),
    interval: s.interval,
    snapshot: s.snapshot,
    removed: s.removed,
    platform: s.platform,
    version: s.version,
    shard: s.shard,
    denylist: s.denylist,
  }
}

export const toFleetQuerySpec = (q: FleetQuerySpecFragment) => ({ name: q.name, description: q.description, query: q.query })
