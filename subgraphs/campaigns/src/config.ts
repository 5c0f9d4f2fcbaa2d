// The campaigns subgraph's settings, parsed once from the launcher's environment.
import { parseEnv, z } from '@fleetgraph/subgraph-kit/config'

export const loadCampaignsConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const cfg = parseEnv({
    // A campaign's hosts are asked for this long; then the campaign is completed whoever answered
    // (the agent API reads the same variable: it stops asking them then).
    CAMPAIGN_EXPIRY_SECONDS: z.coerce.number().int().min(1).default(24 * 3600),
    // A completed campaign's results are kept this long after it completed (7 days: Fleet's live-query key TTL).
    CAMPAIGN_RESULT_RETENTION_SECONDS: z.coerce.number().int().min(0).default(7 * 24 * 3600),
  }, env)
  return Object.freeze({
    campaignExpirySeconds: cfg.CAMPAIGN_EXPIRY_SECONDS,
    resultRetentionSeconds: cfg.CAMPAIGN_RESULT_RETENTION_SECONDS,
  })
}
export type CampaignsConfig = ReturnType<typeof loadCampaignsConfig>
