// Batched pages: a nested connection (SavedQuery.campaigns, Campaign.results, Host.campaignResults)
// asked on 50 parents must cost one statement, not 50. Parents asking with the same arguments share a
// DataLoader (its batch fetches every parent's page in one LATERAL query); aliases with other
// arguments get their own, so a request costs one statement per distinct argument set.
import DataLoader from 'dataloader'

/** DataLoaders of one request keyed by an argument signature (the page window and filter, as JSON). */
export class LoaderFamily<K, V> {
  private readonly loaders = new Map<string, DataLoader<K, V>>()

  /** The loader for `signature`, made with `batch` the first time it is asked for. */
  for(signature: string, batch: (keys: readonly K[]) => Promise<Map<K, V>>, missing: V): DataLoader<K, V> {
    let l = this.loaders.get(signature)
    if (!l) {
      l = new DataLoader<K, V>(async (keys) => { const m = await batch(keys); return keys.map((k) => m.get(k) ?? missing) })
      this.loaders.set(signature, l)
    }
    return l
  }
}
