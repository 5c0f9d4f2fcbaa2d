// The one place the stack decides where the osquery agent API comes from. Today it is the campaigns
// subgraph's plain HTTP handler (subgraphs/campaigns/src/agent/agent.http.ts); when the agent API is
// a service of its own, only this file changes.
import type { RunningSubgraph } from '@fleetgraph/subgraph-kit'
import type { AgentApiMount } from '@fleetgraph/origin'
import { AGENT_PATH, campaigns } from '@fleetgraph/subgraph-campaigns'

/**
 * Mounted in process when the service runs here; otherwise proxied to `urls` (the subgraph's URL:
 * its server answers the agent paths next to /graphql).
 */
export function agentApiMount(running: RunningSubgraph[], urls: Record<string, string>): AgentApiMount {
  const handler = running.find((r) => r.name === campaigns.name)?.handler
  return handler ? { path: AGENT_PATH, handler } : { path: AGENT_PATH, url: urls[campaigns.name] }
}
