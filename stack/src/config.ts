// Which services this process runs, read once. "all" (the default) is the
// whole stack in one process: the embedded database allows only one process.
import { z } from 'zod'
import { env as field, parseEnv, sharedShape } from '@fleetgraph/subgraph-kit/config'

const SERVICE_NAMES = ['gateway', 'inventory', 'packs-and-queries', 'mdm', 'campaigns', 'agent-api'] as const
export type ServiceName = (typeof SERVICE_NAMES)[number]

/** The environment this process was started with: the default for every service's settings. */
export const processEnv = (): NodeJS.ProcessEnv => process.env

export const loadStackConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const cfg = parseEnv({
    ...sharedShape,
    SERVICES: z.string().default('all').transform((v, ctx) => {
      if (v.trim() === 'all') return [...SERVICE_NAMES]
      const list = v.split(',').map((s) => s.trim()).filter(Boolean)
      for (const s of list) if (!SERVICE_NAMES.includes(s as ServiceName)) ctx.addIssue({ code: 'custom', message: `unknown service "${s}" (known: all, ${SERVICE_NAMES.join(', ')})` })
      return list as ServiceName[]
    }),
    SUBGRAPH_HOST: z.string().default('127.0.0.1'),
    // Ports of subgraphs run as their own processes (0 = any free port, fine in one process).
    INVENTORY_PORT: field.port(0),
    PACKS_AND_QUERIES_PORT: field.port(0),
    MDM_PORT: field.port(0),
    CAMPAIGNS_PORT: field.port(0),
    // The osquery agent API's own port when it runs as its own process (SERVICES=agent-api).
    AGENT_API_PORT: field.port(0),
    // Where a public origin without the agent API in its process forwards agent paths (its origin).
    AGENT_API_URL: field.optionalUrl(['http://', 'https://']),
    // SIGTERM/SIGINT: the process exits within this, finished or not (in-flight requests get up to
    // half of it, at most 5 s). 10 s fits well inside Kubernetes' 30 s grace before SIGKILL.
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(10),
  }, env)
  // The embedded database opens in one process only: without DATABASE_URL, a process that runs any
  // subgraph must run all of them (the gateway may still run elsewhere).
  const subgraphs = cfg.SERVICES.filter((s) => s !== 'gateway')
  if (!cfg.DATABASE_URL && subgraphs.length > 0 && subgraphs.length < SERVICE_NAMES.length - 1) {
    throw new Error('invalid configuration:\n  SERVICES: subgraphs in separate processes need DATABASE_URL (the embedded database is single-process); run all four subgraphs and the agent API together, or set DATABASE_URL')
  }
  return cfg
}
export type StackConfig = ReturnType<typeof loadStackConfig>
