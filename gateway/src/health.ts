// /healthz: 200 only when the supergraph is loaded and every subgraph reports
// ready (each subgraph checks its database and Redis).
export interface HealthReport { ok: boolean; checks: Record<string, boolean> }

async function probe(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
    await res.arrayBuffer()
    return res.ok
  } catch { return false }
}

export async function checkHealth(opts: { schemaLoaded: () => Promise<boolean>; subgraphUrls: Record<string, string>; extra?: Record<string, () => Promise<boolean>> }): Promise<HealthReport> {
  const names = Object.keys(opts.subgraphUrls)
  const extraNames = Object.keys(opts.extra ?? {})
  const results = await Promise.all([
    opts.schemaLoaded().catch(() => false),
    ...names.map((n) => probe(opts.subgraphUrls[n].replace(/\/graphql$/, '/healthz'), 2000)),
    ...extraNames.map((n) => opts.extra![n]().catch(() => false)),
  ])
  const checks: Record<string, boolean> = { supergraph: results[0] }
  names.forEach((n, i) => { checks[n] = results[1 + i] })
  extraNames.forEach((n, i) => { checks[n] = results[1 + names.length + i] })
  return { ok: Object.values(checks).every(Boolean), checks }
}
