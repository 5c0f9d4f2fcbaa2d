// Batches nested connections: `Label.hosts(first: 5)` under 50 labels is 50 loads of one
// (parent, arguments) pair each; this loader groups them by arguments and fetches each group
// with one statement (a LATERAL query over every parent id of the group).
import DataLoader from 'dataloader'

export interface GroupedKey<S> {
  /** The parent's id. */
  id: number
  /** The arguments every parent of a group shares (filters, order, window). */
  spec: S
  /** A string identifying `spec`: loads with the same group key share one fetch. */
  group: string
}

/**
 * @example
 *   const labelHosts = groupedLoader((labelIds, spec) => repos.hosts.pagesOf('label', labelIds, spec), [])
 *   await labelHosts.load({ id: 7, spec, group: JSON.stringify(spec) })
 */
export function groupedLoader<S, V>(fetch: (ids: number[], spec: S) => Promise<Map<number, V>>, missing: V): DataLoader<GroupedKey<S>, V, string> {
  return new DataLoader<GroupedKey<S>, V, string>(async (keys) => {
    const groups = new Map<string, { spec: S; ids: number[] }>()
    for (const k of keys) {
      const g = groups.get(k.group) ?? { spec: k.spec, ids: [] }
      groups.set(k.group, g)
      if (!g.ids.includes(k.id)) g.ids.push(k.id)
    }
    const fetched = new Map<string, Map<number, V>>()
    await Promise.all([...groups].map(async ([group, g]) => { fetched.set(group, await fetch(g.ids, g.spec)) }))
    return keys.map((k) => fetched.get(k.group)?.get(k.id) ?? missing)
  }, { cacheKeyFn: (k) => `${k.group}\u0000${k.id}` })
}

/**
 * A loader of one value per id (e.g. the labels of a host) fetched for every id of a tick at once.
 * @example
 *   const hostLabels = mapLoader((hostIds) => repos.labels.ofHosts(hostIds), [])
 *   await hostLabels.load(7)   // → LabelRow[]
 */
export function mapLoader<V>(fetch: (ids: number[]) => Promise<Map<number, V>>, missing: V): DataLoader<number, V> {
  return new DataLoader<number, V>(async (ids) => {
    const m = await fetch([...ids])
    return ids.map((id) => m.get(id) ?? missing)
  })
}
