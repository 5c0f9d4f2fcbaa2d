// The campaigns subgraph's settings, parsed once from the launcher's environment.
import path from 'node:path'
import { parseEnv, sharedShape, z } from '@fleetgraph/subgraph-kit/config'

const optionalPath = z.string().trim().optional().transform((v) => v || undefined)

export const loadCampaignsConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const cfg = parseEnv({
    DATA_DIR: sharedShape.DATA_DIR,
    // Where agents' result and status logs go, as JSON lines (Fleet's default "filesystem" logger
    // plugin). Unset: osquery_result.log / osquery_status.log in DATA_DIR.
    OSQUERY_RESULT_LOG_FILE: optionalPath,
    OSQUERY_STATUS_LOG_FILE: optionalPath,
    // A log file is rotated to <file>.1 when it grows past this (one old file kept).
    OSQUERY_LOG_MAX_BYTES: z.coerce.number().int().min(4096).default(100 * 1024 * 1024),
    // A campaign's hosts are asked for this long; then the campaign is completed whoever answered.
    CAMPAIGN_EXPIRY_SECONDS: z.coerce.number().int().min(1).default(24 * 3600),
    // A completed campaign's results are kept this long after it completed (7 days: Fleet's live-query key TTL).
    CAMPAIGN_RESULT_RETENTION_SECONDS: z.coerce.number().int().min(0).default(7 * 24 * 3600),
  }, env)
  return Object.freeze({
    resultLogFile: cfg.OSQUERY_RESULT_LOG_FILE ?? path.join(cfg.DATA_DIR, 'osquery_result.log'),
    statusLogFile: cfg.OSQUERY_STATUS_LOG_FILE ?? path.join(cfg.DATA_DIR, 'osquery_status.log'),
    logMaxBytes: cfg.OSQUERY_LOG_MAX_BYTES,
    campaignExpirySeconds: cfg.CAMPAIGN_EXPIRY_SECONDS,
    resultRetentionSeconds: cfg.CAMPAIGN_RESULT_RETENTION_SECONDS,
  })
}
export type CampaignsConfig = ReturnType<typeof loadCampaignsConfig>
