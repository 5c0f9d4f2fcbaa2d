// The one place the stack decides how the public origin reaches the osquery agent API: its handler
// when the agent API runs in this process, otherwise a proxy to AGENT_API_URL (ADR 0007).
import { AGENT_PATH, agentApiUnreachable, type RunningAgentApi } from '@fleetgraph/agent-api'
import type { AgentApiMount } from '@fleetgraph/origin'
import type { Logger } from '@fleetgraph/subgraph-kit'

export function agentApiMount(running: RunningAgentApi | undefined, remoteUrl: string | undefined, log: Logger): AgentApiMount {
  if (running) return { path: AGENT_PATH, handler: running.handler }
  if (!remoteUrl) throw new Error('invalid configuration:\n  AGENT_API_URL: required when agent-api runs in another process')
  // The agent API's own error shape, also for "its process cannot be reached" (written once, in agent-api).
  return { path: AGENT_PATH, url: remoteUrl, unreachable: agentApiUnreachable(log) }
}
