// Which services this process runs, read once. "all" (the default) is the
// whole stack in one process: the embedded database allows only one process.
import { z } from 'zod'
import { parseEnv, sharedShape } from '@fleetgraph/subgraph-kit/config'

const SERVICE_NAMES = ['gateway', 'inventory', 'packs-and-queries', 'mdm', 'campaigns'] as const
export type ServiceName = (typeof SERVICE_NAMES)[number]

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
    INVENTORY_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    PACKS_AND_QUERIES_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    MDM_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    CAMPAIGNS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  }, env)
  const split = cfg.SERVICES.length !== SERVICE_NAMES.length
  if (split && !cfg.DATABASE_URL && cfg.SERVICES.some((s) => s !== 'gateway')) {
    throw new Error('invalid configuration:\n  SERVICES: running services in separate processes needs DATABASE_URL (the embedded database is single-process)')
  }
  return cfg
}
export type StackConfig = ReturnType<typeof loadStackConfig>
