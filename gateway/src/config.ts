// Gateway and public-origin settings, read once.
import { z } from 'zod'
import { parseEnv } from '@fleetgraph/subgraph-kit/config'

const optionalHttpUrl = z.string().trim().optional().transform((v) => v || undefined)
  .refine((v) => !v || /^https?:\/\//.test(v), { message: 'must be an http(s) URL' })

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) => parseEnv({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  // 1 MiB keeps a misbehaving client from holding memory; no documented route needs more.
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  // Where separately running subgraphs are (unset: the single-process stack starts them itself).
  INVENTORY_URL: optionalHttpUrl,
  PACKS_AND_QUERIES_URL: optionalHttpUrl,
  MDM_URL: optionalHttpUrl,
  CAMPAIGNS_URL: optionalHttpUrl,
}, env)

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>
