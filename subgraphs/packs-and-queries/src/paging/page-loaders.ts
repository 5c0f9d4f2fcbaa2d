// Per-request loaders for lists under many parents (Team.policies, Pack.hosts, Host.packs …): the
// parents asking the same thing (same page window, filter and order) are fetched in one batch, and
// their totalCounts in another, so 50 parents cost what one costs.
import DataLoader from 'dataloader'

/**
 * `(request) → DataLoader<parentId, V>`: one loader per distinct request (compared as JSON), whose
 * batch function gets every parent id asked for in the tick.
 * @example
 *   const teamPolicies = loaderPer((ids, r: { window: PageWindow }) => repo.pageTeamPolicies(ids, r.window), [])
 *   await teamPolicies({ window }).load(teamId)
 */
export function loaderPer<Req, V>(fetch: (parentIds: number[], request: Req) => Promise<Map<number, V>>, missing: V) {
  const loaders = new Map<string, DataLoader<number, V>>()
  return (request: Req): DataLoader<number, V> => {
    const key = JSON.stringify(request) ?? ''
    let l = loaders.get(key)
    if (!l) {
      l = new DataLoader<number, V>(async (ids) => { const m = await fetch([...ids], request); return ids.map((id) => m.get(id) ?? missing) })
      loaders.set(key, l)
    }
    return l
  }
}
