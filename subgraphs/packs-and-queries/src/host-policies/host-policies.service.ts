// A host's policies with its answers (Fleet ListPoliciesForHost): global
// policies and those of the host's team whose platform list includes the
// host's platform family; the response is the host's last answer. Users see
// them for hosts they may read; a device sees its own, on Premium only (Fleet
// Desktop's policies are a Premium feature).
import { forbidden, paymentRequired, requireReader, type DeviceViewer, type Viewer } from '@fleetgraph/subgraph-kit'
import { policyApplies } from '@fleetgraph/agent-api/platforms'
import type { PolicyAnswer, PolicyForHosts } from './host-policies.repository.js'
import type { HostPolicyRow } from './host-policies.type.js'

/** A host as the gateway sends it here (PolicyHost): id, team and platform. */
export interface PolicyHostKey { readonly hostId: number; readonly teamIdValue: number | null; readonly platformValue: string }

/** The policies that apply to `host`, in id order, each with the host's last answer. */
export function policiesForHost(host: { id: number; teamId: number | null; platform: string }, policies: PolicyForHosts[], answers: PolicyAnswer[]): HostPolicyRow[] {
  const mine = new Map(answers.filter((a) => a.host_id === host.id).map((a) => [a.policy_id, a.passes]))
  return policies
    .filter((p) => p.team_id === null || p.team_id === host.teamId)
    .filter((p) => policyApplies(p.platform, host.platform))
    .map((p) => {
      const passes = mine.get(p.id)
      return { ...p, response: passes === true ? 'pass' : passes === false ? 'fail' : '' }
    })
}

/** DataLoader batch: the policies of any number of hosts in two statements (their teams' policies, then their answers). */
export async function batchHostPolicies(
  repo: { policiesForTeams(teamIds: number[]): Promise<PolicyForHosts[]>; answers(hostIds: number[]): Promise<PolicyAnswer[]> },
  hosts: readonly PolicyHostKey[],
): Promise<HostPolicyRow[][]> {
  const teamIds = [...new Set(hosts.map((h) => h.teamIdValue).filter((t): t is number => t != null))]
  const [policies, answers] = await Promise.all([repo.policiesForTeams(teamIds), repo.answers(hosts.map((h) => h.hostId))])
  return hosts.map((h) => policiesForHost({ id: h.hostId, teamId: h.teamIdValue, platform: h.platformValue }, policies, answers))
}

export interface HostPoliciesContext {
  viewer: Viewer | null
  authError?: string
  device: DeviceViewer | null
  repos: { hostPolicies: { licenseTier(): Promise<string> } }
  loaders: { hostPolicies: { load(host: PolicyHostKey): Promise<HostPolicyRow[]> } }
}

export class HostPoliciesService {
  /** The host's policies; with `only`, those it last passed ('pass') or failed ('fail'). */
  async list(ctx: HostPoliciesContext, host: PolicyHostKey, only?: 'pass' | 'fail'): Promise<HostPolicyRow[]> {
    await this.authorize(ctx, host)
    const rows = await ctx.loaders.hostPolicies.load(host)
    return only ? rows.filter((r) => r.response === only) : rows
  }

  /** Policies the host fails (Fleet Desktop's tray count). */
  async failingCount(ctx: HostPoliciesContext, host: PolicyHostKey): Promise<number> {
    await this.authorize(ctx, host)
    return (await ctx.loaders.hostPolicies.load(host)).filter((p) => p.response === 'fail').length
  }

  private async authorize(ctx: HostPoliciesContext, host: PolicyHostKey): Promise<void> {
    if (ctx.device) {
      if (ctx.device.hostId !== host.hostId) throw forbidden()
      if ((await ctx.repos.hostPolicies.licenseTier()) !== 'premium') throw paymentRequired()
      return
    }
    const v = requireReader(ctx)
    if (!v.globalRole && !v.teams.some((t) => t.teamId === host.teamIdValue)) throw forbidden()
  }
}
export const hostPoliciesService = new HostPoliciesService()
