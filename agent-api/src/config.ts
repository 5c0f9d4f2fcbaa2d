// The agent API's settings, parsed once from the launcher's environment.
import path from 'node:path'
import { parseEnv, sharedShape, z } from '@fleetgraph/subgraph-kit/config'

const optionalPath = z.string().trim().optional().transform((v) => v || undefined)

export const loadAgentApiConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const cfg = parseEnv({
    DATA_DIR: sharedShape.DATA_DIR,
    // Where agents' result and status logs go, as JSON lines (Fleet's default "filesystem" logger
    // plugin). Unset: osquery_result.log / osquery_status.log in DATA_DIR.
    OSQUERY_RESULT_LOG_FILE: optionalPath,
    OSQUERY_STATUS_LOG_FILE: optionalPath,
    // A log file is rotated to <file>.1 when it grows past this (one old file kept).
    OSQUERY_LOG_MAX_BYTES: z.coerce.number().int().min(4096).default(100 * 1024 * 1024),
    // A campaign's hosts are asked for this long (the campaigns subgraph completes it after as long).
    CAMPAIGN_EXPIRY_SECONDS: z.coerce.number().int().min(1).default(24 * 3600),
    // Largest osquery enroll body (the other agent routes take up to 10 MiB of results): the public
    // origin's limit for REST bodies, which enroll was until it moved here.
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  }, env)
  return Object.freeze({
    resultLogFile: cfg.OSQUERY_RESULT_LOG_FILE ?? path.join(cfg.DATA_DIR, 'osquery_result.log'),
    statusLogFile: cfg.OSQUERY_STATUS_LOG_FILE ?? path.join(cfg.DATA_DIR, 'osquery_status.log'),
    logMaxBytes: cfg.OSQUERY_LOG_MAX_BYTES,
    campaignExpirySeconds: cfg.CAMPAIGN_EXPIRY_SECONDS,
    enrollBodyLimitBytes: cfg.BODY_LIMIT_BYTES,
  })
}
export type AgentApiConfig = ReturnType<typeof loadAgentApiConfig>
