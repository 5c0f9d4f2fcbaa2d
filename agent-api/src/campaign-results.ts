// What travels on a campaign's topic (JSON through Redis between processes): the agent API publishes each
// stored answer, the campaigns subgraph streams them to subscribers. The agent API owns the contract (it is
// the producer); @fleetgraph/agent-api/campaign-results is the only way campaigns reaches into it.
export const campaignTopic = (campaignId: number | string) => `CAMPAIGN:${campaignId}`

export interface CampaignResultEvent {
  kind: 'result'; campaignId: number; hostId: number
  /** The host's names when it answered (served to subscribers without an inventory fetch). */
  hostname: string; displayName: string
  rows: Record<string, string>[]; error: string | null
}
export type CampaignBusEvent = CampaignResultEvent
