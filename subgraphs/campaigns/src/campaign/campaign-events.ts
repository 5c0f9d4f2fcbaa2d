// What travels on a campaign's topic (JSON through Redis between processes).
export const campaignTopic = (campaignId: number | string) => `CAMPAIGN:${campaignId}`

export interface CampaignResultEvent {
  kind: 'result'; campaignId: number; hostId: number
  /** The host's names when it answered (served to subscribers without an inventory fetch). */
  hostname: string; displayName: string
  rows: Record<string, string>[]; error: string | null
}
export type CampaignBusEvent = CampaignResultEvent
